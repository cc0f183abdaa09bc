// SQL of second factors (TOTP, recovery codes), pending sign-in challenges and one-time codes.
import type { Insertable } from 'kysely';
import type { Db } from '../../infra/db.js';
import type { OneTimeCodesTable, SignInChallengesTable } from '../../infra/schema.js';

export function findFactor(db: Db, userId: string, opts: { forUpdate?: boolean } = {}) {
  let q = db.selectFrom('totp_factors').selectAll().where('user_id', '=', userId);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function putPendingFactor(trx: Db, userId: string, secretEnc: string) {
  await trx
    .insertInto('totp_factors')
    .values({ user_id: userId, secret_enc: secretEnc, confirmed_at: null, last_time_step: null })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ secret_enc: secretEnc, confirmed_at: null, last_time_step: null }))
    .execute();
}

export async function confirmFactor(trx: Db, userId: string, at: Date, timeStep: number | null) {
  await trx.updateTable('totp_factors').set({ confirmed_at: at, last_time_step: timeStep }).where('user_id', '=', userId).execute();
}

export async function setLastTimeStep(trx: Db, userId: string, timeStep: number) {
  await trx.updateTable('totp_factors').set({ last_time_step: timeStep }).where('user_id', '=', userId).execute();
}

export async function replaceRecoveryCodes(trx: Db, userId: string, hashes: string[]) {
  await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await trx
    .insertInto('recovery_codes')
    .values(hashes.map((code_hash) => ({ user_id: userId, code_hash, used_at: null })))
    .execute();
}

/** Marks an unused recovery code used; returns whether there was one. */
export async function useRecoveryCode(trx: Db, userId: string, hashes: string[], at: Date): Promise<boolean> {
  const row = await trx
    .updateTable('recovery_codes')
    .set({ used_at: at })
    .where('user_id', '=', userId)
    .where('code_hash', 'in', hashes)
    .where('used_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return Boolean(row);
}

export async function unusedRecoveryCodes(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertChallenge(trx: Db, c: Insertable<SignInChallengesTable>) {
  await trx.insertInto('sign_in_challenges').values(c).execute();
}

export function findChallenge(db: Db, tokenHash: string, now: Date) {
  return db
    .selectFrom('sign_in_challenges')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

/** Consumes a challenge: only one caller gets the row back. */
export function takeChallenge(trx: Db, id: string) {
  return trx.deleteFrom('sign_in_challenges').where('id', '=', id).returning('id').executeTakeFirst();
}

export async function pruneChallenges(trx: Db, userId: string, now: Date) {
  await trx
    .deleteFrom('sign_in_challenges')
    .where((eb) => eb.or([eb('user_id', '=', userId), eb('expires_at', '<=', now)]))
    .execute();
}

export async function deleteSessionsOf(trx: Db, userId: string): Promise<number> {
  const rows = await trx.deleteFrom('sessions').where('user_id', '=', userId).returning('id').execute();
  return rows.length;
}

// One-time codes sent by SMS or e-mail.

export async function replaceOneTimeCode(trx: Db, c: Insertable<OneTimeCodesTable>) {
  await trx.deleteFrom('one_time_codes').where('user_id', '=', c.user_id).where('purpose', '=', c.purpose).execute();
  await trx.insertInto('one_time_codes').values(c).execute();
}

/** An account's unused, unexpired one-time codes (reset and set-up), locked for the check. */
export function liveOneTimeCodes(trx: Db, userId: string, now: Date) {
  return trx
    .selectFrom('one_time_codes')
    .selectAll()
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .forUpdate()
    .execute();
}

export async function countCodeAttempt(trx: Db, id: string) {
  await trx
    .updateTable('one_time_codes')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function useOneTimeCode(trx: Db, id: string, at: Date) {
  await trx.updateTable('one_time_codes').set({ used_at: at }).where('id', '=', id).execute();
}

export async function countCodeRequests(trx: Db, by: { destination?: string; ip?: string }, since: Date): Promise<number> {
  let q = trx
    .selectFrom('one_time_code_requests')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('at', '>', since);
  if (by.destination) q = q.where('destination_index', '=', by.destination);
  if (by.ip) q = q.where('ip', '=', by.ip);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertCodeRequest(trx: Db, row: { destination_index: string; ip: string | null; at: Date }, pruneBefore: Date) {
  await trx.deleteFrom('one_time_code_requests').where('at', '<', pruneBefore).execute();
  await trx.insertInto('one_time_code_requests').values(row).execute();
}

export async function setPassword(trx: Db, userId: string, passwordHash: string) {
  await trx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
}

/** Turns an account's authenticator off: the factor and its recovery codes go. */
export async function deleteFactor(trx: Db, userId: string) {
  await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await trx.deleteFrom('totp_factors').where('user_id', '=', userId).execute();
}
