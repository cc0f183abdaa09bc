// The account holder's own authenticator app, from the account page: litigants and lawyers may opt in
// to a TOTP second factor (the same enrolment as court staff: QR code, then a code, then 10 recovery
// codes shown once), after which every password sign-in asks for a code. They may turn it off again
// with a current code or a recovery code (throttled like a sign-in, so a stolen session cannot guess
// its way to switching it off). Court staff must keep theirs.
import type { SecondFactorStatus } from '@lian/contract';
import { AppError } from '../../http/errors.js';
import { type AuditContext, appendAudit } from '../audit/service.js';
import { type Actor, can } from '../policy/policy.js';
import * as factors from './factor-repo.js';
import * as repo from './repo.js';
import { plainLogin } from './login-name.js';
import { type RotatedSession, rotateAfterCredentialChange } from './sessions.js';
import {
  beginEnrolment,
  checkTotp,
  codeInvalid,
  newRecoveryCodes,
  recoveryHash,
  type SecondFactorDeps,
  useSecondFactorCode,
} from './second-factor.js';
import { isStaff } from './sessions.js';
import { admitAttempt, recordFailure, signInKey } from './throttle.js';

const alreadyEnrolled = () => new AppError('SECOND_FACTOR_ALREADY_ENROLLED', '已启用身份验证器 / An authenticator app is already set up');

function allowed(actor: Actor) {
  if (!can(actor, 'account.secondFactor')) throw new AppError('FORBIDDEN', '当前账号不能管理身份验证器');
}

async function accountOf(deps: SecondFactorDeps, actor: Actor) {
  allowed(actor);
  const user = await repo.findUserById(deps.db, actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED', '请先登录');
  return { ...user, login: plainLogin(deps.cipher, user) };
}

export async function secondFactorStatus(deps: SecondFactorDeps, actor: Actor): Promise<SecondFactorStatus> {
  allowed(actor);
  const factor = await factors.findFactor(deps.db, actor.userId);
  const enrolled = Boolean(factor?.confirmed_at);
  return {
    enrolled,
    required: isStaff(actor.roles),
    recoveryCodesLeft: enrolled ? await factors.unusedRecoveryCodes(deps.db, actor.userId) : 0,
  };
}

/** Opt-in, first part: a new secret (or the one pending) with its QR code. */
export async function startSelfEnrolment(deps: SecondFactorDeps, actor: Actor) {
  const user = await accountOf(deps, actor);
  if ((await factors.findFactor(deps.db, user.id))?.confirmed_at) throw alreadyEnrolled();
  return beginEnrolment(deps, user);
}

/**
 * Opt-in, second part: a right code confirms it; the recovery codes are returned this once. The
 * account's other sessions (opened with the password alone) end and this one gets a new token.
 */
export async function confirmSelfEnrolment(
  deps: SecondFactorDeps,
  ctx: AuditContext,
  actor: Actor,
  code: string,
  sessionToken: string,
): Promise<{ recoveryCodes: string[]; session: RotatedSession }> {
  const user = await accountOf(deps, actor);
  const now = deps.now?.() ?? new Date();
  const recoveryCodes = newRecoveryCodes();
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const factor = await factors.findFactor(trx, user.id, { forUpdate: true });
    if (factor?.confirmed_at) return 'enrolled' as const;
    const step = factor ? checkTotp(deps.cipher.decrypt(factor.secret_enc), code.trim(), now, null) : null;
    if (step === null) return 'wrong' as const;
    await factors.confirmFactor(trx, user.id, now, step);
    await factors.replaceRecoveryCodes(
      trx,
      user.id,
      recoveryCodes.map((c) => recoveryHash(deps.cipher, user.id, c)),
    );
    const rotated = await rotateAfterCredentialChange(trx, user.id, sessionToken);
    await appendAudit(trx, ctx, {
      action: 'second_factor.enrol',
      outcome: 'success',
      resourceType: 'user',
      resourceId: user.id,
      detail: { from: 'account', sessionsEnded: rotated.sessionsEnded },
    });
    return rotated;
  });
  if (outcome === 'enrolled') throw alreadyEnrolled();
  if (outcome === 'wrong') throw codeInvalid();
  return { recoveryCodes, session: outcome.session };
}

/**
 * Turns the authenticator off with a current code or an unused recovery code. Not for court staff.
 * The account's other sessions end and this one gets a new token.
 */
export async function disableSelfFactor(
  deps: SecondFactorDeps,
  ctx: AuditContext,
  actor: Actor,
  code: string,
  sessionToken: string,
): Promise<RotatedSession> {
  const user = await accountOf(deps, actor);
  if (isStaff(actor.roles)) {
    throw new AppError('SECOND_FACTOR_REQUIRED', '法院工作人员必须使用身份验证器 / Court staff must keep their authenticator');
  }
  const now = deps.now?.() ?? new Date();
  const key = signInKey(deps.cipher, user.login);
  await admitAttempt(deps.db, ctx, key, now, user.id);
  const done = await deps.db.transaction().execute(async (trx) => {
    const used = await useSecondFactorCode(trx, deps.cipher, user.id, code, now);
    if (!used) return null;
    await factors.deleteFactor(trx, user.id);
    const rotated = await rotateAfterCredentialChange(trx, user.id, sessionToken);
    await appendAudit(trx, ctx, {
      action: 'second_factor.disable',
      outcome: 'success',
      resourceType: 'user',
      resourceId: user.id,
      detail: { method: used, sessionsEnded: rotated.sessionsEnded },
    });
    // The code was right: the attempt recorded by admitAttempt is not a failure.
    await repo.clearLoginFailures(trx, key);
    return rotated;
  });
  if (!done) throw await recordFailure(deps.db, ctx, key, now, user.id, { action: 'second_factor.disable', error: codeInvalid });
  return done.session;
}
