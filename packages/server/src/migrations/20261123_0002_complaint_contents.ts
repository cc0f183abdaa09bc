// The complaint's remaining contents of 民事诉讼法 Art. 124(1) for a natural-person plaintiff, the
// catalogue version a cause-of-action code belongs to, and the material kinds of registration Art. 6.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE filings
      ADD COLUMN plaintiff_ethnicity text NOT NULL DEFAULT '',
      ADD COLUMN plaintiff_occupation text NOT NULL DEFAULT '',
      ADD COLUMN plaintiff_employer text NOT NULL DEFAULT '',
      ADD COLUMN cause_of_action_version text;
    -- Codes saved before this migration were chosen from the 2020 revision, the only one shipped then.
    UPDATE filings SET cause_of_action_version = '2020' WHERE cause_of_action_code IS NOT NULL;
    ALTER TABLE filings ADD CONSTRAINT filings_cause_version CHECK ((cause_of_action_code IS NULL) = (cause_of_action_version IS NULL));

    ALTER TABLE materials DROP CONSTRAINT materials_kind_check;
    ALTER TABLE materials ADD CONSTRAINT materials_kind_check CHECK (kind IN (
      'complaint', 'evidence', 'identity', 'business_licence', 'legal_rep_certificate',
      'power_of_attorney', 'agent_identity', 'lawyer_certificate', 'law_firm_letter', 'other'));
  `.execute(db);
}
