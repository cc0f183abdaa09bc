// The unpaid-fee sweep, run by the scheduler next to review/sweep.ts: a registered case whose fee was not
// paid by the last day of the payment period, with no judicial-aid application pending, is treated as
// withdrawn (按撤诉处理: 民诉法解释 Art. 213; 诉讼费用交纳办法 Art. 22). Each filing is its own transaction,
// locked with SKIP LOCKED so that several server processes can sweep at once without doing the work twice.
import { dateInZone, formatYuan, nextFilingState } from '@lian/domain';
import type { Db } from '../../infra/db.js';
import { type AuditContext, appendAudit } from '../audit/service.js';
import { findCourt } from '../catalogue/service.js';
import { type DocumentDeps, issueDocument } from '../documents/service.js';
import { partyNamesOf, recordFilingEvent } from '../filing/service.js';
import { causeOfActionRef } from '../filing/view.js';
import * as repo from './repo.js';

export type SweepDeps = DocumentDeps & { now?: () => Date };

const schedulerCtx: AuditContext = { actorId: null, requestId: 'scheduler', ip: null };

export async function sweepUnpaidFees(deps: SweepDeps): Promise<{ treatedAsWithdrawn: string[] }> {
  const now = deps.now?.() ?? new Date();
  const done: string[] = [];
  for (const { id } of await repo.unpaidPastDue(deps.db, now)) {
    if (await lapse(deps, id, now)) done.push(id);
  }
  return { treatedAsWithdrawn: done };
}

async function lapse(deps: SweepDeps, id: string, now: Date): Promise<boolean> {
  return deps.db.transaction().execute(async (trx) => {
    const f = await trx.selectFrom('filings').selectAll().where('id', '=', id).forUpdate().skipLocked().executeTakeFirst();
    if (!f || !f.fee_due_date) return false;
    const next = nextFilingState(f.state, 'fee_unpaid_deadline_passed');
    if (!next.ok) return false;
    // Re-checked under the row lock: paid, applied for aid or deferred meanwhile → nothing to do.
    const court = await findCourt(trx, f.court_id);
    if (!court || dateInZone(now, court.timezone) <= f.fee_due_date) return false;
    if (await repo.pendingApplicationOf(trx, id)) return false;
    await repo.moveFiling(trx, id, f.state, next.state, now);
    await repo.cancelOpenOrders(trx, id, now);
    const data = { reason: 'fee_unpaid_deadline_passed', feeDueDate: f.fee_due_date, amountDueFen: f.acceptance_fee_fen };
    await issueRuling(trx, deps, f, court, now);
    await recordFilingEvent(trx, { filing_id: id, actor_id: null, type: 'filing.treated_as_withdrawn', data });
    await appendAudit(trx, schedulerCtx, {
      action: 'filing.treat_as_withdrawn',
      outcome: 'success',
      resourceType: 'filing',
      resourceId: id,
      detail: data,
    });
    return true;
  });
}

/** 民事裁定书（按撤诉处理）, issued in the sweep's transaction (render-withdrawal.ts). */
async function issueRuling(
  trx: Db,
  deps: SweepDeps,
  f: {
    id: string;
    case_number: string | null;
    acceptance_fee_fen: number | null;
    fee_due_date: string | null;
    assigned_judge_id: string | null;
    cause_of_action_code: string | null;
    cause_of_action_version: string | null;
  },
  court: { name: string; timezone: string },
  now: Date,
) {
  const names = (await partyNamesOf(trx, [f.id]))(f.id);
  const judge = f.assigned_judge_id
    ? await trx.selectFrom('users').select('real_name').where('id', '=', f.assigned_judge_id).executeTakeFirst()
    : undefined;
  const aidRefused = await trx
    .selectFrom('judicial_aid_applications')
    .select('id')
    .where('filing_id', '=', f.id)
    .where('state', '=', 'refused')
    .executeTakeFirst();
  await issueDocument(trx, deps, {
    filingId: f.id,
    kind: 'ruling_treated_as_withdrawn',
    data: {
      court: { name: court.name, timezone: court.timezone },
      caseNumber: f.case_number ?? '',
      plaintiffs: names.plaintiffs,
      defendants: names.defendants,
      causeOfAction: causeOfActionRef(f.cause_of_action_code, f.cause_of_action_version)?.name ?? '',
      feeYuan: formatYuan(f.acceptance_fee_fen ?? 0),
      feeDueDate: f.fee_due_date ?? '',
      decidedOn: dateInZone(now, court.timezone),
      aidRefused: aidRefused !== undefined,
      judge: judge?.real_name ?? null,
    },
    issuedBy: null,
    ctx: schedulerCtx,
    issuedAt: now,
  });
}
