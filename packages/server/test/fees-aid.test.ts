// Judicial aid (司法救助, 诉讼费用交纳办法 Arts. 44–53), the unpaid-fee sweep (按撤诉处理, 民诉法解释 Art. 213,
// 诉讼费用交纳办法 Art. 22) and refunds: applications checked by the domain rules, decided only by a clerk
// of the filing's court; exemption settles, reduction changes the amount due (and owes a refund when the
// fee was already paid), deferral moves the due date; a pending application holds back the sweep.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/cli/seed.js';
import { upsertCourt } from '../src/modules/catalogue/service.js';
import { sweepUnpaidFees } from '../src/modules/fees/sweep.js';
import { createAccount } from '../src/modules/identity/service.js';
import { acceptFiling } from '../src/modules/review/service.js';
import { Client } from './client.js';
import { signedInActor, submitCompleteFilings } from './fixtures.js';
import { startTestPlatform, type TestPlatform } from './harness.js';

const START = new Date('2026-11-02T02:00:00Z'); // Monday 10:00 in Beijing: fee due Monday 11-09
let clock = START;
let p: TestPlatform;
let owner: Client;
let clerk: Client;
let otherClerk: Client;
const ctx = { actorId: null, requestId: 'aid-test', ip: null };

beforeAll(async () => {
  p = await startTestPlatform({ now: () => clock });
  const courtB = await upsertCourt(p.deps.db, { code: '京0108', name: '北京市海淀区人民法院', timezone: 'Asia/Shanghai' });
  await createAccount(p.deps, {
    login: 'clerk@haidian.court.example',
    password: DEMO_PASSWORD,
    realName: '钱立案',
    idNumber: null,
    roles: [{ role: 'filing_clerk', courtId: courtB }],
  });
  owner = await new Client(p.app).login('13800000001');
  clerk = await new Client(p.app).login('clerk@chaoyang.court.example');
  otherClerk = await new Client(p.app).login('clerk@haidian.court.example');
}, 120_000);
afterAll(async () => {
  await p?.stop();
});

async function acceptedFilings(n: number): Promise<string[]> {
  const litigant = await signedInActor(p.deps, '13800000001');
  const c = await signedInActor(p.deps, 'clerk@chaoyang.court.example');
  const ids = await submitCompleteFilings(p.deps, litigant, p.court.id, n);
  for (const id of ids) await acceptFiling(p.deps, ctx, c, id);
  return ids;
}
const filing = (id: string) => p.deps.db.selectFrom('filings').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const applications = (id: string) => p.deps.db.selectFrom('judicial_aid_applications').selectAll().where('filing_id', '=', id).execute();
const refunds = (id: string) => p.deps.db.selectFrom('fee_refunds').selectAll().where('filing_id', '=', id).execute();
const apply = (id: string, body: Record<string, unknown>) =>
  owner.post<{ fees: { status: string }; error: { code: string; details: Array<{ code: string }> } }>(
    `/api/filings/${id}/fees/judicial-aid`,
    {
      statement: '本人无固定收入，家庭经济困难，无力按期交纳受理费。',
      ...body,
    },
  );
const decide = (c: Client, id: string, body: Record<string, unknown>) =>
  c.post<{ fees: { status: string; amountDueFen: number | null; dueDate: string | null }; error: { code: string } }>(
    `/api/review/filings/${id}/judicial-aid/decision`,
    body,
  );
/** The text of a PDF as pdftotext (poppler-utils) extracts it. */
async function pdfText(bytes: Buffer): Promise<string> {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'lian-ruling-')), 'r.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}
const reduction = { type: 'reduction', grounds: ['other-reduction'], otherDescription: '失业一年，无其他收入', reductionPercent: 50 };
const deferral = { type: 'deferral', grounds: ['other-deferral'], otherDescription: '工资被拖欠，暂时无力交纳' };

