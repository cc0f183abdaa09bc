// Paying the acceptance fee through the simulated gateway (issue #7 §4): the happy path from the fee card
// to 已缴费, and every refusal the issue names — paying twice, the wrong amount, a forged signature, a
// replayed or stale callback, another litigant — each answered with a specific error and nothing changed.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimulatedGateway } from '../src/infra/payments/simulated.js';
import { simulatedGateway } from '../src/infra/payments/simulated.js';
import { acceptFiling } from '../src/modules/review/service.js';
import { createAccount } from '../src/modules/identity/service.js';
import { DEMO_PASSWORD } from '../src/cli/seed.js';
import { Client } from './client.js';
import { signedInActor, submitCompleteFilings } from './fixtures.js';
import { startTestPlatform, type TestPlatform } from './harness.js';
import { residentId } from './matrix-rules.js';
import { loadConfig } from '../src/infra/config.js';

const clock = new Date('2026-11-02T02:00:00Z');
let p: TestPlatform;
let owner: Client;
let other: Client;
let gateway: SimulatedGateway;
const ctx = { actorId: null, requestId: 'fees-test', ip: null };

beforeAll(async () => {
  p = await startTestPlatform({ now: () => clock });
  gateway = p.deps.paymentGateway as SimulatedGateway;
  await createAccount(p.deps, {
    login: '13800000066',
    password: DEMO_PASSWORD,
    realName: '赵六',
    idNumber: residentId('11010519900303123'),
    roles: [{ role: 'litigant', courtId: null }],
  });
  owner = await new Client(p.app).login('13800000001');
  other = await new Client(p.app).login('13800000066');
}, 120_000);
afterAll(async () => {
  await p?.stop();
});

async function acceptedFilings(n: number): Promise<string[]> {
  const litigant = await signedInActor(p.deps, '13800000001');
  const clerk = await signedInActor(p.deps, 'clerk@chaoyang.court.example');
  const ids = await submitCompleteFilings(p.deps, litigant, p.court.id, n);
  for (const id of ids) await acceptFiling(p.deps, ctx, clerk, id);
  return ids;
}

const filing = (id: string) => p.deps.db.selectFrom('filings').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const txns = (id: string) => p.deps.db.selectFrom('payment_transactions').selectAll().where('filing_id', '=', id).execute();
const refunds = (id: string) => p.deps.db.selectFrom('fee_refunds').selectAll().where('filing_id', '=', id).execute();

async function startPay(id: string) {
  const r = await owner.post<{ orderId: string; amountFen: number; redirectUrl: string }>(`/api/filings/${id}/fees/payments`);
  expect(r.status).toBe(200);
  return r.body;
}
const postCallback = (cb: { headers: Record<string, string>; body: string }) =>
  p.app.inject({ method: 'POST', url: '/pay/callback/sim', headers: cb.headers, payload: cb.body });
const orderOf = (order: { orderId: string; amountFen: number }) => ({
  orderId: order.orderId,
  amountFen: order.amountFen,
  currency: 'CNY' as const,
  courtName: '',
  caseNumber: '',
  description: '',
  returnUrl: '/',
});

