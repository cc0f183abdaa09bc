// SQL of accounts, roles and sessions.
import type { Role } from '@lian/contract';
import { type Insertable, sql } from 'kysely';
import type { Db } from '../../infra/db.js';
import type { SessionsTable, UsersTable } from '../../infra/schema.js';

/** The account whose sign-in name has one of these keyed hashes (one per configured index key). */
export function findUserByLogin(db: Db, loginIndexes: string[]) {
  return db.selectFrom('users').selectAll().where('login_index', 'in', loginIndexes).executeTakeFirst();
}

export function findUserById(db: Db, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function loginOrIdTaken(db: Db, loginIndexes: string[], idIndexes: string[]) {
  const rows = await db
    .selectFrom('users')
    .select(['login_index', 'id_number_index'])
    .where((eb) => eb.or([eb('login_index', 'in', loginIndexes), eb('id_number_index', 'in', idIndexes)]))
    .execute();
  return {
    login: rows.some((r) => r.login_index !== null && loginIndexes.includes(r.login_index)),
    idNumber: rows.some((r) => r.id_number_index !== null && idIndexes.includes(r.id_number_index)),
  };
}

export async function insertUser(trx: Db, u: Insertable<UsersTable>): Promise<string> {
  const row = await trx.insertInto('users').values(u).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function insertRole(trx: Db, userId: string, role: Role, courtId: string | null) {
  await trx
    .insertInto('user_roles')
    .values({ user_id: userId, role, court_id: courtId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export function rolesOf(db: Db, userId: string) {
  return db.selectFrom('user_roles').select(['role', 'court_id']).where('user_id', '=', userId).execute();
}

export function courtsOfUser(db: Db, userId: string) {
  return db
    .selectFrom('user_roles')
    .innerJoin('courts', 'courts.id', 'user_roles.court_id')
    .select(['courts.id', 'courts.code', 'courts.name'])
    .where('user_roles.user_id', '=', userId)
    .distinct()
    .execute();
}

export async function insertSession(trx: Db, s: Insertable<SessionsTable>) {
  await trx.insertInto('sessions').values(s).execute();
}

export function findSession(db: Db, tokenHash: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id', 'sessions.user_id', 'sessions.expires_at', 'sessions.last_seen_at', 'users.real_name'])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function touchSession(db: Db, id: string, at: Date) {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}

export async function deleteSession(db: Db, tokenHash: string) {
  return db.deleteFrom('sessions').where('token_hash', '=', tokenHash).returning('user_id').executeTakeFirst();
}

/** Deletes the account's sessions that ended by either time-out; `idleSince` is now minus the idle limit. */
export async function deleteExpiredSessions(db: Db, userId: string, now: Date, idleSince: Date) {
  await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleSince)]))
    .execute();
}

export function sessionsOfUser(db: Db, userId: string) {
  return db
    .selectFrom('sessions')
    .select(['id', 'token_hash', 'created_at', 'last_seen_at', 'expires_at', 'user_agent'])
    .where('user_id', '=', userId)
    .orderBy('last_seen_at', 'desc')
    .execute();
}

export async function deleteOtherSessions(trx: Db, userId: string, keepTokenHash: string) {
  const rows = await trx
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('token_hash', '<>', keepTokenHash)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Gives a session a new token (rotation); answers its absolute expiry, or undefined if it is gone. */
export async function replaceSessionToken(trx: Db, userId: string, tokenHash: string, newTokenHash: string) {
  const row = await trx
    .updateTable('sessions')
    .set({ token_hash: newTokenHash })
    .where('token_hash', '=', tokenHash)
    .where('user_id', '=', userId)
    .returning('expires_at')
    .executeTakeFirst();
  return row?.expires_at;
}

/** Deletes one session only if it belongs to `userId`. */
export function deleteOwnSession(trx: Db, userId: string, id: string) {
  return trx.deleteFrom('sessions').where('id', '=', id).where('user_id', '=', userId).returning(['id', 'token_hash']).executeTakeFirst();
}

// Sign-in throttling (see throttle.ts). A two-key advisory lock keeps its key space apart from the
// audit chain's single bigint key.
const SIGN_IN_LOCK_CLASS = 7_384_212;

export async function lockSignInKey(trx: Db, loginIndex: string) {
  await sql`SELECT pg_advisory_xact_lock(${SIGN_IN_LOCK_CLASS}, hashtext(${loginIndex}))`.execute(trx);
}

export async function countLoginFailures(trx: Db, loginIndex: string, since: Date): Promise<number> {
  const row = await trx
    .selectFrom('sign_in_failures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('login_index', '=', loginIndex)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function ipFailures(trx: Db, ip: string, since: Date) {
  const row = await trx
    .selectFrom('sign_in_failures')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('at').as('oldest')])
    .where('ip', '=', ip)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return { count: Number(row.n), oldest: row.oldest as Date | null };
}

export async function insertSignInFailure(trx: Db, row: { login_index: string; ip: string | null; at: Date }) {
  await trx.insertInto('sign_in_failures').values(row).execute();
}

/** Forgets failures older than `before` and locks that ended before it: they no longer count. */
export async function pruneSignInRecords(trx: Db, before: Date) {
  await trx.deleteFrom('sign_in_failures').where('at', '<', before).execute();
  await trx.deleteFrom('sign_in_locks').where('locked_until', '<', before).execute();
}

export async function clearLoginFailures(trx: Db, loginIndex: string) {
  await trx.deleteFrom('sign_in_failures').where('login_index', '=', loginIndex).execute();
}

export function findSignInLock(trx: Db, loginIndex: string) {
  return trx.selectFrom('sign_in_locks').select(['locked_until']).where('login_index', '=', loginIndex).executeTakeFirst();
}

export async function putSignInLock(trx: Db, loginIndex: string, at: Date, until: Date) {
  await trx
    .insertInto('sign_in_locks')
    .values({ login_index: loginIndex, locked_at: at, locked_until: until })
    .onConflict((oc) => oc.column('login_index').doUpdateSet({ locked_at: at, locked_until: until }))
    .execute();
}

/** Roles and sessions go with the account (ON DELETE CASCADE). */
export async function deleteUser(trx: Db, userId: string) {
  await trx.deleteFrom('users').where('id', '=', userId).execute();
}
