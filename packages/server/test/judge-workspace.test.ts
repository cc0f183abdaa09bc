// The judge's workspace (承办法官): a clerk registers filings and assigns them through the review routes; the
// judge then lists the cases assigned to them (newest assignment first, fee state, filters, paging) and reads
// each in full — parties with masked personal data, claims, materials with download links, issued documents,
// the fee and the timeline. Another judge, another court's judge, a litigant and a clerk see none of it.
import type { FilingView, JudgeCaseItem, JudgeCasesResponse } from '@lian/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/cli/seed.js';
import { upsertCourt } from '../src/modules/catalogue/service.js';
import { createAccount } from '../src/modules/identity/service.js';
import { Client } from './client.js';
import { signedInActor, submitCompleteFilings } from './fixtures.js';
import { startTestPlatform, type TestPlatform } from './harness.js';

// Wednesday 2026-11-04, 10:00 in Beijing.
let clock = new Date('2026-11-04T02:00:00Z');
let p: TestPlatform;
let owner: Client;
let clerk: Client;
let admin: Client;
let judge: Client;
let otherJudge: Client;
let courtBClerk: Client;
let courtBJudge: Client;
let judgeId = '';
let otherJudgeId = '';
let courtBJudgeId = '';
/** The demo judge's cases by what happened to their fee, and cases that are not theirs. */
const ids = { paid: '', due: '', aidPending: '', waived: '', unassigned: '', otherJudges: '', courtB: '' };

type Cases = JudgeCasesResponse & { error?: { code: string } };
const list = (c: Client, q = '') => c.get<Cases>(`/api/judge/cases${q}`);
const idsOf = (items: JudgeCaseItem[]) => items.map((i) => i.id);
const later = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));

async function registered(courtId: string, by: Client, n: number): Promise<string[]> {
  const litigant = await signedInActor(p.deps, '13800000001');
  const filings = await submitCompleteFilings(p.deps, litigant, courtId, n);
  for (const id of filings) expect((await by.post(`/api/review/filings/${id}/accept`)).status).toBe(200);
  return filings;
}
async function assign(by: Client, id: string, to: string) {
  later(1);
  const r = await by.post<{ filing: FilingView }>(`/api/review/filings/${id}/assign`, { judgeId: to });
  expect(r.status).toBe(200);
}
const userId = async (c: Client) => (await c.get<{ user: { id: string } }>('/api/me')).body.user.id;
const deniedAudits = (id: string, actor: string) =>
  p.deps.db
    .selectFrom('audit_log')
    .select(['action', 'outcome'])
    .where('resource_id', '=', id)
    .where('actor_id', '=', actor)
    .where('outcome', '=', 'denied')
    .execute();

beforeAll(async () => {
  p = await startTestPlatform({ now: () => clock });
  const courtB = await upsertCourt(p.deps.db, { code: '京0108', name: '北京市海淀区人民法院', timezone: 'Asia/Shanghai' });
  const staff = [
    { login: 'judge2@chaoyang.court.example', realName: '周法官', role: 'judge', courtId: p.court.id },
    { login: 'clerk@haidian.court.example', realName: '钱立案', role: 'filing_clerk', courtId: courtB },
    { login: 'judge@haidian.court.example', realName: '吴法官', role: 'judge', courtId: courtB },
  ] as const;
  for (const s of staff)
    await createAccount(p.deps, {
      login: s.login,
      password: DEMO_PASSWORD,
      realName: s.realName,
      idNumber: null,
      roles: [{ role: s.role, courtId: s.courtId }],
    });
  owner = await new Client(p.app).login('13800000001');
  clerk = await new Client(p.app).login('clerk@chaoyang.court.example');
  admin = await new Client(p.app).login('admin@chaoyang.court.example');
  judge = await new Client(p.app).login('judge@chaoyang.court.example');
  otherJudge = await new Client(p.app).login('judge2@chaoyang.court.example');
  courtBClerk = await new Client(p.app).login('clerk@haidian.court.example');
  courtBJudge = await new Client(p.app).login('judge@haidian.court.example');
  [judgeId, otherJudgeId, courtBJudgeId] = await Promise.all([userId(judge), userId(otherJudge), userId(courtBJudge)]);

  const [paid, due, aidPending, waived, unassigned, otherJudges] = (await registered(p.court.id, clerk, 6)) as [string, ...string[]];
  Object.assign(ids, { paid, due, aidPending, waived, unassigned, otherJudges, courtB: (await registered(courtB, courtBClerk, 1))[0] });
  // The litigant pays one fee at the simulated gateway, applies for a deferral on another and is exempted on a third.
  const start = await owner.post<{ redirectUrl: string }>(`/api/filings/${ids.paid}/fees/payments`);
  const confirm = await p.app.inject({
    method: 'POST',
    url: start.body.redirectUrl.replace('/pay/sim?', '/pay/sim/confirm?'),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: '',
  });
  expect(confirm.statusCode).toBe(303);
  const statement = '本人无固定收入，家庭经济困难，无力按期交纳受理费。';
  const deferral = await owner.post(`/api/filings/${ids.aidPending}/fees/judicial-aid`, {
    type: 'deferral',
    grounds: ['other-deferral'],
    otherDescription: '失业',
    statement,
  });
  expect(deferral.status).toBe(201);
  const proof = await p.deps.db.selectFrom('materials').select('id').where('filing_id', '=', ids.waived).executeTakeFirstOrThrow();
  const exemption = await owner.post(`/api/filings/${ids.waived}/fees/judicial-aid`, {
    type: 'exemption',
    grounds: ['disabled-without-fixed-income'],
    proofMaterialIds: [proof.id],
    statement,
  });
  expect(exemption.status).toBe(201);
  expect((await clerk.post(`/api/review/filings/${ids.waived}/judicial-aid/decision`, { grant: true, reason: '残疾人证' })).status).toBe(
    200,
  );

  // Assigned in this order: the newest assignment is listed first.
  for (const id of [ids.paid, ids.waived, ids.aidPending, ids.due]) await assign(clerk, id, judgeId);
  await assign(clerk, ids.otherJudges, otherJudgeId);
  await assign(courtBClerk, ids.courtB, courtBJudgeId);
}, 240_000);
afterAll(async () => {
  await p?.stop();
});