describe('paying the acceptance fee', () => {
  it('fee card → gateway page → confirm → 已缴费: settled through the workflow with timeline and audit', async () => {
    const [id] = await acceptedFilings(1);
    const before = await filing(id!);
    const card = await owner.get<{
      fees: { status: string; amountDueFen: number; dueDate: string; daysLeft: number; can: { pay: boolean } };
    }>(`/api/filings/${id}/fees`);
    expect(card.body.fees).toMatchObject({
      status: 'due',
      amountDueFen: before.acceptance_fee_fen,
      dueDate: before.fee_due_date,
      can: { pay: true },
    });
    expect(card.body.fees.daysLeft).toBe(7);

    const start = await startPay(id!);
    expect(start.amountFen).toBe(before.acceptance_fee_fen);
    expect((await startPay(id!)).orderId, 'one open order per fee').toBe(start.orderId);

    const page = await p.app.inject({ method: 'GET', url: start.redirectUrl });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(before.case_number!);
    expect(page.body).toContain('北京市朝阳区人民法院');
    expect(page.body).toContain('¥1,050.00');
    const confirm = await p.app.inject({
      method: 'POST',
      url: start.redirectUrl.replace('/pay/sim?', '/pay/sim/confirm?'),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: '',
    });
    expect(confirm.statusCode).toBe(303);
    expect(confirm.headers.location).toBe(`/filings/${id}?paid=1`);

    expect((await filing(id!)).state).toBe('fees_settled');
    const view = await owner.get<{ filing: { state: string } }>(`/api/filings/${id}`);
    expect([view.status, view.body.filing?.state], JSON.stringify(view.body).slice(0, 500)).toEqual([200, 'fees_settled']);
    const paid = await owner.get<{ fees: { status: string; paidFen: number; can: { pay: boolean } } }>(`/api/filings/${id}/fees`);
    expect(paid.body.fees).toMatchObject({ status: 'paid', paidFen: before.acceptance_fee_fen, can: { pay: false } });
    const events = await p.deps.db.selectFrom('filing_events').select('type').where('filing_id', '=', id!).execute();
    expect(events.map((e) => e.type)).toContain('fee.paid');
    const audit = await p.deps.db.selectFrom('audit_log').select(['action', 'outcome']).where('resource_id', '=', id!).execute();
    expect(audit).toContainEqual({ action: 'fee.settle', outcome: 'success' });

    // Paying twice: no new order, and a second payment at the gateway is recorded for refund, never settled again.
    const again = await owner.post<{ error: { code: string } }>(`/api/filings/${id}/fees/payments`);
    expect([again.status, again.body.error.code]).toEqual([409, 'FEE_NOT_PAYABLE']);
    const second = await postCallback(gateway.signedCallback(orderOf(start), { at: clock }));
    expect([second.statusCode, second.json().outcome]).toEqual([200, 'refund_due']);
    expect((await txns(id!)).map((t) => t.outcome).sort()).toEqual(['refund_due', 'settled']);
    expect(await refunds(id!)).toMatchObject([{ amount_fen: before.acceptance_fee_fen, reason: 'duplicate_payment' }]);
    expect((await filing(id!)).state).toBe('fees_settled');
    const card2 = await owner.get<{ fees: { refunds: Array<{ amountFen: number; reason: string }> } }>(`/api/filings/${id}/fees`);
    expect(card2.body.fees.refunds).toMatchObject([{ amountFen: before.acceptance_fee_fen, reason: 'duplicate_payment' }]);

    // A case whose fee is settled still goes to a judge (分案 usually follows payment).
    const clerk = await new Client(p.app).login('clerk@chaoyang.court.example');
    const judge = await p.deps.db
      .selectFrom('users')
      .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
      .select('users.id')
      .where('user_roles.role', '=', 'judge')
      .executeTakeFirstOrThrow();
    const assigned = await clerk.post(`/api/review/filings/${id}/assign`, { judgeId: judge.id });
    expect(assigned.status).toBe(200);
    expect((await filing(id!)).assigned_judge_id).toBe(judge.id);
  });

  it('refuses the wrong amount, a forged signature and a stale timestamp, and changes nothing', async () => {
    const [id] = await acceptedFilings(1);
    const start = await startPay(id!);
    const before = await filing(id!);
    const forger = simulatedGateway({ key: randomBytes(32) });
    const cases: Array<[string, { headers: Record<string, string>; body: string }]> = [
      ['amount_mismatch', gateway.signedCallback(orderOf(start), { amountFen: start.amountFen - 1, at: clock })],
      ['amount_mismatch', gateway.signedCallback(orderOf(start), { amountFen: start.amountFen + 100, at: clock })],
      ['signature_invalid', forger.signedCallback(orderOf(start), { at: clock })],
      ['timestamp_stale', gateway.signedCallback(orderOf(start), { at: new Date(clock.getTime() - 10 * 60_000) })],
      ['signature_missing', { headers: { 'content-type': 'application/json' }, body: gateway.signedCallback(orderOf(start)).body }],
    ];
    // A body altered after signing: the signature no longer matches.
    const genuine = gateway.signedCallback(orderOf(start), { at: clock });
    cases.push([
      'signature_invalid',
      { headers: genuine.headers, body: genuine.body.replace(`"amountFen":${start.amountFen}`, '"amountFen":1') },
    ]);
    for (const [reason, cb] of cases) {
      const res = await postCallback(cb);
      expect({ reason, status: res.statusCode, body: res.json() }).toMatchObject({
        reason,
        status: 400,
        body: { error: { code: 'PAYMENT_CALLBACK_REFUSED', details: [{ code: reason }] } },
      });
    }
    expect(await filing(id!)).toEqual(before);
    expect(await txns(id!)).toEqual([]);
    expect(await refunds(id!)).toEqual([]);
    const denied = await p.deps.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'fee.callback')
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied.length).toBeGreaterThanOrEqual(cases.length);
  });

  it('a replayed callback is refused; a gateway retry of the same transaction is applied once', async () => {
    const [id] = await acceptedFilings(1);
    const start = await startPay(id!);
    const cb = gateway.signedCallback(orderOf(start), { at: clock, transactionId: 'SIMRETRY1' });
    expect((await postCallback(cb)).json()).toEqual({ outcome: 'settled' });
    const replay = await postCallback(cb);
    expect([replay.statusCode, replay.json().error.details[0].code]).toEqual([400, 'replayed']);
    // The gateway re-sends the same transaction with a fresh nonce: idempotent, nothing new.
    const retry = await postCallback(gateway.signedCallback(orderOf(start), { at: clock, transactionId: 'SIMRETRY1' }));
    expect([retry.statusCode, retry.json()]).toEqual([200, { outcome: 'already_processed' }]);
    // The same transaction id told with another amount is refused.
    const conflicting = await postCallback(gateway.signedCallback(orderOf(start), { at: clock, transactionId: 'SIMRETRY1', amountFen: 5 }));
    expect(conflicting.json().error.details[0].code).toBe('transaction_conflict');
    expect(await txns(id!)).toHaveLength(1);
    expect(await refunds(id!)).toEqual([]);
    expect((await filing(id!)).state).toBe('fees_settled');
  });

  it('another litigant cannot see, pay or apply on the case: 404 and nothing written', async () => {
    const [id] = await acceptedFilings(1);
    const before = await filing(id!);
    expect((await other.get(`/api/filings/${id}/fees`)).status).toBe(404);
    expect((await other.post(`/api/filings/${id}/fees/payments`)).status).toBe(404);
    const aid = await other.post(`/api/filings/${id}/fees/judicial-aid`, {
      type: 'deferral',
      grounds: ['other-deferral'],
      otherDescription: '生活困难',
      statement: '本人近期失业，无力一次交纳受理费。',
    });
    expect(aid.status).toBe(404);
    expect(await filing(id!)).toEqual(before);
    expect(await p.deps.db.selectFrom('payment_orders').select('id').where('filing_id', '=', id!).execute()).toEqual([]);
    expect(await p.deps.db.selectFrom('judicial_aid_applications').select('id').where('filing_id', '=', id!).execute()).toEqual([]);
  });

  it('an unknown checkout token shows no order', async () => {
    const res = await p.app.inject({ method: 'GET', url: '/pay/sim?s=eyJvcmRlcklkIjoieCJ9.AAAA' });
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('支付链接无效');
  });
});

