// Passkeys (WebAuthn): optional for everyone. Registered from the account page, they sign in without
// a password: the browser offers the account's discoverable credential, and user verification
// (fingerprint, face, device PIN) is required, so a passkey sign-in is itself two factors and
// phishing-resistant — it satisfies the court staff second-factor rule as well.
// Challenges are random, stored server-side, single use (deleted by the first response that names
// them, right or wrong) and live 5 minutes. The relying party is LIAN_PUBLIC_URL's host and origin;
// without it (development) it is `localhost` on any port. Sign-ins pass the same throttle, lockout
// and audit as passwords (throttle.ts), and a new session is created for each.
import type { AuthenticationResponseBody, PasskeyInfo, PasskeyRegisterBody } from '@lian/contract';
import {
  type AuthenticatorTransport,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { decodeClientDataJSON, isoBase64URL } from '@simplewebauthn/server/helpers';
import type { Db } from '../../infra/db.js';
import { type FieldCipher, sha256Hex } from '../../infra/crypto.js';
import { AppError, notFound } from '../../http/errors.js';
import { type AuditContext, appendAudit, recordAudit } from '../audit/service.js';
import { type Actor, can } from '../policy/policy.js';
import * as pk from './passkey-repo.js';
import * as repo from './repo.js';
import { plainLogin } from './login-name.js';
import { confirmPassword, isUniqueViolation } from './service.js';
import { createSession, type RotatedSession, rotateAfterCredentialChange, type SignInClient } from './sessions.js';
import { admitAttempt, recordFailure, SignInRefused, signInKey } from './throttle.js';

export interface PasskeyDeps {
  db: Db;
  cipher: FieldCipher;
  /** LIAN_PUBLIC_URL: its host is the RP ID, its origin the only one accepted. */
  publicUrl?: string | undefined;
  now?: () => Date;
}

export const PASSKEY_POLICY = {
  challengeMs: 5 * 60_000,
  /** What the browser is told to wait for the person (a little less than the challenge lives). */
  ceremonyTimeoutMs: 4 * 60_000,
  maxPerAccount: 10,
  /**
   * Live challenges one address may hold: the sign-in options are public and each is a row. High, since
   * many people can share one address (carrier-grade NAT, a court office); it only bounds a flood.
   */
  maxLiveChallengesPerIp: 300,
  /** A session this young may remove a passkey without the password again. */
  recentSignInMs: 10 * 60_000,
  rpName: '立案 Lian',
} as const;

const passkeyInvalid = () =>
  new AppError('PASSKEY_INVALID', '通行密钥验证未通过，请重试或使用密码登录 / The passkey could not be verified');
const challengeExpired = () => new AppError('CHALLENGE_EXPIRED', '验证已过期，请重试 / The request has expired; try again');
const forbidden = () => new AppError('FORBIDDEN', '当前账号不能管理通行密钥');

/** The relying party: RP ID and the origins a ceremony may come from. */
export function relyingParty(publicUrl: string | undefined) {
  if (publicUrl) {
    const u = new URL(publicUrl);
    return { rpID: u.hostname, accepts: (origin: string) => origin === u.origin };
  }
  return { rpID: 'localhost', accepts: (origin: string) => /^https?:\/\/localhost(:\d{1,5})?$/.test(origin) };
}

/** The WebAuthn user handle: the account id's 16 bytes, nothing personal. */
export const userHandleOf = (userId: string) => isoBase64URL.fromBuffer(Buffer.from(userId.replace(/-/g, ''), 'hex'));

export const passkeyView = (p: Awaited<ReturnType<typeof pk.passkeysOf>>[number]): PasskeyInfo => ({
  id: p.id,
  name: p.name,
  createdAt: p.created_at.toISOString(),
  lastUsedAt: p.last_used_at?.toISOString() ?? null,
  synced: p.backed_up,
});

/** Ceremony options go to the browser as they are (the contract passes them through). */
const asJson = <T extends { challenge: string }>(options: T) => options as T & Record<string, unknown>;

/** The challenge and origin a response claims, or null when its clientDataJSON is not readable. */
function clientDataOf(clientDataJSON: string): { challenge: string; origin: string } | null {
  try {
    const c = decodeClientDataJSON(clientDataJSON);
    return typeof c.challenge === 'string' && typeof c.origin === 'string' ? c : null;
  } catch {
    return null;
  }
}

async function newChallenge(
  deps: PasskeyDeps,
  challenge: string,
  purpose: 'register' | 'sign_in',
  userId: string | null,
  ip: string | null,
) {
  const now = deps.now?.() ?? new Date();
  await pk.insertChallenge(deps.db, {
    challenge,
    purpose,
    user_id: userId,
    ip,
    created_at: now,
    expires_at: new Date(now.getTime() + PASSKEY_POLICY.challengeMs),
  });
}

export async function listPasskeys(deps: PasskeyDeps, actor: Actor): Promise<PasskeyInfo[]> {
  if (!can(actor, 'account.passkeys')) throw forbidden();
  return (await pk.passkeysOf(deps.db, actor.userId)).map(passkeyView);
}

/** Registration, first part: options for navigator.credentials.create (a discoverable credential). */
export async function registrationOptions(deps: PasskeyDeps, actor: Actor) {
  if (!can(actor, 'account.passkeys')) throw forbidden();
  const user = await repo.findUserById(deps.db, actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED', '请先登录');
  const existing = await pk.passkeysOf(deps.db, user.id);
  if (existing.length >= PASSKEY_POLICY.maxPerAccount) throw limitReached();
  const options = await generateRegistrationOptions({
    rpName: PASSKEY_POLICY.rpName,
    rpID: relyingParty(deps.publicUrl).rpID,
    userID: isoBase64URL.toBuffer(userHandleOf(user.id)),
    userName: plainLogin(deps.cipher, user),
    userDisplayName: user.real_name,
    timeout: PASSKEY_POLICY.ceremonyTimeoutMs,
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({ id: p.credential_id, transports: p.transports as AuthenticatorTransport[] })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  });
  await newChallenge(deps, options.challenge, 'register', user.id, null);
  return asJson(options);
}

const limitReached = () =>
  new AppError('PASSKEY_LIMIT_REACHED', `最多可添加 ${PASSKEY_POLICY.maxPerAccount} 个通行密钥 / At most 10 passkeys`);

/** Registration, second part: verifies the authenticator's answer and stores the passkey. */
export async function registerPasskey(deps: PasskeyDeps, ctx: AuditContext, actor: Actor, body: PasskeyRegisterBody): Promise<PasskeyInfo> {
  if (!can(actor, 'account.passkeys')) throw forbidden();
  const now = deps.now?.() ?? new Date();
  const rp = relyingParty(deps.publicUrl);
  const refuse = async (reason: string, error = passkeyInvalid) => {
    await recordAudit(deps.db, ctx, {
      action: 'passkey.registered',
      outcome: 'failure',
      resourceType: 'user',
      resourceId: actor.userId,
      detail: { reason },
    });
    return error();
  };
  const clientData = clientDataOf(body.response.response.clientDataJSON);
  if (!clientData) throw await refuse('client_data_unreadable');
  const challenge = await pk.takeChallenge(deps.db, clientData.challenge, 'register', now);
  if (!challenge || challenge.user_id !== actor.userId) throw await refuse('challenge', challengeExpired);
  let info;
  try {
    const verified = await verifyRegistrationResponse({
      response: body.response,
      expectedChallenge: challenge.challenge,
      expectedOrigin: rp.accepts(clientData.origin) ? clientData.origin : [],
      expectedRPID: rp.rpID,
      requireUserVerification: true,
    });
    info = verified.verified ? verified.registrationInfo : undefined;
  } catch (e) {
    throw await refuse(reasonOf(e));
  }
  if (!info) throw await refuse('not_verified');
  const { credential, credentialDeviceType, credentialBackedUp } = info;
  const stored = await deps.db
    .transaction()
    .execute(async (trx) => {
      if ((await pk.countOf(trx, actor.userId)) >= PASSKEY_POLICY.maxPerAccount) throw limitReached();
      const row = await pk.insertPasskey(trx, {
        user_id: actor.userId,
        credential_id: credential.id,
        public_key: Buffer.from(credential.publicKey),
        sign_count: credential.counter,
        transports: (credential.transports ?? []).slice(0, 10),
        device_type: credentialDeviceType,
        backed_up: credentialBackedUp,
        name: body.name,
      });
      await appendAudit(trx, ctx, {
        action: 'passkey.registered',
        outcome: 'success',
        resourceType: 'passkey',
        resourceId: row.id,
        // The holder's own name for it is free text ("张三的手机"): the record names it by its id.
        detail: { synced: row.backed_up },
      });
      return row;
    })
    .catch(async (e: unknown) => {
      // The same authenticator registered twice (here or on another account): the unique index decides.
      if (isUniqueViolation(e)) throw await refuse('credential_exists');
      throw e;
    });
  return passkeyView(stored);
}

/** Sign-in, first part: options for navigator.credentials.get with no account named (discoverable). */
export async function signInOptions(deps: PasskeyDeps, ip: string | null) {
  if (ip) {
    const now = deps.now?.() ?? new Date();
    const live = await pk.liveChallengesOf(deps.db, ip, now);
    if (live.count >= PASSKEY_POLICY.maxLiveChallengesPerIp) {
      throw new SignInRefused('RATE_LIMITED', Math.max(1, Math.ceil(((live.firstExpiry ?? now).getTime() - now.getTime()) / 1000)));
    }
  }
  const options = await generateAuthenticationOptions({
    rpID: relyingParty(deps.publicUrl).rpID,
    userVerification: 'required',
    timeout: PASSKEY_POLICY.ceremonyTimeoutMs,
  });
  await newChallenge(deps, options.challenge, 'sign_in', null, ip);
  return asJson(options);
}

/** Why a verification failed, for the audit record: the library's message, first line only. */
const reasonOf = (e: unknown) => (e instanceof Error ? e.message.split('\n')[0]!.slice(0, 200) : 'verification_failed');

/** Sign-in, second part: verifies the assertion and creates a session for the passkey's account. */
export async function signInWithPasskey(
  deps: PasskeyDeps,
  ctx: AuditContext,
  response: AuthenticationResponseBody,
  client: SignInClient = {},
) {
  const now = deps.now?.() ?? new Date();
  const rp = relyingParty(deps.publicUrl);
  const passkey = await pk.findByCredentialId(deps.db, response.id);
  const user = passkey ? await repo.findUserById(deps.db, passkey.user_id) : undefined;
  // Counted against the account's login like a password, or against the unknown credential id.
  const key = signInKey(deps.cipher, user ? plainLogin(deps.cipher, user) : `passkey:${response.id}`);
  const userId = user?.id ?? null;
  const audit = { ...ctx, actorId: userId };
  await admitAttempt(deps.db, audit, key, now, userId);
  const fail = (reason: string, error = passkeyInvalid) =>
    recordFailure(deps.db, audit, key, now, userId, { action: 'session.sign_in', error, detail: { method: 'passkey', reason } });

  const clientData = clientDataOf(response.response.clientDataJSON);
  if (!clientData) throw await fail('client_data_unreadable');
  const challenge = await pk.takeChallenge(deps.db, clientData.challenge, 'sign_in', now);
  if (!challenge) throw await fail('challenge', challengeExpired);
  if (!passkey || !user) throw await fail('unknown_credential');
  if (response.response.userHandle !== undefined && response.response.userHandle !== userHandleOf(user.id)) {
    throw await fail('user_handle_mismatch');
  }
  const counter = Number(passkey.sign_count);
  let result;
  try {
    const verified = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge.challenge,
      expectedOrigin: rp.accepts(clientData.origin) ? clientData.origin : [],
      expectedRPID: rp.rpID,
      credential: {
        id: passkey.credential_id,
        publicKey: new Uint8Array(passkey.public_key),
        counter,
        transports: passkey.transports as AuthenticatorTransport[],
      },
      requireUserVerification: true,
    });
    result = verified.verified && verified.authenticationInfo.userVerified ? verified.authenticationInfo : undefined;
  } catch (e) {
    throw await fail(reasonOf(e));
  }
  if (!result) throw await fail('not_verified');
  if (!(await pk.advanceCounter(deps.db, passkey.id, counter, result.newCounter, now, result.credentialBackedUp))) {
    throw await fail('counter_raced');
  }
  const session = await createSession(deps, audit, user.id, {
    ...client,
    loginKey: key,
    // User verification on the authenticator is the second factor (staff rule satisfied).
    detail: { method: 'passkey', passkeyId: passkey.id, secondFactor: 'passkey_user_verification' },
  });
  return session;
}

