// Paying the acceptance fee (预交案件受理费, 诉讼费用交纳办法 Arts. 20–22): an order for exactly the fee due,
// the payer sent to the gateway, and the gateway's signed callback settling the fee through the workflow.
// A callback is verified by the gateway adapter, refused if replayed or if its amount or currency differs
// from the order, applied once per gateway transaction id, and never settles a fee twice: money that
// arrives for a fee already settled is recorded with a refund owed.
import { nextFilingState } from '@lian/domain';
import type { Db } from '../../infra/db.js';
import type { CallbackHeaders, PaymentGateway, VerifiedPayment } from '../../infra/payments/gateway.js';
import { PaymentUnavailableError, UNAVAILABLE } from '../../infra/payments/keys.js';
import { AppError, notFound } from '../../http/errors.js';
import { type AuditContext, appendAudit, recordAudit } from '../audit/service.js';
import { findCourt } from '../catalogue/service.js';
import { authorizeFiling, lockFilingInTransaction, recordFilingEvent } from '../filing/service.js';
import type { Actor } from '../policy/policy.js';
import * as repo from './repo.js';

export interface PaymentDeps {
  db: Db;
  paymentGateway: PaymentGateway;
  now?: () => Date;
}

const nowOf = (deps: { now?: () => Date }) => deps.now?.() ?? new Date();

export const DUPLICATE_PAYMENT_BASIS =
  '同一案件受理费已经交纳，重复交纳的款项予以退还 / The fee was already paid; the duplicate payment is refunded';

export function notPayable(message = '该案件当前没有待交纳的受理费 / There is no fee to pay on this case now'): AppError {
  return new AppError('FEE_NOT_PAYABLE', message);
}

const paymentUnavailable = () =>
  new AppError('PAYMENT_UNAVAILABLE', '暂不支持网上缴费，请按交费通知书到法院缴纳 / Online payment is not available');

/** Starts (or resumes) paying the filing's fee: the open order for the amount due, and the gateway URL. */
export async function startPayment(deps: PaymentDeps, ctx: AuditContext, actor: Actor, filingId: string) {
  const filing = await authorizeFiling(deps, ctx, actor, 'fee.pay', filingId);
  if (deps.paymentGateway.name === UNAVAILABLE) throw paymentUnavailable();
  const court = await findCourt(deps.db, filing.court_id);
  const now = nowOf(deps);
  const order = await deps.db.transaction().execute(async (trx) => {
    const f = await lockFilingInTransaction(trx, filingId);
    if (!f) throw notFound();
    if (f.state !== 'accepted' || !f.acceptance_fee_fen) throw notPayable();
    const open = await repo.openOrderOf(trx, filingId);
    // The amount is fixed from the fee due now; an order for an amount no longer due is cancelled.
    if (open && open.amount_fen === f.acceptance_fee_fen && open.gateway === deps.paymentGateway.name)
      return { ...open, caseNumber: f.case_number! };
    if (open) await repo.closeOrder(trx, open.id, 'cancelled', now);
    const created = await repo.insertOrder(trx, {
      filing_id: filingId,
      gateway: deps.paymentGateway.name,
      amount_fen: f.acceptance_fee_fen,
      created_by: actor.userId,
    });
    await appendAudit(trx, ctx, {
      action: 'fee.order',
      outcome: 'success',
      resourceType: 'filing',
      resourceId: filingId,
      detail: { orderId: created.id, amountFen: created.amount_fen, gateway: created.gateway },
    });
    return { ...created, caseNumber: f.case_number! };
  });
  const { redirectUrl } = await deps.paymentGateway
    .createPayment({
      orderId: order.id,
      amountFen: order.amount_fen,
      currency: 'CNY',
      courtName: court?.name ?? '',
      caseNumber: order.caseNumber,
      description: `${order.caseNumber} 案件受理费 / acceptance fee`,
      returnUrl: `/filings/${filingId}?paid=1`,
    })
    .catch((e: unknown) => {
      throw e instanceof PaymentUnavailableError ? paymentUnavailable() : e;
    });
  return { orderId: order.id, amountFen: order.amount_fen, redirectUrl };
}

export type CallbackOutcome = 'settled' | 'refund_due' | 'already_processed';

function refused(reason: string, message: string): AppError {
  return new AppError('PAYMENT_CALLBACK_REFUSED', message, [{ path: 'callback', code: reason, message: reason }]);
}

/**
 * Handles a gateway callback: verification by the adapter, then one transaction that remembers the
 * nonce, applies the transaction id once, checks amount and currency, and settles or records a refund.
 * A refusal is audited and changes nothing else.
 */
