// The named statutory deadlines a filing meets, each with its legal source. Every one is counted by
// 民事诉讼法 (2023) Art. 85 (see counting.ts) and answers { ok: true, date } | NO_CALENDAR_DATA | INVALID_INPUT.
import {
  type DeadlineOutcome,
  type DeadlineResult,
  type Period,
  checkCount,
  checkDate,
  countPeriod,
  invalidInput,
  periodEnd,
} from './counting.js';

export interface StatutoryPeriod {
  period: Period;
  /** The day the period is counted from (the day itself is not counted). */
  triggeredBy: string;
  source: string;
}

const days = (count: number): Period => ({ unit: 'days', count });

const REGISTRATION = '最高人民法院关于人民法院登记立案若干问题的规定 (法释〔2015〕8号) 第八条';
const FEES = '诉讼费用交纳办法 (国务院令第481号) 第二十二条';

/** Decision on registration (登记立案) when the court cannot decide on the spot; if it cannot decide in time it must register first. */
export const decisionPeriods = {
  civil: { period: days(7), triggeredBy: '收到起诉状之日', source: `${REGISTRATION}第一款第(一)项 (民事起诉)` },
  administrative: { period: days(7), triggeredBy: '收到起诉状之日', source: `${REGISTRATION}第一款第(一)项 (行政起诉)` },
  criminal_private: { period: days(15), triggeredBy: '收到自诉状之日 (次日起算)', source: `${REGISTRATION}第一款第(二)项 (刑事自诉)` },
  third_party_revocation: { period: days(30), triggeredBy: '收到起诉状之日', source: `${REGISTRATION}第一款第(三)项 (第三人撤销之诉)` },
  enforcement_objection: { period: days(15), triggeredBy: '收到起诉状之日', source: `${REGISTRATION}第一款第(四)项 (执行异议之诉)` },
} as const satisfies Record<string, StatutoryPeriod>;

export type DecisionKind = keyof typeof decisionPeriods;

/** Days per decision kind, for callers that only need the number. */
export const decisionPeriodDays = Object.fromEntries(
  Object.entries(decisionPeriods).map(([kind, rule]) => [kind, rule.period.count]),
) as Readonly<Record<DecisionKind, number>>;

/**
 * The day by which the court decides whether to register the case (登记立案规定 Art. 8), counted from receipt of
 * the complaint. After a correction notice (Art. 7) the period runs from the day the corrected materials arrive:
 * pass that day as `receivedOn`. Throws on a malformed date (the server passes its own calendar date).
 */
export function decisionDueDate(receivedOn: string, kind: DecisionKind): DeadlineResult {
  return periodEnd(receivedOn, decisionPeriodDays[kind]);
}

/** Fee payment (预交诉讼费用), 诉讼费用交纳办法 Art. 22: 7 days, counted from the day after the trigger. */
export const feePaymentPeriods = {
  /** The plaintiff, from receipt of the payment notice (交纳诉讼费用通知). */
  plaintiff: { period: days(7), triggeredBy: '接到人民法院交纳诉讼费用通知之日', source: `${FEES}第一款` },
  /** A counterclaimant, from filing the counterclaim. */
  counterclaim: { period: days(7), triggeredBy: '提起反诉之日', source: `${FEES}第一款` },
  /** An appellant who did not prepay within the appeal period, from receipt of the court's notice. */
  appellant_notified: { period: days(7), triggeredBy: '接到人民法院预交通知之日', source: `${FEES}第二款` },
} as const satisfies Record<string, StatutoryPeriod>;

export type FeePaymentKind = keyof typeof feePaymentPeriods;

/** Appeal (上诉) periods, counted from service of the first-instance judgment or ruling. */
export const appealPeriods = {
  judgment: { period: days(15), triggeredBy: '判决书送达之日', source: '民事诉讼法 (2023) 第一百七十一条第一款' },
  ruling: { period: days(10), triggeredBy: '裁定书送达之日', source: '民事诉讼法 (2023) 第一百七十一条第二款' },
  /** A party without domicile in China, against a judgment or a ruling alike. */
  no_domicile: { period: days(30), triggeredBy: '判决书、裁定书送达之日', source: '民事诉讼法 (2023) 第二百八十六条' },
} as const satisfies Record<string, StatutoryPeriod>;

export type AppealDocument = 'judgment' | 'ruling';

