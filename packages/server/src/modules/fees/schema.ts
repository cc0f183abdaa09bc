// Kysely table types of the fees module; must match migrations/20261128_0009_fees_payment.ts.
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** bigint columns: infra/db.ts parses INT8 as a number (fen stay far below 2^53). */
type Fen = number;

export interface PaymentOrdersTable {
  id: Generated<string>;
  filing_id: string;
  gateway: string;
  amount_fen: Fen;
  currency: Generated<string>;
  state: Generated<'open' | 'paid' | 'cancelled'>;
  created_by: string;
  created_at: CreatedAt;
  closed_at: Date | null;
  transaction_id: string | null;
}

export interface PaymentTransactionsTable {
  id: Generated<number>;
  gateway: string;
  transaction_id: string;
  order_id: string;
  filing_id: string;
  amount_fen: Fen;
  currency: string;
  outcome: 'settled' | 'refund_due';
  paid_at: Date;
  received_at: CreatedAt;
}

export interface PaymentCallbackNoncesTable {
  gateway: string;
  nonce: string;
  seen_at: Date;
}

export interface JudicialAidApplicationsTable {
  id: Generated<string>;
  filing_id: string;
  applicant_id: string;
  type: 'deferral' | 'reduction' | 'exemption';
  grounds: JSONColumnType<string[], string, string>;
  reduction_percent: number | null;
  other_description: string | null;
  statement: string;
  proof_material_ids: JSONColumnType<string[], string | undefined, string>;
  state: Generated<'pending' | 'granted' | 'refused'>;
  created_at: CreatedAt;
  decided_at: Date | null;
  decided_by: string | null;
  granted_percent: number | null;
  deferred_until: string | null;
  decision_reason: string | null;
}

export interface FeeRefundsTable {
  id: Generated<string>;
  filing_id: string;
  amount_fen: Fen;
  reason: 'duplicate_payment' | 'judicial_aid_after_payment';
  basis: string;
  transaction_id: number | null;
  application_id: string | null;
  created_at: CreatedAt;
  created_by: string | null;
}
