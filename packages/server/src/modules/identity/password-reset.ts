// Password reset with a one-time code sent to the account's login: by SMS to a mobile number, by
// e-mail to an address. Codes are 6 digits, kept only as a keyed hash, valid 10 minutes, at most 5
// tries, single use. Requests are throttled per destination and per IP, and the answer is the same
// whether or not an account exists (the message is sent in the background, so timing tells nothing).
import { randomInt } from 'node:crypto';
import { hash as argon2Hash } from '@node-rs/argon2';
import { checkPasswordPolicy } from '@lian/domain';
import type { Db } from '../../infra/db.js';
import type { FieldCipher } from '../../infra/crypto.js';
import type { Messaging } from '../../infra/messaging.js';
import { AppError } from '../../http/errors.js';
import { type AuditContext, appendAudit } from '../audit/service.js';
import * as factors from './factor-repo.js';
import * as repo from './repo.js';
import { loginIndexCandidates, plainLogin } from './login-name.js';
import { ARGON2, normaliseLogin } from './service.js';
import { SignInRefused } from './throttle.js';

export interface PasswordResetDeps {
  db: Db;
  cipher: FieldCipher;
  messaging: Messaging;
  now?: () => Date;
}

export const ONE_TIME_CODE_POLICY = {
  ttlMs: 10 * 60_000,
  maxAttempts: 5,
  /** Codes requested for one destination within the window. */
  perDestination: 3,
  /** Codes requested from one IP within the window. */
  perIp: 10,
  windowMs: 15 * 60_000,
} as const;

const codeInput = (userId: string, code: string) => `one-time-code:password_reset:${userId}:${code}`;
export const codeHash = (cipher: FieldCipher, userId: string, code: string) => cipher.index(codeInput(userId, code));
/** A code issued just before the index key changed is still accepted. */
const codeHashes = (cipher: FieldCipher, userId: string, code: string) => cipher.indexCandidates(codeInput(userId, code));
const codeInvalid = () => new AppError('CODE_INVALID', '验证码不正确或已失效 / The code is wrong or no longer valid');

function keyOf(cipher: FieldCipher, input: string) {
  const login = normaliseLogin(input);
  const normalised = login.ok ? login.login : input.trim().toLowerCase();
  return { login, destination: cipher.index(`one-time-code:${normalised}`) };
}
/** The keyed hash code requests for a sign-in name are counted under (the holder's data copy reads them). */
export const codeDestinationOf = (cipher: FieldCipher, login: string) => keyOf(cipher, login).destination;

