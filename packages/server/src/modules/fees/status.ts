// The fee card of a case as its filer and the court see it: the fee with its explanation, what is due by
// when (days left in the court's zone), what was paid, judicial-aid applications and refunds.
import type { FeeStatus, JudicialAidApplicationView } from '@lian/contract';
import { dateInZone, daysBetween, judicialAidKinds } from '@lian/domain';
import type { Db } from '../../infra/db.js';
import { type AuditContext } from '../audit/service.js';
import { findCourt } from '../catalogue/service.js';
import { authorizeFiling, filingResource } from '../filing/service.js';
import { feeView } from '../filing/view.js';
import { type Actor, can } from '../policy/policy.js';
import * as repo from './repo.js';

type ApplicationRow = Awaited<ReturnType<typeof repo.applicationsOf>>[number];

export function applicationView(a: ApplicationRow): JudicialAidApplicationView {
  const kind = judicialAidKinds.find((k) => k.type === a.type);
  return {
    id: a.id,
    type: a.type,
    grounds: a.grounds.map((id) => {
      const g = kind?.grounds.find((x) => x.id === id);
      return { id, label: g?.label ?? { 'zh-CN': id, en: id }, source: g?.source ?? '' };
    }),
    reductionPercent: a.reduction_percent,
    otherDescription: a.other_description,
    statement: a.statement,
    proofMaterialIds: a.proof_material_ids,
    state: a.state,
    createdAt: a.created_at.toISOString(),
    decidedAt: a.decided_at?.toISOString() ?? null,
    grantedPercent: a.granted_percent,
    deferredUntil: a.deferred_until,
    decisionReason: a.decision_reason,
  };
}

export async function feeStatus(deps: { db: Db; now?: () => Date }, ctx: AuditContext, actor: Actor, id: string): Promise<FeeStatus> {
  const f = await authorizeFiling(deps, ctx, actor, 'filing.read', id);
  const [applications, refunds, paid, court] = await Promise.all([
    repo.applicationsOf(deps.db, id),
    repo.refundsOf(deps.db, id),
    repo.paidTransactionOf(deps.db, id),
    findCourt(deps.db, f.court_id),
  ]);
  const registered = f.acceptance_fee !== null && f.acceptance_fee_fen !== null;
  const status: FeeStatus['status'] = !registered
    ? 'unregistered'
    : f.state === 'accepted'
      ? 'due'
      : f.state === 'fees_settled'
        ? paid
          ? 'paid'
          : 'settled_by_aid'
        : f.state === 'treated_as_withdrawn'
          ? 'lapsed'
          : 'unregistered';
  const today = dateInZone(deps.now?.() ?? new Date(), court?.timezone ?? 'Asia/Shanghai');
  const pending = applications.some((a) => a.state === 'pending');
  const resource = filingResource(f);
  return {
    status,
    fee: registered ? feeView(f.acceptance_fee!) : null,
    amountDueFen: status === 'due' ? f.acceptance_fee_fen : null,
    dueDate: status === 'due' ? f.fee_due_date : null,
    daysLeft: status === 'due' && f.fee_due_date ? daysBetween(today, f.fee_due_date) : null,
    paidFen: paid?.amount_fen ?? 0,
    paidAt: paid?.paid_at.toISOString() ?? null,
    applications: applications.map(applicationView),
    refunds: refunds.map((r) => ({
      id: r.id,
      amountFen: r.amount_fen,
      reason: r.reason,
      basis: r.basis,
      createdAt: r.created_at.toISOString(),
    })),
    can: {
      pay: status === 'due' && (f.acceptance_fee_fen ?? 0) > 0 && can(actor, 'fee.pay', resource),
      applyForAid: status === 'due' && !pending && can(actor, 'fee.applyAid', resource),
      decideAid: pending && can(actor, 'fee.decideAid', resource),
    },
  };
}
