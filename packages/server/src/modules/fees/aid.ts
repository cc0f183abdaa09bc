// Judicial aid (司法救助, 诉讼费用交纳办法 Arts. 44–53): the filer applies for deferral (缓交), reduction (减交)
// or exemption (免交) while the fee is unpaid, with grounds and proof, checked by the domain's rules; the
// filing clerk of the court grants or refuses. Exemption settles the fee through the workflow, reduction
// changes the amount due, deferral moves the due date; a reduction or exemption granted after the fee was
// paid records the refund owed. A pending application holds back the unpaid-fee sweep.
import type { JudicialAidBody, JudicialAidDecisionBody } from '@lian/contract';
import {
  applyJudicialAid,
  checkJudicialAidApplication,
  dateInZone,
  type FeeSuccess,
  type JudicialAidApplication,
  judicialAidKinds,
  nextFilingState,
} from '@lian/domain';
import type { Db } from '../../infra/db.js';
import type { StoredFee } from '../../infra/schema.js';
import { AppError, notFound } from '../../http/errors.js';
import { type AuditContext, appendAudit } from '../audit/service.js';
import { findCourt } from '../catalogue/service.js';
import { authorizeFiling, lockFilingInTransaction, recordFilingEvent } from '../filing/service.js';
import type { Actor } from '../policy/policy.js';
import { notPayable } from './payments.js';
import * as repo from './repo.js';

const nowOf = (deps: { now?: () => Date }) => deps.now?.() ?? new Date();

