// The court's decisions through the real HTTP API (issue #7): registration with procedure and fee,
// the one-time correction notice and its round trip, the ruling not to accept with its appeal route,
// insisting after a return, assigning a judge — and the refusals that must change nothing.
import type { FilingView } from '@lian/contract';
import { acceptanceFee, rejectionGrounds } from '@lian/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepDueFilings } from '../src/modules/review/sweep.js';
import { Client, completeDraft, samplePng } from './client.js';
import { secondCourtWithClerk, signedInActor, submitCompleteFilings } from './fixtures.js';
import { startTestPlatform, type TestPlatform } from './harness.js';

type Err = { error: { code: string; details?: Array<{ path: string; code: string }> } };
type F = { filing: FilingView };

// Monday 2026-11-02, 10:00 in Beijing.
const START = new Date('2026-11-02T02:00:00Z');
let clock = START;
const days = (n: number) => new Date(START.getTime() + n * 86_400_000);
let p: TestPlatform;
let litigant: Client;
let clerk: Client;
let otherClerk: Client;
let judge: Client;

/** Moves the clock `n` days past START; sessions end after idling that long, so everyone signs in again. */
async function at(n: number) {
  clock = days(n);
  litigant = await new Client(p.app).login('13800000001');
  clerk = await new Client(p.app).login('clerk@chaoyang.court.example');
  otherClerk = await new Client(p.app).login('clerk@haidian.court.example');
  judge = await new Client(p.app).login('judge@chaoyang.court.example');
}

beforeAll(async () => {
  p = await startTestPlatform({ now: () => clock });
  await secondCourtWithClerk(p.deps);
  await at(0);
});
afterAll(async () => {
  await p?.stop();
});

async function submitted(count = 1): Promise<string[]> {
  const owner = await signedInActor(p.deps, '13800000001');
  return submitCompleteFilings(p.deps, owner, p.court.id, count);
}

/** The timeline without the documents each decision issues (those are checked in decision-documents.test.ts). */
const decisionEvents = async (id: string) => (await events(id)).filter((e) => e.type !== 'document.issued');
const row = (id: string) => p.deps.db.selectFrom('filings').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const events = async (id: string) =>
  (await p.deps.db.selectFrom('filing_events').selectAll().where('filing_id', '=', id).orderBy('id').execute()).map((e) => ({
    type: e.type,
    data: e.data,
  }));
const audits = (id: string) =>
  p.deps.db.selectFrom('audit_log').select(['action', 'outcome', 'actor_id']).where('resource_id', '=', id).orderBy('id').execute();
async function snapshot(id: string) {
  const r = await row(id);
  return { row: { ...r, updated_at: r.updated_at.getTime() }, events: (await events(id)).length };
}

