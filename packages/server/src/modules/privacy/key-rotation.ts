// Re-encryption of personal data under the current field key (`lian rotate-keys`). Every column named
// `*_enc` in the schema holds a FieldCipher value; rows still under an older key are rewritten in small
// transactions (row locks, so a concurrent edit waits or is waited for), until none is left. New
// encrypted columns are covered by naming them `*_enc`. Blind indexes are recomputed by index-rotation.ts.
import { sql } from 'kysely';
import { type AuditContext, appendAudit } from '../audit/service.js';
import { encryptedPrefix, type FieldCipher } from '../../infra/crypto.js';
import type { Db } from '../../infra/db.js';

export interface RotationResult {
  table: string;
  column: string;
  rewritten: number;
}

/** Every `*_enc` column of the current schema's tables that have an `id` primary key. */
export async function encryptedColumns(db: Db): Promise<Array<{ table: string; column: string }>> {
  const { rows } = await sql<{ table: string; column: string }>`
    SELECT c.table_name AS "table", c.column_name AS "column"
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.column_name LIKE '%\\_enc'
      AND EXISTS (SELECT 1 FROM information_schema.columns k
                  WHERE k.table_schema = c.table_schema AND k.table_name = c.table_name AND k.column_name = 'id')
    ORDER BY 1, 2`.execute(db);
  return rows;
}

export async function rotateFieldKeys(
  db: Db,
  cipher: FieldCipher,
  ctx: AuditContext,
  opts: { batchSize?: number } = {},
): Promise<RotationResult[]> {
  const batchSize = opts.batchSize ?? 500;
  const current = `${encryptedPrefix(cipher.currentKeyId).replace(/[\\%_]/g, '\\$&')}%`;
  const results: RotationResult[] = [];
  for (const { table, column } of await encryptedColumns(db)) {
    let rewritten = 0;
    for (;;) {
      const done = await db.transaction().execute(async (trx) => {
        const { rows } = await sql<{ id: string; value: string }>`
          SELECT id::text AS id, ${sql.ref(column)} AS value FROM ${sql.table(table)}
          WHERE ${sql.ref(column)} IS NOT NULL AND ${sql.ref(column)} NOT LIKE ${current}
          ORDER BY id LIMIT ${batchSize} FOR UPDATE`.execute(trx);
        for (const row of rows) {
          // decrypt() throws on a value no configured key opens: rotation stops rather than lose it.
          const value = cipher.encrypt(cipher.decrypt(row.value));
          await sql`UPDATE ${sql.table(table)} SET ${sql.ref(column)} = ${value} WHERE id::text = ${row.id}`.execute(trx);
        }
        rewritten += rows.length;
        return rows.length < batchSize;
      });
      if (done) break;
    }
    results.push({ table, column, rewritten });
  }
  await db.transaction().execute((trx) =>
    appendAudit(trx, ctx, {
      action: 'keys.rotated',
      outcome: 'success',
      resourceType: 'field_keys',
      detail: { keyId: cipher.currentKeyId, rewritten: Object.fromEntries(results.map((r) => [`${r.table}.${r.column}`, r.rewritten])) },
    }),
  );
  return results;
}
