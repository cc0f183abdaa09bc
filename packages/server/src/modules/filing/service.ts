// Filing use cases for litigants: create a draft, save it, submit it, read it (materials: ./materials.ts).
// Each runs authorize → load → domain rules → one transaction (state, timeline, audit) → after-commit work.
import type { FilingDraftBody, FilingSummary, FilingView, PartyInput } from '@lian/contract';
import {
  addDays,
  causeOfActionCatalogueFor,
  dateInZone,
  decisionDueDate,
  decisionPeriodDays,
  isEditable,
  isSelectableCauseOfAction,
  nextFilingState,
  validateCreditCode,
  validateMobile,
  validateResidentId,
  type FilingEvent,
  type FilingState,
} from '@lian/domain';
import type { Insertable } from 'kysely';
import type { BlobStore } from '../../infra/blobs.js';
import type { FieldCipher } from '../../infra/crypto.js';
import type { Db } from '../../infra/db.js';
import type { InspectionPolicy } from '../../infra/inspect/index.js';
import type { FilingPartiesTable } from '../../infra/schema.js';
import { AppError, notFound } from '../../http/errors.js';
import { type AuditContext, appendAudit } from '../audit/service.js';
import { findCourt, listCourts } from '../catalogue/service.js';
import { issueFilingReceipt } from '../documents/receipt.js';
import { accountForFiling } from '../identity/service.js';
import { assertMayFile } from '../accounts/registration.js';
import { type Action, type Actor, can } from '../policy/policy.js';
import { completenessOf } from './completeness.js';
import { assertCorrectionOpen, assertMayChange, changedSections } from './correction.js';
import * as repo from './repo.js';
import { buildFilingView, causeOfActionRef } from './view.js';

export interface FilingDeps {
  db: Db;
  cipher: FieldCipher;
  blobs: BlobStore;
  maxUploadBytes: number;
  /** What uploads are checked against (archives, virus scanner); default: no archives, no scanner. */
  inspection?: InspectionPolicy;
  /** All materials of one filing together, uploads in progress included. */
  maxFilingBytes: number;
  /** LIAN_PUBLIC_URL: base of the verification links printed on documents. */
  publicUrl?: string;
  now?: () => Date;
  /** Operator warnings and alarms (the app's pino logger). */
  log?: { warn(obj: object, msg: string): void; error(obj: object, msg: string): void };
}

const nowOf = (deps: { now?: () => Date }) => deps.now?.() ?? new Date();

export const filingResource = (f: { court_id: string; created_by: string; state: FilingState; assigned_judge_id: string | null }) =>
  ({ kind: 'filing', courtId: f.court_id, createdBy: f.created_by, state: f.state, assignedJudgeId: f.assigned_judge_id }) as const;

/**
 * Loads a filing the actor may act on. Anything else — missing, another litigant's, another court's —
 * answers 404 so that ids cannot be probed, and the refused attempt is audited.
 */
export async function authorizeFiling(deps: { db: Db }, ctx: AuditContext, actor: Actor, action: Action, id: string) {
  const filing = await repo.findFiling(deps.db, id);
  if (filing && can(actor, action, filingResource(filing))) {
    return filing;
  }
  await deps.db.transaction().execute((trx) =>
    appendAudit(trx, ctx, {
      action,
      outcome: 'denied',
      resourceType: 'filing',
      resourceId: id,
      detail: { exists: filing !== undefined },
    }),
  );
  throw notFound();
}

