// Sign-in names (mobile number or e-mail address) at rest: encrypted with the field cipher, found by a
// keyed hash of the normalised name under any configured index key (so look-ups keep working while
// `lian rotate-keys` recomputes the hashes). Rows from before migration 0013 still hold the clear name;
// `sealClearLogins` runs at every start and encrypts them.
import { sql } from 'kysely';
import { maskPhone, validateMobile } from '@lian/domain';
import type { FieldCipher } from '../../infra/crypto.js';
import type { Db } from '../../infra/db.js';
import { maskEmail } from '../../infra/messaging.js';

/** A sign-in name as typed, normalised: an e-mail address in lower case, or a mainland mobile number. */
export function normaliseLogin(input: string): { ok: true; login: string; kind: 'phone' | 'email' } | { ok: false } {
  const v = input.trim();
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) return { ok: true, login: v.toLowerCase(), kind: 'email' };
  const phone = validateMobile(v);
  return phone.ok ? { ok: true, login: phone.value, kind: 'phone' } : { ok: false };
}

/** Domain-separated input of the blind index of a normalised login. */
export const loginIndexInput = (normalised: string) => `login:${normalised}`;

/** The stored columns of a normalised login. */
export const sealedLogin = (cipher: FieldCipher, normalised: string) => ({
  login: null,
  login_enc: cipher.encrypt(normalised),
  login_index: cipher.index(loginIndexInput(normalised)),
});

/** Hashes a stored login may have, under each configured index key (current first). */
export const loginIndexCandidates = (cipher: FieldCipher, normalised: string) => cipher.indexCandidates(loginIndexInput(normalised));

/** The clear sign-in name of an account row, for its owner and for sending it a message. */
export function plainLogin(cipher: FieldCipher, user: { login: string | null; login_enc: string | null }): string {
  if (user.login_enc) return cipher.decrypt(user.login_enc);
  if (user.login !== null) return user.login;
  throw new Error('account without a sign-in name');
}

/** How a sign-in name is shown to anyone but its owner: 138****0001, z***@example.com. */
export const maskLogin = (kind: 'phone' | 'email', login: string) => (kind === 'phone' ? maskPhone(login) : maskEmail(login));

/** Encrypts every sign-in name still stored in clear; returns how many. Safe to run concurrently. */
export async function sealClearLogins(db: Db, cipher: FieldCipher, batchSize = 500): Promise<number> {
  let sealed = 0;
  for (;;) {
    const n = await db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ id: string; login: string }>`
        SELECT id::text AS id, login FROM users WHERE login IS NOT NULL
        ORDER BY id LIMIT ${batchSize} FOR UPDATE SKIP LOCKED`.execute(trx);
      for (const r of rows) {
        await trx.updateTable('users').set(sealedLogin(cipher, r.login)).where('id', '=', r.id).execute();
      }
      return rows.length;
    });
    sealed += n;
    if (n < batchSize) return sealed;
  }
}
