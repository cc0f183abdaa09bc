// The court's decisions on a filing, as data and pure rules: the procedure chosen at registration and
// the acceptance fee it implies, the sections a correction notice (一次性告知) can name, the grounds of a
// ruling not to accept (不予受理) with their legal basis, and where and by when that ruling can be appealed.
// Sources: 民事诉讼法 (2023) Art. 122, 126, 127, 160, 165, 171; 诉讼费用交纳办法 Art. 13, 16.
import { findCourtByDesignation, demoCourts, type Court } from './courts.js';
import { appealDueDate, feePaymentDueDate } from './deadlines.js';
import { calculateFee } from './fees/calculate.js';
import type { FeeSuccess } from './fees/types.js';

/**
 * 普通程序; 简易程序 (CPL Art. 160); 小额诉讼程序 (CPL Art. 165), which is a procedure within the
 * simplified-procedure chapter of the CPL, so the simplified procedure's fee halving applies to it too.
 */
export const procedures = ['ordinary', 'simplified', 'small_claims'] as const;
export type Procedure = (typeof procedures)[number];

/**
 * The procedure suggested to the clerk. Small claims depend on 50 % of the province's average annual wage
 * of the previous year (CPL Art. 165), a figure the rule book does not hold, and the simplified procedure
 * depends on the case being simple (CPL Art. 160), which no amount decides: the suggestion is ordinary.
 */
export function suggestedProcedure(): Procedure {
  return 'ordinary';
}

/**
 * The acceptance fee (案件受理费) for a civil first-instance filing: a property case on the total claimed
 * when any claim states an amount (Art. 13(1)), otherwise an other non-property case (Art. 13(2)3); halved
 * under the simplified procedure, small claims included (Art. 16).
 */
export function acceptanceFee(claimAmountFen: number, procedure: Procedure): FeeSuccess {
  const simplifiedProcedure = procedure !== 'ordinary';
  const r = calculateFee(
    claimAmountFen > 0
      ? { category: 'property', amountFen: claimAmountFen, simplifiedProcedure }
      : { category: 'other-non-property', simplifiedProcedure },
  );
  if (!r.ok) throw new Error(`acceptance fee for ${claimAmountFen} fen: ${r.reason}`);
  return r;
}

/** Last day to pay the acceptance fee: 7 days from the day the payment notice is served (Fees Art. 22). */
export function acceptanceFeeDueDate(noticeServedOn: string): { ok: true; date: string } | { ok: false; year: number | null } {
  const r = feePaymentDueDate(noticeServedOn, 'plaintiff');
  if (r.ok) return { ok: true, date: r.date };
  return { ok: false, year: r.reason === 'NO_CALENDAR_DATA' ? r.year : null };
}

/**
 * The correction period the court sets in its notice (指定期限, 登记立案规定 Art. 7): the law fixes no number.
 * These bounds are this system's guard against slips (a date in the past, a year away), not law: at least
 * the day after the notice, at most 30 days, 7 suggested.
 */
export const correctionPeriodBounds = { minDays: 1, maxDays: 30, suggestedDays: 7 } as const;

/** The parts of a filing a correction notice can name; the filer may change only those. */
export const correctionSections = ['plaintiff', 'defendants', 'claims', 'factsAndReasons', 'causeOfAction', 'materials'] as const;
export type CorrectionSection = (typeof correctionSections)[number];

/** The section a completeness path ('defendants.0.address', 'materials.complaint', 'causeOfActionCode') belongs to. */
export function sectionOfPath(path: string): CorrectionSection {
  const head = path.split('.')[0] ?? '';
  switch (head) {
    case 'plaintiff':
    case 'defendants':
    case 'claims':
    case 'factsAndReasons':
      return head;
    case 'causeOfActionCode':
    case 'elements':
      return 'causeOfAction';
    default:
      // materials, agents' papers, evidence and witnesses are supplied as uploaded files.
      return 'materials';
  }
}

export interface RejectionGround {
  code: string;
  label: { 'zh-CN': string; en: string };
  /** The article the ruling rests on. */
  basis: string;
}

/**
 * Grounds of a ruling not to accept (裁定不予受理). CPL (2023) Art. 126 para. 2 with Art. 122: the conditions of
 * an action; Art. 127: the complaints handled otherwise. Labels summarise the article; the clerk adds the
 * reasons of the case in free text. Art. 127(1)–(5) tell the plaintiff where to go instead; the ruling records it.
 */