describe('without a payment gateway (production default)', () => {
  it('paying answers PAYMENT_UNAVAILABLE, the simulated page does not exist, and no order is opened', async () => {
    expect(
      loadConfig({
        NODE_ENV: 'production',
        LIAN_FIELD_KEYS: `k1:${'A'.repeat(43)}=`,
        LIAN_INDEX_KEY: `${'B'.repeat(43)}=`,
        LIAN_PUBLIC_URL: 'https://lian.court.example',
        SMTP_URL: 'smtp://mail.court.example:587',
        LIAN_SMS_URL: 'https://sms.court.example/send',
        LIAN_SMS_SECRET: 'C'.repeat(32),
      }).paymentGateway,
    ).toBe('none');
    expect(loadConfig({}).paymentGateway).toBe('simulated');
    const q = await startTestPlatform({ config: { paymentGateway: 'none' } });
    try {
      const litigant = await signedInActor(q.deps, '13800000001');
      const c = await signedInActor(q.deps, 'clerk@chaoyang.court.example');
      const [id] = await submitCompleteFilings(q.deps, litigant, q.court.id, 1);
      await acceptFiling(q.deps, ctx, c, id!);
      const client = await new Client(q.app).login('13800000001');
      const res = await client.post<{ error: { code: string } }>(`/api/filings/${id}/fees/payments`);
      expect([res.status, res.body.error.code]).toEqual([503, 'PAYMENT_UNAVAILABLE']);
      expect((await q.app.inject({ method: 'GET', url: '/pay/sim?s=x' })).statusCode).toBe(404);
      expect(await q.deps.db.selectFrom('payment_orders').select('id').where('filing_id', '=', id!).execute()).toEqual([]);
    } finally {
      await q.stop();
    }
  });
});
