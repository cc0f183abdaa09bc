// One-time codes at sign-up: a person proves control of the mobile number or e-mail address before the
// account exists, so the code is bound to the destination (a keyed hash of the normalised login), not to
// a user. Only keyed hashes are stored; a code is valid 10 minutes, 5 tries, single use.
// Also: a staff member's set-up code gets its own slot (`account_setup`), so that a password-reset request
// for the same account no longer replaces it.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE sign_up_codes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      destination_index text NOT NULL CHECK (destination_index <> ''),
      code_hash text NOT NULL CHECK (code_hash <> ''),
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL CHECK (expires_at > created_at),
      attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      used_at timestamptz
    );
    CREATE INDEX sign_up_codes_destination ON sign_up_codes (destination_index, created_at);

    ALTER TABLE one_time_codes DROP CONSTRAINT one_time_codes_purpose_check;
    ALTER TABLE one_time_codes ADD CONSTRAINT one_time_codes_purpose_check
      CHECK (purpose IN ('password_reset', 'account_setup'));
  `.execute(db);
}