export async function handleCallback(
  deps: PaymentDeps,
  ctx: AuditContext,
  headers: CallbackHeaders,
  rawBody: Buffer,
): Promise<{ outcome: CallbackOutcome }> {
  const gateway = deps.paymentGateway;
  const now = nowOf(deps);
  const verified = gateway.verifyCallback(headers, rawBody, now);
  const refuse = async (reason: string, message: string, detail: Record<string, unknown> = {}) => {
    await recordAudit(deps.db, ctx, { action: 'fee.callback', outcome: 'denied', detail: { gateway: gateway.name, reason, ...detail } });
    return refused(reason, message);
  };
  if (!verified.ok) throw await refuse(verified.reason, '回调签名校验未通过 / The callback could not be verified');
  const p = verified.payment;
  const result = await deps.db.transaction().execute(async (trx) => {
    if (!(await repo.rememberNonce(trx, gateway.name, verified.nonce, now, gateway.replayWindowMs)))
      return { refusal: 'replayed' as const };
    const seen = await repo.findTransaction(trx, gateway.name, p.transactionId);
    if (seen) {
      // The gateway retried: the same transaction must say the same thing, and is applied only once.
      if (seen.order_id !== p.orderId || seen.amount_fen !== p.amountFen) return { refusal: 'transaction_conflict' as const };
      return { outcome: 'already_processed' as const };
    }
    const order = await repo.lockOrder(trx, p.orderId);
    if (!order || order.gateway !== gateway.name) return { refusal: 'unknown_order' as const };
    if (order.amount_fen !== p.amountFen || order.currency !== p.currency) return { refusal: 'amount_mismatch' as const };
    return { outcome: await applyPayment(trx, ctx, gateway.name, order, p, now) };
  });
  if ('refusal' in result && result.refusal) {
    const messages = {
      replayed: '该回调已经处理过 / This callback message was already received',
      transaction_conflict: '同一交易号的回调内容不一致 / The transaction was reported differently before',
      unknown_order: '没有这笔支付订单 / No such payment order',
      amount_mismatch: '支付金额或币种与订单不符 / The amount or currency does not match the order',
    } as const;
    throw await refuse(result.refusal, messages[result.refusal], {
      orderId: p.orderId,
      transactionId: p.transactionId,
      amountFen: p.amountFen,
    });
  }
  return result;
}

async function applyPayment(
  trx: Db,
  ctx: AuditContext,
  gatewayName: string,
  order: NonNullable<Awaited<ReturnType<typeof repo.lockOrder>>>,
  p: VerifiedPayment,
  now: Date,
): Promise<'settled' | 'refund_due'> {
  const filing = await lockFilingInTransaction(trx, order.filing_id);
  if (!filing) throw new Error(`payment order ${order.id} without its filing`);
  const next = nextFilingState(filing.state, 'settle_fees');
  const settles = order.state === 'open' && next.ok && filing.acceptance_fee_fen === order.amount_fen;
  const tx = await repo.insertTransaction(trx, {
    gateway: gatewayName,
    transaction_id: p.transactionId,
    order_id: order.id,
    filing_id: filing.id,
    amount_fen: p.amountFen,
    currency: p.currency,
    outcome: settles ? 'settled' : 'refund_due',
    paid_at: p.paidAt,
  });
  const data = { orderId: order.id, transactionId: p.transactionId, amountFen: p.amountFen };
  if (settles && next.ok) {
    await repo.closeOrder(trx, order.id, 'paid', now, p.transactionId);
    await repo.moveFiling(trx, filing.id, filing.state, next.state, now);
    await recordFilingEvent(trx, { filing_id: filing.id, actor_id: null, type: 'fee.paid', data });
    await appendAudit(trx, ctx, { action: 'fee.settle', outcome: 'success', resourceType: 'filing', resourceId: filing.id, detail: data });
    return 'settled';
  }
  // Paid twice, or paid on an order no longer payable: recorded, never settled again, refund owed.
  if (order.state === 'open') await repo.closeOrder(trx, order.id, 'cancelled', now);
  await repo.insertRefund(trx, {
    filing_id: filing.id,
    amount_fen: p.amountFen,
    reason: 'duplicate_payment',
    basis: DUPLICATE_PAYMENT_BASIS,
    transaction_id: tx.id,
    created_by: null,
  });
  await recordFilingEvent(trx, {
    filing_id: filing.id,
    actor_id: null,
    type: 'fee.refund_recorded',
    data: { ...data, reason: 'duplicate_payment' },
  });
  await appendAudit(trx, ctx, {
    action: 'fee.refund',
    outcome: 'success',
    resourceType: 'filing',
    resourceId: filing.id,
    detail: { ...data, reason: 'duplicate_payment', filingState: filing.state },
  });
  return 'refund_due';
}
