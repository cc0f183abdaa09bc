// Resumable uploads (tus): one row per upload in progress, naming its owner and the filing it is for.
// The bytes are staged under LIAN_DATA_DIR/uploads/<id>; the row goes when the upload becomes a material,
// is refused, is cancelled, or expires (see modules/uploads/service.ts).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE uploads (
      -- The tus upload id (random hex), also the staged file's name.
      id text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{32}$'),
      filing_id uuid NOT NULL REFERENCES filings(id) ON DELETE CASCADE,
      owner_id uuid NOT NULL REFERENCES users(id),
      -- The same kinds as materials.kind (migration 0002): the upload becomes a material of this kind.
      kind text NOT NULL CHECK (kind IN (
        'complaint', 'evidence', 'identity', 'business_licence', 'legal_rep_certificate',
        'power_of_attorney', 'agent_identity', 'lawyer_certificate', 'law_firm_letter', 'other')),
      file_name text NOT NULL CHECK (file_name <> ''),
      -- Upload-Length declared at creation: reserved against the filing's total while in progress.
      length bigint NOT NULL CHECK (length > 0),
      -- A material of the same filing this upload will replace (its evidence-list entry carries over).
      replaces uuid,
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL CHECK (expires_at > created_at)
    );
    CREATE INDEX uploads_filing ON uploads (filing_id);
    CREATE INDEX uploads_expires ON uploads (expires_at);
  `.execute(db);
}
