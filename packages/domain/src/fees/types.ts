// Input and result shapes of the litigation-fee calculator (诉讼费用交纳办法, State Council Decree No. 481).
// Every amount is an integer number of fen (分).

export interface Bilingual {
  'zh-CN': string;
  en: string;
}

/**
 * Circumstances that halve a case acceptance fee (案件受理费). Only the acceptance-fee categories of
 * Art. 13 carry them; application fees (申请费, Art. 14) are never halved by these articles.
 */
export interface HalvingFlags {
  /** Art. 15: the case ends by mediation (以调解方式结案) or the party withdraws (申请撤诉). */
  closedBy?: 'mediation' | 'withdrawal';
  /** Art. 16: tried under the simplified procedure (适用简易程序审理). */
  simplifiedProcedure?: boolean;
  /** Art. 18: a counterclaim (反诉) or an independent third party's claim heard together with the main action. */
  joinedClaim?: 'counterclaim' | 'independent-third-party';
}

export type FeeInput =
  /** Art. 13(1): property case; with `appealedFen`, the appeal fee on the part appealed (Art. 17). */
  | ({ category: 'property'; amountFen: number; appealedFen?: number } & HalvingFlags)
  /** Art. 13(2)1: divorce; `propertyFen` is the total property to divide, if any. */
  | ({ category: 'divorce'; propertyFen?: number } & HalvingFlags)
  /** Art. 13(2)2: name, likeness, reputation, honour and other personality rights; `damagesFen` if damages are claimed. */
  | ({ category: 'personality-rights'; damagesFen?: number } & HalvingFlags)
  /** Art. 13(2)3: any other non-property case. */
  | ({ category: 'other-non-property' } & HalvingFlags)
  /** Art. 13(3): IP civil case; with an amount in dispute it is charged as a property case (and Art. 17 applies). */
  | ({ category: 'intellectual-property'; amountFen?: number; appealedFen?: number } & HalvingFlags)
  /** Art. 13(4): labour dispute. */
  | ({ category: 'labour-dispute' } & HalvingFlags)
  /** Art. 13(5): administrative case. */
  | ({ category: 'administrative'; kind: 'trademark-patent-maritime' | 'other' } & HalvingFlags)
  /** Art. 13(6): objection to jurisdiction that fails (异议不成立). */
  | { category: 'jurisdiction-objection' }
  /** Art. 8: cases with no acceptance fee. */
  | { category: 'no-fee'; ground: NoFeeGround }
  /** Art. 14(1): enforcement; without `amountFen` the per-court fixed figure applies. */
  | { category: 'enforcement'; amountFen?: number }
  /** Art. 14(2): preservation, on the amount actually preserved. */
  | { category: 'preservation'; amountFen?: number }
  /** Art. 14(3): payment order (支付令). */
  | { category: 'payment-order'; amountFen: number }
  /** Art. 14(4): public summons (公示催告). */
  | { category: 'public-summons' }
  /** Art. 14(5): setting aside an arbitral award or ruling on the validity of an arbitration agreement. */
  | { category: 'arbitration-review' }
  /** Art. 14(6): bankruptcy, on the total bankruptcy assets (破产财产总额). */
  | { category: 'bankruptcy'; assetsFen: number }
  /** Art. 14(7): maritime applications. */
  | { category: 'maritime-application'; kind: MaritimeApplicationKind };

export type FeeCategory = FeeInput['category'];

export type NoFeeGround =
  /** Art. 8(1): cases tried under the special procedure of the Civil Procedure Law. */
  | 'special-procedure'
  /** Art. 8(2): cases ruled not accepted, action dismissed, or appeal dismissed (裁定不予受理、驳回起诉、驳回上诉). */
  | 'ruled-not-accepted-or-dismissed'
  /** Art. 8(3): appeals against rulings of non-acceptance, dismissal of the action, or on a jurisdiction objection. */
  | 'appeal-against-procedural-ruling'
  /** Art. 8(4): administrative compensation cases (行政赔偿案件). */
  | 'administrative-compensation';

export type MaritimeApplicationKind =
  | 'limitation-fund' // 申请设立海事赔偿责任限制基金
  | 'maritime-injunction' // 申请海事强制令
  | 'ship-priority-summons' // 申请船舶优先权催告
  | 'maritime-claim-registration' // 申请海事债权登记
  | 'general-average-adjustment'; // 申请共同海损理算

export interface FeeLine {
  label: Bilingual;
  /** The part of the amount this line applies to (0 for a fee per case that does not depend on an amount). */
  baseFen: number;
  /** The rate applied to `baseFen`, as the Decree writes it ('2.5%'); absent for a fixed sum. */
  rate?: string;
  /** This line's amount, half up to the fen (only the top bracket can hold a fraction of a fen). */
  amountFen: number;
  source: string;
}

export interface FeeReduction {
  kind: 'halving' | 'fraction' | 'cap' | 'judicial-aid';
  label: Bilingual;
  amountFen: number;
  source: string;
}

export interface FeeSuccess {
  ok: true;
  category: FeeCategory;
  /** What the party pays: sum of lines minus sum of reductions. */
  totalFen: number;
  lines: FeeLine[];
  reductions: FeeReduction[];
  /** Set by applyJudicialAid for a granted deferral (缓交): the amount is unchanged but payable later. */
  deferred?: boolean;
  /** Config keys whose legal-range default was used because the court configured no figure. */
  defaultsUsed: string[];
  explanation: Bilingual;
}

export interface FeeIssue {
  field: string;
  code: 'NOT_A_FEN_AMOUNT' | 'REQUIRED' | 'APPEAL_EXCEEDS_AMOUNT' | 'OUT_OF_LEGAL_RANGE' | 'UNKNOWN_VALUE';
  /** For OUT_OF_LEGAL_RANGE: the legal range in fen and its source. */
  minFen?: number;
  maxFen?: number;
  source?: string;
}

export type FeeResult = FeeSuccess | { ok: false; reason: 'INVALID_INPUT' | 'INVALID_CONFIG'; issues: FeeIssue[] };
