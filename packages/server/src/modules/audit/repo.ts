// SQL of the audit trail.
import { sql } from 'kysely';
import type { Insertable } from 'kysely';
import type { Db } from '../../infra/db.js';
import type { AuditLogTable } from '../../infra/schema.js';

// One fixed advisory-lock key serialises appends so that each record chains to the one before.
const AUDIT_CHAIN_LOCK = 7_384_211;

export async function lockChainAndReadHead(trx: Db): Promise<string | null> {
  await sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(trx);
  const last = await trx.selectFrom('audit_log').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return last?.hash ?? null;
}

export async function insertRecord(
  trx: Db,
  row: Omit<Insertable<AuditLogTable>, 'id' | 'detail'> & { at: Date; detail: Record<string, unknown> },
): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({ ...row, detail: JSON.stringify(row.detail) })
    .execute();
}

export function readChain(db: Db, afterId: number, limit: number) {
  return db.selectFrom('audit_log').selectAll().where('id', '>', afterId).orderBy('id').limit(limit).execute();
}

export function recordsByActor(db: Db, actorId: string, limit: number) {
  return db.selectFrom('audit_log').selectAll().where('actor_id', '=', actorId).orderBy('id', 'desc').limit(limit).execute();
}

/** Records of what others (administrators, the platform) did to one account. */
export function recordsAboutUser(db: Db, userId: string, limit: number) {
  return db
    .selectFrom('audit_log')
    .select(['at', 'action', 'outcome'])
    .where('resource_type', '=', 'user')
    .where('resource_id', '=', userId)
    .where((eb) => eb.or([eb('actor_id', 'is', null), eb('actor_id', '!=', userId)]))
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