describe('registration (立案)', () => {
  it('previews the procedure and the fee, then registers with the fee the domain calculates, to the fen', async () => {
    await at(0);
    const [id] = await submitted();
    const preview = await clerk.get<{
      suggestedProcedure: string;
      procedure: string;
      fee: { totalFen: number; explanation: Record<string, string> };
      feeDueDate: string;
    }>(`/api/review/filings/${id}/accept-preview`);
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body).toMatchObject({ suggestedProcedure: 'ordinary', procedure: 'ordinary', feeDueDate: '2026-11-09' });
    expect(preview.body.fee.totalFen).toBe(acceptanceFee(completeDraft.claims[0]!.amountFen, 'ordinary').totalFen);
    expect(preview.body.fee.totalFen).toBe(105_000); // 50 + 40,000 × 2.5 % = 1,050 yuan
    const simplified = await clerk.get<{ fee: { totalFen: number; explanation: Record<string, string> } }>(
      `/api/review/filings/${id}/accept-preview?procedure=simplified`,
    );
    expect(simplified.body.fee.totalFen).toBe(52_500);
    expect(simplified.body.fee.explanation['zh-CN']).toContain('第十六条');
    expect(await snapshot(id!), 'a preview changes nothing').toEqual(await snapshot(id!));

    const accepted = await clerk.post<F>(`/api/review/filings/${id}/accept`, { procedure: 'simplified' });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.filing).toMatchObject({ state: 'accepted', caseNumber: '（2026）京0105民初1号' });
    expect(accepted.body.filing.acceptance).toMatchObject({ procedure: 'simplified', registeredFirst: false, feeDueDate: '2026-11-09' });
    expect(accepted.body.filing.acceptance!.fee.totalFen).toBe(acceptanceFee(5_000_000, 'simplified').totalFen);

    const r = await row(id!);
    expect(r).toMatchObject({ state: 'accepted', procedure: 'simplified', acceptance_fee_fen: 52_500, fee_due_date: '2026-11-09' });
    expect(r.acceptance_fee?.explanation['zh-CN']).toBe(acceptanceFee(5_000_000, 'simplified').explanation['zh-CN']);
    expect((await decisionEvents(id!)).at(-1)).toEqual({
      type: 'filing.accepted',
      data: {
        caseNumber: '（2026）京0105民初1号',
        procedure: 'simplified',
        feeCategory: 'property',
        feeFen: 52_500,
        feeDueDate: '2026-11-09',
      },
    });
    expect((await audits(id!)).at(-1)).toMatchObject({ action: 'filing.accept', outcome: 'success' });

    const seen = await litigant.get<F>(`/api/filings/${id}`);
    expect(seen.body.filing.acceptance?.fee.explanation.en).toContain('halved');
  });

  it('refuses a second acceptance, another court’s clerk, a litigant and the judge, changing nothing', async () => {
    await at(0);
    const [id] = await submitted();
    // Without a body (as clients did before procedures existed): the suggested, ordinary procedure.
    const plain = await clerk.call<F>('POST', `/api/review/filings/${id}/accept`);
    expect([plain.status, plain.body.filing.acceptance?.procedure]).toEqual([200, 'ordinary']);
    const before = await snapshot(id!);
    const again = await clerk.post<Err>(`/api/review/filings/${id}/accept`, {});
    expect([again.status, again.body.error.code]).toEqual([409, 'FILING_STATE_CONFLICT']);
    for (const [who, c] of [
      ['other court', otherClerk],
      ['litigant', litigant],
      ['judge', judge],
    ] as const) {
      const r = await c.post<Err>(`/api/review/filings/${id}/reject`, { ground: 'not_this_court', reason: 'x' });
      expect([who, r.status, r.body.error.code]).toEqual([who, 404, 'NOT_FOUND']);
    }
    expect(await snapshot(id!)).toEqual(before);
    const denied = (await audits(id!)).filter((a) => a.outcome === 'denied');
    expect(denied.map((a) => a.action)).toEqual(['filing.reject', 'filing.reject', 'filing.reject']);
    expect((await litigant.get<Err>('/api/review/queue')).status).toBe(403);
  });
});