describe('GET /api/judge/cases', () => {
  it('answers 401 without a session and 403 to a litigant, a clerk and an administrator', async () => {
    expect((await list(new Client(p.app))).status).toBe(401);
    for (const c of [owner, clerk, admin, courtBClerk]) {
      const r = await list(c);
      expect([r.status, r.body.error?.code]).toEqual([403, 'FORBIDDEN']);
    }
  });

  it('lists the cases assigned to the judge, newest assignment first, with parties, dates and fee state', async () => {
    const r = await list(judge);
    expect(r.status).toBe(200);
    expect(idsOf(r.body.items)).toEqual([ids.due, ids.aidPending, ids.waived, ids.paid]);
    expect(r.body.total).toBe(4);
    expect(r.body.counts).toEqual({ due: 1, aid_pending: 1, paid: 1, waived: 1, lapsed: 0 });
    const byId = new Map(r.body.items.map((i) => [i.id, i]));
    const due = byId.get(ids.due)!;
    const row = await p.deps.db.selectFrom('filings').selectAll().where('id', '=', ids.due).executeTakeFirstOrThrow();
    expect(due).toMatchObject({
      caseNumber: row.case_number,
      court: { id: p.court.id, name: '北京市朝阳区人民法院' },
      causeOfAction: { name: '民间借贷纠纷' },
      plaintiffNames: ['张三'],
      claimAmountFen: row.claim_amount_fen,
      procedure: row.procedure,
      acceptedAt: row.accepted_at!.toISOString(),
      assignedAt: row.assigned_at!.toISOString(),
      fee: { state: 'due', amountFen: row.acceptance_fee_fen, dueDate: row.fee_due_date },
    });
    expect(due.caseNumber).toMatch(/^（2026）京0105民初\d+号$/);
    expect(due.defendantNames.length).toBeGreaterThan(0);
    expect(due.fee.daysLeft).toBeGreaterThan(0);
    expect(byId.get(ids.aidPending)!.fee).toMatchObject({ state: 'aid_pending', dueDate: expect.any(String) });
    expect(byId.get(ids.paid)!.fee).toMatchObject({ state: 'paid', dueDate: null, daysLeft: null });
    expect(byId.get(ids.waived)!.fee).toMatchObject({ state: 'waived', amountFen: 0, dueDate: null });
  });

  it('filters by fee state, searches case number and party names literally, and pages', async () => {
    expect(idsOf((await list(judge, '?feeState=paid')).body.items)).toEqual([ids.paid]);
    const due = await list(judge, '?feeState=due');
    expect([idsOf(due.body.items), due.body.total]).toEqual([[ids.due], 1]);
    expect(due.body.counts.paid, 'counts are before the filters').toBe(1);
    const caseNumber = (await p.deps.db.selectFrom('filings').select('case_number').where('id', '=', ids.waived).executeTakeFirstOrThrow())
      .case_number!;
    const serial = /民初(\d+)号/.exec(caseNumber)![1]!;
    expect(idsOf((await list(judge, `?q=${encodeURIComponent(`民初${serial}号`)}`)).body.items)).toEqual([ids.waived]);
    expect((await list(judge, `?q=${encodeURIComponent('张三')}`)).body.total).toBe(4);
    expect((await list(judge, `?q=${encodeURIComponent('无此人')}`)).body.items).toEqual([]);
    expect((await list(judge, '?q=%25')).body.items, '% is a character, not a wildcard').toEqual([]);
    expect((await list(judge, `?q=${encodeURIComponent("' OR 1=1 --")}`)).body.items).toEqual([]);
    const page2 = await list(judge, '?limit=2&offset=2');
    expect([idsOf(page2.body.items), page2.body.total]).toEqual([[ids.waived, ids.paid], 4]);
    expect((await list(judge, '?limit=0')).status).toBe(400);
    expect((await list(judge, '?feeState=unknown')).status).toBe(400);
  });

  it('shows another judge only their own case, and another court’s judge only that court’s', async () => {
    expect(idsOf((await list(otherJudge)).body.items)).toEqual([ids.otherJudges]);
    expect(idsOf((await list(courtBJudge)).body.items)).toEqual([ids.courtB]);
    expect(idsOf((await list(judge)).body.items)).not.toContain(ids.courtB);
    expect(idsOf((await list(judge)).body.items)).not.toContain(ids.unassigned);
  });
});

