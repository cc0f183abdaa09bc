// The caller's own sessions: their time-outs, the list shown under "signed-in devices", and signing
// out one of them or all the others. Each session belongs to one account; no one sees another's.
import type { Role, SessionInfo } from '@lian/contract';
import type { Db } from '../../infra/db.js';
import { sha256Hex } from '../../infra/crypto.js';
import { notFound } from '../../http/errors.js';
import { type AuditContext, appendAudit } from '../audit/service.js';
import type { Actor } from '../policy/policy.js';
import * as repo from './repo.js';

// Absolute lifetime, and how long a session may lie unused (idle time-out). Staff sessions are
// shorter on both counts: a clerk's workstation stands in a court office and staff accounts reach
// many people's personal data, while a litigant drafting a complaint on their own phone needs time.
export const SESSION_HOURS = { litigant: 12, staff: 8 } as const;
export const SESSION_IDLE_MINUTES = { litigant: 120, staff: 30 } as const;
const STAFF_ROLES: readonly Role[] = ['filing_clerk', 'court_admin', 'judge'];

export interface SessionDeps {
  db: Db;
  now?: () => Date;
}

export function sessionLimits(roles: ReadonlyArray<{ role: Role }>) {
  const staff = roles.some((r) => STAFF_ROLES.includes(r.role));
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