export async function renamePasskey(deps: PasskeyDeps, ctx: AuditContext, actor: Actor, id: string, name: string): Promise<PasskeyInfo> {
  if (!can(actor, 'account.passkeys')) throw forbidden();
  const row = await deps.db.transaction().execute(async (trx) => {
    const r = await pk.renameOwn(trx, actor.userId, id, name);
    if (r)
      await appendAudit(trx, ctx, {
        action: 'passkey.renamed',
        outcome: 'success',
        resourceType: 'passkey',
        resourceId: id,
      });
    return r;
  });
  if (!row) throw notFound();
  return passkeyView(row);
}

/**
 * Removes one of the caller's passkeys. A grave change to how the account signs in: a session signed
 * in within the last 10 minutes may do it, an older one must give the password again (throttled).
 * The account's other sessions end (one may be on the lost device) and this one gets a new token.
 */
export async function removePasskey(
  deps: PasskeyDeps,
  ctx: AuditContext,
  actor: Actor,
  id: string,
  sessionToken: string,
  password: string | undefined,
): Promise<RotatedSession> {
  if (!can(actor, 'account.passkeys')) throw forbidden();
  const now = deps.now?.() ?? new Date();
  const signedInAt = await pk.sessionCreatedAt(deps.db, sha256Hex(sessionToken));
  const recent = signedInAt !== undefined && now.getTime() - signedInAt.getTime() < PASSKEY_POLICY.recentSignInMs;
  if (!recent) {
    if (!password) {
      throw new AppError('REAUTHENTICATION_REQUIRED', '请输入登录密码以确认 / Enter your password to confirm', [
        { path: 'password', code: 'required', message: '请输入登录密码 / Password required' },
      ]);
    }
    await confirmPassword(deps, ctx, actor, password);
  }
  const gone = await deps.db.transaction().execute(async (trx) => {
    const r = await pk.deleteOwn(trx, actor.userId, id);
    if (!r) return null;
    const rotated = await rotateAfterCredentialChange(trx, actor.userId, sessionToken);
    await appendAudit(trx, ctx, {
      action: 'passkey.removed',
      outcome: 'success',
      resourceType: 'passkey',
      resourceId: id,
      detail: { confirmedBy: recent ? 'recent_sign_in' : 'password', sessionsEnded: rotated.sessionsEnded },
    });
    return rotated;
  });
  if (!gone) throw notFound();
  return gone.session;
}