/**
 * Service by publication (公告送达): deemed served when the period after the (last) publication has passed
 * (民诉法解释 Art. 138: the date of the last posting or printing counts).
 * Art. 95: 30 days since the 2021 revision (60 days before 2022-01-01).
 * Art. 283: 60 days for a party without domicile in China since the 2023 revision (3 months before 2024-01-01).
 */
export const publicationPeriods = {
  domestic: { period: days(30), triggeredBy: '发出公告之日', source: '民事诉讼法 (2023) 第九十五条' },
  no_domicile: { period: days(60), triggeredBy: '发出公告之日', source: '民事诉讼法 (2023) 第二百八十三条' },
} as const satisfies Record<string, StatutoryPeriod>;

/** Every statutory period by one key, for tables, UIs and `statutoryDeadline`. */
export const statutoryPeriods = {
  ...prefixed('decision', decisionPeriods),
  ...prefixed('fee_payment', feePaymentPeriods),
  ...prefixed('appeal', appealPeriods),
  ...prefixed('publication_service', publicationPeriods),
} as Readonly<Record<StatutoryDeadlineKind, StatutoryPeriod>>;

export type StatutoryDeadlineKind =
  | `decision_${DecisionKind}`
  | `fee_payment_${FeePaymentKind}`
  | `appeal_${keyof typeof appealPeriods}`
  | `publication_service_${keyof typeof publicationPeriods}`;

function prefixed(prefix: string, table: Record<string, StatutoryPeriod>): Record<string, StatutoryPeriod> {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [`${prefix}_${k}`, v]));
}

function has<T extends object>(table: T, key: unknown): key is keyof T {
  return typeof key === 'string' && Object.hasOwn(table, key);
}

/** The deadline of any statutory period by key, counted from `triggeredOn` (see `statutoryPeriods[kind].triggeredBy`). */
export function statutoryDeadline(kind: StatutoryDeadlineKind, triggeredOn: string): DeadlineOutcome {
  if (!has(statutoryPeriods, kind)) return invalidInput('kind', `unknown deadline kind ${String(kind)}`);
  return countPeriod(triggeredOn, statutoryPeriods[kind].period);
}

/** 7 days to pay the fee (诉讼费用交纳办法 Art. 22), counted from the day after the notice arrives (or the counterclaim is filed). */
export function feePaymentDueDate(triggeredOn: string, kind: FeePaymentKind = 'plaintiff'): DeadlineOutcome {
  if (!has(feePaymentPeriods, kind)) return invalidInput('kind', `unknown fee payment kind ${String(kind)}`);
  return countPeriod(triggeredOn, feePaymentPeriods[kind].period);
}

export interface PartyDomicile {
  /** false for a party without domicile (住所) in the People's Republic of China. */
  domicileInChina: boolean;
}

/** Last day to appeal: 15 days for a judgment, 10 for a ruling (Art. 171); 30 for a party without domicile in China (Art. 286). */
export function appealDueDate(
  servedOn: string,
  document: AppealDocument,
  party: PartyDomicile = { domicileInChina: true },
): DeadlineOutcome {
  if (document !== 'judgment' && document !== 'ruling')
    return invalidInput('document', `document must be 'judgment' or 'ruling', got ${String(document)}`);
  const rule = party.domicileInChina ? appealPeriods[document] : appealPeriods.no_domicile;
  return countPeriod(servedOn, rule.period, 'servedOn');
}

/** The day a document served by publication counts as served: 30 days (Art. 95), 60 without domicile in China (Art. 283). */
export function publicationServiceDate(publishedOn: string, party: PartyDomicile = { domicileInChina: true }): DeadlineOutcome {
  const rule = party.domicileInChina ? publicationPeriods.domestic : publicationPeriods.no_domicile;
  return countPeriod(publishedOn, rule.period, 'publishedOn');
}

/**
 * Last day to correct a complaint (补正). 登记立案规定 Art. 7 leaves the period to the court ("在指定期限内补正"); no
 * rule found gives a default, so the caller passes the period the notice states, in days or months, counted from the
 * day the correction notice is served (Art. 85).
 */
export function correctionDueDate(noticeServedOn: string, period: number | Period): DeadlineOutcome {
  if (typeof period === 'number') {
    const bad = checkDate('noticeServedOn', noticeServedOn) ?? checkCount('periodDays', period);
    return bad ?? countPeriod(noticeServedOn, days(period));
  }
  return countPeriod(noticeServedOn, period, 'noticeServedOn');
}
