// Accounts and sessions: registration with real name and resident ID number, sign-in with an
// Argon2id-hashed password, opaque session tokens stored only as their hash.
import { hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';
import type { Me, RegisterBody, Role } from '@lian/contract';
import { checkPasswordPolicy, dateInZone, maskIdNumber, maskPhone, validateResidentId } from '@lian/domain';
import type { Db } from '../../infra/db.js';
import { type FieldCipher, sha256Hex } from '../../infra/crypto.js';
import { AppError } from '../../http/errors.js';
import { type AuditContext, appendAudit } from '../audit/service.js';
import type { Actor } from '../policy/policy.js';
import * as repo from './repo.js';
import { loginIndexCandidates, normaliseLogin, plainLogin, sealedLogin } from './login-name.js';
import * as secondFactor from './second-factor.js';
import { checkSignUpCode, spendSignUpCode } from './sign-up-code.js';
import { createSession, type SignInClient, sessionEndsAt, sessionLimits } from './sessions.js';
import { type IdentityVerdict, type IdentityVerifier, localVerifier } from './verifier.js';

export type { SignInClient };
import { admitAttempt, recordFailure, signInKey } from './throttle.js';

export interface IdentityDeps {
  db: Db;
  cipher: FieldCipher;
  now?: () => Date;
  /** Real-name verification; the local checksum verifier when unset. */
  verifier?: IdentityVerifier;
}

/** What registers besides a natural person's account: its kind, role, and details written in the same transaction. */
export interface RegistrationKind {
  kind: 'person' | 'organisation' | 'lawyer';
  role: Role;
  phoneEnc?: string | null;
  inTransaction?: (trx: Db, userId: string) => Promise<void>;
}

/** The columns that record a verdict of real-name verification on the account. */
export const identityColumns = (v: IdentityVerdict, at: Date) => ({
  identity_check_method: v.method,
  identity_checked_at: at,
  identity_check_result: v.result,
  identity_check_reason: v.reason,
  ...(v.result === 'verified' ? { identity_verified_at: at } : {}),
});

export const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const; // OWASP minimum for Argon2id
// Compared against when the login does not exist, so that timing does not reveal registered names.
const DUMMY_HASH = argon2Hash('lian-timing-equaliser', ARGON2);

export const idNumberIndexInput = (idNumber: string) => `resident-id:${idNumber}`;
export const idNumberIndexOf = (cipher: FieldCipher, idNumber: string) => cipher.index(idNumberIndexInput(idNumber));

export async function registerPerson(
  deps: IdentityDeps,
  ctx: AuditContext,
  body: RegisterBody,
  as: RegistrationKind = { kind: 'person', role: 'litigant' },
) {
  const now = deps.now?.() ?? new Date();
  const login = normaliseLogin(body.login);
  if (!login.ok) {
    throw new AppError('VALIDATION_FAILED', '请填写手机号或电子邮箱', [
      { path: 'login', code: 'invalid', message: '请填写正确的手机号或电子邮箱 / Enter a mobile number or e-mail address' },
    ]);
  }
  const id = validateResidentId(body.idNumber, dateInZone(now, 'Asia/Shanghai'));
  if (!id.ok) {
    throw new AppError('ID_NUMBER_INVALID', '身份证号码无效', [
      { path: 'idNumber', code: id.reason, message: '身份证号码无效 / Invalid ID number' },
    ]);
  }
  const policy = checkPasswordPolicy(body.password, { login: login.login, realName: body.realName });
  if (!policy.ok) {
    throw new AppError(
      'PASSWORD_TOO_WEAK',
      '密码不符合要求',
      policy.reasons.map((r) => ({ path: 'password', code: r, message: '密码不符合要求 / Password does not meet the policy' })),
    );
  }
  // The code comes before the look-up: only who controls the number or address learns whether it is taken.
  const codeId = await checkSignUpCode(deps, ctx, login.login, body.code);
  const idIndex = idNumberIndexOf(deps.cipher, id.value);
  const taken = await repo.loginOrIdTaken(
    deps.db,
    loginIndexCandidates(deps.cipher, login.login),
    deps.cipher.indexCandidates(idNumberIndexInput(id.value)),
  );
  if (taken.login) throw new AppError('LOGIN_TAKEN', '该手机号或邮箱已注册');
  if (taken.idNumber) throw new AppError('ID_NUMBER_TAKEN', '该身份证号码已注册');
  const passwordHash = await argon2Hash(body.password, ARGON2);
  // Outside the transaction: a remote verifier may take seconds. Its verdict is recorded, not required.
  const verdict = await (deps.verifier ?? localVerifier).verify({ realName: body.realName, idNumber: id.value }, now);
  const userId = await deps.db
    .transaction()
    .execute(async (trx) => {
      await spendSignUpCode(trx, codeId, now);
      const uid = await repo.insertUser(trx, {
        ...sealedLogin(deps.cipher, login.login),
        login_kind: login.kind,
        password_hash: passwordHash,
        real_name: body.realName,
        id_number_enc: deps.cipher.encrypt(id.value),
        id_number_index: idIndex,
        account_kind: as.kind,
        phone_enc: as.phoneEnc ?? null,
        ...identityColumns(verdict, now),
      });
      await repo.insertRole(trx, uid, as.role, null);
      await as.inTransaction?.(trx, uid);
      await appendAudit(
        trx,
        { ...ctx, actorId: uid },
        {
          action: 'account.register',
          outcome: 'success',
          resourceType: 'user',
          resourceId: uid,
          detail: {
            kind: as.kind,
            contactProvenBy: login.kind === 'phone' ? 'sms' : 'email',
            identity: { method: verdict.method, result: verdict.result, reason: verdict.reason },
          },
        },
      );
      return uid;
    })
    .catch((e: unknown) => {
      // Two registrations racing for the same login or ID number: the unique index decides.
      if (isUniqueViolation(e)) throw new AppError('LOGIN_TAKEN', '该手机号或邮箱已注册');
      throw e;
    });
  return userId;
}

export async function signIn(deps: IdentityDeps, ctx: AuditContext, input: { login: string; password: string }, client: SignInClient = {}) {
  const now = deps.now?.() ?? new Date();
  const login = normaliseLogin(input.login);
  const loginKey = signInKey(deps.cipher, login.ok ? login.login : input.login.trim().toLowerCase());
  const found = login.ok ? await repo.findUserByLogin(deps.db, loginIndexCandidates(deps.cipher, login.login)) : undefined;
  // A deactivated account signs in no more: it answers like a wrong password.
  const user = found?.deactivated_at ? undefined : found;
  await admitAttempt(deps.db, ctx, loginKey, now, user?.id ?? null);
  const valid = user
    ? await argon2Verify(user.password_hash, input.password)
    : (await argon2Verify(await DUMMY_HASH, input.password), false);
  if (!user || !valid) throw await recordFailure(deps.db, ctx, loginKey, now, user?.id ?? null);
  // Court staff (and anyone who enrolled an authenticator) get a pending challenge, not a session.
  // The attempt stays recorded as a failure until the second factor is right (see throttle.ts).
  const challenge = await secondFactor.challengeAfterPassword(deps, { ...ctx, actorId: user.id }, user.id, client);
  if (challenge) return challenge;
  return {
    kind: 'session' as const,
    ...(await createSession(deps, { ...ctx, actorId: user.id }, user.id, { ...client, loginKey, detail: { method: 'password' } })),
  };
}

export type SignInResult = Awaited<ReturnType<typeof signIn>>;

export async function registerAndSignIn(
  deps: IdentityDeps,
  ctx: AuditContext,
  body: RegisterBody,
  client: SignInClient = {},
  as?: RegistrationKind,
) {
  const userId = await registerPerson(deps, ctx, body, as);
  return createSession(deps, { ...ctx, actorId: userId }, userId, client);
}

export async function signOut(deps: IdentityDeps, ctx: AuditContext, token: string) {
  await deps.db.transaction().execute(async (trx) => {
    const gone = await repo.deleteSession(trx, sha256Hex(token));
    if (gone)
      await appendAudit(
        trx,
        { ...ctx, actorId: gone.user_id },
        { action: 'session.sign_out', outcome: 'success', resourceType: 'user', resourceId: gone.user_id },
      );
  });
}

/** The actor behind a session token, or null when the token is unknown, expired or idle too long. */
export async function actorForToken(deps: IdentityDeps, token: string): Promise<Actor | null> {
  const now = deps.now?.() ?? new Date();
  const s = await repo.findSession(deps.db, sha256Hex(token));
  if (!s) return null;
  // The idle limit follows the account's roles now, so a litigant made clerk gets the staff limit at once.
  const roles = await repo.rolesOf(deps.db, s.user_id);
  if (sessionEndsAt(s, sessionLimits(roles).idleMs) <= now) return null;
  // Written at most once a minute: the idle time-out does not need finer steps than that.
  if (now.getTime() - s.last_seen_at.getTime() > 60_000) await repo.touchSession(deps.db, s.id, now);
  return { userId: s.user_id, realName: s.real_name, roles: roles.map((r) => ({ role: r.role, courtId: r.court_id })) };
}

export async function describeAccount(deps: IdentityDeps, actor: Actor): Promise<Me> {
  const user = await repo.findUserById(deps.db, actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED', '请先登录');
  const courts = await repo.courtsOfUser(deps.db, actor.userId);
  return {
    id: user.id,
    login: user.login_kind === 'phone' ? maskPhone(plainLogin(deps.cipher, user)) : plainLogin(deps.cipher, user),
    realName: user.real_name,
    idNumberMasked: user.id_number_enc ? maskIdNumber(deps.cipher.decrypt(user.id_number_enc)) : null,
    roles: [...new Set(actor.roles.map((r) => r.role))],
    courts,
  };
}

export function isUniqueViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: string }).code === '23505';
}

