// Foundation schema: courts, accounts, sessions, filings with parties and materials,
// case-number counters, the filing timeline and the hash-chained audit trail.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE courts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL UNIQUE CHECK (code <> ''),
      name text NOT NULL CHECK (name <> ''),
      timezone text NOT NULL DEFAULT 'Asia/Shanghai',
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      login text NOT NULL UNIQUE CHECK (login = lower(login) AND login <> ''),
      login_kind text NOT NULL CHECK (login_kind IN ('phone', 'email')),
      password_hash text NOT NULL,
      real_name text NOT NULL CHECK (real_name <> ''),
      id_number_enc text,
      id_number_index text UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((id_number_enc IS NULL) = (id_number_index IS NULL))
    );

    CREATE TABLE user_roles (
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      role text NOT NULL CHECK (role IN ('litigant', 'lawyer', 'filing_clerk', 'court_admin')),
      court_id uuid REFERENCES courts(id),
      CHECK ((role IN ('filing_clerk', 'court_admin')) = (court_id IS NOT NULL))
    );
    CREATE UNIQUE INDEX user_roles_unique ON user_roles (user_id, role, coalesce(court_id, '00000000-0000-0000-0000-000000000000'));

    CREATE TABLE sessions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      token_hash text NOT NULL UNIQUE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX sessions_user ON sessions (user_id);

    CREATE SEQUENCE filing_receipt_seq;

    CREATE TABLE filings (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      court_id uuid NOT NULL REFERENCES courts(id),
      case_type text NOT NULL CHECK (case_type IN ('civil_first_instance')),
      state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'submitted', 'accepted')),
      created_by uuid NOT NULL REFERENCES users(id),
      plaintiff_phone_enc text,
      plaintiff_address_enc text,
      claims jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(claims) = 'array'),
      claim_amount_fen bigint NOT NULL DEFAULT 0 CHECK (claim_amount_fen >= 0),
      facts_and_reasons text NOT NULL DEFAULT '',
      cause_of_action_code text,
      receipt_number text UNIQUE,
      submitted_at timestamptz,
      decision_due_date date,
      case_number text UNIQUE,
      case_year int,
      case_type_code text,
      case_serial int CHECK (case_serial > 0),
      accepted_at timestamptz,
      accepted_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (court_id, case_year, case_type_code, case_serial),
      CHECK ((state = 'draft') = (submitted_at IS NULL)),
      CHECK ((state = 'draft') = (receipt_number IS NULL)),
      CHECK ((state = 'accepted') = (case_number IS NOT NULL)),
      CHECK ((case_number IS NULL) = (case_serial IS NULL) AND (case_number IS NULL) = (accepted_at IS NULL))
    );
    CREATE INDEX filings_created_by ON filings (created_by, created_at DESC);
    CREATE INDEX filings_queue ON filings (court_id, state, decision_due_date);

    CREATE TABLE filing_parties (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      filing_id uuid NOT NULL REFERENCES filings(id) ON DELETE CASCADE,
      position int NOT NULL CHECK (position >= 0),
      role text NOT NULL CHECK (role IN ('plaintiff', 'defendant')),
      kind text NOT NULL CHECK (kind IN ('person', 'organization')),
      user_id uuid REFERENCES users(id),
      name text NOT NULL,
      id_number_enc text,
      credit_code text,
      sex text CHECK (sex IN ('male', 'female')),
      legal_representative text,
      phone_enc text,
      address_enc text,
      UNIQUE (filing_id, role, position)
    );
    CREATE INDEX filing_parties_user ON filing_parties (user_id) WHERE user_id IS NOT NULL;

    CREATE TABLE materials (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      filing_id uuid NOT NULL REFERENCES filings(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('complaint', 'evidence', 'identity', 'other')),
      file_name text NOT NULL CHECK (file_name <> ''),
      media_type text NOT NULL,
      size bigint NOT NULL CHECK (size > 0),
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      uploaded_by uuid NOT NULL REFERENCES users(id),
      uploaded_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX materials_filing ON materials (filing_id, uploaded_at);
    CREATE INDEX materials_sha256 ON materials (sha256);

    -- One row per (court, year, case type): locked FOR UPDATE inside the accepting transaction.
    CREATE TABLE case_counters (
      court_id uuid NOT NULL REFERENCES courts(id),
      year int NOT NULL CHECK (year BETWEEN 1949 AND 9999),
      type_code text NOT NULL,
      last_serial int NOT NULL CHECK (last_serial >= 0),
      PRIMARY KEY (court_id, year, type_code)
    );

    CREATE TABLE filing_events (
      id bigserial PRIMARY KEY,
      filing_id uuid NOT NULL REFERENCES filings(id) ON DELETE CASCADE,
      at timestamptz NOT NULL DEFAULT clock_timestamp(),
      actor_id uuid REFERENCES users(id),
      type text NOT NULL,
      data jsonb NOT NULL DEFAULT '{}'::jsonb
    );
    CREATE INDEX filing_events_filing ON filing_events (filing_id, id);

    CREATE TABLE audit_log (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL,
      actor_id uuid,
      action text NOT NULL,
      outcome text NOT NULL CHECK (outcome IN ('success', 'denied', 'failure')),
      resource_type text,
      resource_id text,
      request_id text,
      ip text,
      detail jsonb NOT NULL DEFAULT '{}'::jsonb,
      prev_hash text NOT NULL,
      hash text NOT NULL UNIQUE
    );
    CREATE INDEX audit_log_resource ON audit_log (resource_type, resource_id);

    -- The audit trail is append-only: the database refuses to change or remove a record.
    CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only';
    END $$;
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
  `.execute(db);
}
