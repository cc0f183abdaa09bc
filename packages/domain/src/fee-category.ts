// Which acceptance-fee category of 诉讼费用交纳办法 Art. 13 a civil first-instance filing falls in, read from
// its cause of action (案由) in the catalogue the filing used, and the fee it then costs. The catalogue's
// headings decide, by name, so the 2020 and 2025 revisions (whose codes differ) map alike:
//   离婚纠纷                                → Art. 13(2)1 divorce (the amount claimed is the property to divide)
//   人格权纠纷 (part one, "以及其他人格权")   → Art. 13(2)2 personality rights (the amount claimed is the damages)
//   知识产权合同纠纷, 知识产权权属、侵权纠纷 → Art. 13(3) intellectual property (with an amount: as property)
//   劳动争议                                → Art. 13(4) labour dispute, 10 yuan
//   anything else                          → Art. 13(1) property with an amount claimed, else Art. 13(2)3.
// 不正当竞争、垄断、人事争议 and 新就业形态用工纠纷 are not named by Art. 13(3)/(4) and fall to the general rule.
// The clerk sees the suggestion with its basis and may choose another category at registration.
import { causeOfActionPath, findCauseOfAction } from './causes-of-action/catalogue.js';
import { calculateFee } from './fees/calculate.js';
import type { FeeSuccess } from './fees/types.js';
import type { Procedure } from './review.js';

export const civilFeeCategories = [
  'property',
  'divorce',
  'personality-rights',
  'intellectual-property',
  'labour-dispute',
  'other-non-property',
] as const;
export type CivilFeeCategory = (typeof civilFeeCategories)[number];

export const civilFeeCategoryBasis: Record<CivilFeeCategory, string> = {
  property: '诉讼费用交纳办法第十三条第（一）项',
  divorce: '诉讼费用交纳办法第十三条第（二）项第1目',
  'personality-rights': '诉讼费用交纳办法第十三条第（二）项第2目',
  'other-non-property': '诉讼费用交纳办法第十三条第（二）项第3目',
  'intellectual-property': '诉讼费用交纳办法第十三条第（三）项',
  'labour-dispute': '诉讼费用交纳办法第十三条第（四）项',
};

export interface FeeCategorySuggestion {
  category: CivilFeeCategory;
  basis: string;
  /** The catalogue heading (or the cause itself) that decided; null when the general rule applied. */
  matchedHeading: string | null;
}

const byHeading: ReadonlyArray<[string, CivilFeeCategory]> = [
  ['离婚纠纷', 'divorce'],
  ['人格权纠纷', 'personality-rights'],
  ['知识产权合同纠纷', 'intellectual-property'],
  ['知识产权权属、侵权纠纷', 'intellectual-property'],
  ['劳动争议', 'labour-dispute'],
];

/** The Art. 13 category suggested for a filing's cause of action (code in catalogue `version`) and amount claimed. */
export function feeCategoryForCause(code: string | null, version: string | null, claimAmountFen: number): FeeCategorySuggestion {
  const entry = code ? findCauseOfAction(code, version ? { version } : undefined) : undefined;
  if (entry && code) {
    // The cause itself first (离婚纠纷 is an item, not a heading), then its headings from the nearest up.
    const names = [entry.name, ...causeOfActionPath(code, version ? { version } : undefined).reverse()];
    for (const name of names) {
      const hit = byHeading.find(([heading]) => heading === name);
      if (hit) return { category: hit[1], basis: civilFeeCategoryBasis[hit[1]], matchedHeading: name };
    }
  }
  const category: CivilFeeCategory = claimAmountFen > 0 ? 'property' : 'other-non-property';
  return { category, basis: civilFeeCategoryBasis[category], matchedHeading: null };
}

/**
 * The acceptance fee of a civil first-instance case in `category`, the amount claimed read as that category
 * reads it; halved under the simplified procedure, small claims included (Art. 16).
 */
export function civilAcceptanceFee(category: CivilFeeCategory, claimAmountFen: number, procedure: Procedure): FeeSuccess {
  const simplifiedProcedure = procedure !== 'ordinary';
  const amount = claimAmountFen > 0 ? claimAmountFen : undefined;
  const input = (() => {
    switch (category) {
      case 'property':
        return { category, amountFen: claimAmountFen, simplifiedProcedure } as const;
      case 'divorce':
        return { category, propertyFen: amount, simplifiedProcedure } as const;
      case 'personality-rights':
        return { category, damagesFen: amount, simplifiedProcedure } as const;
      case 'intellectual-property':
        return { category, amountFen: amount, simplifiedProcedure } as const;
      case 'labour-dispute':
      case 'other-non-property':
        return { category, simplifiedProcedure } as const;
    }
  })();
  const r = calculateFee(input);
  if (!r.ok) throw new Error(`acceptance fee (${category}) for ${claimAmountFen} fen: ${r.reason}`);
  return r;
}
