// The clerk's decisions on a filing, each one transaction with the filing row locked, the workflow step of
// @lian/domain, a timeline event and an audit record: register (立案) with procedure and fee, ask once for
// corrections (一次性告知, 登记立案规定 Art. 7), rule not to accept (裁定不予受理, CPL Art. 126–127).
import {
  addDays,
  appealAgainstRuling,
  correctionPeriodBounds,
  correctionSections,
  dateInZone,
  findRejectionGround,
  nextFilingState,
  type Procedure,
  sectionOfPath,
  suggestedProcedure,
} from '@lian/domain';
import type { CivilFeeCategory, CorrectionItem } from '@lian/contract';
import type { FieldCipher } from '../../infra/crypto.js';
import type { Db } from '../../infra/db.js';
import { AppError, notFound } from '../../http/errors.js';
import { type AuditContext, appendAudit, textDigest } from '../audit/service.js';
import { findCourt } from '../catalogue/service.js';
import { type DecisionContext, issueCorrectionNotice, issueRejectionRuling } from '../documents/decisions.js';
import type { DocumentDeps } from '../documents/service.js';
import { completenessOf } from '../filing/completeness.js';
import { authorizeFiling, lockFilingInTransaction, recordFilingEvent } from '../filing/service.js';
import { feeView } from '../filing/view.js';
import type { Actor } from '../policy/policy.js';
import { feeCategoryOf, feeQuote, registerCase } from './registration.js';
import * as repo from './repo.js';

interface Deps {
  db: Db;
  now?: () => Date;
}
/** Deciding issues documents: the blob store and the public URL their QR codes point to. */
type DecisionDeps = Deps & DocumentDeps;

const decisionContext = (
  deps: DecisionDeps,
  ctx: AuditContext,
  court: { name: string; timezone: string },
  issuedBy: string | null,
  issuedAt: Date,
  origin?: string,
): DecisionContext => ({ deps, ctx, court: { name: court.name, timezone: court.timezone }, issuedBy, issuedAt, origin });

async function courtOf(db: Db, courtId: string) {
  const court = await findCourt(db, courtId);
  if (!court) throw new Error(`filing names a missing court ${courtId}`);
  return court;
}

const conflict = (message: string) => new AppError('FILING_STATE_CONFLICT', message);

/** What registering would fix, shown to the clerk before confirming: procedure, fee with its explanation, payment deadline. */
export async function acceptPreview(
  deps: Deps,
  ctx: AuditContext,
  actor: Actor,
  id: string,
  procedure?: Procedure,
  feeCategory?: CivilFeeCategory,
) {
  const filing = await authorizeFiling(deps, ctx, actor, 'filing.accept', id);
  if (!nextFilingState(filing.state, 'accept').ok) throw conflict('该立案申请当前不能立案 / The filing cannot be registered now');
  const court = await courtOf(deps.db, filing.court_id);
  const chosen = procedure ?? suggestedProcedure();
  const { suggestion, category } = feeCategoryOf(filing, feeCategory);
  const q = feeQuote(filing.claim_amount_fen, chosen, dateInZone(deps.now?.() ?? new Date(), court.timezone), category);
  return {
    suggestedProcedure: suggestedProcedure(),
    procedure: chosen,
    fee: feeView(q.fee),
    feeDueDate: q.feeDueDate,
    suggestedFeeCategory: suggestion.category,
    feeCategory: category,
    feeCategoryBasis: category === suggestion.category ? suggestion.basis : feeCategoryOf(filing, category).suggestion.basis,
    matchedHeading: suggestion.matchedHeading,
  };
}

export async function acceptFiling(
  deps: DecisionDeps,
  ctx: AuditContext,
  actor: Actor,
  id: string,
  options: { procedure?: Procedure; feeCategory?: CivilFeeCategory; origin?: string } = {},
): Promise<{ caseNumber: string }> {
  const filing = await authorizeFiling(deps, ctx, actor, 'filing.accept', id);
  const court = await courtOf(deps.db, filing.court_id);
  const procedure = options.procedure ?? suggestedProcedure();
  return deps.db.transaction().execute(async (trx) => {
    // Two clerks acting at once: the row lock makes the second wait, then see the new state.
    const locked = await lockFilingInTransaction(trx, id);
    if (!locked) throw notFound();
    const now = deps.now?.() ?? new Date();
    const r = await registerCase(trx, ctx, {
      filing: locked,
      court,
      procedure,
      feeCategory: options.feeCategory,
      actorId: actor.userId,
      now,
      registeredFirst: false,
      documents: { deps, origin: options.origin },
    });
    return { caseNumber: r.caseNumber };
  });
}

/** The correction notice pre-filled from the completeness check, and the deadline bounds. */
export async function correctionPreview(
  deps: Deps & { cipher: FieldCipher },
  ctx: AuditContext,
  actor: Actor,
  id: string,
  locale: 'zh-CN' | 'en',
) {
  const filing = await authorizeFiling(deps, ctx, actor, 'filing.requestCorrection', id);
  if (!nextFilingState(filing.state, 'request_correction').ok)
    throw conflict('该立案申请当前不能要求补正 / No correction can be requested now');
  const court = await courtOf(deps.db, filing.court_id);
  const today = dateInZone(deps.now?.() ?? new Date(), court.timezone);
  const findings = await completenessOf(deps.db, deps.cipher, filing, today, locale);
  return {
    items: findings.map((f): CorrectionItem => ({ section: sectionOfPath(f.path), text: f.message })),
    sections: [...correctionSections],
    ...dueDateBounds(today),
  };
}

