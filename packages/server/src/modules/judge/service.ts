// The judge's workspace (承办法官): the registered cases assigned to the signed-in judge in every court
// where they hold the judge role, newest assignment first. Reading one case goes through the filing
// module's `getFiling` (policy: 'filing.read' by the assigned judge of that court), so there is one view.
import type { JudgeCaseItem, JudgeCasesQuery, JudgeCasesResponse } from '@lian/contract';
import { dateInZone, daysBetween } from '@lian/domain';
import type { Db } from '../../infra/db.js';
import { AppError } from '../../http/errors.js';
import { partyNamesOf } from '../filing/service.js';
import { causeOfActionRef } from '../filing/view.js';
import { type Actor, can, courtsFor } from '../policy/policy.js';
import * as repo from './repo.js';

export interface JudgeDeps {
  db: Db;
  now?: () => Date;
}

export async function listAssignedCases(deps: JudgeDeps, actor: Actor, query: JudgeCasesQuery): Promise<JudgeCasesResponse> {
  if (!can(actor, 'case.listAssigned')) throw new AppError('FORBIDDEN', '仅承办法官可以查看分配给自己的案件');
  const courts = courtsFor(actor, 'case.listAssigned');
  const [{ rows, total }, counts] = await Promise.all([
    repo.assignedCases(deps.db, actor.userId, courts, query),
    repo.countsByFeeState(deps.db, actor.userId, courts),
  ]);
  const names = await partyNamesOf(
    deps.db,
    rows.map((r) => r.id),
  );
  const now = deps.now?.() ?? new Date();
  const items = rows.map((r): JudgeCaseItem => {
    const n = names(r.id);
    const open = r.fee_state === 'due' || r.fee_state === 'aid_pending';
    const dueDate = open ? r.fee_due_date : null;
    return {
      id: r.id,
      caseNumber: r.case_number!,
      court: { id: r.court_id, code: r.court_code, name: r.court_name },
      causeOfAction: causeOfActionRef(r.cause_of_action_code, r.cause_of_action_version),
      plaintiffNames: n.plaintiffs,
      defendantNames: n.defendants,
      claimAmountFen: r.claim_amount_fen,
      procedure: r.procedure,
      acceptedAt: r.accepted_at!.toISOString(),
      assignedAt: r.assigned_at!.toISOString(),
      fee: {
        state: r.fee_state,
        amountFen: r.acceptance_fee_fen,
        dueDate,
        daysLeft: dueDate ? daysBetween(dateInZone(now, r.timezone), dueDate) : null,
      },
    };
  });
  return { items, total, counts };
}
