// Rotation of the blind-index key (part of `lian rotate-keys`). A blind index is a keyed hash that is
// compared, never decrypted, so it is recomputed from the plain value, which the encrypted column beside
// it holds. Stored hashes carry the id of their index key (crypto.ts: bare hex = k0, else `<id>:<hex>`);
// look-ups try every configured index key, so sign-in and registration keep working during and after
// the run. Hashes of secrets we never keep in any form (recovery codes, one-time codes) cannot be
// recomputed: they are counted, and the old key must stay configured until none is left (one-time codes
// expire in minutes; recovery codes when their holder generates new ones).
import { sql } from 'kysely';
import { type FieldCipher, LEGACY_INDEX_KEY_ID } from '../../infra/crypto.js';
import type { Db } from '../../infra/db.js';
import { type AuditContext, appendAudit } from '../audit/service.js';
import { loginIndexInput } from '../identity/login-name.js';
import { idNumberIndexInput } from '../identity/service.js';

/** A blind index recomputable from an encrypted column of the same row. */
interface RecomputableIndex {
  table: 'users';
  column: string;
  source: string;
  input: (plain: string) => string;
}

export const recomputableIndexes: RecomputableIndex[] = [
  { table: 'users', column: 'login_index', source: 'login_enc', input: loginIndexInput },
  { table: 'users', column: 'id_number_index', source: 'id_number_enc', input: idNumberIndexInput },
];

/** Hashes of codes that are never stored in plain: they stay under their key until used or expired. */
const unrecomputable = [
  { table: 'recovery_codes', column: 'code_hash', live: sql`used_at IS NULL` },
  { table: 'one_time_codes', column: 'code_hash', live: sql`used_at IS NULL AND expires_at > now()` },
] as const;

/** SQL condition: the stored hash in `column` is not under the cipher's current index key. */
function notCurrent(cipher: FieldCipher, column: string) {
  const id = cipher.currentIndexKeyId;
  return id === LEGACY_INDEX_KEY_ID
    ? sql`${sql.ref(column)} LIKE '%:%'`
    : sql`${sql.ref(column)} NOT LIKE ${`${id.replace(/[\\%_]/g, '\\$&')}:%`}`;
}

export interface IndexRotationResult {
  recomputed: Record<string, number>;
  /** Live hashes still under an older index key (the old key must stay configured for them). */
  remainingUnderOlderKeys: Record<string, number>;
}

export async function rotateIndexKeys(
  db: Db,
  cipher: FieldCipher,
  ctx: AuditContext,
  opts: { batchSize?: number } = {},
): Promise<IndexRotationResult> {
  const batchSize = opts.batchSize ?? 500;
  const recomputed: Record<string, number> = {};
  for (const ix of recomputableIndexes) {
    let n = 0;
    for (;;) {
      const count = await db.transaction().execute(async (trx) => {
        const { rows } = await sql<{ id: string; value: string }>`
          SELECT id::text AS id, ${sql.ref(ix.source)} AS value FROM ${sql.table(ix.table)}
          WHERE ${sql.ref(ix.column)} IS NOT NULL AND ${notCurrent(cipher, ix.column)}
          ORDER BY id LIMIT ${batchSize} FOR UPDATE`.execute(trx);
        for (const row of rows) {
          const hash = cipher.index(ix.input(cipher.decrypt(row.value)));
          await sql`UPDATE ${sql.table(ix.table)} SET ${sql.ref(ix.column)} = ${hash} WHERE id::text = ${row.id}`.execute(trx);
        }
        return rows.length;
      });
      n += count;
      if (count < batchSize) break;
    }
    recomputed[`${ix.table}.${ix.column}`] = n;
  }
  const remainingUnderOlderKeys: Record<string, number> = {};
  for (const u of unrecomputable) {
    const { rows } = await sql<{ n: string }>`
      SELECT count(*)::text AS n FROM ${sql.table(u.table)} WHERE ${u.live} AND ${notCurrent(cipher, u.column)}`.execute(db);
    remainingUnderOlderKeys[`${u.table}.${u.column}`] = Number(rows[0]?.n ?? 0);
  }
  await db.transaction().execute((trx) =>
    appendAudit(trx, ctx, {
      action: 'index_keys.rotated',
      outcome: 'success',
      resourceType: 'index_keys',
      detail: { keyId: cipher.currentIndexKeyId, recomputed, remainingUnderOlderKeys },
    }),
  );
  return { recomputed, remainingUnderOlderKeys };
}
