// Sign-in names (mobile numbers, e-mail addresses) are personal data: from now on they are stored
// encrypted with the field cipher (`login_enc`) beside a keyed hash of the normalised name
// (`login_index`, unique) for look-ups. A migration has no keys, so this is the expand step: the clear
// column becomes optional and the server seals every remaining clear login with the configured keys when
// it starts (modules/privacy/login-sealing.ts), leaving `login` NULL. Also: the auditor role (read-only,
// bound to one court or, with no court, to all), the audit trail refuses TRUNCATE as it refuses UPDATE
// and DELETE, indexes for the auditor's searches, and the retention tombstone mark of filings.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE users
      ALTER COLUMN login DROP NOT NULL,
      ADD COLUMN login_enc text CHECK (login_enc <> ''),
      ADD COLUMN login_index text UNIQUE CHECK (login_index <> ''),
      ADD CONSTRAINT users_login_sealed CHECK ((login_enc IS NULL) = (login_index IS NULL)),
      ADD CONSTRAINT users_login_present CHECK (login IS NOT NULL OR login_enc IS NOT NULL);

    ALTER TABLE user_roles DROP CONSTRAINT IF EXISTS user_roles_role_check;
    ALTER TABLE user_roles DROP CONSTRAINT IF EXISTS user_roles_court_check;
    ALTER TABLE user_roles ADD CONSTRAINT user_roles_role_check
      CHECK (role IN ('litigant', 'lawyer', 'filing_clerk', 'court_admin', 'judge', 'mediator', 'auditor', 'system_admin'));
    -- An auditor is bound to one court, or (court_id NULL) to every court; a system administrator to every
    -- court; every other staff role to one court per row (migration 0011).
    ALTER TABLE user_roles ADD CONSTRAINT user_roles_court_check
      CHECK (role = 'auditor' OR (role IN ('filing_clerk', 'court_admin', 'judge', 'mediator')) = (court_id IS NOT NULL));

    CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
    CREATE INDEX audit_log_at ON audit_log (at);
    CREATE INDEX audit_log_actor ON audit_log (actor_id, id);
    CREATE INDEX audit_log_action ON audit_log (action, id);

    -- Retention (modules/privacy/retention.ts): when the contents of a rejected, withdrawn or returned
    -- filing were deleted; the row stays as a tombstone (id, court, state, dates).
    ALTER TABLE filings ADD COLUMN purged_at timestamptz;
  `.execute(db);
}
