// SQL of fees and payment: orders, gateway transactions, callback nonces, refunds, judicial-aid applications.
import type { FilingState } from '@lian/domain';
import { sql } from 'kysely';
import type { Db } from '../../infra/db.js';

export const openOrderOf = (trx: Db, filingId: string) =>
  trx.selectFrom('payment_orders').selectAll().where('filing_id', '=', filingId).where('state', '=', 'open').executeTakeFirst();

export const lockOrder = (trx: Db, id: string) =>
  trx.selectFrom('payment_orders').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export async function insertOrder(trx: Db, o: { filing_id: string; gateway: string; amount_fen: number; created_by: string }) {
  return trx.insertInto('payment_orders').values(o).returningAll().executeTakeFirstOrThrow();
}

export async function closeOrder(trx: Db, id: string, state: 'paid' | 'cancelled', at: Date, transactionId: string | null = null) {
  await trx
    .updateTable('payment_orders')
    .set({ state, closed_at: at, transaction_id: transactionId })
    .where('id', '=', id)
    .where('state', '=', 'open')
    .executeTakeFirstOrThrow();
}

/** Cancels the filing's open order, if any (the amount due changed or the fee was settled otherwise). */
export const cancelOpenOrders = (trx: Db, filingId: string, at: Date) =>
  trx
    .updateTable('payment_orders')
    .set({ state: 'cancelled', closed_at: at })
    .where('filing_id', '=', filingId)
    .where('state', '=', 'open')
    .execute();

export const findTransaction = (trx: Db, gateway: string, transactionId: string) =>
  trx
    .selectFrom('payment_transactions')
    .selectAll()
    .where('gateway', '=', gateway)
    .where('transaction_id', '=', transactionId)
    .executeTakeFirst();

export const insertTransaction = (
  trx: Db,
  t: {
    gateway: string;
    transaction_id: string;
    order_id: string;
    filing_id: string;
    amount_fen: number;
    currency: string;
    outcome: 'settled' | 'refund_due';
    paid_at: Date;
  },
) => trx.insertInto('payment_transactions').values(t).returning('id').executeTakeFirstOrThrow();

/** Records a callback nonce; false when it was seen before (a replayed message). Old nonces are pruned. */
export async function rememberNonce(trx: Db, gateway: string, nonce: string, now: Date, windowMs: number): Promise<boolean> {
  await trx
    .deleteFrom('payment_callback_nonces')
    .where('seen_at', '<', new Date(now.getTime() - 2 * windowMs))
    .execute();
  const r = await sql`INSERT INTO payment_callback_nonces (gateway, nonce, seen_at) VALUES (${gateway}, ${nonce}, ${now})
    ON CONFLICT DO NOTHING`.execute(trx);
  return Number(r.numAffectedRows ?? 0) === 1;
}

export const insertRefund = (
  trx: Db,
  r: {
    filing_id: string;
    amount_fen: number;
    reason: 'duplicate_payment' | 'judicial_aid_after_payment';
    basis: string;
    transaction_id?: number | null;
    application_id?: string | null;
    created_by: string | null;
  },
) => trx.insertInto('fee_refunds').values(r).returning('id').executeTakeFirstOrThrow();

export const refundsOf = (db: Db, filingId: string) =>
  db.selectFrom('fee_refunds').selectAll().where('filing_id', '=', filingId).orderBy('created_at').execute();

export const paidTransactionOf = (db: Db, filingId: string) =>
  db.selectFrom('payment_transactions').selectAll().where('filing_id', '=', filingId).where('outcome', '=', 'settled').executeTakeFirst();

export const applicationsOf = (db: Db, filingId: string) =>
  db.selectFrom('judicial_aid_applications').selectAll().where('filing_id', '=', filingId).orderBy('created_at').execute();

export const pendingApplicationOf = (trx: Db, filingId: string) =>
  trx
    .selectFrom('judicial_aid_applications')
    .selectAll()
    .where('filing_id', '=', filingId)
    .where('state', '=', 'pending')
    .forUpdate()
    .executeTakeFirst();

/**
 * Registered filings whose payment period ran out in their court's zone and that have no pending
 * judicial-aid application: candidates for 按撤诉处理. Each is then locked on its own with SKIP LOCKED.
 */
export const unpaidPastDue = (db: Db, now: Date) =>
  db
    .selectFrom('filings')
    .innerJoin('courts', 'courts.id', 'filings.court_id')
    .select(['filings.id'])
    .where('filings.state', '=', 'accepted')
    .where('filings.fee_due_date', '<', sql<string>`(${now}::timestamptz AT TIME ZONE courts.timezone)::date`)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('judicial_aid_applications as a')
            .select('a.id')
            .whereRef('a.filing_id', '=', 'filings.id')
            .where('a.state', '=', 'pending'),
        ),
      ),
    )
    .orderBy('filings.fee_due_date')
    .limit(500)
    .execute();

/** Which of `ids` are materials of the filing (proof for a judicial-aid application). */
export const materialIdsOf = async (db: Db, filingId: string, ids: readonly string[]) =>
  ids.length === 0
    ? []
    : (
        await db
          .selectFrom('materials')
          .select('id')
          .where('filing_id', '=', filingId)
          .where('id', 'in', [...ids])
          .execute()
      ).map((r) => r.id);

export const firstPlaintiffKind = async (db: Db, filingId: string) =>
  (
    await db
      .selectFrom('filing_parties')
      .select('kind')
      .where('filing_id', '=', filingId)
      .where('role', '=', 'plaintiff')
      .orderBy('position')
      .executeTakeFirst()
  )?.kind;

/** Moves a locked filing from `from` to `to` (a workflow transition checked by the caller); fails loudly if it moved meanwhile. */
export const moveFiling = (trx: Db, id: string, from: FilingState, to: FilingState, at: Date) =>
  trx.updateTable('filings').set({ state: to, updated_at: at }).where('id', '=', id).where('state', '=', from).executeTakeFirstOrThrow();
