// The court's decisions on a filing (issue #7): the workflow states of @lian/domain in the database, the
// acceptance (procedure, fee with its explanation, payment deadline), the one-time correction notice, the
// ruling not to accept with its appeal route, the assigned judge, and the judge role.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Unnamed CHECKs of 0001 got generated names; find them by what they say.
    DO $$
    DECLARE c record;
    BEGIN
      FOR c IN SELECT conname, conrelid::regclass AS tbl FROM pg_constraint
        WHERE contype = 'c' AND (
          (conrelid = 'filings'::regclass AND (
            pg_get_constraintdef(oid) LIKE '%case_number IS NOT NULL%' OR conname = 'filings_state_check'))
          OR (conrelid = 'user_roles'::regclass AND pg_get_constraintdef(oid) LIKE '%role%'))
      LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', c.tbl, c.conname);
      END LOOP;
    END $$;

    ALTER TABLE user_roles ADD CONSTRAINT user_roles_role_check
      CHECK (role IN ('litigant', 'lawyer', 'filing_clerk', 'court_admin', 'judge'));
    ALTER TABLE user_roles ADD CONSTRAINT user_roles_court_check
      CHECK ((role IN ('filing_clerk', 'court_admin', 'judge')) = (court_id IS NOT NULL));

    ALTER TABLE filings
      ADD COLUMN procedure text CHECK (procedure IN ('ordinary', 'simplified', 'small_claims')),
      ADD COLUMN acceptance_fee_fen bigint CHECK (acceptance_fee_fen >= 0),
      ADD COLUMN acceptance_fee jsonb,
      ADD COLUMN fee_due_date date,
      ADD COLUMN registered_first boolean NOT NULL DEFAULT false,
      ADD COLUMN correction_items jsonb CHECK (jsonb_typeof(correction_items) = 'array'),
      ADD COLUMN correction_due_date date,
      ADD COLUMN correction_requested_at timestamptz,
      ADD COLUMN correction_requested_by uuid REFERENCES users(id),
      ADD COLUMN corrected_at timestamptz,
      ADD COLUMN returned_at timestamptz,
      ADD COLUMN insisted_at timestamptz,
      ADD COLUMN rejection_ground text,
      ADD COLUMN rejection_reason text,
      ADD COLUMN rejected_at timestamptz,
      ADD COLUMN rejected_by uuid REFERENCES users(id),
      ADD COLUMN appeal_due_date date,
      ADD COLUMN appeal_court text,
      ADD COLUMN assigned_judge_id uuid REFERENCES users(id),
      ADD COLUMN assigned_at timestamptz;

    ALTER TABLE filings ADD CONSTRAINT filings_state_check CHECK (state IN (
      'draft', 'submitted', 'under_review', 'correction_requested', 'corrected', 'returned', 'insisted',
      'accepted', 'fees_settled', 'rejected', 'withdrawn', 'treated_as_withdrawn'));
    -- A case number exactly when registered (立案) or later, with the procedure and fee fixed at registration.
    ALTER TABLE filings ADD CONSTRAINT filings_case_number_state
      CHECK ((state IN ('accepted', 'fees_settled', 'treated_as_withdrawn')) = (case_number IS NOT NULL));
    ALTER TABLE filings ADD CONSTRAINT filings_registration_complete
      CHECK ((case_number IS NULL) = (procedure IS NULL) AND (case_number IS NULL) = (acceptance_fee_fen IS NULL)
        AND (case_number IS NULL) = (acceptance_fee IS NULL));
    ALTER TABLE filings ADD CONSTRAINT filings_correction_notice
      CHECK ((correction_items IS NULL) = (correction_due_date IS NULL)
        AND (state <> 'correction_requested' OR correction_items IS NOT NULL));
    ALTER TABLE filings ADD CONSTRAINT filings_rejection
      CHECK ((state = 'rejected') = (rejected_at IS NOT NULL) AND (rejected_at IS NULL) = (rejection_ground IS NULL));
    ALTER TABLE filings ADD CONSTRAINT filings_assignment
      CHECK ((assigned_judge_id IS NULL) = (assigned_at IS NULL) AND (assigned_judge_id IS NULL OR case_number IS NOT NULL));

    -- The scheduler's sweeps look for due correction notices and decision periods.
    CREATE INDEX filings_correction_due ON filings (correction_due_date) WHERE state = 'correction_requested';
    CREATE INDEX filings_decision_due ON filings (decision_due_date) WHERE state IN ('submitted', 'under_review', 'corrected');
  `.execute(db);
}