export async function createFiling(
  deps: FilingDeps,
  ctx: AuditContext,
  actor: Actor,
  input: { courtId: string; caseType: 'civil_first_instance' },
) {
  if (!can(actor, 'filing.create')) throw new AppError('FORBIDDEN', '当前账号不能提交立案申请');
  const court = await findCourt(deps.db, input.courtId);
  if (!court)
    throw new AppError('COURT_NOT_FOUND', '未找到该法院', [{ path: 'courtId', code: 'unknown', message: '未找到该法院 / Unknown court' }]);
  const user = await accountForFiling(deps.db, actor.userId);
  return deps.db.transaction().execute(async (trx) => {
    const id = await repo.insertFiling(trx, { court_id: court.id, case_type: input.caseType, created_by: actor.userId });
    // The filer is the plaintiff: name and ID number come from the verified account.
    await repo.insertParties(trx, [
      {
        filing_id: id,
        position: 0,
        role: 'plaintiff',
        kind: 'person',
        user_id: actor.userId,
        name: user.real_name,
        id_number_enc: user.id_number_enc,
      },
    ]);
    await repo.insertEvent(trx, { filing_id: id, actor_id: actor.userId, type: 'filing.created', data: { court: court.name } });
    await appendAudit(trx, ctx, { action: 'filing.create', outcome: 'success', resourceType: 'filing', resourceId: id });
    return id;
  });
}

type Detail = { path: string; code: string; message: string };

function defendantRow(
  p: PartyInput,
  i: number,
  filingId: string,
  cipher: FieldCipher,
  today: string,
  problems: Detail[],
): Insertable<FilingPartiesTable> {
  const enc = (v: string | undefined) => (v ? cipher.encrypt(v) : null);
  let phone = p.phone || undefined;
  if (phone) {
    const m = validateMobile(phone);
    if (m.ok) phone = m.value;
    else problems.push({ path: `defendants.${i}.phone`, code: 'PHONE_INVALID', message: '手机号码格式不正确 / Invalid mobile number' });
  }
  const base = {
    filing_id: filingId,
    position: i,
    role: 'defendant' as const,
    name: p.name,
    phone_enc: enc(phone),
    address_enc: enc(p.address || undefined),
  };
  if (p.kind === 'person') {
    let idNumber = p.idNumber || undefined;
    if (idNumber) {
      const r = validateResidentId(idNumber, today);
      if (r.ok) idNumber = r.value;
      else
        problems.push({
          path: `defendants.${i}.idNumber`,
          code: 'ID_NUMBER_INVALID',
          message: `身份证号码无效 / Invalid ID number (${r.reason})`,
        });
    }
    return { ...base, kind: 'person', id_number_enc: enc(idNumber), sex: p.sex ?? null };
  }
  let creditCode = p.creditCode || undefined;
  if (creditCode) {
    const r = validateCreditCode(creditCode);
    if (r.ok) creditCode = r.value;
    else
      problems.push({
        path: `defendants.${i}.creditCode`,
        code: 'CREDIT_CODE_INVALID',
        message: `统一社会信用代码无效 / Invalid credit code (${r.reason})`,
      });
  }
  return { ...base, kind: 'organization', credit_code: creditCode ?? null, legal_representative: p.legalRepresentative || null };
}

