// The one-time code at sign-up. Before an account exists the person asks for a code for the mobile
// number or e-mail address they will sign in with; registration needs that code, so nobody registers a
// number or address they do not control. The request answers the same whether or not the login is taken:
// a taken login is told so by a message to it (never by the API), so the registration form cannot be used
// to find out who has an account.
import type { Db } from '../../infra/db.js';
import type { FieldCipher } from '../../infra/crypto.js';
import type { Messaging } from '../../infra/messaging.js';
import { AppError } from '../../http/errors.js';
import { type AuditContext, appendAudit } from '../audit/service.js';
import * as repo from './repo.js';
import { loginIndexCandidates } from './login-name.js';
import { ONE_TIME_CODE_POLICY, admitCodeRequest, codeInvalid, destinationOf, newCode, sendToLogin } from './one-time-code.js';
import { SignInRefused } from './throttle.js';

export interface SignUpCodeDeps {
  db: Db;
  cipher: FieldCipher;
  messaging: Messaging;
  now?: () => Date;
}

const codeInput = (normalisedLogin: string, code: string) => `one-time-code:sign_up:${normalisedLogin}:${code}`;

const loginInvalid = () =>
  new AppError('VALIDATION_FAILED', '请填写手机号或电子邮箱', [
    { path: 'login', code: 'invalid', message: '请填写正确的手机号或电子邮箱 / Enter a mobile number or e-mail address' },
  ]);

export async function requestSignUpCode(deps: SignUpCodeDeps, ctx: AuditContext, input: { login: string }) {
  const now = deps.now?.() ?? new Date();
  const { login, destination, destinations } = destinationOf(deps.cipher, input.login);
  if (!login.ok) throw loginInvalid();
  const existing = await repo.findUserByLogin(deps.db, loginIndexCandidates(deps.cipher, login.login));
  const code = newCode();
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const admitted = await admitCodeRequest(trx, ctx, {
      destination,
      now,
      action: 'sign_up.code_request',
      ...(existing ? { resourceId: existing.id } : {}),
    });
    if (admitted === 'throttled') return admitted;
    if (!existing) {
      // One live code per destination: a new request replaces the last; expired codes of anyone go.
      await trx
        .deleteFrom('sign_up_codes')
        .where((eb) => eb.or([eb('destination_index', 'in', destinations), eb('expires_at', '<=', now)]))
        .execute();
      await trx
        .insertInto('sign_up_codes')
        .values({
          destination_index: destination,
          code_hash: deps.cipher.index(codeInput(login.login, code)),
          created_at: now,
          expires_at: new Date(now.getTime() + ONE_TIME_CODE_POLICY.ttlMs),
          used_at: null,
        })
        .execute();
    }
    await appendAudit(
      trx,
      { ...ctx, actorId: null },
      {
        action: 'sign_up.code_request',
        outcome: 'success',
        resourceType: 'user',
        ...(existing ? { resourceId: existing.id } : {}),
        detail: { known: Boolean(existing) },
      },
    );
    return admitted;
  });
  if (outcome === 'throttled') throw new SignInRefused('RATE_LIMITED', Math.ceil(ONE_TIME_CODE_POLICY.windowMs / 1000));
  const minutes = ONE_TIME_CODE_POLICY.ttlMs / 60_000;
  const to = { kind: login.kind, login: login.login };
  if (existing)
    sendToLogin(deps.messaging, to, {
      subject: '立案 · 该账号已注册 / Lian: already registered',
      zh: '有人正在用此手机号或邮箱注册立案平台账号，但它已经注册过。如忘记密码，请在登录页选择“忘记密码”；如非本人操作，请忽略本消息。',
      en: 'Someone tried to register a Lian account with this number or address, which already has one. If you forgot your password, use "Forgot password" on the sign-in page; if it was not you, ignore this message.',
    });
  else
    sendToLogin(deps.messaging, to, {
      subject: '立案 · 注册验证码 / Lian sign-up code',
      zh: `您正在注册立案平台账号，验证码 ${code}，${minutes} 分钟内有效。请勿告诉他人；如非本人操作，请忽略本消息。`,
      en: `Your Lian sign-up code is ${code}, valid for ${minutes} minutes. Do not share it; if you did not ask for it, ignore this message.`,
    });
  return { sent: true as const, expiresInSeconds: ONE_TIME_CODE_POLICY.ttlMs / 1000 };
}

/**
 * Checks the sign-up code of a normalised login before the account is written: a wrong code counts as an
 * attempt (kept, the registration fails) and five wrong attempts spend the code. Returns the code's id, to
 * be spent with `spendSignUpCode` in the registration's own transaction.
 */
export async function checkSignUpCode(
  deps: Pick<SignUpCodeDeps, 'db' | 'cipher' | 'now'>,
  ctx: AuditContext,
  normalisedLogin: string,
  code: string,
): Promise<string> {
  const now = deps.now?.() ?? new Date();
  const { destinations } = destinationOf(deps.cipher, normalisedLogin);
  const result = await deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('sign_up_codes')
      .selectAll()
      .where('destination_index', 'in', destinations)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .orderBy('created_at', 'desc')
      .forUpdate()
      .executeTakeFirst();
    if (!row || row.attempts >= ONE_TIME_CODE_POLICY.maxAttempts) return null;
    if (deps.cipher.indexCandidates(codeInput(normalisedLogin, code.trim())).includes(row.code_hash)) return row.id;
    await trx
      .updateTable('sign_up_codes')
      .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
      .where('id', '=', row.id)
      .execute();
    await appendAudit(
      trx,
      { ...ctx, actorId: null },
      { action: 'sign_up.code_check', outcome: 'failure', resourceType: 'user', detail: { attempts: row.attempts + 1 } },
    );
    return null;
  });
  if (!result) throw codeInvalid('code');
  return result;
}

/** Spends a checked code inside the registration's transaction; a code spent meanwhile fails it. */
export async function spendSignUpCode(trx: Db, id: string, now: Date) {
  const spent = await trx
    .updateTable('sign_up_codes')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  if (!spent) throw codeInvalid('code');
}
