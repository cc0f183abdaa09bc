// The judge's workspace lists the cases assigned to one judge, newest assignment first
// (modules/judge/repo.ts): an index on the assignment, only over assigned cases.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX filings_assigned_judge ON filings (assigned_judge_id, assigned_at DESC) WHERE assigned_judge_id IS NOT NULL;
  `.execute(db);
}
