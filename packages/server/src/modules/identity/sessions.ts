// The caller's own sessions: their time-outs, the list shown under "signed-in devices", and signing
// out one of them or all the others. Each session belongs to one account; no one sees another's.
import type { Role, SessionInfo } from '@lian/contract';
import type { Db } from '../../infra/db.js';
import { newToken, sha256Hex } from '../../infra/crypto.js';
import { notFound } from '../../http/errors.js';
import { type AuditContext, appendAudit } from '../audit/service.js';
import type { Actor } from '../policy/policy.js';
import * as repo from './repo.js';

// Absolute lifetime, and how long a session may lie unused (idle time-out). Staff sessions are
// shorter on both counts: a clerk's workstation stands in a court office and staff accounts reach
// many people's personal data, while a litigant drafting a complaint on their own phone needs time.
export const SESSION_HOURS = { litigant: 12, staff: 8 } as const;
export const SESSION_IDLE_MINUTES = { litigant: 120, staff: 30 } as const;
// Every role that is not a member of the public is court staff (clerks, judges, administrators…):
// staff get the shorter sessions and must use a second factor. New staff roles are covered at once.
const PUBLIC_ROLES: readonly Role[] = ['litigant', 'lawyer'];
export const isStaffRole = (role: Role) => !PUBLIC_ROLES.includes(role);
export const isStaff = (roles: ReadonlyArray<{ role: Role }>) => roles.some((r) => isStaffRole(r.role));

export interface SessionDeps {
  db: Db;
  now?: () => Date;
}

export function sessionLimits(roles: ReadonlyArray<{ role: Role }>) {
  const staff = isStaff(roles);
  return {
    absoluteMs: (staff ? SESSION_HOURS.staff : SESSION_HOURS.litigant) * 3600_000,
    idleMs: (staff ? SESSION_IDLE_MINUTES.staff : SESSION_IDLE_MINUTES.litigant) * 60_000,
  };
}

/** When a session ends if it stays unused from now on. */
export const sessionEndsAt = (s: { expires_at: Date; last_seen_at: Date }, idleMs: number) =>
  new Date(Math.min(s.expires_at.getTime(), s.last_seen_at.getTime() + idleMs));

/** The User-Agent header as stored with a session: trimmed, at most 200 characters, or null. */
export function userAgentOf(header: string | string[] | undefined): string | null {
  const v = (Array.isArray(header) ? header[0] : header)?.trim();
  return v ? v.slice(0, 200) : null;
}

export async function listSessions(deps: SessionDeps, actor: Actor, currentToken: string): Promise<SessionInfo[]> {
  const now = deps.now?.() ?? new Date();
  const { idleMs } = sessionLimits(actor.roles);
  const current = sha256Hex(currentToken);
  const rows = await repo.sessionsOfUser(deps.db, actor.userId);
  return rows
    .map((s) => ({ s, endsAt: sessionEndsAt(s, idleMs) }))
    .filter(({ endsAt }) => endsAt > now)
    .map(({ s, endsAt }) => ({
      id: s.id,
      createdAt: s.created_at.toISOString(),
      lastSeenAt: s.last_seen_at.toISOString(),
      expiresAt: endsAt.toISOString(),
      userAgent: s.user_agent,
      current: s.token_hash === current,
    }));
}

/** "Sign out everywhere else": ends every session of the caller but the one making the request. */
export async function revokeOtherSessions(deps: SessionDeps, ctx: AuditContext, actor: Actor, currentToken: string): Promise<number> {
  return deps.db.transaction().execute(async (trx) => {
    const ids = await repo.deleteOtherSessions(trx, actor.userId, sha256Hex(currentToken));
    await appendAudit(trx, ctx, {
      action: 'session.revoke_others',
      outcome: 'success',
      resourceType: 'user',
      resourceId: actor.userId,
      detail: { sessions: ids },
    });
    return ids.length;
  });
}

/** A session going on under a new token after a credential change; null if it had ended meanwhile. */
export type RotatedSession = { token: string; expiresAt: Date } | null;

/**
 * After a change to how the account signs in (authenticator app on or off, a passkey removed), inside
 * that change's transaction: every other session of the account ends, and this one goes on under a new
 * token (the old one stops working at once). The caller sets the new token's cookie.
 */
export async function rotateAfterCredentialChange(
  trx: Db,
  userId: string,
  currentToken: string,
): Promise<{ sessionsEnded: number; session: RotatedSession }> {
  const ended = await repo.deleteOtherSessions(trx, userId, sha256Hex(currentToken));
  const { token, hash } = newToken();
  const expiresAt = await repo.replaceSessionToken(trx, userId, sha256Hex(currentToken), hash);
  return { sessionsEnded: ended.length, session: expiresAt ? { token, expiresAt } : null };
}

/** Ends one of the caller's own sessions; another account's session id answers like an unknown one. */
export async function revokeSession(
  deps: SessionDeps,
  ctx: AuditContext,
  actor: Actor,
  sessionId: string,
  currentToken: string,
): Promise<{ wasCurrent: boolean }> {
  const result = await deps.db.transaction().execute(async (trx) => {
    const gone = await repo.deleteOwnSession(trx, actor.userId, sessionId);
    await appendAudit(trx, ctx, {
      action: 'session.revoke',
      outcome: gone ? 'success' : 'denied',
      resourceType: 'session',
      resourceId: sessionId,
    });
    return gone ? { wasCurrent: gone.token_hash === sha256Hex(currentToken) } : null;
  });
  if (!result) throw notFound();
  return result;
}

/** Who signs in and from where, beyond the audit context: stored with the session for its list. */
export interface SignInClient {
  userAgent?: string | null;
}

export async function createSession(
  deps: SessionDeps,
  ctx: AuditContext,
  userId: string,
  opts: SignInClient & { loginKey?: string; detail?: Record<string, unknown> } = {},
) {
  const now = deps.now?.() ?? new Date();
  const limits = sessionLimits(await repo.rolesOf(deps.db, userId));
  const expiresAt = new Date(now.getTime() + limits.absoluteMs);
  const { token, hash } = newToken();
  await deps.db.transaction().execute(async (trx) => {
    // A successful sign-in clears the login's failed attempts (see throttle.ts).
    if (opts.loginKey) await repo.clearLoginFailures(trx, opts.loginKey);
    // Signing in tidies the account's own expired sessions; they were already refused on use.
    await repo.deleteExpiredSessions(trx, userId, now, new Date(now.getTime() - limits.idleMs));
    await repo.insertSession(trx, {
      token_hash: hash,
      user_id: userId,
      created_at: now,
      last_seen_at: now,
      expires_at: expiresAt,
      user_agent: opts.userAgent ?? null,
    });
    await appendAudit(trx, ctx, {
      action: 'session.sign_in',
      outcome: 'success',
      resourceType: 'user',
      resourceId: userId,
      ...(opts.detail ? { detail: opts.detail } : {}),
    });
  });
  return { token, expiresAt, userId };
}