/** Creates a staff or demo account directly (seed and admin CLI); the password policy still applies. */
export async function createAccount(
  deps: IdentityDeps,
  input: {
    login: string;
    password: string;
    realName: string;
    idNumber: string | null;
    roles: Array<{ role: Role; courtId: string | null }>;
  },
): Promise<string> {
  const login = normaliseLogin(input.login);
  if (!login.ok) throw new AppError('VALIDATION_FAILED', `bad login: ${input.login}`);
  const policy = checkPasswordPolicy(input.password, { login: login.login, realName: input.realName });
  if (!policy.ok) throw new AppError('PASSWORD_TOO_WEAK', `password refused: ${policy.reasons.join(', ')}`);
  const id = input.idNumber === null ? null : validateResidentId(input.idNumber, dateInZone(new Date(), 'Asia/Shanghai'));
  if (id && !id.ok) throw new AppError('ID_NUMBER_INVALID', `ID number refused: ${id.reason}`);
  const idNumber = id?.value ?? null;
  const passwordHash = await argon2Hash(input.password, ARGON2);
  const now = deps.now?.() ?? new Date();
  // Created by an operator: the ID number gets the local checks; an account without one is court staff.
  const verdict = idNumber ? await localVerifier.verify({ realName: input.realName, idNumber }, now) : null;
  const isPublic = input.roles.every((r) => r.role === 'litigant' || r.role === 'lawyer');
  return deps.db.transaction().execute(async (trx) => {
    const uid = await repo.insertUser(trx, {
      ...sealedLogin(deps.cipher, login.login),
      login_kind: login.kind,
      password_hash: passwordHash,
      real_name: input.realName,
      id_number_enc: idNumber ? deps.cipher.encrypt(idNumber) : null,
      id_number_index: idNumber ? idNumberIndexOf(deps.cipher, idNumber) : null,
      account_kind: !isPublic ? 'staff' : input.roles.some((r) => r.role === 'lawyer') ? 'lawyer' : 'person',
      ...(verdict ? identityColumns(verdict, now) : {}),
    });
    for (const r of input.roles) await repo.insertRole(trx, uid, r.role, r.courtId);
    await appendAudit(
      trx,
      { actorId: null, requestId: null, ip: null },
      {
        action: 'account.create',
        outcome: 'success',
        resourceType: 'user',
        resourceId: uid,
        detail: { roles: input.roles.map((r) => r.role) },
      },
    );
    return uid;
  });
}

