// Password reset with a one-time code sent to the account's login: by SMS to a mobile number, by
// e-mail to an address (one-time-code.ts: hashing, lifetime, tries, throttling). The answer is the same
// whether or not an account exists. A staff member's set-up code (accounts/staff.ts) is confirmed here
// too; it has its own slot, so a reset request for the same account does not replace it.
import { hash as argon2Hash } from '@node-rs/argon2';
import { checkPasswordPolicy } from '@lian/domain';
import type { Db } from '../../infra/db.js';
import type { FieldCipher } from '../../infra/crypto.js';
import type { Messaging } from '../../infra/messaging.js';
import type { OneTimeCodesTable } from '../../infra/schema.js';
import { AppError } from '../../http/errors.js';
import { type AuditContext, appendAudit } from '../audit/service.js';
import * as factors from './factor-repo.js';
import * as repo from './repo.js';
import { loginIndexCandidates, normaliseLogin, plainLogin } from './login-name.js';
import { ONE_TIME_CODE_POLICY, admitCodeRequest, codeInvalid, destinationOf, newCode, sendToLogin } from './one-time-code.js';
import { ARGON2 } from './service.js';
import { SignInRefused } from './throttle.js';

export interface PasswordResetDeps {
  db: Db;
  cipher: FieldCipher;
  messaging: Messaging;
  now?: () => Date;
}

type Purpose = OneTimeCodesTable['purpose'];
const codeInput = (purpose: Purpose, userId: string, code: string) => `one-time-code:${purpose}:${userId}:${code}`;
export const codeHash = (cipher: FieldCipher, purpose: Purpose, userId: string, code: string) =>
  cipher.index(codeInput(purpose, userId, code));
/** A code issued just before the index key changed is still accepted. */
const codeHashes = (cipher: FieldCipher, purpose: Purpose, userId: string, code: string) =>
  cipher.indexCandidates(codeInput(purpose, userId, code));

export async function requestPasswordReset(deps: PasswordResetDeps, ctx: AuditContext, input: { login: string }) {
  const now = deps.now?.() ?? new Date();
  const { login, destination } = destinationOf(deps.cipher, input.login);
  const user = login.ok ? await repo.findUserByLogin(deps.db, loginIndexCandidates(deps.cipher, login.login)) : undefined;
  const code = newCode();
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const admitted = await admitCodeRequest(trx, ctx, {
      destination,
      now,
      action: 'password_reset.request',
      ...(user ? { resourceId: user.id } : {}),
    });
    if (admitted === 'throttled') return admitted;
    if (user) {
      await factors.replaceOneTimeCode(trx, {
        user_id: user.id,
        purpose: 'password_reset',
        code_hash: codeHash(deps.cipher, 'password_reset', user.id, code),
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
    return admitted;
  });
  if (outcome === 'throttled') throw new SignInRefused('RATE_LIMITED', Math.ceil(ONE_TIME_CODE_POLICY.windowMs / 1000));
  if (user) {
    const minutes = ONE_TIME_CODE_POLICY.ttlMs / 60_000;
    sendToLogin(
      deps.messaging,
      { kind: user.login_kind, login: plainLogin(deps.cipher, user) },
      {
        subject: '立案 · 密码重置验证码 / Lian password reset code',
        zh: `您正在重置立案平台的登录密码，验证码 ${code}，${minutes} 分钟内有效。如非本人操作，请忽略本消息。`,
        en: `Your Lian password reset code is ${code}, valid for ${minutes} minutes. If you did not ask for it, ignore this message.`,
      },
    );
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
    // The reset code and a staff member's set-up code are both live until used; either one serves.
    const rows = (await factors.liveOneTimeCodes(trx, user.id, now)).filter((r) => r.attempts < ONE_TIME_CODE_POLICY.maxAttempts);
    if (rows.length === 0) return 'invalid' as const;
    const row = rows.find((r) => codeHashes(deps.cipher, r.purpose, user.id, input.code.trim()).includes(r.code_hash));
    if (!row) {
      for (const r of rows) await factors.countCodeAttempt(trx, r.id);
      await appendAudit(
        trx,
        { ...ctx, actorId: null },
        {
          action: 'password_reset.confirm',
          outcome: 'failure',
          resourceType: 'user',
          resourceId: user.id,
          detail: { attempts: Math.max(...rows.map((r) => r.attempts)) + 1 },
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
        detail: { sessionsEnded: ended, ...(row.purpose === 'account_setup' ? { setUp: true } : {}) },
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