describe('the judge reads an assigned case', () => {
  it('in full: parties with masked personal data, claims, materials with links, documents, fee and timeline', async () => {
    const r = await judge.get<{ filing: FilingView }>(`/api/filings/${ids.due}`);
    expect(r.status).toBe(200);
    const f = r.body.filing;
    expect(f.assignedJudge).toEqual({ id: judgeId, name: '孙法官' });
    expect(f.personalData).toBe('masked');
    expect(f.plaintiffs[0]!.name).toBe('张三');
    expect(f.plaintiffs[0]!.idNumber).toMatch(/\*/);
    expect(f.plaintiffs[0]!.idNumber).not.toBe('110105199003071239');
    for (const d of f.defendants) {
      expect(d.name.length).toBeGreaterThan(0);
      if (d.idNumber) expect(d.idNumber).toMatch(/\*/);
      if (d.phone) expect(d.phone).toMatch(/\*/);
    }
    expect(f.claims.length).toBeGreaterThan(0);
    expect(f.acceptance).not.toBeNull();
    expect(
      Object.values(f.allowed).every((v) => v === false),
      'the judge reads; nothing to decide here',
    ).toBe(true);
    expect(f.timeline.map((e) => e.type)).toEqual(expect.arrayContaining(['filing.submitted', 'filing.accepted', 'filing.assigned']));

    expect(f.materials.length).toBe(3);
    const complaint = f.materials.find((m) => m.kind === 'complaint')!;
    const file = await judge.get(await judge.linkTo(ids.due, complaint.id));
    expect(file.status).toBe(200);
    expect(file.raw.subarray(0, 5).toString()).toBe('%PDF-');

    const docs = await judge.get<{ documents: Array<{ id: string; kind: string }> }>(`/api/filings/${ids.due}/documents`);
    expect(docs.body.documents.map((d) => d.kind)).toEqual(
      expect.arrayContaining(['filing_receipt', 'acceptance_notice', 'payment_notice']),
    );
    const notice = docs.body.documents.find((d) => d.kind === 'acceptance_notice')!;
    const pdf = await judge.get(await judge.documentLinkTo(ids.due, notice.id));
    expect([pdf.status, pdf.raw.subarray(0, 5).toString()]).toEqual([200, '%PDF-']);

    const fees = await judge.get<{ fees: { status: string; can: Record<string, boolean> } }>(`/api/filings/${ids.due}/fees`);
    expect(fees.body.fees).toMatchObject({ status: 'due', can: { pay: false, applyForAid: false, decideAid: false } });
  });

  it('answers 404 with an audited denial for a case not assigned to them and for another court’s case', async () => {
    for (const id of [ids.unassigned, ids.otherJudges, ids.courtB]) {
      for (const url of [
        `/api/filings/${id}`,
        `/api/filings/${id}/material-links`,
        `/api/filings/${id}/documents`,
        `/api/filings/${id}/fees`,
      ]) {
        const before = (await deniedAudits(id, judgeId)).length;
        const r = await judge.get<{ error: { code: string } }>(url);
        expect([url, r.status, r.body.error?.code]).toEqual([url, 404, 'NOT_FOUND']);
        const after = await deniedAudits(id, judgeId);
        expect(after.length, url).toBe(before + 1);
        expect(after.at(-1)).toEqual({ action: 'filing.read', outcome: 'denied' });
      }
    }
    // The same answer as for an id that does not exist.
    const unknown = await judge.get(`/api/filings/00000000-0000-4000-8000-000000000000`);
    const notMine = await judge.get(`/api/filings/${ids.courtB}`);
    expect(notMine.body).toEqual(unknown.body);
  });

  it('loses the case when the clerk reassigns it: gone from the list, 404 on reading', async () => {
    await assign(clerk, ids.paid, otherJudgeId);
    expect(idsOf((await list(judge)).body.items)).not.toContain(ids.paid);
    expect((await judge.get(`/api/filings/${ids.paid}`)).status).toBe(404);
    expect(idsOf((await list(otherJudge)).body.items)).toEqual([ids.paid, ids.otherJudges]);
    expect((await otherJudge.get(`/api/filings/${ids.paid}`)).status).toBe(200);
  });
});