describe('correction notice (补正, 一次性告知)', () => {
  it('round trip: the clerk names sections and a deadline, the filer corrects only those, resubmits, the period restarts', async () => {
    await at(0);
    const [id] = await submitted();
    const preview = await clerk.get<{
      items: unknown[];
      sections: string[];
      minDueDate: string;
      maxDueDate: string;
      suggestedDueDate: string;
    }>(`/api/review/filings/${id}/correction-preview`);
    expect(preview.status).toBe(200);
    // A submitted filing already passed the completeness check: nothing to pre-fill, the clerk writes the items.
    expect(preview.body).toMatchObject({ items: [], minDueDate: '2026-11-03', maxDueDate: '2026-12-02', suggestedDueDate: '2026-11-09' });
    expect(preview.body.sections).toEqual(['plaintiff', 'defendants', 'claims', 'factsAndReasons', 'causeOfAction', 'materials']);

    const items = [{ section: 'defendants', text: '请补充被告的准确住所地（门牌号）' }];
    const before = await snapshot(id!);
    for (const [dueDate, code] of [
      ['2026-11-02', 'not_in_future'],
      ['2027-01-15', 'too_far'],
    ] as const) {
      const bad = await clerk.post<Err>(`/api/review/filings/${id}/request-correction`, { items, dueDate });
      expect([bad.status, bad.body.error.code, bad.body.error.details?.[0]?.code]).toEqual([422, 'CORRECTION_DEADLINE_INVALID', code]);
    }
    expect(await snapshot(id!), 'a refused deadline changes nothing').toEqual(before);

    const asked = await clerk.post<F>(`/api/review/filings/${id}/request-correction`, { items, dueDate: '2026-11-09' });
    expect(asked.status, JSON.stringify(asked.body)).toBe(200);
    expect(asked.body.filing.state).toBe('correction_requested');
    expect(await row(id!)).toMatchObject({ state: 'correction_requested', correction_due_date: '2026-11-09', correction_items: items });
    expect((await decisionEvents(id!)).at(-1)).toMatchObject({ type: 'filing.correction_requested', data: { dueDate: '2026-11-09' } });
    expect((await audits(id!)).at(-1)).toMatchObject({ action: 'filing.request_correction', outcome: 'success' });
    expect((await clerk.post<Err>(`/api/review/filings/${id}/accept`, {})).status, 'no decision while the filer corrects').toBe(409);

    const mine = (await litigant.get<F>(`/api/filings/${id}`)).body.filing;
    expect(mine.editableSections).toEqual(['defendants']);
    expect(mine.correction).toMatchObject({ items, dueDate: '2026-11-09' });
    expect(mine.allowed).toMatchObject({ edit: true, submit: true });

    const body = {
      plaintiff: { ...completeDraft.plaintiff },
      defendants: completeDraft.defendants,
      claims: completeDraft.claims,
      factsAndReasons: completeDraft.factsAndReasons,
      causeOfActionCode: (await row(id!)).cause_of_action_code,
    };
    const frozen = await snapshot(id!);
    const outside = await litigant.put<Err>(`/api/filings/${id}`, { ...body, factsAndReasons: '改写的事实与理由' });
    expect([outside.status, outside.body.error.code]).toEqual([422, 'CORRECTION_OUTSIDE_NOTICE']);
    expect(outside.body.error.details?.map((d) => d.path)).toEqual(['factsAndReasons']);
    const upload = await litigant.upload<Err>(`/api/filings/${id}/materials?kind=evidence&fileName=more.png`, samplePng());
    expect([upload.status, upload.body.error.code]).toEqual([422, 'CORRECTION_OUTSIDE_NOTICE']);
    expect(await snapshot(id!), 'refused edits change nothing').toEqual(frozen);

    await at(2); // the corrections arrive on Wednesday 2026-11-04
    const fixed = { ...body, defendants: [{ ...completeDraft.defendants[0]!, address: '北京市朝阳区光华路2号院3号楼101' }] };
    const saved = await litigant.put<F>(`/api/filings/${id}`, fixed);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.filing.defendants[0]!.address).toBe('北京市朝阳区光华路2号院3号楼101');
    const resubmitted = await litigant.post<F>(`/api/filings/${id}/submit`);
    expect(resubmitted.status, JSON.stringify(resubmitted.body)).toBe(200);
    // The decision period runs again from the day the corrections arrived (登记立案规定 Art. 7): 11-04 + 7.
    expect(resubmitted.body.filing).toMatchObject({ state: 'corrected', decisionDueDate: '2026-11-11' });
    expect((await events(id!)).at(-1)).toEqual({ type: 'filing.corrected', data: { decisionDueDate: '2026-11-11' } });
    expect((await audits(id!)).at(-1)).toMatchObject({ action: 'filing.resubmit', outcome: 'success' });
    expect((await litigant.put<Err>(`/api/filings/${id}`, fixed)).status, 'locked again').toBe(409);

    const queue = await clerk.get<{ items: Array<{ id: string; state: string }>; counts: Record<string, number> }>(
      '/api/review/queue?state=corrected',
    );
    expect(queue.body.items.map((i) => [i.id, i.state])).toEqual([[id, 'corrected']]);
    expect(queue.body.counts.corrected).toBe(1);
    const second = await clerk.post<Err>(`/api/review/filings/${id}/request-correction`, { items, dueDate: '2026-11-10' });
    expect([second.status, second.body.error.code], 'one notice only').toEqual([409, 'FILING_STATE_CONFLICT']);
    const accepted = await clerk.post<F>(`/api/review/filings/${id}/accept`, { procedure: 'ordinary' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.filing.acceptance?.fee.totalFen).toBe(105_000);
  });

  it('after the deadline: no edits, no resubmission; the sweep returns it; the filer insists; the clerk must rule', async () => {
    await at(0);
    const [id] = await submitted();
    const items = [{ section: 'claims', text: '请明确利息的计算方式' }];
    expect((await clerk.post(`/api/review/filings/${id}/request-correction`, { items, dueDate: '2026-11-04' })).status).toBe(200);
    await at(3); // Thursday 11-05: the period ended yesterday
    const body = {
      ...completeDraft,
      claims: [{ text: '判令被告归还借款50000元及利息', amountFen: 5_000_000 }],
      causeOfActionCode: (await row(id!)).cause_of_action_code,
    };
    const late = await litigant.put<Err>(`/api/filings/${id}`, body);
    expect([late.status, late.body.error.code]).toEqual([409, 'CORRECTION_DEADLINE_PASSED']);
    const lateSubmit = await litigant.post<Err>(`/api/filings/${id}/submit`);
    expect([lateSubmit.status, lateSubmit.body.error.code]).toEqual([409, 'CORRECTION_DEADLINE_PASSED']);
    expect((await row(id!)).state).toBe('correction_requested');

    const swept = await sweepDueFilings(p.deps);
    expect(swept.returned).toEqual([id]);
    expect(await row(id!)).toMatchObject({ state: 'returned', returned_at: clock });
    expect((await events(id!)).at(-1)).toEqual({
      type: 'filing.returned',
      data: { reason: 'correction_deadline_passed', correctionDueDate: '2026-11-04' },
    });
    expect((await audits(id!)).at(-1)).toMatchObject({ action: 'filing.return', outcome: 'success', actor_id: null });

    expect((await clerk.post<Err>(`/api/filings/${id}/insist`)).status, 'the clerk cannot insist for the filer').toBe(404);
    const insisted = await litigant.post<F>(`/api/filings/${id}/insist`);
    expect(insisted.status, JSON.stringify(insisted.body)).toBe(200);
    expect(insisted.body.filing.state).toBe('insisted');
    expect((await litigant.post<Err>(`/api/filings/${id}/insist`)).status).toBe(409);
    const queue = await clerk.get<{ items: Array<{ id: string }>; counts: Record<string, number> }>('/api/review/queue?state=insisted');
    expect(queue.body.items.map((i) => i.id)).toEqual([id]);
    // 登记立案规定 Art. 7: after insisting the court rules not to accept; registering is not open.
    const accept = await clerk.post<Err>(`/api/review/filings/${id}/accept`, {});
    expect([accept.status, accept.body.error.code]).toEqual([409, 'FILING_STATE_CONFLICT']);
    const ruled = await clerk.post<F>(`/api/review/filings/${id}/reject`, {
      ground: 'insisted_after_return',
      reason: '未在指定期限内补正诉讼请求',
    });
    expect(ruled.status).toBe(200);
    expect(ruled.body.filing.state).toBe('rejected');
  });
});

