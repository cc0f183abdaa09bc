// Documents the court issues on a filing (receipt, notices, rulings) as PDF files in the blob store,
// each with a public verification code. A row is written in the same transaction as the event that
// issues the document, after its blob is in the store, so no row ever names a missing file.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE documents (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      -- Documents are court records: a filing that has them is never deleted (no cascade).
      filing_id uuid NOT NULL REFERENCES filings(id),
      kind text NOT NULL CHECK (kind IN ('filing_receipt', 'acceptance_notice', 'payment_notice', 'correction_notice', 'rejection_ruling')),
      title text NOT NULL CHECK (title <> ''),
      -- Receipt number or case number printed on the document.
      number text NOT NULL CHECK (number <> ''),
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      size integer NOT NULL CHECK (size > 0),
      -- Crockford base32, 16 characters (80 random bits), stored without separators.
      verification_code text NOT NULL UNIQUE CHECK (verification_code ~ '^[0-9A-HJKMNP-TV-Z]{16}$'),
      issued_at timestamptz NOT NULL,
      -- Null when the system issues it (e.g. the receipt on submission is attributed to the filer's action, not a clerk).
      issued_by uuid REFERENCES users(id)
    );
    CREATE INDEX documents_filing ON documents (filing_id, issued_at);
    CREATE INDEX documents_sha256 ON documents (sha256);
  `.execute(db);
}
