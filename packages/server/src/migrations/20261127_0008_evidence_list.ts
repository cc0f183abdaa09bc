// Inspection facts of each material (page count, dimensions, duration, the EXIF-free preview derivative)
// and the evidence list (证据目录): for each evidence file its name, source (来源), what it is offered to
// prove (证明目的), original or copy (原件/复印件), page count, and its place in the list.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE materials
      ADD COLUMN page_count integer CHECK (page_count > 0),
      ADD COLUMN width integer CHECK (width > 0),
      ADD COLUMN height integer CHECK (height > 0),
      ADD COLUMN duration_ms integer CHECK (duration_ms >= 0),
      -- A separate blob; the original (sha256) is never changed.
      ADD COLUMN derivative_sha256 text CHECK (derivative_sha256 ~ '^[0-9a-f]{64}$'),
      ADD COLUMN derivative_media_type text CHECK (derivative_media_type IN ('image/jpeg', 'image/png')),
      ADD COLUMN evidence_name text CHECK (char_length(evidence_name) <= 200),
      ADD COLUMN evidence_source text CHECK (char_length(evidence_source) <= 500),
      ADD COLUMN evidence_purpose text CHECK (char_length(evidence_purpose) <= 2000),
      ADD COLUMN evidence_original text CHECK (evidence_original IN ('original', 'copy')),
      ADD COLUMN evidence_pages integer CHECK (evidence_pages > 0 AND evidence_pages <= 100000),
      ADD COLUMN evidence_position integer CHECK (evidence_position > 0),
      ADD CONSTRAINT materials_derivative_pair CHECK ((derivative_sha256 IS NULL) = (derivative_media_type IS NULL)),
      ADD CONSTRAINT materials_evidence_position_kind CHECK (evidence_position IS NULL OR kind = 'evidence'),
      -- Deferred: a reorder rewrites every position inside one transaction.
      ADD CONSTRAINT materials_evidence_position_unique UNIQUE (filing_id, evidence_position) DEFERRABLE INITIALLY DEFERRED;
    CREATE INDEX materials_derivative_sha256 ON materials (derivative_sha256) WHERE derivative_sha256 IS NOT NULL;

    -- Evidence uploaded before this migration gets its place in upload order and its file name as its name.
    UPDATE materials m SET evidence_position = o.n, evidence_name = left(regexp_replace(m.file_name, '\\.[^.]*$', ''), 200)
      FROM (SELECT id, row_number() OVER (PARTITION BY filing_id ORDER BY uploaded_at, id) AS n FROM materials WHERE kind = 'evidence') o
      WHERE o.id = m.id;
  `.execute(db);
}