export async function saveDraft(deps: FilingDeps, ctx: AuditContext, actor: Actor, id: string, body: FilingDraftBody) {
  const filing = await authorizeFiling(deps, ctx, actor, 'filing.edit', id);
  const court = await findCourt(deps.db, filing.court_id);
  const today = dateInZone(nowOf(deps), court?.timezone ?? 'Asia/Shanghai');
  const problems: Detail[] = [];
  let plaintiffPhone = body.plaintiff.phone || undefined;
  if (plaintiffPhone) {
    const m = validateMobile(plaintiffPhone);
    if (m.ok) plaintiffPhone = m.value;
    else problems.push({ path: 'plaintiff.phone', code: 'PHONE_INVALID', message: '手机号码格式不正确 / Invalid mobile number' });
  }
  const defendants = body.defendants.map((p, i) => defendantRow(p, i, id, deps.cipher, today, problems));
  // A cause is chosen from the catalogue in force today (民事案件案由规定, revised 2026-01-01) and stored with its version.
  const catalogue = causeOfActionCatalogueFor(today);
  const causeVersion = catalogue.ok ? catalogue.catalogue.version : null;
  if (body.causeOfActionCode && !(causeVersion && isSelectableCauseOfAction(body.causeOfActionCode, { version: causeVersion }))) {
    problems.push({ path: 'causeOfActionCode', code: 'CAUSE_OF_ACTION_UNKNOWN', message: '未知的案由 / Unknown cause of action' });
  }
  if (problems.length) {
    // One answer lists every problem at once; the code of the first names the kind of failure.
    throw new AppError(problems[0]!.code as 'PHONE_INVALID', '填写的信息有误，请修改后再保存', problems);
  }
  await deps.db.transaction().execute(async (trx) => {
    const locked = await repo.lockFiling(trx, id);
    if (!locked || !isEditable(locked.state)) throw new AppError('FILING_NOT_EDITABLE', '已提交的立案申请不能修改');
    // Under a correction notice only the sections it names may change (登记立案规定 Art. 7).
    if (locked.state === 'correction_requested') {
      const changed = await changedSections(trx, deps.cipher, locked, { body, plaintiffPhone, defendants });
      await assertMayChange({ db: trx, now: deps.now }, locked, changed);
    }
    await repo.updateDraftContent(trx, id, {
      plaintiff_phone_enc: plaintiffPhone ? deps.cipher.encrypt(plaintiffPhone) : null,
      plaintiff_address_enc: body.plaintiff.address ? deps.cipher.encrypt(body.plaintiff.address) : null,
      claims: body.claims,
      claim_amount_fen: body.claims.reduce((sum, c) => sum + (c.amountFen ?? 0), 0),
      facts_and_reasons: body.factsAndReasons,
      plaintiff_ethnicity: body.plaintiff.ethnicity,
      plaintiff_occupation: body.plaintiff.occupation,
      plaintiff_employer: body.plaintiff.employer,
      cause_of_action_code: body.causeOfActionCode || null,
      cause_of_action_version: body.causeOfActionCode ? causeVersion : null,
    });
    await repo.deleteParties(trx, id, 'defendant');
    await repo.insertParties(trx, defendants);
    await appendAudit(trx, ctx, { action: 'filing.edit', outcome: 'success', resourceType: 'filing', resourceId: id });
  });
}

/**
 * Submits a draft. In the same transaction the filing is locked, numbered and dated, and its receipt
 * (收到诉状凭证, a PDF listing every material's SHA-256) is issued; `origin` is the request's origin,
 * used for the receipt's verification link when LIAN_PUBLIC_URL is not set.
 */
