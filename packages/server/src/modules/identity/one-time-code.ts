// What every one-time code sent by SMS or e-mail shares (sign-up, password reset, staff set-up): 6 random
// digits, kept only as a keyed hash, valid 10 minutes, at most 5 tries, single use; requests throttled per
// destination and per IP (for known and unknown destinations alike), and the message sent in the
// background so that timing tells nothing.
import { randomInt } from 'node:crypto';
import type { Db } from '../../infra/db.js';
import type { FieldCipher } from '../../infra/crypto.js';
import type { Messaging } from '../../infra/messaging.js';
import { AppError } from '../../http/errors.js';
import { type AuditContext, appendAudit } from '../audit/service.js';
import * as factors from './factor-repo.js';
import * as repo from './repo.js';
import { normaliseLogin } from './login-name.js';

export const ONE_TIME_CODE_POLICY = {
  ttlMs: 10 * 60_000,
  maxAttempts: 5,
  /** Codes requested for one destination within the window (sign-up and reset together). */
  perDestination: 3,
  /** Codes requested from one IP within the window. */
  perIp: 10,
  windowMs: 15 * 60_000,
} as const;

export const newCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

export const codeInvalid = (path?: string) =>
  new AppError(
    'CODE_INVALID',
    '验证码不正确或已失效 / The code is wrong or no longer valid',
    path ? [{ path, code: 'invalid', message: '验证码不正确或已失效 / The code is wrong or no longer valid' }] : undefined,
  );

/** The normalised login and the keyed hash that names its destination (throttling, sign-up codes). */
export function destinationOf(cipher: FieldCipher, input: string) {
  const login = normaliseLogin(input);
  const normalised = login.ok ? login.login : input.trim().toLowerCase();
  const input_ = `one-time-code:${normalised}`;
  return { login, destination: cipher.index(input_), destinations: cipher.indexCandidates(input_) };
}

/**
 * Admits one code request inside `trx` (which it serialises per destination): records it, or, over the
 * limits, writes the denial to the audit trail and answers 'throttled'.
 */
export async function admitCodeRequest(
  trx: Db,
  ctx: AuditContext,
  r: { destination: string; now: Date; action: string; resourceId?: string },
): Promise<'ok' | 'throttled'> {
  const since = new Date(r.now.getTime() - ONE_TIME_CODE_POLICY.windowMs);
  await repo.lockSignInKey(trx, r.destination);
  const forDestination = await factors.countCodeRequests(trx, { destination: r.destination }, since);
  const fromIp = ctx.ip ? await factors.countCodeRequests(trx, { ip: ctx.ip }, since) : 0;
  if (forDestination >= ONE_TIME_CODE_POLICY.perDestination || fromIp >= ONE_TIME_CODE_POLICY.perIp) {
    await appendAudit(
      trx,
      { ...ctx, actorId: null },
      {
        action: r.action,
        outcome: 'denied',
        resourceType: 'user',
        ...(r.resourceId ? { resourceId: r.resourceId } : {}),
        detail: { reason: forDestination >= ONE_TIME_CODE_POLICY.perDestination ? 'destination_throttled' : 'ip_throttled' },
      },
    );
    return 'throttled';
  }
  await factors.insertCodeRequest(
    trx,
    { destination_index: r.destination, ip: ctx.ip, at: r.now },
    new Date(r.now.getTime() - 24 * 3600_000),
  );
  return 'ok';
}

/** Sends a message to a login: by SMS to a mobile number (with the 【立案】 signature), else by e-mail. */
export function sendToLogin(
  messaging: Messaging,
  to: { kind: 'phone' | 'email'; login: string },
  m: { subject: string; zh: string; en: string },
) {
  if (to.kind === 'phone') messaging.dispatch('sms', { to: to.login, text: `【立案】${m.zh}` });
  else messaging.dispatch('email', { to: to.login, subject: m.subject, text: `${m.zh}\n\n${m.en}\n` });
}
