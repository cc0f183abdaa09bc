// The scheduler's sweeps (issue #7) with the harness's mutable clock: exactly the filings whose period ran
// out change state — a correction notice past its deadline is returned (登记立案规定 Art. 7), a decision
// period that ran out registers the case first (先行立案, Art. 8) — each with its timeline and audit record;
// a second run finds nothing; the scheduler never runs a task twice at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScheduler } from '../src/infra/scheduler.js';
import { acceptFiling, requestCorrection } from '../src/modules/review/service.js';
import { sweepDueFilings } from '../src/modules/review/sweep.js';
import { signedInActor, submitCompleteFilings } from './fixtures.js';
import { startTestPlatform, type TestPlatform, usingPostgres } from './harness.js';

const START = new Date('2026-11-02T02:00:00Z'); // Monday 10:00 in Beijing
let clock = START;
let p: TestPlatform;
const ctx = { actorId: null, requestId: 'sweep-test', ip: null };
const at = (days: number, hourUtc = 2) => new Date(Date.UTC(2026, 10, 2 + days, hourUtc));

beforeAll(async () => {
  p = await startTestPlatform({ now: () => clock });
});
afterAll(async () => {
  await p?.stop();
});

const state = async (id: string) => await p.deps.db.selectFrom('filings').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('period sweeps', () => {
  it('returns the uncorrected and registers first the undecided — exactly those, once', async () => {
    const owner = await signedInActor(p.deps, '13800000001');
    const clerk = await signedInActor(p.deps, 'clerk@chaoyang.court.example');
    // Submitted Monday 11-02: decision due 11-09.
    const [lateCorrection, openCorrection, undecided, decided] = await submitCompleteFilings(p.deps, owner, p.court.id, 4);
    const items = [{ section: 'materials' as const, text: '请补充借条原件照片' }];
    await requestCorrection(p.deps, ctx, clerk, lateCorrection!, { items, dueDate: '2026-11-05' });
    await requestCorrection(p.deps, ctx, clerk, openCorrection!, { items, dueDate: '2026-11-12' });
    await acceptFiling(p.deps, ctx, clerk, decided!);
    clock = at(1);
    const [fresh] = await submitCompleteFilings(p.deps, owner, p.court.id, 1); // due 11-10

    // Thursday 11-05, 23:30 in Beijing (15:30 UTC): nothing is late yet in the court's zone.
    clock = at(3, 15);
    expect(await sweepDueFilings(p.deps)).toEqual({ returned: [], registeredFirst: [] });

    // Tuesday 11-10, 00:30 in Beijing (16:30 UTC on 11-09): the correction ended 11-05, the decision period 11-09.
    clock = new Date('2026-11-09T16:30:00Z');
    const swept = await sweepDueFilings(p.deps);
    expect(swept).toEqual({ returned: [lateCorrection], registeredFirst: [undecided] });

    expect(await state(lateCorrection!)).toMatchObject({ state: 'returned', returned_at: clock, case_number: null });
    const reg = await state(undecided!);
    expect(reg).toMatchObject({
      state: 'accepted',
      registered_first: true,
      procedure: 'ordinary',
      accepted_by: null,
      acceptance_fee_fen: 105_000,
    });
    // `decided` took serial 1; the scheduler's registration takes the next one, gap-free.
    expect(reg.case_number).toBe('（2026）京0105民初2号');
    const ev = await p.deps.db
      .selectFrom('filing_events')
      .selectAll()
      .where('filing_id', '=', undecided!)
      .where('type', '!=', 'document.issued')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(ev).toMatchObject({ type: 'filing.registered_first', actor_id: null });
    expect(ev.data).toMatchObject({ reason: 'decision_period_expired', decisionDueDate: '2026-11-09', caseNumber: reg.case_number });
    const audit = await p.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('resource_id', '=', undecided!)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'filing.register_first', outcome: 'success', actor_id: null, request_id: 'scheduler' });

    for (const [id, s] of [
      [openCorrection, 'correction_requested'],
      [decided, 'accepted'],
      [fresh, 'submitted'],
    ] as const) {
      expect((await state(id!)).state, id).toBe(s);
    }
    expect(await sweepDueFilings(p.deps), 'a second run finds nothing').toEqual({ returned: [], registeredFirst: [] });
  });

  // On embedded PGlite there is one session: a second transaction waits instead of skipping.
  it.skipIf(!usingPostgres())('skips a filing another process holds locked, and takes it on a later run', async () => {
    clock = START;
    const owner = await signedInActor(p.deps, '13800000001');
    const [id] = await submitCompleteFilings(p.deps, owner, p.court.id, 1);
    clock = at(10);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const holder = p.deps.db.transaction().execute(async (trx) => {
      await trx.selectFrom('filings').select('id').where('id', '=', id!).forUpdate().execute();
      locked();
      await held;
    });
    await isLocked;
    expect((await sweepDueFilings(p.deps)).registeredFirst).not.toContain(id);
    release();
    await holder;
    expect((await sweepDueFilings(p.deps)).registeredFirst).toEqual([id]);
  });
});

describe('the scheduler', () => {
  it('runs its task periodically, never twice at once, logs failures and keeps going, stops cleanly', async () => {
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    const logged: string[] = [];
    const s = startScheduler(
      async () => {
        runs++;
        active++;
        maxActive = Math.max(maxActive, active);
        await new Promise((r) => setTimeout(r, 30));
        active--;
        if (runs === 2) throw new Error('boom');
        return runs === 1 ? 'did one thing' : null;
      },
      {
        intervalMs: 10,
        name: 'test',
        log: { info: (_o, m) => logged.push(`info ${m}`), error: (o, m) => logged.push(`error ${m} ${(o as { err: Error }).err.message}`) },
      },
    );
    await Promise.all([s.runNow(), s.runNow()]);
    await new Promise((r) => setTimeout(r, 150));
    await s.stop();
    const after = runs;
    await new Promise((r) => setTimeout(r, 50));
    expect(runs).toBe(after);
    expect(runs).toBeGreaterThanOrEqual(3);
    expect(maxActive).toBe(1);
    expect(logged[0]).toBe('info did one thing');
    expect(logged[1]).toMatch(/^error scheduled task failed.* boom$/);
  });
});
