// Retention: the contents of rejected, withdrawn and returned filings are deleted once their retention
// period has passed (files only when nothing else uses them), the filing stays as a tombstone with its
// dates, each deletion is audited, a dry run changes nothing, and registered or pending filings are kept.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/modules/audit/service.js';
import { sweepRetention } from '../src/modules/privacy/retention.js';
import { rejectFiling } from '../src/modules/review/service.js';
import { findPlainText } from './db-scan.js';
import { signedInActor, submitCompleteFilings } from './fixtures.js';
import { startTestPlatform, type TestPlatform } from './harness.js';

let p: TestPlatform;
let rejected: string, withdrawn: string, returned: string, pending: string;
const ctx = { actorId: null, requestId: 'test:retention', ip: null };
const policy = { rejectedDays: 1095, withdrawnDays: 365, returnedDays: 730 };
const DAY = 86_400_000;
const at = (days: number) => () => new Date(Date.now() + days * DAY);

beforeAll(async () => {
  p = await startTestPlatform();
  const litigant = await signedInActor(p.deps, '13800000001');
  [rejected, withdrawn, returned, pending] = (await submitCompleteFilings(p.deps, litigant, p.court.id, 4)) as [
    string,
    string,
    string,
    string,
  ];
  const clerk = await signedInActor(p.deps, 'clerk@chaoyang.court.example');
  await rejectFiling(p.deps, ctx, clerk, rejected, {
    ground: 'not_this_court',
    reason: '被告住所地不在本院辖区，原告张三应向被告住所地法院起诉',
  });
  // No use case withdraws or returns a filing by itself yet (withdrawal arrives with its issue; a return
  // needs the correction sweep): the states and their dates are set directly here.
  await sql`UPDATE filings SET state = 'withdrawn', updated_at = now() WHERE id = ${withdrawn}`.execute(p.deps.db);
  await sql`UPDATE filings SET state = 'returned', returned_at = now() WHERE id = ${returned}`.execute(p.deps.db);
});
afterAll(async () => {
  await p?.stop();
});

const materialsOf = (id: string) => p.deps.db.selectFrom('materials').select(['sha256']).where('filing_id', '=', id).execute();

describe('retention sweep', () => {
  it('is due per state after its own period; a dry run deletes nothing', async () => {
    const deps = (days: number) => ({ ...p.deps, now: at(days) });
    expect((await sweepRetention(deps(364), ctx, policy, { dryRun: true })).due).toEqual([]);
    expect((await sweepRetention(deps(366), ctx, policy, { dryRun: true })).due.map((f) => f.id)).toEqual([withdrawn]);
    expect((await sweepRetention(deps(731), ctx, policy, { dryRun: true })).due.map((f) => [f.id, f.state]).sort()).toEqual(
      [
        [returned, 'returned'],
        [withdrawn, 'withdrawn'],
      ].sort(),
    );
    const all = await sweepRetention(deps(1096), ctx, policy, { dryRun: true });
    expect(all.due.map((f) => f.id).sort()).toEqual([rejected, withdrawn, returned].sort());
    expect(all.purged).toEqual([]);
    expect((await materialsOf(rejected)).length).toBe(3);
    expect(await p.deps.db.selectFrom('audit_log').select('id').where('action', '=', 'filing.retention_purge').execute()).toEqual([]);
  });

  it('deletes contents, documents, parties and unshared files; keeps a tombstone, shared files and other filings', async () => {
    const rejectedFiles = (await materialsOf(rejected)).map((m) => m.sha256);
    const pendingFiles = new Set((await materialsOf(pending)).map((m) => m.sha256));
    const own = rejectedFiles.filter((h) => !pendingFiles.has(h));
    const shared = rejectedFiles.filter((h) => pendingFiles.has(h));
    expect(own.length).toBeGreaterThan(0);
    expect(shared.length).toBeGreaterThan(0);
    const ruling = await p.deps.db.selectFrom('documents').select('sha256').where('filing_id', '=', rejected).execute();
    expect(ruling.length).toBeGreaterThan(0);
    // The reason is kept with the filing only: the (immutable) audit record of the ruling holds its digest.
    expect(await findPlainText(p.deps.db, '原告张三应向被告住所地法院起诉')).toEqual(['filings.rejection_reason']);

    const r = await sweepRetention({ ...p.deps, now: at(1096) }, ctx, policy);
    expect(r.purged.sort()).toEqual([rejected, withdrawn, returned].sort());

    for (const id of [rejected, withdrawn, returned]) {
      expect(await materialsOf(id)).toEqual([]);
      expect(await p.deps.db.selectFrom('filing_parties').select('id').where('filing_id', '=', id).execute()).toEqual([]);
      expect(await p.deps.db.selectFrom('documents').select('id').where('filing_id', '=', id).execute()).toEqual([]);
    }
    const tomb = await p.deps.db.selectFrom('filings').selectAll().where('id', '=', rejected).executeTakeFirstOrThrow();
    expect(tomb).toMatchObject({
      state: 'rejected',
      court_id: p.court.id,
      plaintiff_phone_enc: null,
      plaintiff_address_enc: null,
      facts_and_reasons: '',
      claims: [],
      rejection_reason: null,
      rejection_ground: 'not_this_court',
    });
    expect(tomb.receipt_number).toBeTruthy();
    expect(tomb.submitted_at).toBeInstanceOf(Date);
    expect(tomb.rejected_at).toBeInstanceOf(Date);
    expect(tomb.purged_at).toBeInstanceOf(Date);
    expect(await findPlainText(p.deps.db, '原告张三应向被告住所地法院起诉')).toEqual([]);

    for (const h of own) expect(await p.deps.blobs.has(h), h).toBe(false);
    for (const h of ruling) expect(await p.deps.blobs.has(h.sha256)).toBe(false);
    for (const h of shared) expect(await p.deps.blobs.has(h), h).toBe(true);
    // The pending filing is untouched.
    expect((await materialsOf(pending)).length).toBe(3);
    expect(await p.deps.db.selectFrom('filing_parties').select('id').where('filing_id', '=', pending).execute()).not.toEqual([]);

    const audit = await p.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'filing.retention_purge').execute();
    expect(audit.map((a) => a.resource_id).sort()).toEqual([rejected, withdrawn, returned].sort());
    expect(audit.find((a) => a.resource_id === rejected)!.detail).toMatchObject({
      state: 'rejected',
      materials: 3,
      documents: ruling.length,
    });
    expect(await verifyAuditChain(p.deps.db)).toMatchObject({ ok: true });
    // Nothing left to do.
    expect(await sweepRetention({ ...p.deps, now: at(2000) }, ctx, policy)).toEqual({ due: [], purged: [] });
  });
});
