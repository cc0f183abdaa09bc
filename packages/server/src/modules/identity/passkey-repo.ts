// SQL of passkeys and of the WebAuthn challenges of their ceremonies.
import type { Insertable } from 'kysely';
import type { Db } from '../../infra/db.js';
import type { PasskeysTable } from '../../infra/schema.js';

export function passkeysOf(db: Db, userId: string) {
  return db.selectFrom('passkeys').selectAll().where('user_id', '=', userId).orderBy('created_at').orderBy('id').execute();
}

export function findByCredentialId(db: Db, credentialId: string) {
  return db.selectFrom('passkeys').selectAll().where('credential_id', '=', credentialId).executeTakeFirst();
}

export async function countOf(trx: Db, userId: string): Promise<number> {
  const row = await trx
    .selectFrom('passkeys')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function insertPasskey(trx: Db, p: Insertable<PasskeysTable>) {
  return trx.insertInto('passkeys').values(p).returningAll().executeTakeFirstOrThrow();
}

/**
 * Moves the signature counter on, only from the value the verification was made against: of two
 * assertions racing with the same counter, one wins.
 */
export function advanceCounter(db: Db, id: string, from: number, to: number, at: Date, backedUp: boolean) {
  return db
    .updateTable('passkeys')
    .set({ sign_count: to, last_used_at: at, backed_up: backedUp })
    .where('id', '=', id)
    .where('sign_count', '=', String(from))
    .returning('id')
    .executeTakeFirst();
}

export function renameOwn(trx: Db, userId: string, id: string, name: string) {
  return trx.updateTable('passkeys').set({ name }).where('id', '=', id).where('user_id', '=', userId).returningAll().executeTakeFirst();
}

export function deleteOwn(trx: Db, userId: string, id: string) {
  return trx.deleteFrom('passkeys').where('id', '=', id).where('user_id', '=', userId).returning(['id', 'name']).executeTakeFirst();
}

export async function insertChallenge(
  db: Db,
  c: { challenge: string; purpose: 'register' | 'sign_in'; user_id: string | null; ip: string | null; created_at: Date; expires_at: Date },
) {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('webauthn_challenges').where('expires_at', '<=', c.created_at).execute();
    await trx.insertInto('webauthn_challenges').values(c).execute();
  });
}

/** Live challenges asked for from one address, and when the oldest of them expires. */
export async function liveChallengesOf(db: Db, ip: string, now: Date) {
  const row = await db
    .selectFrom('webauthn_challenges')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('expires_at').as('first_expiry')])
    .where('ip', '=', ip)
    .where('expires_at', '>', now)
    .executeTakeFirstOrThrow();
  return { count: Number(row.n), firstExpiry: row.first_expiry ? new Date(row.first_expiry as Date | string) : null };
}

/** Consumes a live challenge: only one caller gets the row back, and never after it expired. */
export function takeChallenge(db: Db, challenge: string, purpose: 'register' | 'sign_in', now: Date) {
  return db
    .deleteFrom('webauthn_challenges')
    .where('challenge', '=', challenge)
    .where('purpose', '=', purpose)
    .where('expires_at', '>', now)
    .returning(['challenge', 'user_id'])
    .executeTakeFirst();
}

/** When the session of this token was created (sign-in time), for "signed in recently". */
export async function sessionCreatedAt(db: Db, tokenHash: string): Promise<Date | undefined> {
  const row = await db.selectFrom('sessions').select('created_at').where('token_hash', '=', tokenHash).executeTakeFirst();
  return row?.created_at;
}
