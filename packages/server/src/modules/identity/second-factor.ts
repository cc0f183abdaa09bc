// The second factor: TOTP (RFC 6238, 6 digits, 30 s) with one-time recovery codes. Required for every
// court staff account and used by any account that enrolled one. A right password then yields only a
// pending challenge (random token, stored hashed, 5 minutes, single use); the session is created
// when the code is right. Wrong codes count toward the sign-in lockout (throttle.ts) and are audited;
// a time step once accepted is never accepted again (no replay).
import { randomInt } from 'node:crypto';
import type { Role } from '@lian/contract';
import { generateSecret, generateURI, verifySync } from 'otplib';
import QRCode from 'qrcode';
import type { Db } from '../../infra/db.js';
import { type FieldCipher, newToken, sha256Hex } from '../../infra/crypto.js';
import { AppError } from '../../http/errors.js';
import { type AuditContext, appendAudit } from '../audit/service.js';
import * as factors from './factor-repo.js';
import * as repo from './repo.js';
import { plainLogin } from './login-name.js';
import { createSession, isStaff, type SignInClient } from './sessions.js';
import { admitAttempt, recordFailure, signInKey } from './throttle.js';

export interface SecondFactorDeps {
  db: Db;
  cipher: FieldCipher;
  now?: () => Date;
}

export const SECOND_FACTOR_POLICY = {
  challengeMs: 5 * 60_000,
  periodSeconds: 30,
  /** Codes of the step before and after the current one are accepted (clock drift). */
  toleranceSeconds: 30,
  recoveryCodes: 10,
  issuer: 'Lian',
} as const;

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'; // no i, l, o, 0, 1: read aloud and typed by hand

const challengeExpired = () => new AppError('CHALLENGE_EXPIRED', '验证已过期，请重新登录 / The sign-in has expired; sign in again');
export const codeInvalid = () => new AppError('SECOND_FACTOR_INVALID', '验证码不正确 / The code is not correct');

/** Whether an account must (staff) or chose to (enrolled) pass a second factor, and which step. */
export async function stepFor(db: Db, userId: string, roles: ReadonlyArray<{ role: Role }>): Promise<'totp' | 'enrol' | null> {
  const factor = await factors.findFactor(db, userId);
  if (factor?.confirmed_at) return 'totp';
  return isStaff(roles) ? 'enrol' : null;
}

/** After a right password: a pending challenge, or null when no second factor applies. */
export async function challengeAfterPassword(deps: SecondFactorDeps, ctx: AuditContext, userId: string, client: SignInClient) {
  const now = deps.now?.() ?? new Date();
  const step = await stepFor(deps.db, userId, await repo.rolesOf(deps.db, userId));
  if (!step) return null;
  const { token, hash } = newToken();
  const expiresAt = new Date(now.getTime() + SECOND_FACTOR_POLICY.challengeMs);
  await deps.db.transaction().execute(async (trx) => {
    // One pending challenge per account: a new password sign-in replaces the previous one.
    await factors.pruneChallenges(trx, userId, now);
    await factors.insertChallenge(trx, {
      token_hash: hash,
      user_id: userId,
      step,
      created_at: now,
      expires_at: expiresAt,
      user_agent: client.userAgent ?? null,
    });
    await appendAudit(trx, ctx, {
      action: 'session.password_accepted',
      outcome: 'success',
      resourceType: 'user',
      resourceId: userId,
      detail: { step },
    });
  });
  return { kind: 'challenge' as const, step, token, expiresAt };
}

async function loadChallenge(deps: SecondFactorDeps, token: string | undefined, step: 'totp' | 'enrol') {
  const now = deps.now?.() ?? new Date();
  const challenge = token ? await factors.findChallenge(deps.db, sha256Hex(token), now) : undefined;
  if (!challenge || challenge.step !== step) throw challengeExpired();
  const user = await repo.findUserById(deps.db, challenge.user_id);
  if (!user) throw challengeExpired();
  const login = plainLogin(deps.cipher, user);
  return { challenge, user: { ...user, login }, now, loginKey: signInKey(deps.cipher, login) };
}

