// Retention of filings that never became a case: a filing ruled not to be accepted (rejected), withdrawn
// by its filer, or returned for want of correction keeps its contents for a configured number of days
// after that decision (LIAN_RETENTION_*_DAYS), then a sweep deletes its materials (and the stored files
// no other filing or document uses), its documents, its parties and the personal data and text of the
// complaint. The row stays as a tombstone — id, court, state, receipt number and dates, with its
// timeline — and the audit trail records the deletion. Registered cases (a case number) are court
// records under the archive rules and are never touched here.
import type { BlobStore } from '../../infra/blobs.js';
import type { Db } from '../../infra/db.js';
import { type AuditContext, appendAudit } from '../audit/service.js';
import { removeUnreferencedBlobs } from '../filing/service.js';

export interface RetentionPolicy {
  rejectedDays: number;
  withdrawnDays: number;
  returnedDays: number;
}

export const defaultRetention: RetentionPolicy = { rejectedDays: 1095, withdrawnDays: 1095, returnedDays: 1095 };

export interface RetentionDeps {
  db: Db;
  blobs: BlobStore;
  now?: () => Date;
}

export interface DueFiling {
  id: string;
  courtId: string;
  state: 'rejected' | 'withdrawn' | 'returned';
  decidedAt: string;
}

const DAY = 86_400_000;

/** Filings past their retention period whose contents are still kept. */
export async function filingsDueForRetention(db: Db, policy: RetentionPolicy, now: Date): Promise<DueFiling[]> {
  const before = (days: number) => new Date(now.getTime() - days * DAY);
  const rows = await db
    .selectFrom('filings')
    .select(['id', 'court_id', 'state', 'rejected_at', 'returned_at', 'updated_at'])
    .where('purged_at', 'is', null)
    .where('case_number', 'is', null)
    .where((eb) =>
      eb.or([
        eb.and([eb('state', '=', 'rejected'), eb('rejected_at', '<', before(policy.rejectedDays))]),
        eb.and([eb('state', '=', 'withdrawn'), eb('updated_at', '<', before(policy.withdrawnDays))]),
        eb.and([eb('state', '=', 'returned'), eb('returned_at', '<', before(policy.returnedDays))]),
      ]),
    )
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    courtId: r.court_id,
    state: r.state as DueFiling['state'],
    decidedAt: (r.state === 'rejected' ? r.rejected_at! : r.state === 'returned' ? r.returned_at! : r.updated_at).toISOString(),
  }));
}

/** Deletes the contents of one due filing in one transaction; returns the file hashes it released. */
async function purgeFiling(trx: Db, ctx: AuditContext, f: DueFiling, now: Date): Promise<string[] | null> {
  // Re-checked under the row lock: a filer who insisted meanwhile, or another process, wins.
  const row = await trx.selectFrom('filings').select(['state', 'purged_at']).where('id', '=', f.id).forUpdate().executeTakeFirst();
  if (!row || row.purged_at !== null || row.state !== f.state) return null;
  const materials = await trx.deleteFrom('materials').where('filing_id', '=', f.id).returning(['sha256', 'derivative_sha256']).execute();
  const documents = await trx.deleteFrom('documents').where('filing_id', '=', f.id).returning('sha256').execute();
  const parties = await trx.deleteFrom('filing_parties').where('filing_id', '=', f.id).returning('id').execute();
  await trx
    .updateTable('filings')
    .set({
      plaintiff_phone_enc: null,
      plaintiff_address_enc: null,
      claims: '[]',
      claim_amount_fen: 0,
      facts_and_reasons: '',
      plaintiff_ethnicity: '',
      plaintiff_occupation: '',
      plaintiff_employer: '',
      rejection_reason: null,
      correction_items: null,
      correction_due_date: null,
      purged_at: now,
    })
    .where('id', '=', f.id)
    .execute();
  await appendAudit(trx, ctx, {
    action: 'filing.retention_purge',
    outcome: 'success',
    resourceType: 'filing',
    resourceId: f.id,
    detail: { state: f.state, decidedAt: f.decidedAt, materials: materials.length, documents: documents.length, parties: parties.length },
  });
  return [...materials.flatMap((m) => [m.sha256, m.derivative_sha256]), ...documents.map((d) => d.sha256)].filter(
    (h): h is string => typeof h === 'string',
  );
}

/** The retention sweep (scheduled, and `lian retention`); with `dryRun` it only lists what is due. */
export async function sweepRetention(
  deps: RetentionDeps,
  ctx: AuditContext,
  policy: RetentionPolicy,
  opts: { dryRun?: boolean } = {},
): Promise<{ due: DueFiling[]; purged: string[] }> {
  const now = deps.now?.() ?? new Date();
  const due = await filingsDueForRetention(deps.db, policy, now);
  if (opts.dryRun) return { due, purged: [] };
  const purged: string[] = [];
  for (const f of due) {
    const released = await deps.db.transaction().execute((trx) => purgeFiling(trx, ctx, f, now));
    if (!released) continue;
    purged.push(f.id);
    // After commit: a file goes only when no other filing or document refers to it.
    await removeUnreferencedBlobs(deps, [...new Set(released)]);
  }
  return { due, purged };
}