export async function submitFiling(
  deps: FilingDeps,
  ctx: AuditContext,
  actor: Actor,
  id: string,
  locale: 'zh-CN' | 'en',
  origin?: string,
  /**
   * 'counter': a complaint handed in at the court's counter or by post and entered for the filer. The court
   * must receive it and give a dated receipt even when it is incomplete (登记立案规定 Art. 2–3); what is
   * missing goes into the clerk's one-time correction notice. Online filers are held to the check.
   */
  intake: 'online' | 'counter' = 'online',
) {
  const filing = await authorizeFiling(deps, ctx, actor, 'filing.submit', id);
  // Drafting needs no verification; filing with the court needs a verified identity (and lawyer).
  await assertMayFile(deps, ctx, actor, id);
  const court = await findCourt(deps.db, filing.court_id);
  if (!court) throw new Error(`filing ${id} names a missing court`);
  const now = nowOf(deps);
  const today = dateInZone(now, court.timezone);
  await deps.db.transaction().execute(async (trx) => {
    const locked = await repo.lockFiling(trx, id);
    if (!locked) throw notFound();
    // A filing under a correction notice is resubmitted (补正后重新提交); a draft is submitted.
    const event = locked.state === 'correction_requested' ? 'resubmit' : 'submit';
    const next = nextFilingState(locked.state, event);
    if (!next.ok) throw new AppError('FILING_NOT_EDITABLE', '该立案申请已经提交');
    if (event === 'resubmit') await assertCorrectionOpen({ db: trx, now: deps.now }, locked);
    const issues = await completenessOf(trx, deps.cipher, locked, today, locale);
    if (issues.length > 0 && intake === 'online') {
      throw new AppError(
        'FILING_INCOMPLETE',
        locale === 'en' ? 'The filing is incomplete; please correct every item listed.' : '立案材料不完整，请按所列事项一次补全',
        issues,
      );
    }
    // After a correction the decision period runs again from the day the corrections arrive (Art. 7).
    const due = provisionalDecisionDueDate(today);
    if (due.calendarMissing) {
      deps.log?.warn(
        { year: due.calendarMissing, filingId: id },
        `holiday calendar for ${due.calendarMissing} is missing: the decision period is taken without holiday roll-over; add packages/domain/src/calendar/holidays-${due.calendarMissing}.json`,
      );
    }
    const missing: Record<string, number> = due.calendarMissing ? { calendarMissing: due.calendarMissing } : {};
    const materials = await repo.materialsOf(trx, id);
    if (event === 'resubmit') {
      await repo.markCorrected(trx, id, { corrected_at: now, decision_due_date: due.date });
      await repo.insertEvent(trx, {
        filing_id: id,
        actor_id: actor.userId,
        type: 'filing.corrected',
        data: { decisionDueDate: due.date, ...missing },
      });
      await appendAudit(trx, ctx, {
        action: 'filing.resubmit',
        outcome: 'success',
        resourceType: 'filing',
        resourceId: id,
        detail: { decisionDueDate: due.date, materials: materials.map((m) => m.sha256) },
      });
      return;
    }
    const serial = await repo.nextReceiptSerial(trx);
    const receiptNumber = `${court.code}网立${today.replaceAll('-', '')}${String(serial).padStart(6, '0')}`;
    await repo.markSubmitted(trx, id, { receipt_number: receiptNumber, submitted_at: now, decision_due_date: due.date });
    await repo.insertEvent(trx, {
      filing_id: id,
      actor_id: actor.userId,
      type: 'filing.submitted',
      data: { receiptNumber, decisionDueDate: due.date, ...missing, ...(intake === 'counter' ? { intake } : {}) },
    });
    const parties = await repo.partiesOf(trx, [id]);
    await issueFilingReceipt(
      trx,
      deps,
      ctx,
      {
        filingId: id,
        court,
        receiptNumber,
        submittedAt: now,
        filer: actor.realName,
        parties,
        causeOfAction: causeOfActionRef(locked.cause_of_action_code, locked.cause_of_action_version)?.name ?? null,
        claimAmountFen: locked.claim_amount_fen,
        decisionDueDate: due.date,
        materials,
      },
      origin,
    );
    await appendAudit(trx, ctx, {
      action: 'filing.submit',
      outcome: 'success',
      resourceType: 'filing',
      resourceId: id,
      detail: { receiptNumber, materials: materials.map((m) => m.sha256) },
    });
  });
}

/**
 * The last day to decide on a civil filing (登记立案规定 Art. 8: 7 days). When the State Council's holiday
 * calendar for the year the period ends in is not yet in the domain data, the receipt is still given: the
 * period's end is taken without roll-over. Roll-over only ever extends a period, so that date is never later
 * than the legal one, and the missing year is recorded with the filing and logged for the operator.
 */
export function provisionalDecisionDueDate(today: string): { date: string; calendarMissing: number | null } {
  const due = decisionDueDate(today, 'civil');
  return due.ok ? { date: due.date, calendarMissing: null } : { date: addDays(today, decisionPeriodDays.civil), calendarMissing: due.year };
}

export async function getFiling(deps: FilingDeps, ctx: AuditContext, actor: Actor, id: string): Promise<FilingView> {
  const filing = await authorizeFiling(deps, ctx, actor, 'filing.read', id);
  const court = await findCourt(deps.db, filing.court_id);
  if (!court) throw new Error(`filing ${id} names a missing court`);
  const resource = filingResource(filing);
  const editable = isEditable(filing.state);
  const may = (event: FilingEvent, action: Action) => nextFilingState(filing.state, event).ok && can(actor, action, resource);
  return buildFilingView(deps, filing, court, {
    // The filer needs their own entries in full to edit a draft; once submitted, views are masked.
    full: editable && filing.created_by === actor.userId,
    today: dateInZone(nowOf(deps), court.timezone),
    allowed: {
      edit: editable && can(actor, 'filing.edit', resource),
      submit: editable && can(actor, 'filing.submit', resource),
      accept: may('accept', 'filing.accept'),
      requestCorrection: may('request_correction', 'filing.requestCorrection'),
      reject: may('reject', 'filing.reject'),
      assign: (filing.state === 'accepted' || filing.state === 'fees_settled') && can(actor, 'filing.assign', resource),
      insist: may('insist', 'filing.insist'),
    },
  });
}

