// The audit trail: append-only, each record hash-chained to the one before, written in the same
// transaction as the action it records. `verifyAuditChain` finds the first broken link. A record's
// `detail` keeps what an auditor needs and nothing personal: codes, counts, ids, states — never free text
// (a ruling's reasoning, correction items, refusal reasons, names), which would outlive the retention of
// the filing or account it belongs to in this table that nothing may delete from. Free text is recorded
// as its `textDigest`, which proves the text kept elsewhere unchanged for as long as it is kept.
import { createHash } from 'node:crypto';
import type { Db } from '../../infra/db.js';
import * as repo from './repo.js';

export interface AuditContext {
  actorId: string | null;
  requestId: string | null;
  ip: string | null;
}

export interface AuditEntry {
  action: string;
  outcome: 'success' | 'denied' | 'failure';
  resourceType?: string;
  resourceId?: string;
  detail?: Record<string, unknown>;
}

const GENESIS = '0'.repeat(64);

function recordHash(prevHash: string, r: Omit<Parameters<typeof repo.insertRecord>[1], 'hash' | 'prev_hash'>): string {
  const canonical = JSON.stringify([
    prevHash,
    r.at.toISOString(),
    r.actor_id,
    r.action,
    r.outcome,
    r.resource_type,
    r.resource_id,
    r.request_id,
    r.ip,
    canonicalJson(r.detail),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** JSON with object keys sorted, so the hash does not depend on key order after a jsonb round trip. */
function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/**
 * The SHA-256 (hex) of free text for an audit detail: a string as its UTF-8 bytes, anything else (a list
 * of correction items) as JSON with sorted keys, so the digest can be recomputed from the stored value.
 */
export const textDigest = (v: unknown): string =>
  createHash('sha256')
    .update(typeof v === 'string' ? v : canonicalJson(v))
    .digest('hex');

/** Appends one record. Call inside the transaction of the action it records. */
export async function appendAudit(trx: Db, ctx: AuditContext, e: AuditEntry): Promise<void> {
  const prev = (await repo.lockChainAndReadHead(trx)) ?? GENESIS;
  const row = {
    // A JS Date has millisecond precision, which timestamptz stores exactly: the hash can be recomputed.
    at: new Date(),
    actor_id: ctx.actorId,
    action: e.action,
    outcome: e.outcome,
    resource_type: e.resourceType ?? null,
    resource_id: e.resourceId ?? null,
    request_id: ctx.requestId,
    ip: ctx.ip,
    detail: e.detail ?? {},
  };
  await repo.insertRecord(trx, { ...row, prev_hash: prev, hash: recordHash(prev, row) });
}

export type ChainCheck = { ok: true; records: number } | { ok: false; records: number; brokenAtId: number; reason: string };

export async function verifyAuditChain(db: Db): Promise<ChainCheck> {
  let prev = GENESIS;
  let afterId = 0;
  let count = 0;
  for (;;) {
    const rows = await repo.readChain(db, afterId, 1000);
    if (rows.length === 0) return { ok: true, records: count };
    for (const r of rows) {
      if (r.prev_hash !== prev) return { ok: false, records: count, brokenAtId: r.id, reason: 'prev_hash does not match' };
      const expected = recordHash(prev, { ...r, detail: r.detail });
      if (expected !== r.hash) return { ok: false, records: count, brokenAtId: r.id, reason: 'hash does not match content' };
      prev = r.hash;
      afterId = r.id;
      count++;
    }
  }
}

/** The most recent records of one account's own actions (its holder's data copy). */
export async function activityOf(db: Db, actorId: string, limit = 1000) {
  const rows = await repo.recordsByActor(db, actorId, limit);
  return rows.map((r) => ({ at: r.at.toISOString(), action: r.action, outcome: r.outcome, ip: r.ip, resourceType: r.resource_type }));
}

/** What others did to an account, for its holder's copy: action, time and outcome, not who. */
export async function actionsOnAccountOf(db: Db, userId: string, limit = 10_000) {
  const rows = await repo.recordsAboutUser(db, userId, limit);
  return rows.map((r) => ({ at: r.at.toISOString(), action: r.action, outcome: r.outcome }));
}

/** A record of its own, for events that change nothing else (refusals, alarms, sensitive reads). */
export async function recordAudit(db: Db, ctx: AuditContext, e: AuditEntry): Promise<void> {
  await db.transaction().execute((trx) => appendAudit(trx, ctx, e));
}
