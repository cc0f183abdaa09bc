// The filer's side of a correction notice (补正, 登记立案规定 Art. 7): only the sections the notice names may
// change, and only until its deadline; after a return the filer may insist (坚持起诉) and the court must rule.
import type { FilingDraftBody } from '@lian/contract';
import { type CorrectionSection, dateInZone, decisionDueDate, nextFilingState } from '@lian/domain';
import type { Insertable, Selectable } from 'kysely';
import type { FieldCipher } from '../../infra/crypto.js';
import type { Db } from '../../infra/db.js';
import type { FilingPartiesTable, FilingsTable } from '../../infra/schema.js';
import { AppError, notFound } from '../../http/errors.js';
import { type AuditContext, appendAudit } from '../audit/service.js';
import { findCourt } from '../catalogue/service.js';
import type { Actor } from '../policy/policy.js';
import * as repo from './repo.js';
import { authorizeFiling } from './service.js';

type FilingRow = Selectable<FilingsTable>;
const sectionNames: Record<CorrectionSection, string> = {
  plaintiff: '原告信息 / plaintiff',
  defendants: '被告信息 / defendants',
  claims: '诉讼请求 / claims',
  factsAndReasons: '事实与理由 / facts and reasons',
  causeOfAction: '案由 / cause of action',
  materials: '材料 / materials',
};

/** The court's calendar date today (its time zone). */
export async function courtToday(deps: { db: Db; now?: () => Date }, courtId: string): Promise<string> {
  const court = await findCourt(deps.db, courtId);
  if (!court) throw new Error(`filing names a missing court ${courtId}`);
  return dateInZone(deps.now?.() ?? new Date(), court.timezone);
}

/**
 * Throws unless the filer may change `sections` of the locked filing now. A draft may change anything.
 * `deps.db` must be the caller's transaction: on embedded PGlite a second connection would wait for it.
 */
export async function assertMayChange(deps: { db: Db; now?: () => Date }, f: FilingRow, sections: readonly CorrectionSection[]) {
  if (f.state === 'draft') return;
  if (f.state !== 'correction_requested') throw new AppError('FILING_NOT_EDITABLE', '已提交的立案申请不能修改');
  await assertCorrectionOpen(deps, f);
  const named = new Set((f.correction_items ?? []).map((i) => i.section));
  const outside = sections.filter((s) => !named.has(s));
  if (outside.length > 0) {
    throw new AppError(
      'CORRECTION_OUTSIDE_NOTICE',
      '只能修改补正通知列明的部分 / Only the sections named in the correction notice may change',
      outside.map((s) => ({ path: s, code: 'not_in_notice', message: sectionNames[s] })),
    );
  }
}

/** `deps.db` must be the caller's transaction (see assertMayChange). */
export async function assertCorrectionOpen(deps: { db: Db; now?: () => Date }, f: FilingRow) {
  if (f.correction_due_date && (await courtToday(deps, f.court_id)) > f.correction_due_date) {
    throw new AppError(
      'CORRECTION_DEADLINE_PASSED',
      `补正期限已于 ${f.correction_due_date} 届满 / The correction period ended on ${f.correction_due_date}`,
    );
  }
}

type PartyLike = Pick<
  Insertable<FilingPartiesTable>,
  'kind' | 'name' | 'id_number_enc' | 'sex' | 'phone_enc' | 'address_enc' | 'credit_code' | 'legal_representative'
>;

/** The sections whose content differs between the stored filing and the new draft body. */
export async function changedSections(
  trx: Db,
  cipher: FieldCipher,
  f: FilingRow,
  next: { body: FilingDraftBody; plaintiffPhone: string | undefined; defendants: PartyLike[] },
): Promise<CorrectionSection[]> {
  const open = (v: string | null | undefined) => (v ? cipher.decrypt(v) : null);
  const party = (p: PartyLike) =>
    JSON.stringify([
      p.kind,
      p.name,
      open(p.id_number_enc),
      p.sex ?? null,
      open(p.phone_enc),
      open(p.address_enc),
      p.credit_code ?? null,
      p.legal_representative ?? null,
    ]);
  const stored = (await repo.partiesOf(trx, [f.id])).filter((p) => p.role === 'defendant');
  const b = next.body;
  const changed: CorrectionSection[] = [];
  const plaintiffBefore = [
    open(f.plaintiff_phone_enc),
    open(f.plaintiff_address_enc),
    f.plaintiff_ethnicity,
    f.plaintiff_occupation,
    f.plaintiff_employer,
  ];
  const plaintiffAfter = [
    next.plaintiffPhone ?? null,
    b.plaintiff.address || null,
    b.plaintiff.ethnicity,
    b.plaintiff.occupation,
    b.plaintiff.employer,
  ];
  if (JSON.stringify(plaintiffBefore) !== JSON.stringify(plaintiffAfter)) changed.push('plaintiff');
  if (JSON.stringify(stored.map(party)) !== JSON.stringify(next.defendants.map(party))) changed.push('defendants');
  const claims = (cs: ReadonlyArray<{ text: string; amountFen: number | null }>) => JSON.stringify(cs.map((c) => [c.text, c.amountFen]));
  if (claims(f.claims) !== claims(b.claims)) changed.push('claims');
  if (f.facts_and_reasons !== b.factsAndReasons) changed.push('factsAndReasons');
  if ((f.cause_of_action_code ?? null) !== (b.causeOfActionCode || null)) changed.push('causeOfAction');
  return changed;
}

/** 坚持起诉: after a return the filer insists, and the court must rule (登记立案规定 Art. 7). */
export async function insistOnFiling(deps: { db: Db; now?: () => Date }, ctx: AuditContext, actor: Actor, id: string) {
  const filing = await authorizeFiling(deps, ctx, actor, 'filing.insist', id);
  const today = await courtToday(deps, filing.court_id);
  await deps.db.transaction().execute(async (trx) => {
    const locked = await repo.lockFiling(trx, id);
    if (!locked) throw notFound();
    const next = nextFilingState(locked.state, 'insist');
    if (!next.ok) throw new AppError('FILING_STATE_CONFLICT', '只有被退回的立案申请可以坚持起诉 / Only a returned filing can insist');
    const now = deps.now?.() ?? new Date();
    // The ruling is due within the decision period counted from the insistence, so the queue can rank it.
    const due = decisionDueDate(today, 'civil');
    await trx
      .updateTable('filings')
      .set({ state: next.state, insisted_at: now, decision_due_date: due.ok ? due.date : locked.decision_due_date, updated_at: now })
      .where('id', '=', id)
      .where('state', '=', 'returned')
      .executeTakeFirstOrThrow();
    await repo.insertEvent(trx, { filing_id: id, actor_id: actor.userId, type: 'filing.insisted', data: {} });
    await appendAudit(trx, ctx, { action: 'filing.insist', outcome: 'success', resourceType: 'filing', resourceId: id });
  });
}
