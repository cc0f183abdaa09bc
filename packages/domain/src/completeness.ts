// Completeness of a filing before submission, reported all at once (一次性告知):
// 最高人民法院关于人民法院登记立案若干问题的规定 (法释〔2015〕8号) Art. 6–7 and 民事诉讼法 (2023) Art. 122, 124.
// Every missing or wrong item is listed in form order, so one correction notice can name them all.
import { findCauseOfAction } from './causes-of-action/catalogue.js';
import { checkElementComplaint, elementTemplateFor } from './element-complaints/index.js';
import { checkAgents, checkMaterials } from './completeness/materials.js';
import { checkPlaintiff } from './completeness/parties.js';
import { blank, present, type CompletenessCode, type CompletenessIssue, type FilingForCompleteness } from './completeness/types.js';
import { validateCreditCode, validateResidentId } from './identity.js';

export { complaintCopiesNeeded } from './completeness/materials.js';
export { describeCompletenessIssue } from './completeness/describe.js';
export {
  materialKinds,
  type AgentForCompleteness,
  type CompletenessCode,
  type CompletenessIssue,
  type FilingForCompleteness,
  type MaterialKind,
  type PartyKind,
  type PlaintiffForCompleteness,
} from './completeness/types.js';

export function checkFilingCompleteness(
  f: FilingForCompleteness,
  today: string,
): { ok: true } | { ok: false; issues: CompletenessIssue[] } {
  const issues: CompletenessIssue[] = [];
  const add = (path: string, code: CompletenessCode): void => {
    issues.push({ path, code });
  };

  // The plaintiff's particulars (CPL Art. 124(1)).
  checkPlaintiff(f.plaintiff, today, add);

  // A definite defendant (CPL Art. 122(2)): name and domicile enough to tell them from others
  // (Art. 124(2); Registration Art. 6(3); 民诉法解释 Art. 209).
  if (f.defendants.length === 0) add('defendants', 'min_count');
  f.defendants.forEach((d, i) => {
    const at = `defendants.${i}`;
    if (blank(d.name)) add(`${at}.name`, 'required');
    if (blank(d.address)) add(`${at}.address`, 'required');
    if (d.kind === 'person' && present(d.idNumber) && !validateResidentId(d.idNumber, today).ok) {
      add(`${at}.idNumber`, 'invalid');
    }
    if (d.kind === 'organization' && present(d.creditCode) && !validateCreditCode(d.creditCode).ok) {
      add(`${at}.creditCode`, 'invalid');
    }
  });

  // Specific claims (CPL Art. 122(3), 124(3)); amounts are whole fen and not negative. A claim for money or
  // property states its amount: without it the claim is not specific, and the fee depends on it (诉讼费用交纳办法 Art. 13).
  if (f.claims.length === 0) add('claims', 'min_count');
  f.claims.forEach((c, i) => {
    if (blank(c.text)) add(`claims.${i}.text`, 'required');
    if (c.amountFen === null) {
      if (c.property) add(`claims.${i}.amountFen`, 'required');
    } else if (!Number.isSafeInteger(c.amountFen) || c.amountFen < 0 || (c.property && c.amountFen === 0)) {
      add(`claims.${i}.amountFen`, 'invalid');
    }
  });

  // Facts and reasons (CPL Art. 122(3), 124(3)). No minimum length: the law sets none.
  if (blank(f.factsAndReasons)) add('factsAndReasons', 'required');

  // The cause of action must be an entry of the 民事案件案由规定 revision in force on the filing day.
  const cause = present(f.causeOfActionCode) ? findCauseOfAction(f.causeOfActionCode, { date: today }) : undefined;
  if (!present(f.causeOfActionCode)) add('causeOfActionCode', 'required');
  else if (!cause) add('causeOfActionCode', 'unknown');

  // An element-style complaint is checked against the published template of its cause of action.
  const template = cause && f.elements ? elementTemplateFor(cause.name) : undefined;
  if (template && f.elements) {
    const elements = checkElementComplaint(template, f.elements);
    if (!elements.ok) elements.issues.forEach((i) => add(i.path, i.code));
  }

  // Evidence and its source; witnesses' names and domiciles (CPL Art. 124(4)).
  (f.evidence ?? []).forEach((e, i) => {
    if (blank(e.name)) add(`evidence.${i}.name`, 'required');
    if (blank(e.source)) add(`evidence.${i}.source`, 'required');
    if (blank(e.purpose)) add(`evidence.${i}.purpose`, 'required');
  });
  (f.witnesses ?? []).forEach((w, i) => {
    if (blank(w.name)) add(`witnesses.${i}.name`, 'required');
    if (blank(w.address)) add(`witnesses.${i}.address`, 'required');
  });

  checkAgents(f, today, add);
  checkMaterials(f, add);

  return issues.length === 0 ? { ok: true } : { ok: false, issues };
}