describe('ruling not to accept (不予受理)', () => {
  it('lists the grounds with their basis, refuses an unknown one, and records the ruling with its appeal route', async () => {
    await at(0);
    const grounds = await clerk.get<{ grounds: Array<{ code: string; basis: string }> }>('/api/review/rejection-grounds');
    expect(grounds.body.grounds.map((g) => g.code)).toEqual(rejectionGrounds.map((g) => g.code));
    expect((await litigant.get('/api/review/rejection-grounds')).status).toBe(403);

    const [id] = await submitted();
    const before = await snapshot(id!);
    const unknown = await clerk.post<Err>(`/api/review/filings/${id}/reject`, { ground: 'because', reason: '理由' });
    expect([unknown.status, unknown.body.error.code]).toEqual([422, 'REJECTION_GROUND_UNKNOWN']);
    expect(await snapshot(id!)).toEqual(before);

    const reason = '双方借款合同约定争议提交北京仲裁委员会仲裁。';
    const ruled = await clerk.post<F>(`/api/review/filings/${id}/reject`, { ground: 'arbitration_agreement', reason });
    expect(ruled.status, JSON.stringify(ruled.body)).toBe(200);
    // Served 2026-11-02: 10 days to appeal (CPL Art. 171) to 北京市第三中级人民法院.
    expect(ruled.body.filing.rejection).toMatchObject({
      ground: { code: 'arbitration_agreement', basis: '民事诉讼法第一百二十七条第（二）项' },
      reason,
      appealDueDate: '2026-11-12',
      appealCourt: '北京市第三中级人民法院',
    });
    expect(await row(id!)).toMatchObject({ state: 'rejected', rejection_ground: 'arbitration_agreement', appeal_due_date: '2026-11-12' });
    expect((await decisionEvents(id!)).at(-1)).toMatchObject({ type: 'filing.rejected', data: { ground: 'arbitration_agreement' } });
    expect((await audits(id!)).at(-1)).toMatchObject({ action: 'filing.reject', outcome: 'success' });
    const seen = (await litigant.get<F>(`/api/filings/${id}`)).body.filing;
    expect(seen.rejection?.appealCourt).toBe('北京市第三中级人民法院');
    expect((await clerk.post<Err>(`/api/review/filings/${id}/accept`, {})).status).toBe(409);
  });
});