export const rejectionGrounds: readonly RejectionGround[] = [
  {
    code: 'no_direct_interest',
    label: { 'zh-CN': '原告与本案没有直接利害关系', en: 'The plaintiff has no direct interest in the case' },
    basis: '民事诉讼法第一百二十二条第（一）项、第一百二十六条',
  },
  {
    code: 'no_definite_defendant',
    label: { 'zh-CN': '没有明确的被告', en: 'There is no definite defendant' },
    basis: '民事诉讼法第一百二十二条第（二）项、第一百二十六条',
  },
  {
    code: 'no_specific_claims',
    label: { 'zh-CN': '没有具体的诉讼请求和事实、理由', en: 'No specific claims, facts and reasons' },
    basis: '民事诉讼法第一百二十二条第（三）项、第一百二十六条',
  },
  {
    code: 'outside_civil_jurisdiction',
    label: {
      'zh-CN': '不属于人民法院受理民事诉讼的范围或者受诉人民法院管辖',
      en: 'Outside the civil jurisdiction of the courts or of this court',
    },
    basis: '民事诉讼法第一百二十二条第（四）项、第一百二十六条',
  },
  {
    code: 'administrative_litigation',
    label: { 'zh-CN': '属于行政诉讼受案范围，应当提起行政诉讼', en: 'An administrative case: file an administrative action' },
    basis: '民事诉讼法第一百二十七条第（一）项',
  },
  {
    code: 'arbitration_agreement',
    label: { 'zh-CN': '当事人达成书面仲裁协议，应当申请仲裁', en: 'A written arbitration agreement: apply for arbitration' },
    basis: '民事诉讼法第一百二十七条第（二）项',
  },
  {
    code: 'other_authority',
    label: { 'zh-CN': '依法应当由其他机关处理的争议', en: 'A dispute another authority must handle by law' },
    basis: '民事诉讼法第一百二十七条第（三）项',
  },
  {
    code: 'not_this_court',
    label: {
      'zh-CN': '不属于本院管辖，应当向有管辖权的人民法院起诉',
      en: 'Not within this court’s jurisdiction: sue at the competent court',
    },
    basis: '民事诉讼法第一百二十七条第（四）项',
  },
  {
    code: 'res_judicata',
    label: {
      'zh-CN': '判决、裁定、调解书已经发生法律效力，应当申请再审',
      en: 'Already decided by an effective judgment, ruling or mediation: apply for retrial',
    },
    basis: '民事诉讼法第一百二十七条第（五）项',
  },
  {
    code: 'statutory_bar_period',
    label: { 'zh-CN': '在依法不得起诉的期限内起诉', en: 'Filed within a period in which the law bars an action' },
    basis: '民事诉讼法第一百二十七条第（六）项',
  },
  {
    code: 'divorce_six_months',
    label: {
      'zh-CN': '不准离婚或调解和好的离婚案件、维持收养关系的案件，没有新情况、新理由，六个月内又起诉',
      en: 'Divorce or adoption case refused or reconciled: sued again within six months without new facts or reasons',
    },
    basis: '民事诉讼法第一百二十七条第（七）项',
  },
  {
    code: 'insisted_after_return',
    label: {
      'zh-CN': '未在指定期限内补正，经退回后坚持起诉',
      en: 'Not corrected within the period set; the filer insisted after the return',
    },
    basis: '最高人民法院关于人民法院登记立案若干问题的规定第七条',
  },
];

export function findRejectionGround(code: string): RejectionGround | undefined {
  return rejectionGrounds.find((g) => g.code === code);
}

export interface AppealRoute {
  /** Last day to appeal: 10 days from service of the ruling (CPL Art. 171 para. 2). */
  dueDate: string | null;
  /** The next-higher court (上一级人民法院, CPL Art. 171), when the court table knows it. */
  court: Pick<Court, 'name' | 'nameEn' | 'designation'> | null;
  source: string;
}

/** Where and by when a ruling not to accept, served on `servedOn` by the court `designation`, can be appealed. */
export function appealAgainstRuling(designation: string, servedOn: string, courts: readonly Court[] = demoCourts): AppealRoute {
  const due = appealDueDate(servedOn, 'ruling');
  const own = findCourtByDesignation(designation, courts);
  const parent = own?.parentId ? courts.find((c) => c.id === own.parentId) : undefined;
  return {
    dueDate: due.ok ? due.date : null,
    court: parent ? { name: parent.name, nameEn: parent.nameEn, designation: parent.designation } : null,
    source: '民事诉讼法第一百二十六条、第一百七十一条第二款',
  };
}
