// Passkeys (WebAuthn credentials) and the server-side challenges of their ceremonies. A challenge is
// single use (deleted when a response names it) and short-lived; a passkey's signature counter is
// kept so that a cloned authenticator's older counter is refused.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE passkeys (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      -- The credential id as the browser reports it (base64url); unique across all accounts.
      credential_id text NOT NULL UNIQUE CHECK (credential_id ~ '^[A-Za-z0-9_-]+$' AND char_length(credential_id) BETWEEN 16 AND 1366),
      -- COSE public key; public, so not encrypted.
      public_key bytea NOT NULL,
      sign_count bigint NOT NULL DEFAULT 0 CHECK (sign_count >= 0),
      transports text[] NOT NULL DEFAULT '{}',
      device_type text NOT NULL CHECK (device_type IN ('singleDevice', 'multiDevice')),
      backed_up boolean NOT NULL,
      name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 50),
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz
    );
    CREATE INDEX passkeys_user ON passkeys (user_id);

    CREATE TABLE webauthn_challenges (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      -- base64url of 32 random bytes, as sent in the options and signed back in clientDataJSON.
      challenge text NOT NULL UNIQUE CHECK (challenge <> ''),
      purpose text NOT NULL CHECK (purpose IN ('register', 'sign_in')),
      -- The account registering a passkey; NULL for a sign-in (the passkey says whose it is).
      user_id uuid REFERENCES users(id) ON DELETE CASCADE,
      -- The client address that asked (sign-in options are public: counted per address).
      ip text,
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL CHECK (expires_at > created_at),
      CHECK ((purpose = 'register') = (user_id IS NOT NULL))
    );
    CREATE INDEX webauthn_challenges_expires ON webauthn_challenges (expires_at);
    CREATE INDEX webauthn_challenges_ip ON webauthn_challenges (ip, expires_at);
  `.execute(db);
}
