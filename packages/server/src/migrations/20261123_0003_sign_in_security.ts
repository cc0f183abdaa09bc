// Sign-in security: failed sign-in attempts and account lockouts kept in the database (several
// server processes share them), and the user agent of a session for the "my sessions" list.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- One row per failed (or still running) sign-in attempt. The login is stored only as a keyed
    -- hash: the table must not become a list of phone numbers, and unknown logins count too.
    CREATE TABLE sign_in_failures (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      login_index text NOT NULL CHECK (login_index <> ''),
      ip text,
      at timestamptz NOT NULL
    );
    CREATE INDEX sign_in_failures_login ON sign_in_failures (login_index, at);
    CREATE INDEX sign_in_failures_ip ON sign_in_failures (ip, at);
    -- Rows older than every window are pruned on each new failure (see throttle.ts).
    CREATE INDEX sign_in_failures_at ON sign_in_failures (at);

    CREATE TABLE sign_in_locks (
      login_index text PRIMARY KEY CHECK (login_index <> ''),
      locked_at timestamptz NOT NULL,
      locked_until timestamptz NOT NULL CHECK (locked_until > locked_at)
    );

    ALTER TABLE sessions ADD COLUMN user_agent text CHECK (char_length(user_agent) <= 200);
  `.execute(db);
}