export async function listMyFilings(deps: FilingDeps, actor: Actor): Promise<FilingSummary[]> {
  if (!can(actor, 'filing.list')) return [];
  const rows = await repo.listByCreator(deps.db, actor.userId);
  const parties = await repo.partiesOf(
    deps.db,
    rows.map((r) => r.id),
  );
  const courts = new Map((await listCourts(deps.db)).map((c) => [c.id, { id: c.id, code: c.code, name: c.name }]));
  return rows.map((f) => ({
    id: f.id,
    state: f.state,
    court: courts.get(f.court_id)!,
    receiptNumber: f.receipt_number,
    caseNumber: f.case_number,
    causeOfAction: causeOfActionRef(f.cause_of_action_code, f.cause_of_action_version),
    defendantNames: parties.filter((p) => p.filing_id === f.id && p.role === 'defendant').map((p) => p.name),
    createdAt: f.created_at.toISOString(),
    submittedAt: f.submitted_at?.toISOString() ?? null,
  }));
}

/** For other modules' use cases that change a filing inside their own transaction (e.g. review). */
export const lockFilingInTransaction = repo.lockFiling;
export const recordFilingEvent = repo.insertEvent;

export async function partyNamesOf(db: Db, filingIds: readonly string[]) {
  const parties = await repo.partiesOf(db, filingIds);
  const names = (id: string, role: 'plaintiff' | 'defendant') =>
    parties.filter((p) => p.filing_id === id && p.role === role).map((p) => p.name);
  return (id: string) => ({ plaintiffs: names(id, 'plaintiff'), defendants: names(id, 'defendant') });
}

/** The account's own filings in full (its holder's data copy, PIPL Art. 45): unmasked, with timelines. */
export async function exportFilingsOf(deps: FilingDeps, actor: Actor): Promise<FilingView[]> {
  const rows = await repo.allByCreator(deps.db, actor.userId);
  const courts = new Map((await listCourts(deps.db)).map((c) => [c.id, c]));
  const none = { edit: false, submit: false, accept: false, requestCorrection: false, reject: false, assign: false, insist: false };
  return Promise.all(
    rows.map((f) => {
      const court = courts.get(f.court_id)!;
      return buildFilingView(deps, f, court, { full: true, today: dateInZone(nowOf(deps), court.timezone), allowed: none });
    }),
  );
}

/**
 * Deletes an account's filings inside the caller's transaction, provided every one is still a draft:
 * a filing a court has received is court business and stays (answers false, nothing deleted). Returns
 * the hashes of the deleted materials, for the caller to remove unreferenced files after commit.
 */
export async function deleteDraftsOf(trx: Db, userId: string): Promise<{ ok: true; hashes: string[] } | { ok: false }> {
  const rows = await repo.lockFilingsOfCreator(trx, userId);
  if (rows.some((r) => r.state !== 'draft')) return { ok: false };
  const ids = rows.map((r) => r.id);
  const hashes = (await repo.materialHashesOf(trx, ids)).map((m) => m.sha256);
  await repo.deleteFilings(trx, ids);
  return { ok: true, hashes };
}

/** Removes stored files no material refers to any more (after a deletion has committed). */
export async function removeUnreferencedBlobs(deps: Pick<FilingDeps, 'db' | 'blobs'>, hashes: readonly string[]): Promise<void> {
  for (const sha of hashes) if (!(await repo.blobReferenced(deps.db, sha))) await deps.blobs.remove(sha);
}
