// Second factor and one-time codes: TOTP secrets (field-encrypted) with the last accepted time step,
// one-time recovery codes, pending sign-in challenges between password and second factor, e-mail/SMS
// one-time codes for password reset, their request throttle, and the local message outbox.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- One TOTP authenticator per account. Unconfirmed (confirmed_at NULL) while being enrolled.
    CREATE TABLE totp_factors (
      user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
      secret_enc text NOT NULL CHECK (secret_enc <> ''),
      created_at timestamptz NOT NULL DEFAULT now(),
      confirmed_at timestamptz,
      -- The last time step (RFC 6238 counter) accepted: a code of that step or an earlier one is refused.
      last_time_step bigint
    );

    -- Keyed hashes of one-time recovery codes; a used code keeps its row with used_at set.
    CREATE TABLE recovery_codes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      code_hash text NOT NULL UNIQUE CHECK (code_hash <> ''),
      created_at timestamptz NOT NULL DEFAULT now(),
      used_at timestamptz
    );
    CREATE INDEX recovery_codes_user ON recovery_codes (user_id);

    -- A password accepted, second factor still to come: single use, short-lived, stored hashed.
    CREATE TABLE sign_in_challenges (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      token_hash text NOT NULL UNIQUE CHECK (token_hash <> ''),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      step text NOT NULL CHECK (step IN ('totp', 'enrol')),
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL CHECK (expires_at > created_at),
      user_agent text CHECK (char_length(user_agent) <= 200)
    );
    CREATE INDEX sign_in_challenges_user ON sign_in_challenges (user_id);
    CREATE INDEX sign_in_challenges_expires ON sign_in_challenges (expires_at);

    -- Codes sent by SMS or e-mail. Only a keyed hash of the code is kept.
    CREATE TABLE one_time_codes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      purpose text NOT NULL CHECK (purpose IN ('password_reset')),
      code_hash text NOT NULL CHECK (code_hash <> ''),
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL CHECK (expires_at > created_at),
      attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      used_at timestamptz
    );
    CREATE INDEX one_time_codes_user ON one_time_codes (user_id, purpose);

    -- Every request for a code, for known and unknown destinations alike (throttling).
    CREATE TABLE one_time_code_requests (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      destination_index text NOT NULL CHECK (destination_index <> ''),
      ip text,
      at timestamptz NOT NULL
    );
    CREATE INDEX one_time_code_requests_destination ON one_time_code_requests (destination_index, at);
    CREATE INDEX one_time_code_requests_ip ON one_time_code_requests (ip, at);

    -- Messages kept when no gateway delivers them (development, or SMS without a configured adapter).
    CREATE TABLE outbox_messages (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      channel text NOT NULL CHECK (channel IN ('sms', 'email')),
      recipient_enc text NOT NULL,
      recipient_masked text NOT NULL,
      subject text NOT NULL DEFAULT '',
      body_enc text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
  `.execute(db);
}
