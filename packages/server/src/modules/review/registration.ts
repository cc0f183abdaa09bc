// Registration (立案) inside a transaction, shared by the clerk's acceptance and the scheduler's
// 先行立案 when the decision period ran out: case number from the gap-free counter, procedure, acceptance
// fee as the domain calculates it (with its bracket-by-bracket explanation) and the 7-day payment deadline.
import {
  acceptanceFeeDueDate,
  civilAcceptanceFee,
  type CivilFeeCategory,
  caseNumberYear,
  caseTypeDesignation,
  dateInZone,
  formatCaseNumber,
  feeCategoryForCause,
  nextFilingState,
  type Procedure,
} from '@lian/domain';
import type { Selectable } from 'kysely';
import type { Db } from '../../infra/db.js';
import type { FilingsTable, StoredFee } from '../../infra/schema.js';
import { AppError } from '../../http/errors.js';
import { type AuditContext, appendAudit } from '../audit/service.js';
import { issueRegistrationDocuments } from '../documents/decisions.js';
import type { DocumentDeps } from '../documents/service.js';
import { recordFilingEvent } from '../filing/service.js';
import * as repo from './repo.js';

type FeeFiling = Pick<Selectable<FilingsTable>, 'claim_amount_fen' | 'cause_of_action_code' | 'cause_of_action_version'>;

/** The Art. 13 category the filing's cause of action suggests, and the one that applies (the clerk's choice, if any). */
export function feeCategoryOf(filing: FeeFiling, chosen?: CivilFeeCategory) {
  const suggestion = feeCategoryForCause(filing.cause_of_action_code, filing.cause_of_action_version, filing.claim_amount_fen);
  return { suggestion, category: chosen ?? suggestion.category };
}

/** The fee for a filing under `procedure` and fee `category`, as stored and shown; the payment period counts from `today`. */
export function feeQuote(
  claimAmountFen: number,
  procedure: Procedure,
  today: string,
  category: CivilFeeCategory = claimAmountFen > 0 ? 'property' : 'other-non-property',
): { fee: StoredFee; feeDueDate: string | null } {
  const f = civilAcceptanceFee(category, claimAmountFen, procedure);
  const due = acceptanceFeeDueDate(today);
  return {
    fee: { totalFen: f.totalFen, lines: f.lines, reductions: f.reductions, explanation: f.explanation },
    feeDueDate: due.ok ? due.date : null,
  };
}

export async function registerCase(
  trx: Db,
  ctx: AuditContext,
  input: {
    filing: Selectable<FilingsTable>;
    court: { id: string; code: string; name: string; timezone: string };
    /** Where the acceptance and payment notices go (blob store, public URL) and the request's origin for their QR links. */
    documents: { deps: DocumentDeps; origin?: string };
    procedure: Procedure;
    /** The clerk's choice of Art. 13 category; without it, the one the cause of action suggests. */
    feeCategory?: CivilFeeCategory;
    actorId: string | null;
    now: Date;
    /** 先行立案: the decision period ran out (登记立案规定 Art. 8). */
    registeredFirst: boolean;
  },
): Promise<{ caseNumber: string; feeFen: number }> {
  const { filing, court, now } = input;
  const next = nextFilingState(filing.state, input.registeredFirst ? 'decision_period_expired' : 'accept');
  if (!next.ok)
    throw new AppError(
      'FILING_STATE_CONFLICT',
      filing.case_number ? `该案件已立案：${filing.case_number}` : '该立案申请当前不能立案 / The filing cannot be registered now',
    );
  const today = dateInZone(now, court.timezone);
  const year = caseNumberYear(today);
  const typeCode = caseTypeDesignation(filing.case_type);
  const serial = await repo.nextCaseSerial(trx, court.id, year, typeCode);
  const caseNumber = formatCaseNumber({ year, courtCode: court.code, typeCode, serial });
  const { category } = feeCategoryOf(filing, input.feeCategory);
  const { fee, feeDueDate } = feeQuote(filing.claim_amount_fen, input.procedure, today, category);
  await repo.transitionFiling(
    trx,
    filing.id,
    filing.state,
    next.state,
    {
      case_number: caseNumber,
      case_year: year,
      case_type_code: typeCode,
      case_serial: serial,
      accepted_at: now,
      accepted_by: input.actorId,
      procedure: input.procedure,
      acceptance_fee_fen: fee.totalFen,
      acceptance_fee: JSON.stringify(fee),
      fee_due_date: feeDueDate,
      registered_first: input.registeredFirst,
    },
    now,
  );
  const data = { caseNumber, procedure: input.procedure, feeCategory: category, feeFen: fee.totalFen, feeDueDate };
  await recordFilingEvent(trx, {
    filing_id: filing.id,
    actor_id: input.actorId,
    type: input.registeredFirst ? 'filing.registered_first' : 'filing.accepted',
    data: input.registeredFirst ? { ...data, reason: 'decision_period_expired', decisionDueDate: filing.decision_due_date } : data,
  });
  // The notices before the audit record: a document that cannot be issued rolls the registration back.
  await issueRegistrationDocuments(
    trx,
    { deps: input.documents.deps, ctx, court, issuedBy: input.actorId, issuedAt: now, origin: input.documents.origin },
    { filing, caseNumber, acceptedOn: today, fee, feeDueDate },
  );
  await appendAudit(trx, ctx, {
    action: input.registeredFirst ? 'filing.register_first' : 'filing.accept',
    outcome: 'success',
    resourceType: 'filing',
    resourceId: filing.id,
    detail: data,
  });
  return { caseNumber, feeFen: fee.totalFen };
}