describe('assigning a judge (分案)', () => {
  it('lists the court’s judges and assigns a registered case to one of them only', async () => {
    await at(0);
    const judges = await clerk.get<{ judges: Array<{ id: string; name: string }> }>('/api/review/judges');
    expect(judges.body.judges.map((j) => j.name)).toEqual(['孙法官']);
    expect((await otherClerk.get<{ judges: unknown[] }>('/api/review/judges')).body.judges).toEqual([]);
    const judgeId = judges.body.judges[0]!.id;
    const clerkId = (await clerk.get<{ user: { id: string } }>('/api/me')).body.user.id;

    const [waiting, registered] = await submitted(2);
    const early = await clerk.post<Err>(`/api/review/filings/${waiting}/assign`, { judgeId });
    expect([early.status, early.body.error.code]).toEqual([409, 'FILING_STATE_CONFLICT']);
    await clerk.post(`/api/review/filings/${registered}/accept`, {});
    expect((await judge.get<Err>(`/api/filings/${registered}`)).status, 'not yet assigned').toBe(404);
    const notJudge = await clerk.post<Err>(`/api/review/filings/${registered}/assign`, { judgeId: clerkId });
    expect([notJudge.status, notJudge.body.error.code]).toEqual([422, 'JUDGE_NOT_AT_COURT']);
    expect((await otherClerk.post<Err>(`/api/review/filings/${registered}/assign`, { judgeId })).status).toBe(404);

    const assigned = await clerk.post<F>(`/api/review/filings/${registered}/assign`, { judgeId });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    expect(assigned.body.filing.assignedJudge).toEqual({ id: judgeId, name: '孙法官' });
    expect((await events(registered!)).at(-1)).toEqual({ type: 'filing.assigned', data: { judge: '孙法官' } });
    expect((await audits(registered!)).at(-1)).toMatchObject({ action: 'filing.assign', outcome: 'success' });
    expect((await judge.get<F>(`/api/filings/${registered}`)).status, 'the judge reads the case assigned to them').toBe(200);
  });
});

describe('the review queue', () => {
  it('filters by state, cause, dates, days left and representation, and counts per state', async () => {
    await at(0);
    const q = async (query: string) =>
      (await clerk.get<{ items: Array<{ id: string; represented: boolean }>; counts: Record<string, number> }>(`/api/review/queue${query}`))
        .body;
    const [a] = await submitted();
    const cause = (await row(a!)).cause_of_action_code!;
    const all = await q('');
    expect(all.items.map((i) => i.id)).toContain(a);
    expect(all.counts.submitted).toBe(all.items.filter((i) => (i as unknown as { state: string }).state === 'submitted').length);
    expect((await q(`?causeOfActionCode=${cause}`)).items.map((i) => i.id)).toContain(a);
    expect((await q('?causeOfActionCode=9999')).items).toEqual([]);
    expect((await q('?submittedFrom=2026-11-02&submittedTo=2026-11-02')).items.map((i) => i.id)).toContain(a);
    expect((await q('?submittedFrom=2026-11-03')).items.map((i) => i.id)).not.toContain(a);
    expect((await q('?represented=false')).items.map((i) => i.id)).toContain(a);
    expect((await q('?represented=true')).items.map((i) => i.id)).not.toContain(a);
    expect((await q('?maxDaysLeft=2')).items.map((i) => i.id)).not.toContain(a);
    await at(5); // two days left on 11-07 (due 11-09)
    expect((await q('?maxDaysLeft=2')).items.map((i) => i.id)).toContain(a);
    const bad = await clerk.get<Err>('/api/review/queue?state=draft');
    expect(bad.status).toBe(400);
  });
});
