// The filing clerk's workbench: the review queue under the decision period (filters, counts per state,
// most urgent first), the judges of the court, and assigning a registered case to one of them.
// The decisions themselves (立案, 补正, 不予受理) are in ./decisions.ts.
import type { ReviewQueueItem, ReviewQueueQuery } from '@lian/contract';
import { dateInZone, daysBetween, periodStateForDaysLeft } from '@lian/domain';
import type { Db } from '../../infra/db.js';
import { AppError, notFound } from '../../http/errors.js';
import { type AuditContext, appendAudit } from '../audit/service.js';
import { authorizeFiling, lockFilingInTransaction, partyNamesOf, recordFilingEvent } from '../filing/service.js';
import { causeOfActionRef } from '../filing/view.js';
import { type Actor, can, courtsFor } from '../policy/policy.js';
import * as repo from './repo.js';

export { acceptFiling, acceptPreview, correctionPreview, rejectFiling, requestCorrection } from './decisions.js';

export interface ReviewDeps {
  db: Db;
  now?: () => Date;
}

const urgencyRank: Record<ReviewQueueItem['urgency'], number> = { overdue: 0, due_today: 1, warning: 2, normal: 3 };

export async function reviewQueue(deps: ReviewDeps, actor: Actor, query: ReviewQueueQuery = {}) {
  if (!can(actor, 'review.queue')) throw new AppError('FORBIDDEN', '仅立案庭工作人员可以查看审核队列');
  const mine = courtsFor(actor, 'review.queue');
  const courts = query.courtId ? mine.filter((c) => c === query.courtId) : mine;
  const now = deps.now?.() ?? new Date();
  const [rows, counts] = await Promise.all([repo.queueAtCourts(deps.db, courts, query, now), repo.queueCounts(deps.db, courts)]);
  const names = await partyNamesOf(
    deps.db,
    rows.map((r) => r.id),
  );
  const items = rows
    .map((r): ReviewQueueItem => {
      const daysLeft = daysBetween(dateInZone(now, r.timezone), r.decision_due_date!);
      const n = names(r.id);
      return {
        id: r.id,
        state: r.state as ReviewQueueItem['state'],
        receiptNumber: r.receipt_number!,
        court: { id: r.court_id, code: r.court_code, name: r.court_name },
        plaintiffNames: n.plaintiffs,
        defendantNames: n.defendants,
        causeOfAction: causeOfActionRef(r.cause_of_action_code, r.cause_of_action_version),
        claimAmountFen: r.claim_amount_fen,
        materialCount: Number(r.material_count ?? 0),
        represented: Boolean(r.represented),
        submittedAt: r.submitted_at!.toISOString(),
        decisionDueDate: r.decision_due_date!,
        daysLeft,
        urgency: periodStateForDaysLeft(daysLeft),
      };
    })
    .sort(
      (a, b) => urgencyRank[a.urgency] - urgencyRank[b.urgency] || a.daysLeft - b.daysLeft || a.submittedAt.localeCompare(b.submittedAt),
    );
  return { items, counts };
}

export async function listJudges(deps: ReviewDeps, actor: Actor, courtId?: string) {
  if (!can(actor, 'review.judges')) throw new AppError('FORBIDDEN', '仅立案庭工作人员可以查看法官名单');
  const mine = courtsFor(actor, 'review.judges');
  const rows = await repo.judgesAt(deps.db, courtId ? mine.filter((c) => c === courtId) : mine);
  return rows.map((r) => ({ id: r.id, name: r.real_name, courtId: r.court_id! }));
}

/** 分案: a registered case goes to a judge of the same court; reassigning is recorded the same way. */
export async function assignJudge(deps: ReviewDeps, ctx: AuditContext, actor: Actor, id: string, judgeId: string) {
  const filing = await authorizeFiling(deps, ctx, actor, 'filing.assign', id);
  if (!(await repo.isJudgeAt(deps.db, judgeId, filing.court_id))) {
    throw new AppError('JUDGE_NOT_AT_COURT', '只能指派本院法官 / Only a judge of this court can be assigned', [
      { path: 'judgeId', code: 'not_a_judge_here', message: judgeId },
    ]);
  }
  await deps.db.transaction().execute(async (trx) => {
    const locked = await lockFilingInTransaction(trx, id);
    if (!locked) throw notFound();
    // A registered case, before or after its fee is settled; not one treated as withdrawn.
    if (locked.state !== 'accepted' && locked.state !== 'fees_settled')
      throw new AppError('FILING_STATE_CONFLICT', '只有已立案的案件可以指派法官 / Only a registered case can be assigned');
    const now = deps.now?.() ?? new Date();
    await trx
      .updateTable('filings')
      .set({ assigned_judge_id: judgeId, assigned_at: now, updated_at: now })
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const judge = await trx.selectFrom('users').select('real_name').where('id', '=', judgeId).executeTakeFirstOrThrow();
    await recordFilingEvent(trx, { filing_id: id, actor_id: actor.userId, type: 'filing.assigned', data: { judge: judge.real_name } });
    await appendAudit(trx, ctx, {
      action: 'filing.assign',
      outcome: 'success',
      resourceType: 'filing',
      resourceId: id,
      detail: { judgeId, previous: locked.assigned_judge_id },
    });
  });
}
