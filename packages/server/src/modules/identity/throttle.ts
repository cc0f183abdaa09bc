// Throttling of password guessing, kept in PostgreSQL so that every server process sees the same
// counts. Policy:
//   - per login: 5 failed sign-ins within 15 minutes lock that login for 15 minutes (429
//     ACCOUNT_LOCKED with Retry-After). While locked even the right password is refused, without
//     being checked. A successful sign-in clears the login's failures.
//   - per client IP: 20 failed sign-ins within 1 minute throttle that IP until the oldest of them
//     is a minute old (429 RATE_LIMITED with Retry-After).
// Logins are counted by a keyed hash whether or not an account exists, so an unknown login being
// guessed gets exactly the answers a real one would. Each attempt is recorded as a failure *before*
// the password is checked (and the record removed when it was right): parallel guesses against
// one login, from any process, cannot get past the limit while their checks are still running.
// With a second factor (second-factor.ts) a right password is not yet "right": its record stays
// until the code is right too, and each code tried is recorded the same way, so password and code
// guesses share one budget of 5 per 15 minutes.
import type { FieldCipher } from '../../infra/crypto.js';
import type { Db } from '../../infra/db.js';
import { AppError } from '../../http/errors.js';
import { type AuditContext, appendAudit } from '../audit/service.js';
import * as repo from './repo.js';

export const SIGN_IN_POLICY = {
  loginMaxFailures: 5,
  loginWindowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  ipMaxFailures: 20,
  ipWindowMs: 60_000,
} as const;

/** Failures and locks older than every window no longer count and are deleted. */
const RETAIN_MS = Math.max(SIGN_IN_POLICY.loginWindowMs, SIGN_IN_POLICY.ipWindowMs, SIGN_IN_POLICY.lockMs);

/** A refusal that tells the client when to try again (the route sets Retry-After from it). */
export class SignInRefused extends AppError {
  constructor(
    code: 'ACCOUNT_LOCKED' | 'RATE_LIMITED',
    readonly retryAfterSeconds: number,
  ) {
    super(
      code,
      code === 'ACCOUNT_LOCKED'
        ? '登录失败次数过多，账号已临时锁定，请稍后再试 / Too many failed sign-ins; try again later'
        : '尝试次数过多，请稍后再试 / Too many attempts; try again later',
      [{ path: 'retryAfterSeconds', code: String(retryAfterSeconds), message: `${retryAfterSeconds}` }],
    );
  }
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export const signInKey = (cipher: FieldCipher, login: string) => cipher.index(`sign-in:${login}`);

/**
 * Lets one attempt through, recording it as a failure until it succeeds, or refuses it (audited)
 * when the IP is throttled or the login locked.
 */
export async function admitAttempt(db: Db, ctx: AuditContext, key: string, now: Date, userId: string | null): Promise<void> {
  const refusal = await db.transaction().execute(async (trx) => {
    await repo.lockSignInKey(trx, key);
    let refused: SignInRefused | null = null;
    if (ctx.ip) {
      const ip = await repo.ipFailures(trx, ctx.ip, new Date(now.getTime() - SIGN_IN_POLICY.ipWindowMs));
      if (ip.count >= SIGN_IN_POLICY.ipMaxFailures) {
        const endsAt = (ip.oldest?.getTime() ?? now.getTime()) + SIGN_IN_POLICY.ipWindowMs;
        refused = new SignInRefused('RATE_LIMITED', seconds(endsAt - now.getTime()));
      }
    }
    if (!refused) {
      const lock = await repo.findSignInLock(trx, key);
      if (lock && lock.locked_until > now)
        refused = new SignInRefused('ACCOUNT_LOCKED', seconds(lock.locked_until.getTime() - now.getTime()));
    }
    if (!refused) {
      // Failures still in flight from parallel attempts count as well; their lock is on its way.
      const recent = await repo.countLoginFailures(trx, key, new Date(now.getTime() - SIGN_IN_POLICY.loginWindowMs));
      if (recent >= SIGN_IN_POLICY.loginMaxFailures) refused = new SignInRefused('ACCOUNT_LOCKED', seconds(SIGN_IN_POLICY.lockMs));
    }
    if (refused) {
      await appendAudit(
        trx,
        { ...ctx, actorId: userId },
        {
          action: 'session.sign_in',
          outcome: 'denied',
          resourceType: 'user',
          ...(userId ? { resourceId: userId } : {}),
          detail: { reason: refused.code === 'RATE_LIMITED' ? 'ip_throttled' : 'account_locked' },
        },
      );
      return refused;
    }
    await repo.insertSignInFailure(trx, { login_index: key, ip: ctx.ip, at: now });
    await repo.pruneSignInRecords(trx, new Date(now.getTime() - RETAIN_MS));
    return null;
  });
  if (refusal) throw refusal;
}

/**
 * After a wrong password: audits the failure and, when it is the login's 5th within the window,
 * locks the login (audited too). Returns the error to answer with.
 */
export async function recordFailure(
  db: Db,
  ctx: AuditContext,
  key: string,
  now: Date,
  userId: string | null,
  // A wrong second-factor code counts toward the same lockout, audited under its own action.
  what: { action: string; error: () => AppError; detail?: Record<string, unknown> } = {
    action: 'session.sign_in',
    error: () => new AppError('BAD_CREDENTIALS', '账号或密码不正确'),
  },
): Promise<AppError> {
  const audit = { ...ctx, actorId: userId };
  const about = { resourceType: 'user', ...(userId ? { resourceId: userId } : {}) };
  return db.transaction().execute(async (trx) => {
    await repo.lockSignInKey(trx, key);
    await appendAudit(trx, audit, { action: what.action, outcome: 'failure', ...about, ...(what.detail ? { detail: what.detail } : {}) });
    const failures = await repo.countLoginFailures(trx, key, new Date(now.getTime() - SIGN_IN_POLICY.loginWindowMs));
    const lock = await repo.findSignInLock(trx, key);
    if (failures < SIGN_IN_POLICY.loginMaxFailures || (lock && lock.locked_until > now)) {
      return what.error();
    }
    const until = new Date(now.getTime() + SIGN_IN_POLICY.lockMs);
    await repo.putSignInLock(trx, key, now, until);
    await appendAudit(trx, audit, {
      action: 'session.lockout',
      outcome: 'success',
      ...about,
      detail: { failures, until: until.toISOString() },
    });
    return new SignInRefused('ACCOUNT_LOCKED', seconds(SIGN_IN_POLICY.lockMs));
  });
}
