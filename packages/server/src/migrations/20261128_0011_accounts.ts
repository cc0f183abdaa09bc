// Accounts (issue #5 §1–2): the kinds of account, real-name verification recorded on the user, organisation
// and lawyer details, deactivation of staff, and the roles mediator, auditor and system administrator.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE user_roles DROP CONSTRAINT user_roles_role_check;
    ALTER TABLE user_roles DROP CONSTRAINT user_roles_court_check;
    ALTER TABLE user_roles ADD CONSTRAINT user_roles_role_check
      CHECK (role IN ('litigant', 'lawyer', 'filing_clerk', 'court_admin', 'judge', 'mediator', 'auditor', 'system_admin'));
    -- A system administrator acts for every court; every other staff role is bound to one court per row.
    ALTER TABLE user_roles ADD CONSTRAINT user_roles_court_check
      CHECK ((role IN ('filing_clerk', 'court_admin', 'judge', 'mediator', 'auditor')) = (court_id IS NOT NULL));

    ALTER TABLE users
      ADD COLUMN account_kind text NOT NULL DEFAULT 'person' CHECK (account_kind IN ('person', 'organisation', 'lawyer', 'staff')),
      -- The acting person's mobile number of an organisation account (field-encrypted).
      ADD COLUMN phone_enc text,
      -- Real-name verification: set when a check succeeded; the last check's method, time, result and reason.
      ADD COLUMN identity_verified_at timestamptz,
      ADD COLUMN identity_check_method text CHECK (char_length(identity_check_method) <= 64),
      ADD COLUMN identity_checked_at timestamptz,
      ADD COLUMN identity_check_result text CHECK (identity_check_result IN ('verified', 'refused', 'unavailable')),
      ADD COLUMN identity_check_reason text CHECK (char_length(identity_check_reason) <= 200),
      ADD COLUMN deactivated_at timestamptz,
      ADD CONSTRAINT users_identity_check_complete
        CHECK ((identity_checked_at IS NULL) = (identity_check_result IS NULL) AND (identity_checked_at IS NULL) = (identity_check_method IS NULL));

    -- Accounts from before: staff have no ID number; others passed the checksum and birth-date checks at registration.
    UPDATE users u SET account_kind = 'staff'
      WHERE EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role NOT IN ('litigant', 'lawyer'));
    UPDATE users u SET account_kind = 'lawyer'
      WHERE account_kind = 'person' AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'lawyer');
    UPDATE users SET identity_verified_at = created_at, identity_checked_at = created_at,
        identity_check_method = 'local_checksum', identity_check_result = 'verified'
      WHERE id_number_enc IS NOT NULL;

    CREATE TABLE organisation_accounts (
      user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
      name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
      -- 统一社会信用代码: public registration data, kept in clear for look-up.
      credit_code text NOT NULL CHECK (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
      legal_representative text NOT NULL CHECK (char_length(legal_representative) BETWEEN 1 AND 50)
    );
    CREATE INDEX organisation_accounts_credit_code ON organisation_accounts (credit_code);

    CREATE TABLE lawyer_accounts (
      user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
      -- Key rotation (privacy/key-rotation.ts) rewrites *_enc columns of tables with an id.
      id uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
      certificate_enc text NOT NULL,
      certificate_index text NOT NULL UNIQUE,
      law_firm text NOT NULL CHECK (char_length(law_firm) BETWEEN 1 AND 200),
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'verified', 'refused')),
      registered_at timestamptz NOT NULL DEFAULT now(),
      decided_at timestamptz,
      decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
      refusal_reason text CHECK (char_length(refusal_reason) <= 500),
      CHECK ((status = 'pending') = (decided_at IS NULL)),
      CHECK ((status = 'refused') = (refusal_reason IS NOT NULL))
    );
    CREATE INDEX lawyer_accounts_status ON lawyer_accounts (status, registered_at);
  `.execute(db);
}