/** The verified name and encrypted ID number a filing copies for its plaintiff. */
export async function accountForFiling(db: Db, userId: string) {
  const user = await repo.findUserById(db, userId);
  if (!user) throw new AppError('UNAUTHENTICATED', '请先登录');
  return { real_name: user.real_name, id_number_enc: user.id_number_enc };
}

/**
 * Re-authentication before a grave act on one's own account (deleting it): the password, throttled and
 * audited exactly like a sign-in attempt, so a stolen session cannot be used to guess it.
 */
export async function confirmPassword(deps: IdentityDeps, ctx: AuditContext, actor: Actor, password: string): Promise<void> {
  const now = deps.now?.() ?? new Date();
  const user = await repo.findUserById(deps.db, actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED', '请先登录');
  const key = signInKey(deps.cipher, plainLogin(deps.cipher, user));
  await admitAttempt(deps.db, ctx, key, now, user.id);
  if (!(await argon2Verify(user.password_hash, password))) throw await recordFailure(deps.db, ctx, key, now, user.id);
  // Right: the attempt admitted above is not a failure (else five confirmations would lock the account).
  await repo.clearLoginFailures(deps.db, key);
}

/** The account's own data in full, for its holder's copy (PIPL Art. 45). */
export async function accountExport(deps: IdentityDeps, actor: Actor) {
  const user = await repo.findUserById(deps.db, actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED', '请先登录');
  return {
    id: user.id,
    login: plainLogin(deps.cipher, user),
    loginKind: user.login_kind,
    realName: user.real_name,
    idNumber: user.id_number_enc ? deps.cipher.decrypt(user.id_number_enc) : null,
    roles: actor.roles.map((r) => ({ role: r.role, courtId: r.courtId })),
    createdAt: user.created_at.toISOString(),
  };
}

/** Removes the account with its roles and sessions, inside the caller's transaction. */
export async function deleteAccountInTransaction(trx: Db, userId: string): Promise<void> {
  await repo.deleteUser(trx, userId);
}
