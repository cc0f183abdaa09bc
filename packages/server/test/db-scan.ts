// Finds a plain value anywhere in the database: every text-like and JSON column of every table of the
// current schema, searched as text. Used to prove that personal data is stored only encrypted.
import { sql } from 'kysely';
import type { Db } from '../src/infra/db.js';

export async function findPlainText(db: Db, needle: string): Promise<string[]> {
  const { rows: columns } = await sql<{ table: string; column: string }>`
    SELECT c.table_name AS "table", c.column_name AS "column"
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
      AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'citext')
    ORDER BY 1, 2`.execute(db);
  const hits: string[] = [];
  for (const { table, column } of columns) {
    const { rows } = await sql<{ n: string }>`
      SELECT count(*)::text AS n FROM ${sql.table(table)}
      WHERE strpos(${sql.ref(column)}::text, ${needle}) > 0`.execute(db);
    if (Number(rows[0]?.n) > 0) hits.push(`${table}.${column}`);
  }
  return hits;
}