/** Checks a 6-digit code against a secret; returns the matched time step or null. */
export function checkTotp(secret: string, code: string, now: Date, lastTimeStep: number | null): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  // otplib 13 answers { valid }, never a bare boolean: the object itself is always truthy.
  const result = verifySync({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    period: SECOND_FACTOR_POLICY.periodSeconds,
    epochTolerance: SECOND_FACTOR_POLICY.toleranceSeconds,
    ...(lastTimeStep !== null ? { afterTimeStep: lastTimeStep } : {}),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

export const normaliseRecoveryCode = (code: string) => code.toLowerCase().replace(/[\s-]/g, '');
const recoveryInput = (userId: string, code: string) => `recovery-code:${userId}:${normaliseRecoveryCode(code)}`;
export const recoveryHash = (cipher: FieldCipher, userId: string, code: string) => cipher.index(recoveryInput(userId, code));

export function newRecoveryCodes(): string[] {
  const one = () => Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
  return Array.from({ length: SECOND_FACTOR_POLICY.recoveryCodes }, () => {
    const c = one();
    return `${c.slice(0, 5)}-${c.slice(5)}`;
  });
}

/**
 * Spends a code of the account's confirmed authenticator (its time step is never accepted again) or
 * one of its recovery codes, inside the caller's transaction. Returns which, or null for a wrong code.
 */
export async function useSecondFactorCode(trx: Db, cipher: FieldCipher, userId: string, code: string, now: Date) {
  const factor = await factors.findFactor(trx, userId, { forUpdate: true });
  if (!factor?.confirmed_at) return null;
  const last = factor.last_time_step === null ? null : Number(factor.last_time_step);
  const step = checkTotp(cipher.decrypt(factor.secret_enc), code.trim(), now, last);
  if (step !== null) {
    await factors.setLastTimeStep(trx, userId, step);
    return 'totp' as const;
  }
  if (
    /^[a-z0-9]{10}$/.test(normaliseRecoveryCode(code)) &&
    // Hashes under every configured index key: codes issued before a key rotation keep working.
    (await factors.useRecoveryCode(trx, userId, cipher.indexCandidates(recoveryInput(userId, code)), now))
  ) {
    return 'recovery_code' as const;
  }
  return null;
}

/** Second step of a sign-in: a TOTP code or a recovery code. Returns the new session. */
export async function verifyChallenge(
  deps: SecondFactorDeps,
  ctx: AuditContext,
  token: string | undefined,
  code: string,
  client: SignInClient,
) {
  const { challenge, user, now, loginKey } = await loadChallenge(deps, token, 'totp');
  const audit = { ...ctx, actorId: user.id };
  await admitAttempt(deps.db, audit, loginKey, now, user.id);
  const method = await deps.db.transaction().execute(async (trx) => {
    const used = await useSecondFactorCode(trx, deps.cipher, user.id, code, now);
    if (used && !(await factors.takeChallenge(trx, challenge.id))) throw challengeExpired();
    return used;
  });
  if (!method) {
    throw await recordFailure(deps.db, audit, loginKey, now, user.id, {
      action: 'session.second_factor',
      error: codeInvalid,
      detail: { step: 'totp' },
    });
  }
  const session = await createSession(deps, audit, user.id, { ...client, loginKey, detail: { method: 'password', secondFactor: method } });
  return { ...session, method, recoveryCodesLeft: await factors.unusedRecoveryCodes(deps.db, user.id) };
}

/** Enrolment, first part: a new secret (or the one already pending) with its otpauth URI and QR code. */
export async function startEnrolment(deps: SecondFactorDeps, token: string | undefined) {
  const { user } = await loadChallenge(deps, token, 'enrol');
  return beginEnrolment(deps, user);
}

export async function beginEnrolment(deps: SecondFactorDeps, user: { id: string; login: string }) {
  const pending = await factors.findFactor(deps.db, user.id);
  // An enrolment challenge older than a confirmed authenticator never replaces it.
  if (pending?.confirmed_at) throw challengeExpired();
  let secret: string;
  if (pending) secret = deps.cipher.decrypt(pending.secret_enc);
  else {
    secret = generateSecret(); // 20 random bytes, base32
    await factors.putPendingFactor(deps.db, user.id, deps.cipher.encrypt(secret));
  }
  const otpauthUri = generateURI({ issuer: SECOND_FACTOR_POLICY.issuer, label: user.login, secret });
  const qrDataUrl = await QRCode.toDataURL(otpauthUri, { errorCorrectionLevel: 'M', margin: 2, scale: 6 });
  return { secret, otpauthUri, qrDataUrl };
}

/** Enrolment, second part: a right code confirms the authenticator; recovery codes are issued once. */
export async function confirmEnrolment(
  deps: SecondFactorDeps,
  ctx: AuditContext,
  token: string | undefined,
  code: string,
  client: SignInClient,
) {
  const { challenge, user, now, loginKey } = await loadChallenge(deps, token, 'enrol');
  const audit = { ...ctx, actorId: user.id };
  await admitAttempt(deps.db, audit, loginKey, now, user.id);
  const recoveryCodes = newRecoveryCodes();
  const ok = await deps.db.transaction().execute(async (trx) => {
    const factor = await factors.findFactor(trx, user.id, { forUpdate: true });
    if (!factor || factor.confirmed_at) return false;
    const step = checkTotp(deps.cipher.decrypt(factor.secret_enc), code.trim(), now, null);
    if (step === null) return false;
    if (!(await factors.takeChallenge(trx, challenge.id))) throw challengeExpired();
    await factors.confirmFactor(trx, user.id, now, step);
    await factors.pruneChallenges(trx, user.id, now);
    await factors.replaceRecoveryCodes(
      trx,
      user.id,
      recoveryCodes.map((c) => recoveryHash(deps.cipher, user.id, c)),
    );
    await appendAudit(trx, audit, { action: 'second_factor.enrol', outcome: 'success', resourceType: 'user', resourceId: user.id });
    return true;
  });
  if (!ok) {
    throw await recordFailure(deps.db, audit, loginKey, now, user.id, {
      action: 'second_factor.enrol',
      error: codeInvalid,
    });
  }
  const session = await createSession(deps, audit, user.id, {
    ...client,
    loginKey,
    detail: { method: 'password', secondFactor: 'enrolled' },
  });
  return { session, recoveryCodes };
}

/** Sets a known TOTP secret as confirmed, with fresh recovery codes (demo seed and tests only). */
export async function enrolKnownSecret(deps: SecondFactorDeps, userId: string, secret: string): Promise<string[]> {
  const recoveryCodes = newRecoveryCodes();
  await deps.db.transaction().execute(async (trx) => {
    await factors.putPendingFactor(trx, userId, deps.cipher.encrypt(secret));
    await factors.confirmFactor(trx, userId, new Date(), null);
    await factors.replaceRecoveryCodes(
      trx,
      userId,
      recoveryCodes.map((c) => recoveryHash(deps.cipher, userId, c)),
    );
  });
  return recoveryCodes;
}
