// Fees and payment (issue #7 §4): payment orders against a filing's acceptance fee, every gateway
// callback recorded once by its transaction id, seen callback nonces (replay window), refunds, and
// judicial-aid applications (司法救助: 缓交 / 减交 / 免交) decided by the filing clerk.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE payment_orders (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      filing_id uuid NOT NULL REFERENCES filings(id),
      gateway text NOT NULL,
      amount_fen bigint NOT NULL CHECK (amount_fen > 0),
      currency text NOT NULL DEFAULT 'CNY' CHECK (currency = 'CNY'),
      state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'paid', 'cancelled')),
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      closed_at timestamptz,
      transaction_id text,
      CHECK ((state = 'paid') = (transaction_id IS NOT NULL)),
      CHECK ((state = 'open') = (closed_at IS NULL))
    );
    -- One open order per filing fee, and a fee is paid once only.
    CREATE UNIQUE INDEX payment_orders_one_open ON payment_orders (filing_id) WHERE state = 'open';
    CREATE UNIQUE INDEX payment_orders_one_paid ON payment_orders (filing_id) WHERE state = 'paid';

    -- Every verified callback, once: a gateway retrying the same transaction finds its row and changes nothing.
    CREATE TABLE payment_transactions (
      id bigserial PRIMARY KEY,
      gateway text NOT NULL,
      transaction_id text NOT NULL,
      order_id uuid NOT NULL REFERENCES payment_orders(id),
      filing_id uuid NOT NULL REFERENCES filings(id),
      amount_fen bigint NOT NULL CHECK (amount_fen > 0),
      currency text NOT NULL,
      outcome text NOT NULL CHECK (outcome IN ('settled', 'refund_due')),
      paid_at timestamptz NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (gateway, transaction_id)
    );

    -- Callback nonces inside the replay window: a second delivery of the same signed message is refused.
    CREATE TABLE payment_callback_nonces (
      gateway text NOT NULL,
      nonce text NOT NULL,
      seen_at timestamptz NOT NULL,
      PRIMARY KEY (gateway, nonce)
    );

    CREATE TABLE judicial_aid_applications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      filing_id uuid NOT NULL REFERENCES filings(id),
      applicant_id uuid NOT NULL REFERENCES users(id),
      type text NOT NULL CHECK (type IN ('deferral', 'reduction', 'exemption')),
      grounds jsonb NOT NULL CHECK (jsonb_typeof(grounds) = 'array'),
      reduction_percent int CHECK (reduction_percent BETWEEN 1 AND 99),
      other_description text,
      statement text NOT NULL,
      proof_material_ids jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(proof_material_ids) = 'array'),
      state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'granted', 'refused')),
      created_at timestamptz NOT NULL DEFAULT now(),
      decided_at timestamptz,
      decided_by uuid REFERENCES users(id),
      granted_percent int CHECK (granted_percent BETWEEN 1 AND 100),
      deferred_until date,
      decision_reason text,
      CHECK ((state = 'pending') = (decided_at IS NULL))
    );
    CREATE UNIQUE INDEX judicial_aid_one_pending ON judicial_aid_applications (filing_id) WHERE state = 'pending';

    CREATE TABLE fee_refunds (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      filing_id uuid NOT NULL REFERENCES filings(id),
      amount_fen bigint NOT NULL CHECK (amount_fen > 0),
      reason text NOT NULL CHECK (reason IN ('duplicate_payment', 'judicial_aid_after_payment')),
      basis text NOT NULL,
      transaction_id bigint REFERENCES payment_transactions(id),
      application_id uuid REFERENCES judicial_aid_applications(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      created_by uuid REFERENCES users(id)
    );
    CREATE INDEX fee_refunds_filing ON fee_refunds (filing_id);

    -- The ruling that a case whose fee went unpaid is treated as withdrawn (按撤诉处理) is a document too.
    DO $$
    DECLARE c record;
    BEGIN
      FOR c IN SELECT conname FROM pg_constraint
        WHERE conrelid = 'documents'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%rejection_ruling%'
      LOOP
        EXECUTE format('ALTER TABLE documents DROP CONSTRAINT %I', c.conname);
      END LOOP;
    END $$;
    ALTER TABLE documents ADD CONSTRAINT documents_kind_check CHECK (kind IN ('filing_receipt', 'acceptance_notice',
      'payment_notice', 'correction_notice', 'rejection_ruling', 'ruling_treated_as_withdrawn'));

    -- The unpaid-fee sweep looks for registered filings whose payment period ran out.
    CREATE INDEX filings_fee_due ON filings (fee_due_date) WHERE state = 'accepted';
  `.execute(db);
}