async function pay(id: string) {
  const start = await owner.post<{ redirectUrl: string }>(`/api/filings/${id}/fees/payments`);
  expect(start.status).toBe(200);
  const url = start.body.redirectUrl.replace('/pay/sim?', '/pay/sim/confirm?');
  const res = await p.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' });
  expect(res.statusCode).toBe(303);
  return start.body.redirectUrl;
}

describe('judicial aid', () => {
  it('refuses an application the rules do not allow, with the rule broken, and stores nothing', async () => {
    const [id] = await acceptedFilings(1);
    const res = await apply(id!, { ...reduction, reductionPercent: 10 });
    expect([res.status, res.body.error.code]).toEqual([422, 'JUDICIAL_AID_INVALID']);
    expect(res.body.error.details.map((d) => d.code)).toEqual(['REDUCTION_PERCENT_OUT_OF_RANGE']);
    const noGround = await apply(id!, { type: 'exemption', grounds: ['no-such-ground'] });
    expect(noGround.body.error.details.map((d) => d.code)).toEqual(['UNKNOWN_GROUND']);
    const proof = await apply(id!, { ...deferral, proofMaterialIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(proof.body.error.details.map((d) => d.code)).toEqual(['UNKNOWN_MATERIAL']);
    expect(await applications(id!)).toEqual([]);
  });

  it("another court's clerk cannot decide; the court's clerk grants an exemption, which settles the fee", async () => {
    const [id] = await acceptedFilings(1);
    const proof = await p.deps.db.selectFrom('materials').select('id').where('filing_id', '=', id!).executeTakeFirstOrThrow();
    const applied = await apply(id!, { type: 'exemption', grounds: ['disabled-without-fixed-income'], proofMaterialIds: [proof.id] });
    expect(applied.status).toBe(201);
    expect((await apply(id!, deferral)).body.error.code, 'one pending application at a time').toBe('JUDICIAL_AID_CONFLICT');
    const before = await filing(id!);
    const refused = await decide(otherClerk, id!, { grant: true });
    expect(refused.status).toBe(404);
    expect(await filing(id!)).toEqual(before);
    expect((await applications(id!))[0]).toMatchObject({ state: 'pending', decided_by: null });

    const granted = await decide(clerk, id!, { grant: true, reason: '提交了残疾人证及无收入证明' });
    expect(granted.status).toBe(200);
    expect(granted.body.fees).toMatchObject({ status: 'settled_by_aid', amountDueFen: null });
    expect(await filing(id!)).toMatchObject({ state: 'fees_settled', acceptance_fee_fen: 0 });
    expect((await applications(id!))[0]).toMatchObject({ state: 'granted', granted_percent: 100 });
    expect((await owner.post<{ error: { code: string } }>(`/api/filings/${id}/fees/payments`)).body.error.code).toBe('FEE_NOT_PAYABLE');
  });

  it('a reduction changes the amount due and cancels the order for the old amount; paying that order is refunded', async () => {
    const [id] = await acceptedFilings(1);
    const fee = (await filing(id!)).acceptance_fee_fen!;
    const oldOrder = await owner.post<{ orderId: string; redirectUrl: string }>(`/api/filings/${id}/fees/payments`);
    expect((await apply(id!, reduction)).status).toBe(201);
    expect((await decide(clerk, id!, { grant: true, percent: 10 })).body.error.code, 'below 30 % (Art. 46)').toBe(
      'JUDICIAL_AID_DECISION_INVALID',
    );
    const granted = await decide(clerk, id!, { grant: true, percent: 40 });
    expect(granted.body.fees).toMatchObject({ status: 'due', amountDueFen: fee - Math.round(fee * 0.4) });
    const f = await filing(id!);
    expect(f.acceptance_fee!.explanation['zh-CN']).toContain('减交 40%');
    const order = await p.deps.db
      .selectFrom('payment_orders')
      .selectAll()
      .where('id', '=', oldOrder.body.orderId)
      .executeTakeFirstOrThrow();
    expect(order.state).toBe('cancelled');
    // The payer still confirms the old checkout page: the money is recorded for refund, the fee not settled.
    const url = oldOrder.body.redirectUrl.replace('/pay/sim?', '/pay/sim/confirm?');
    await p.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' });
    expect((await filing(id!)).state).toBe('accepted');
    expect(await refunds(id!)).toMatchObject([{ amount_fen: fee, reason: 'duplicate_payment' }]);
    // The new order is for the reduced amount.
    const fresh = await owner.post<{ amountFen: number }>(`/api/filings/${id}/fees/payments`);
    expect(fresh.body.amountFen).toBe(fee - Math.round(fee * 0.4));
  });

  it('a reduction granted after the fee was paid records the refund of the difference with its basis', async () => {
    const [id] = await acceptedFilings(1);
    const fee = (await filing(id!)).acceptance_fee_fen!;
    expect((await apply(id!, reduction)).status).toBe(201);
    await pay(id!);
    expect((await filing(id!)).state).toBe('fees_settled');
    const granted = await decide(clerk, id!, { grant: true });
    expect(granted.status).toBe(200);
    const r = await refunds(id!);
    expect(r).toMatchObject([{ amount_fen: Math.round(fee * 0.5), reason: 'judicial_aid_after_payment' }]);
    expect(r[0]!.basis).toContain('诉讼费用交纳办法第四十六条');
    const card = await owner.get<{ fees: { refunds: Array<{ amountFen: number }> } }>(`/api/filings/${id}/fees`);
    expect(card.body.fees.refunds.map((x) => x.amountFen)).toEqual([Math.round(fee * 0.5)]);
    // The case page shows each step in its timeline.
    const view = await owner.get<{ filing: { timeline: Array<{ type: string }> } }>(`/api/filings/${id}`);
    expect(view.status).toBe(200);
    expect(view.body.filing.timeline.map((e) => e.type)).toEqual(
      expect.arrayContaining(['fee.aid_applied', 'fee.paid', 'fee.aid_granted', 'fee.refund_recorded']),
    );
  });

  it('a deferral moves the due date only forward; a refusal keeps the fee as it was', async () => {
    const [deferred, refused] = await acceptedFilings(2);
    const due = (await filing(deferred!)).fee_due_date!;
    expect((await apply(deferred!, deferral)).status).toBe(201);
    expect((await decide(clerk, deferred!, { grant: true, deferredUntil: due })).status).toBe(422);
    const ok = await decide(clerk, deferred!, { grant: true, deferredUntil: '2026-12-09' });
    expect(ok.body.fees).toMatchObject({ status: 'due', dueDate: '2026-12-09' });
    expect((await filing(deferred!)).fee_due_date).toBe('2026-12-09');

    const before = await filing(refused!);
    expect((await apply(refused!, deferral)).status).toBe(201);
    // Refused while unpaid: the court sets the period in which the fee must still be paid (Art. 22 para. 4).
    const noDate = await decide(clerk, refused!, { grant: false, reason: '未提交经济困难的证明材料' });
    expect([noDate.status, noDate.body.error.code]).toEqual([422, 'JUDICIAL_AID_DECISION_INVALID']);
    expect((await decide(clerk, refused!, { grant: false, reason: '未提交经济困难的证明材料', payBy: '2026-11-20' })).status).toBe(200);
    expect((await applications(refused!))[0]).toMatchObject({ state: 'refused', decision_reason: '未提交经济困难的证明材料' });
    const after = await filing(refused!);
    expect([after.acceptance_fee_fen, after.fee_due_date, after.state]).toEqual([before.acceptance_fee_fen, '2026-11-20', 'accepted']);
  });
});

describe('the unpaid-fee sweep', () => {
  it('treats as withdrawn exactly the unpaid cases past their due date without a pending application', async () => {
    clock = new Date('2026-11-16T02:00:00Z'); // Monday: fee due 11-23
    // Two weeks on, sessions have expired: sign in again.
    owner = await new Client(p.app).login('13800000001');
    clerk = await new Client(p.app).login('clerk@chaoyang.court.example');
    const [unpaid, pending, paid] = await acceptedFilings(3);
    expect((await apply(pending!, deferral)).status).toBe(201);
    await pay(paid!);
    // 11-23, 23:30 in Beijing: the last day has not ended there yet.
    clock = new Date('2026-11-23T15:30:00Z');
    expect((await sweepUnpaidFees(p.deps)).treatedAsWithdrawn).not.toContain(unpaid);
    clock = new Date('2026-11-23T16:30:00Z');
    const swept = await sweepUnpaidFees(p.deps);
    expect(swept.treatedAsWithdrawn).toContain(unpaid);
    expect(swept.treatedAsWithdrawn).not.toContain(pending);
    expect(swept.treatedAsWithdrawn).not.toContain(paid);
    expect(await filing(unpaid!)).toMatchObject({ state: 'treated_as_withdrawn' });
    expect(await filing(pending!)).toMatchObject({ state: 'accepted' });
    expect(await filing(paid!)).toMatchObject({ state: 'fees_settled' });
    const events = await p.deps.db.selectFrom('filing_events').select(['type', 'data']).where('filing_id', '=', unpaid!).execute();
    expect(events.map((e) => e.type)).toContain('filing.treated_as_withdrawn');
    const audit = await p.deps.db.selectFrom('audit_log').select('action').where('resource_id', '=', unpaid!).execute();
    expect(audit.map((a) => a.action)).toContain('filing.treat_as_withdrawn');
    // A week on: sign in again.
    owner = await new Client(p.app).login('13800000001');
    clerk = await new Client(p.app).login('clerk@chaoyang.court.example');
    const lapsed = await owner.get<{ filing: { state: string; timeline: Array<{ type: string }> } }>(`/api/filings/${unpaid}`);
    expect([lapsed.status, lapsed.body.filing.state]).toEqual([200, 'treated_as_withdrawn']);
    expect(lapsed.body.filing.timeline.map((e) => e.type)).toContain('filing.treated_as_withdrawn');
    // The ruling (按撤诉处理) is issued in the same transaction, citing its legal basis.
    const docs = await owner.get<{ documents: Array<{ id: string; kind: string }> }>(`/api/filings/${unpaid}/documents`);
    const ruling = docs.body.documents.find((d) => d.kind === 'ruling_treated_as_withdrawn')!;
    expect(ruling).toBeDefined();
    const pdf = await owner.call('GET', await owner.documentLinkTo(unpaid!, ruling.id));
    expect([pdf.status, pdf.raw.subarray(0, 5).toString()]).toEqual([200, '%PDF-']);
    expect(await pdfText(pdf.raw)).toMatch(/第二百一十三条[\s\S]*第二十二条[\s\S]*撤回起诉处理/);
    expect((await sweepUnpaidFees(p.deps)).treatedAsWithdrawn, 'a second run finds nothing new').toEqual([]);
    const card = await owner.get<{ fees: { status: string; can: { pay: boolean } } }>(`/api/filings/${unpaid}/fees`);
    expect(card.body.fees).toMatchObject({ status: 'lapsed', can: { pay: false } });

    // Refused on 11-24 with a last day to pay of 11-25: the sweep waits for that day to end, then takes it.
    expect((await decide(clerk, pending!, { grant: false, reason: '不符合缓交条件', payBy: '2026-11-25' })).status).toBe(200);
    expect(await sweepUnpaidFees(p.deps)).toEqual({ treatedAsWithdrawn: [] });
    clock = new Date('2026-11-25T16:30:00Z');
    expect((await sweepUnpaidFees(p.deps)).treatedAsWithdrawn).toEqual([pending]);
  });
});