export async function applyForAid(deps: { db: Db; now?: () => Date }, ctx: AuditContext, actor: Actor, id: string, body: JudicialAidBody) {
  await authorizeFiling(deps, ctx, actor, 'fee.applyAid', id);
  const applicant = (await repo.firstPlaintiffKind(deps.db, id)) === 'organization' ? 'organization' : 'natural-person';
  const app: JudicialAidApplication = {
    type: body.type,
    applicant,
    grounds: body.grounds,
    ...(body.reductionPercent !== undefined ? { reductionPercent: body.reductionPercent } : {}),
    ...(body.otherDescription ? { otherDescription: body.otherDescription } : {}),
  };
  const check = checkJudicialAidApplication(app);
  if (!check.ok)
    throw new AppError(
      'JUDICIAL_AID_INVALID',
      '司法救助申请不符合要求 / The judicial-aid application does not meet the rules',
      check.issues.map((i) => ({ path: i.field, code: i.code, message: [i.ground, i.source].filter(Boolean).join(' ') || i.code })),
    );
  const proofs = [...new Set(body.proofMaterialIds)];
  const known = await repo.materialIdsOf(deps.db, id, proofs);
  const unknown = proofs.filter((m) => !known.includes(m));
  if (unknown.length)
    throw new AppError(
      'JUDICIAL_AID_INVALID',
      '证明材料须为本案已上传的材料 / Proof must be materials of this case',
      unknown.map((m) => ({ path: 'proofMaterialIds', code: 'UNKNOWN_MATERIAL', message: m })),
    );
  return deps.db.transaction().execute(async (trx) => {
    const f = await lockFilingInTransaction(trx, id);
    if (!f) throw notFound();
    if (f.state !== 'accepted')
      throw notPayable('只有待交纳受理费的案件可以申请司法救助 / Judicial aid is applied for while the fee is unpaid');
    if (await repo.pendingApplicationOf(trx, id))
      throw new AppError('JUDICIAL_AID_CONFLICT', '已有一份司法救助申请正在审查 / An application is already pending');
    const row = await trx
      .insertInto('judicial_aid_applications')
      .values({
        filing_id: id,
        applicant_id: actor.userId,
        type: body.type,
        grounds: JSON.stringify(body.grounds),
        reduction_percent: body.reductionPercent ?? null,
        other_description: body.otherDescription ?? null,
        statement: body.statement,
        proof_material_ids: JSON.stringify(proofs),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const data = { applicationId: row.id, type: body.type, grounds: body.grounds.join(',') };
    await recordFilingEvent(trx, { filing_id: id, actor_id: actor.userId, type: 'fee.aid_applied', data });
    await appendAudit(trx, ctx, { action: 'fee.applyAid', outcome: 'success', resourceType: 'filing', resourceId: id, detail: data });
    return row.id;
  });
}

const decisionInvalid = (path: string, code: string, message: string) =>
  new AppError('JUDICIAL_AID_DECISION_INVALID', message, [{ path, code, message }]);

export async function decideAid(
  deps: { db: Db; now?: () => Date },
  ctx: AuditContext,
  actor: Actor,
  id: string,
  body: JudicialAidDecisionBody,
) {
  await authorizeFiling(deps, ctx, actor, 'fee.decideAid', id);
  const now = nowOf(deps);
  await deps.db.transaction().execute(async (trx) => {
    const f = await lockFilingInTransaction(trx, id);
    if (!f) throw notFound();
    const a = await repo.pendingApplicationOf(trx, id);
    if (!a) throw new AppError('JUDICIAL_AID_CONFLICT', '没有待决定的司法救助申请 / No judicial-aid application is pending');
    const decided = { decided_at: now, decided_by: actor.userId, decision_reason: body.reason ?? null };
    if (!body.grant) {
      // Unpaid: the refusal sets the period in which the fee must still be paid before the case lapses.
      const payBy = f.state === 'accepted' ? body.payBy : undefined;
      if (f.state === 'accepted') {
        const court = await findCourt(trx, f.court_id);
        const today = dateInZone(now, court?.timezone ?? 'Asia/Shanghai');
        if (!payBy || payBy <= today)
          throw decisionInvalid(
            'payBy',
            'pay_by_required',
            '不予准许时须指定交费期限（明天或以后） / Set the date by which the fee must be paid',
          );
        await trx.updateTable('filings').set({ fee_due_date: payBy, updated_at: now }).where('id', '=', id).executeTakeFirstOrThrow();
      }
      await trx
        .updateTable('judicial_aid_applications')
        .set({ ...decided, state: 'refused' })
        .where('id', '=', a.id)
        .execute();
      await recordFilingEvent(trx, {
        filing_id: id,
        actor_id: actor.userId,
        type: 'fee.aid_refused',
        data: { applicationId: a.id, reason: body.reason, dueDate: payBy ?? null },
      });
      await appendAudit(trx, ctx, {
        action: 'fee.decideAid',
        outcome: 'success',
        resourceType: 'filing',
        resourceId: id,
        detail: { applicationId: a.id, grant: false },
      });
      return;
    }
    if (!f.acceptance_fee || f.acceptance_fee_fen === null || (f.state !== 'accepted' && f.state !== 'fees_settled'))
      throw notPayable('该案件的受理费已不能再作司法救助决定 / The fee can no longer be decided on');
    const percent = a.type === 'reduction' ? (body.percent ?? a.reduction_percent ?? undefined) : undefined;
    const app: JudicialAidApplication = {
      type: a.type,
      applicant: 'natural-person',
      grounds: a.grounds,
      ...(percent !== undefined ? { reductionPercent: percent } : {}),
      ...(a.other_description ? { otherDescription: a.other_description } : {}),
    };
    const fee = { ok: true, category: 'property', defaultsUsed: [], ...f.acceptance_fee } as FeeSuccess;
    const after = applyJudicialAid(fee, app);
    if (!after.ok)
      throw decisionInvalid(
        'percent',
        after.issues[0]?.code ?? 'invalid',
        '减交比例不在法定范围内 / The reduction is outside the legal range',
      );
    let deferredUntil: string | null = null;
    if (a.type === 'deferral') {
      if (f.state !== 'accepted') throw notPayable('受理费已结清，无需缓交 / The fee is already settled');
      if (!body.deferredUntil || !f.fee_due_date || body.deferredUntil <= f.fee_due_date)
        throw decisionInvalid(
          'deferredUntil',
          'not_after_due_date',
          '缓交期限须晚于原交费期限 / The new date must be after the current due date',
        );
      deferredUntil = body.deferredUntil;
    }
    const stored: StoredFee = {
      totalFen: after.totalFen,
      lines: after.lines,
      reductions: after.reductions,
      explanation: after.explanation,
    };
    const grantedPercent = a.type === 'exemption' ? 100 : (percent ?? null);
    await trx
      .updateTable('judicial_aid_applications')
      .set({ ...decided, state: 'granted', granted_percent: grantedPercent, deferred_until: deferredUntil })
      .where('id', '=', a.id)
      .execute();
    await trx
      .updateTable('filings')
      .set({
        acceptance_fee: JSON.stringify(stored),
        acceptance_fee_fen: after.totalFen,
        ...(deferredUntil ? { fee_due_date: deferredUntil } : {}),
        updated_at: now,
      })
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    // The amount due changed or nothing is due: an order for the old amount can no longer settle the fee.
    if (a.type !== 'deferral') await repo.cancelOpenOrders(trx, id, now);
    const data = { applicationId: a.id, type: a.type, grantedPercent, deferredUntil, amountDueFen: after.totalFen };
    await recordFilingEvent(trx, { filing_id: id, actor_id: actor.userId, type: 'fee.aid_granted', data });
    if (f.state === 'accepted' && after.totalFen === 0) {
      const next = nextFilingState(f.state, 'settle_fees');
      if (!next.ok) throw notPayable();
      await repo.moveFiling(trx, id, f.state, next.state, now);
      await recordFilingEvent(trx, { filing_id: id, actor_id: actor.userId, type: 'fee.settled_by_aid', data: { applicationId: a.id } });
    }
    const paid = f.state === 'fees_settled' ? await repo.paidTransactionOf(trx, id) : undefined;
    const overpaid = paid ? paid.amount_fen - after.totalFen : 0;
    if (overpaid > 0) {
      const kind = judicialAidKinds.find((k) => k.type === a.type)!;
      await repo.insertRefund(trx, {
        filing_id: id,
        amount_fen: overpaid,
        reason: 'judicial_aid_after_payment',
        basis: `准予${kind.label['zh-CN']}后已交纳的受理费超出应交数额（${kind.source}） / granted ${kind.label.en} after payment (${kind.source})`,
        application_id: a.id,
        created_by: actor.userId,
      });
      await recordFilingEvent(trx, {
        filing_id: id,
        actor_id: actor.userId,
        type: 'fee.refund_recorded',
        data: { amountFen: overpaid, reason: 'judicial_aid_after_payment' },
      });
    }
    await appendAudit(trx, ctx, {
      action: 'fee.decideAid',
      outcome: 'success',
      resourceType: 'filing',
      resourceId: id,
      detail: { ...data, grant: true, refundFen: overpaid },
    });
  });
}