function dueDateBounds(today: string) {
  return {
    minDueDate: addDays(today, correctionPeriodBounds.minDays),
    maxDueDate: addDays(today, correctionPeriodBounds.maxDays),
    suggestedDueDate: addDays(today, correctionPeriodBounds.suggestedDays),
  };
}

export async function requestCorrection(
  deps: DecisionDeps,
  ctx: AuditContext,
  actor: Actor,
  id: string,
  input: { items: CorrectionItem[]; dueDate: string },
  origin?: string,
) {
  const filing = await authorizeFiling(deps, ctx, actor, 'filing.requestCorrection', id);
  const court = await courtOf(deps.db, filing.court_id);
  const now = deps.now?.() ?? new Date();
  const bounds = dueDateBounds(dateInZone(now, court.timezone));
  if (input.dueDate < bounds.minDueDate || input.dueDate > bounds.maxDueDate) {
    throw new AppError(
      'CORRECTION_DEADLINE_INVALID',
      `补正期限须在 ${bounds.minDueDate} 至 ${bounds.maxDueDate} 之间 / The deadline must lie between ${bounds.minDueDate} and ${bounds.maxDueDate}`,
      [{ path: 'dueDate', code: input.dueDate < bounds.minDueDate ? 'not_in_future' : 'too_far', message: input.dueDate }],
    );
  }
  await deps.db.transaction().execute(async (trx) => {
    const locked = await lockFilingInTransaction(trx, id);
    if (!locked) throw notFound();
    const next = nextFilingState(locked.state, 'request_correction');
    // Registration Art. 7 allows one notice: a corrected filing is decided, not sent back again.
    if (!next.ok) throw conflict('该立案申请当前不能要求补正（补正通知只能一次性发出） / No correction can be requested now');
    await repo.transitionFiling(
      trx,
      id,
      locked.state,
      next.state,
      {
        correction_items: JSON.stringify(input.items),
        correction_due_date: input.dueDate,
        correction_requested_at: now,
        correction_requested_by: actor.userId,
      },
      now,
    );
    await recordFilingEvent(trx, {
      filing_id: id,
      actor_id: actor.userId,
      type: 'filing.correction_requested',
      data: { items: input.items.length, dueDate: input.dueDate, sections: [...new Set(input.items.map((i) => i.section))].join(',') },
    });
    await issueCorrectionNotice(trx, decisionContext(deps, ctx, court, actor.userId, now, origin), {
      filing: locked,
      items: input.items,
      dueDate: input.dueDate,
      issuedOn: dateInZone(now, court.timezone),
    });
    await appendAudit(trx, ctx, {
      action: 'filing.request_correction',
      outcome: 'success',
      resourceType: 'filing',
      resourceId: id,
      // The items' wording stays in the filing and the notice; the audit keeps their sections and digest.
      detail: {
        items: input.items.length,
        sections: [...new Set(input.items.map((i) => i.section))],
        itemsSha256: textDigest(input.items),
        dueDate: input.dueDate,
      },
    });
  });
}

export async function rejectFiling(
  deps: DecisionDeps,
  ctx: AuditContext,
  actor: Actor,
  id: string,
  input: { ground: string; reason: string },
  origin?: string,
) {
  const filing = await authorizeFiling(deps, ctx, actor, 'filing.reject', id);
  const ground = findRejectionGround(input.ground);
  if (!ground)
    throw new AppError('REJECTION_GROUND_UNKNOWN', '未知的不予受理理由 / Unknown ground', [
      { path: 'ground', code: 'unknown', message: input.ground.slice(0, 50) },
    ]);
  const court = await courtOf(deps.db, filing.court_id);
  await deps.db.transaction().execute(async (trx) => {
    const locked = await lockFilingInTransaction(trx, id);
    if (!locked) throw notFound();
    const next = nextFilingState(locked.state, 'reject');
    if (!next.ok) throw conflict('该立案申请当前不能裁定不予受理 / No ruling not to accept is possible now');
    const now = deps.now?.() ?? new Date();
    // The ruling is served online on the day it is made; the appeal period counts from then (CPL Art. 171).
    const appeal = appealAgainstRuling(court.code, dateInZone(now, court.timezone));
    await repo.transitionFiling(
      trx,
      id,
      locked.state,
      next.state,
      {
        rejection_ground: ground.code,
        rejection_reason: input.reason,
        rejected_at: now,
        rejected_by: actor.userId,
        appeal_due_date: appeal.dueDate,
        appeal_court: appeal.court?.name ?? null,
      },
      now,
    );
    await recordFilingEvent(trx, {
      filing_id: id,
      actor_id: actor.userId,
      type: 'filing.rejected',
      data: { ground: ground.code, basis: ground.basis, appealDueDate: appeal.dueDate, appealCourt: appeal.court?.name ?? null },
    });
    await issueRejectionRuling(trx, decisionContext(deps, ctx, court, actor.userId, now, origin), {
      filing: locked,
      ground,
      reason: input.reason,
      appealCourt: appeal.court?.name ?? null,
      decidedOn: dateInZone(now, court.timezone),
      receivedOn: dateInZone(locked.submitted_at ?? now, court.timezone),
      decidedBy: actor.realName,
    });
    await appendAudit(trx, ctx, {
      action: 'filing.reject',
      outcome: 'success',
      resourceType: 'filing',
      resourceId: id,
      // The reasoning stays in the filing and the ruling (until retention); the audit keeps its digest.
      detail: { ground: ground.code, reasonSha256: textDigest(input.reason), appealDueDate: appeal.dueDate },
    });
  });
}
