// The auditor's view of the audit trail: a paged search (time range, actor, action, filing or case
// number, outcome) and the verification of the hash chain. Auditors bound to a court see the records
// about that court's filings and staff, and the account records (sign-ins …) of everyone with a filing
// there (see inCourts); an auditor without a court sees all. The acting account is shown
// by name and masked sign-in name only. Every search and verification is itself audited, with the
// filters used (a sign-in name given as the actor is recorded as the account id it found, never as text).
import type { AuditRecord, AuditSearchQuery, AuditSearchResponse, AuditVerifyResponse } from '@lian/contract';
import { type Expression, type SqlBool, sql } from 'kysely';
import type { FieldCipher } from '../../infra/crypto.js';
import type { Db } from '../../infra/db.js';
import { AppError } from '../../http/errors.js';
import { loginIndexCandidates, maskLogin, plainLogin } from '../identity/login-name.js';
import { findUserByLogin } from '../identity/repo.js';
import { normaliseLogin } from '../identity/login-name.js';
import { type Actor, can, courtsFor } from '../policy/policy.js';
import { type AuditContext, recordAudit, verifyAuditChain } from './service.js';

export interface AuditSearchDeps {
  db: Db;
  cipher: FieldCipher;
  now?: () => Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** null: every court; otherwise the courts whose records the auditor may see. */
function auditorScope(actor: Actor): string[] | null {
  if (actor.roles.some((r) => r.role === 'auditor' && r.courtId === null)) return null;
  return courtsFor(actor, 'audit.search');
}

/** The account id an `actor` filter names, or null when it names no account. */
async function resolveActor(deps: AuditSearchDeps, actor: string): Promise<string | null> {
  if (UUID.test(actor)) return actor.toLowerCase();
  const login = normaliseLogin(actor);
  if (!login.ok) return null;
  return (await findUserByLogin(deps.db, loginIndexCandidates(deps.cipher, login.login)))?.id ?? null;
}

/** The filing id a `filing` filter names (its id or its case number), or null when none matches. */
async function resolveFiling(db: Db, filing: string): Promise<string | null> {
  if (UUID.test(filing)) return filing.toLowerCase();
  const row = await db.selectFrom('filings').select('id').where('case_number', '=', filing).executeTakeFirst();
  return row?.id ?? null;
}

export async function searchAudit(
  deps: AuditSearchDeps,
  ctx: AuditContext,
  actor: Actor,
  q: AuditSearchQuery,
): Promise<AuditSearchResponse> {
  if (!can(actor, 'audit.search')) throw new AppError('FORBIDDEN', '仅审计人员可以查阅审计日志 / Only auditors may search the audit trail');
  if (q.from && q.to && new Date(q.from) >= new Date(q.to)) {
    throw new AppError('VALIDATION_FAILED', '开始时间须早于结束时间', [
      { path: 'from', code: 'after_to', message: '开始时间须早于结束时间 / The start must be before the end' },
    ]);
  }
  const scope = auditorScope(actor);
  const actorId = q.actor ? await resolveActor(deps, q.actor) : undefined;
  const filingId = q.filing ? await resolveFiling(deps.db, q.filing) : undefined;
  const filters = {
    from: q.from ?? null,
    to: q.to ?? null,
    actorId: actorId ?? null,
    action: q.action ?? null,
    filingId: filingId ?? null,
    caseNumber: q.filing && !UUID.test(q.filing) ? q.filing : null,
    outcome: q.outcome ?? null,
    before: q.before ?? null,
  };
  const nothing = actorId === null || filingId === null || (scope !== null && scope.length === 0);
  const rows = nothing ? [] : await queryRecords(deps.db, scope, { ...q, actorId, filingId });
  const page = rows.slice(0, q.limit);
  await recordAudit(deps.db, ctx, {
    action: 'audit.search',
    outcome: 'success',
    resourceType: 'audit_log',
    detail: { filters, results: page.length, scope: scope ?? 'all' },
  });
  return {
    records: page.map((r) => toRecord(deps.cipher, r)),
    nextBefore: rows.length > q.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

type Row = Awaited<ReturnType<typeof queryRecords>>[number];

function queryRecords(db: Db, scope: string[] | null, q: AuditSearchQuery & { actorId: string | undefined; filingId: string | undefined }) {
  return db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', (j) => j.on(sql<SqlBool>`u.id = a.actor_id`))
    .leftJoin('filings as f', (j) => j.on(sql<SqlBool>`a.resource_type = 'filing' AND f.id::text = a.resource_id`))
    .select([
      'a.id',
      'a.at',
      'a.actor_id',
      'a.action',
      'a.outcome',
      'a.resource_type',
      'a.resource_id',
      'a.request_id',
      'a.ip',
      'a.detail',
      'a.hash',
      'u.real_name',
      'u.login',
      'u.login_enc',
      'u.login_kind',
      'f.case_number',
    ])
    .$if(q.from !== undefined, (b) => b.where('a.at', '>=', new Date(q.from!)))
    .$if(q.to !== undefined, (b) => b.where('a.at', '<', new Date(q.to!)))
    .$if(q.actorId !== undefined, (b) => b.where('a.actor_id', '=', q.actorId!))
    .$if(q.action !== undefined, (b) =>
      q.action!.endsWith('.') ? b.where(sql<SqlBool>`starts_with(a.action, ${q.action})`) : b.where('a.action', '=', q.action!),
    )
    .$if(q.filingId !== undefined, (b) => b.where('a.resource_type', '=', 'filing').where('a.resource_id', '=', q.filingId!))
    .$if(q.outcome !== undefined, (b) => b.where('a.outcome', '=', q.outcome!))
    .$if(q.before !== undefined, (b) => b.where('a.id', '<', q.before!))
    .$if(scope !== null, (b) => b.where(inCourts(scope!)))
    .orderBy('a.id', 'desc')
    .limit(q.limit + 1)
    .execute();
}

/**
 * What a court-bound auditor sees: records about the courts' filings (whoever acted), everything their
 * staff did, records about their staff's accounts, and the account records (sign-ins, sign-outs,
 * lockouts, sessions, passkeys) of everyone with a filing at one of the courts, as its filer or as a
 * party — whether or not they have acted on it since. Their records about other courts' filings stay out.
 */
function inCourts(courts: string[]): Expression<SqlBool> {
  const ids = sql.join(courts.map((c) => sql`${c}::uuid`));
  const staff = sql`SELECT r.user_id FROM user_roles r WHERE r.court_id IN (${ids})`;
  const filers = sql`SELECT fc.created_by AS user_id FROM filings fc WHERE fc.court_id IN (${ids})
    UNION SELECT fp.user_id FROM filing_parties fp JOIN filings fq ON fq.id = fp.filing_id
    WHERE fq.court_id IN (${ids}) AND fp.user_id IS NOT NULL`;
  return sql<SqlBool>`(f.court_id IN (${ids}) OR a.actor_id IN (${staff})
    OR (a.resource_type = 'user' AND a.resource_id IN (SELECT user_id::text FROM (${staff}) s))
    OR (a.resource_type IN ('user', 'session', 'passkey')
      AND (a.actor_id IN (${filers}) OR a.resource_id IN (SELECT user_id::text FROM (${filers}) p))))`;
}

function toRecord(cipher: FieldCipher, r: Row): AuditRecord {
  const hasAccount = r.login_kind !== null && (r.login !== null || r.login_enc !== null);
  return {
    id: Number(r.id),
    at: r.at.toISOString(),
    actor: r.actor_id
      ? {
          id: r.actor_id,
          realName: r.real_name,
          loginMasked: hasAccount ? maskLogin(r.login_kind!, plainLogin(cipher, { login: r.login, login_enc: r.login_enc })) : null,
        }
      : null,
    action: r.action,
    outcome: r.outcome,
    resourceType: r.resource_type,
    resourceId: r.resource_id,
    caseNumber: r.case_number,
    requestId: r.request_id,
    ip: r.ip,
    detail: r.detail,
    hash: r.hash,
  };
}

/** Verifies the whole hash chain (as `lian verify-audit`), audited. */
export async function verifyChainForAuditor(deps: AuditSearchDeps, ctx: AuditContext, actor: Actor): Promise<AuditVerifyResponse> {
  if (!can(actor, 'audit.verify')) throw new AppError('FORBIDDEN', '仅审计人员可以校验审计日志 / Only auditors may verify the audit trail');
  const r = await verifyAuditChain(deps.db);
  const result: AuditVerifyResponse = {
    ok: r.ok,
    records: r.records,
    brokenAtId: r.ok ? null : r.brokenAtId,
    reason: r.ok ? null : r.reason,
    checkedAt: (deps.now?.() ?? new Date()).toISOString(),
  };
  await recordAudit(deps.db, ctx, {
    action: 'audit.verify',
    outcome: r.ok ? 'success' : 'failure',
    resourceType: 'audit_log',
    detail: { records: r.records, ...(r.ok ? {} : { brokenAtId: r.brokenAtId, reason: r.reason }) },
  });
  return result;
}
