// The sign-in side of the account holder's copy of their data (个人信息保护法 Art. 45): passkeys, the
// authenticator app, one-time codes, and the recent sign-in events counted against the account's
// sign-in name. Only what describes these, never what would let someone sign in as the holder: no
// passkey public key or credential id, no TOTP secret, no code or recovery-code hash, no token hash.
import type { DataExport } from '@lian/contract';
import type { Db } from '../../infra/db.js';
import type { FieldCipher } from '../../infra/crypto.js';
import * as pk from './passkey-repo.js';
import { passkeyView } from './passkeys.js';
import { destinationOf } from './one-time-code.js';
import { signInKey } from './throttle.js';

type SignInData = Pick<DataExport, 'passkeys' | 'authenticator' | 'oneTimeCodes' | 'signInEvents'>;
const iso = (d: Date) => d.toISOString();

export async function signInDataOf(deps: { db: Db; cipher: FieldCipher }, userId: string, login: string): Promise<SignInData> {
  const { db } = deps;
  const loginIndex = signInKey(deps.cipher, login);
  const [passkeys, factor, recovery, codes, requests, failures, lock] = await Promise.all([
    pk.passkeysOf(db, userId),
    db.selectFrom('totp_factors').select(['created_at', 'confirmed_at']).where('user_id', '=', userId).executeTakeFirst(),
    db.selectFrom('recovery_codes').select(['used_at']).where('user_id', '=', userId).orderBy('used_at').execute(),
    db
      .selectFrom('one_time_codes')
      .select(['purpose', 'created_at', 'expires_at', 'used_at', 'attempts'])
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('one_time_code_requests')
      .select('at')
      .where('destination_index', 'in', destinationOf(deps.cipher, login).destinations)
      .orderBy('at')
      .execute(),
    db.selectFrom('sign_in_failures').select('at').where('login_index', '=', loginIndex).orderBy('at').execute(),
    db.selectFrom('sign_in_locks').select('locked_until').where('login_index', '=', loginIndex).executeTakeFirst(),
  ]);
  const enrolled = Boolean(factor?.confirmed_at);
  return {
    passkeys: passkeys.map(passkeyView),
    authenticator: {
      enrolled,
      enrolledAt: factor?.confirmed_at ? iso(factor.confirmed_at) : null,
      pendingSince: factor && !factor.confirmed_at ? iso(factor.created_at) : null,
      recoveryCodesLeft: enrolled ? recovery.filter((r) => r.used_at === null).length : 0,
      recoveryCodesUsed: recovery.flatMap((r) => (r.used_at ? [{ usedAt: iso(r.used_at) }] : [])),
    },
    oneTimeCodes: codes.map((c) => ({
      purpose: c.purpose,
      createdAt: iso(c.created_at),
      expiresAt: iso(c.expires_at),
      usedAt: c.used_at ? iso(c.used_at) : null,
      attempts: c.attempts,
    })),
    signInEvents: {
      codeRequests: requests.map((r) => ({ at: iso(r.at) })),
      failedSignIns: failures.map((f) => ({ at: iso(f.at) })),
      lockedUntil: lock ? iso(lock.locked_until) : null,
    },
  };
}
