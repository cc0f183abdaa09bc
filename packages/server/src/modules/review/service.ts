// The filing clerk's use cases: the review queue under the 7-day decision period, and acceptance
// (立案) with a case number (案号) allocated in the same transaction as the state change and audit.
import type { ReviewQueueItem } from '@lian/contract';
import {
  caseNumberYear,
  caseTypeDesignation,
  dateInZone,
  daysBetween,
  formatCaseNumber,
  nextFilingState,
  periodStateForDaysLeft,
} from '@lian/domain';
import type { Db } from '../../infra/db.js';
import { AppError, notFound } from '../../http/errors.js';
import { type AuditContext, appendAudit } from '../audit/service.js';
import { findCourt } from '../catalogue/service.js';
import { authorizeFiling, lockFilingInTransaction, partyNamesOf, recordFilingEvent } from '../filing/service.js';
import { causeOfActionRef } from '../filing/view.js';
import { type Actor, can, courtsFor } from '../policy/policy.js';
import * as repo from './repo.js';

export interface ReviewDeps {
  db: Db;
  now?: () => Date;
}

const urgencyRank: Record<ReviewQueueItem['urgency'], number> = { overdue: 0, due_today: 1, warning: 2, normal: 3 };

export async function reviewQueue(deps: ReviewDeps, actor: Actor, courtId?: string): Promise<ReviewQueueItem[]> {
  if (!can(actor, 'review.queue')) throw new AppError('FORBIDDEN', '仅立案庭工作人员可以查看审核队列');
  const mine = courtsFor(actor, 'review.queue');
  const courts = courtId ? mine.filter((c) => c === courtId) : mine;
  const rows = await repo.submittedAtCourts(deps.db, courts);
  const names = await partyNamesOf(
    deps.db,
    rows.map((r) => r.id),
  );
  const now = deps.now?.() ?? new Date();
  return rows
    .map((r) => {
      const daysLeft = daysBetween(dateInZone(now, r.timezone), r.decision_due_date!);
      const n = names(r.id);
      return {
        id: r.id,
        receiptNumber: r.receipt_number!,
        court: { id: r.court_id, code: r.court_code, name: r.court_name },
        plaintiffNames: n.plaintiffs,
        defendantNames: n.defendants,
        causeOfAction: causeOfActionRef(r.cause_of_action_code, r.cause_of_action_version),
        claimAmountFen: r.claim_amount_fen,
        materialCount: Number(r.material_count ?? 0),
        submittedAt: r.submitted_at!.toISOString(),
        decisionDueDate: r.decision_due_date!,
        daysLeft,
        urgency: periodStateForDaysLeft(daysLeft),
      };
    })
    .sort(
      (a, b) => urgencyRank[a.urgency] - urgencyRank[b.urgency] || a.daysLeft - b.daysLeft || a.submittedAt.localeCompare(b.submittedAt),
    );
}

export async function acceptFiling(deps: ReviewDeps, ctx: AuditContext, actor: Actor, id: string): Promise<{ caseNumber: string }> {
  const filing = await authorizeFiling(deps, ctx, actor, 'filing.accept', id);
  const court = await findCourt(deps.db, filing.court_id);
  if (!court) throw new Error(`filing ${id} names a missing court`);
  return deps.db.transaction().execute(async (trx) => {
    // Two clerks acting at once: the row lock makes the second wait, then see the new state.
    const locked = await lockFilingInTransaction(trx, id);
    if (!locked) throw notFound();
    const next = nextFilingState(locked.state, 'accept');
    if (!next.ok)
      throw new AppError(
        'FILING_STATE_CONFLICT',
        locked.state === 'accepted' ? `该案件已立案：${locked.case_number}` : '该立案申请尚未提交',
      );
    const now = deps.now?.() ?? new Date();
    const year = caseNumberYear(dateInZone(now, court.timezone));
    const typeCode = caseTypeDesignation(locked.case_type);
    const serial = await repo.nextCaseSerial(trx, court.id, year, typeCode);
    const caseNumber = formatCaseNumber({ year, courtCode: court.code, typeCode, serial });
    await repo.markAccepted(trx, id, {
      case_number: caseNumber,
      case_year: year,
      case_type_code: typeCode,
      case_serial: serial,
      accepted_at: now,
      accepted_by: actor.userId,
    });
    await recordFilingEvent(trx, { filing_id: id, actor_id: actor.userId, type: 'filing.accepted', data: { caseNumber } });
    await appendAudit(trx, ctx, {
      action: 'filing.accept',
      outcome: 'success',
      resourceType: 'filing',
      resourceId: id,
      detail: { caseNumber },
    });
    return { caseNumber };
  });
}