export async function requestPasswordReset(deps: PasswordResetDeps, ctx: AuditContext, input: { login: string }) {
  const now = deps.now?.() ?? new Date();
  const { login, destination } = keyOf(deps.cipher, input.login);
  const since = new Date(now.getTime() - ONE_TIME_CODE_POLICY.windowMs);
  const user = login.ok ? await repo.findUserByLogin(deps.db, loginIndexCandidates(deps.cipher, login.login)) : undefined;
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const outcome = await deps.db.transaction().execute(async (trx) => {
    await repo.lockSignInKey(trx, destination);
    const forDestination = await factors.countCodeRequests(trx, { destination }, since);
    const fromIp = ctx.ip ? await factors.countCodeRequests(trx, { ip: ctx.ip }, since) : 0;
    if (forDestination >= ONE_TIME_CODE_POLICY.perDestination || fromIp >= ONE_TIME_CODE_POLICY.perIp) {
      await appendAudit(
        trx,
        { ...ctx, actorId: null },
        {
          action: 'password_reset.request',
          outcome: 'denied',
          resourceType: 'user',
          ...(user ? { resourceId: user.id } : {}),
          detail: { reason: forDestination >= ONE_TIME_CODE_POLICY.perDestination ? 'destination_throttled' : 'ip_throttled' },
        },
      );
      return 'throttled' as const;
    }
    await factors.insertCodeRequest(trx, { destination_index: destination, ip: ctx.ip, at: now }, new Date(now.getTime() - 24 * 3600_000));
    if (user) {
      await factors.replaceOneTimeCode(trx, {
        user_id: user.id,
        purpose: 'password_reset',
        code_hash: codeHash(deps.cipher, user.id, code),
        created_at: now,
        expires_at: new Date(now.getTime() + ONE_TIME_CODE_POLICY.ttlMs),
        used_at: null,
      });
    }
    await appendAudit(
      trx,
      { ...ctx, actorId: null },
      {
        action: 'password_reset.request',
        outcome: 'success',
        resourceType: 'user',
        ...(user ? { resourceId: user.id } : {}),
        detail: { known: Boolean(user) },
      },
    );
    return 'ok' as const;
  });
  if (outcome === 'throttled') throw new SignInRefused('RATE_LIMITED', Math.ceil(ONE_TIME_CODE_POLICY.windowMs / 1000));
  if (user) {
    const minutes = ONE_TIME_CODE_POLICY.ttlMs / 60_000;
    const zh = `您正在重置立案平台的登录密码，验证码 ${code}，${minutes} 分钟内有效。如非本人操作，请忽略本消息。`;
    const en = `Your Lian password reset code is ${code}, valid for ${minutes} minutes. If you did not ask for it, ignore this message.`;
    if (user.login_kind === 'phone') deps.messaging.dispatch('sms', { to: plainLogin(deps.cipher, user), text: `【立案】${zh}` });
    else
      deps.messaging.dispatch('email', {
        to: plainLogin(deps.cipher, user),
        subject: '立案 · 密码重置验证码 / Lian password reset code',
        text: `${zh}\n\n${en}\n`,
      });
  }
  return { sent: true as const, expiresInSeconds: ONE_TIME_CODE_POLICY.ttlMs / 1000 };
}

export async function confirmPasswordReset(
  deps: PasswordResetDeps,
  ctx: AuditContext,
  input: { login: string; code: string; newPassword: string },
) {
  const now = deps.now?.() ?? new Date();
  const login = normaliseLogin(input.login);
  const user = login.ok ? await repo.findUserByLogin(deps.db, loginIndexCandidates(deps.cipher, login.login)) : undefined;
  const policy = checkPasswordPolicy(input.newPassword, { login: login.ok ? login.login : input.login, realName: user?.real_name ?? '' });
  // Hashed for unknown logins too: the answer takes as long as for a real account.
  const passwordHash = policy.ok ? await argon2Hash(input.newPassword, ARGON2) : null;
  if (!user) throw codeInvalid();
  const result = await deps.db.transaction().execute(async (trx) => {
    const row = await factors.liveOneTimeCode(trx, user.id, 'password_reset', now);
    if (!row || row.attempts >= ONE_TIME_CODE_POLICY.maxAttempts) return 'invalid' as const;
    if (!codeHashes(deps.cipher, user.id, input.code.trim()).includes(row.code_hash)) {
      await factors.countCodeAttempt(trx, row.id);
      await appendAudit(
        trx,
        { ...ctx, actorId: null },
        {
          action: 'password_reset.confirm',
          outcome: 'failure',
          resourceType: 'user',
          resourceId: user.id,
          detail: { attempts: row.attempts + 1 },
        },
      );
      return 'invalid' as const;
    }
    // A right code with a weak password is not spent: the person may choose a better one.
    if (!passwordHash) return 'weak' as const;
    await factors.useOneTimeCode(trx, row.id, now);
    await factors.setPassword(trx, user.id, passwordHash);
    const ended = await factors.deleteSessionsOf(trx, user.id);
    await factors.pruneChallenges(trx, user.id, now);
    await appendAudit(
      trx,
      { ...ctx, actorId: user.id },
      {
        action: 'password_reset.confirm',
        outcome: 'success',
        resourceType: 'user',
        resourceId: user.id,
        detail: { sessionsEnded: ended },
      },
    );
    return 'done' as const;
  });
  if (result === 'invalid') throw codeInvalid();
  if (result === 'weak' && !policy.ok) {
    throw new AppError(
      'PASSWORD_TOO_WEAK',
      '密码不符合要求',
      policy.reasons.map((r) => ({ path: 'newPassword', code: r, message: '密码不符合要求 / Password does not meet the policy' })),
    );
  }
}
