// Review aids on the clerk's screen (fee category, jurisdiction hints, possible duplicates). Spread into en.ts.
import type { zhCNReview } from './zh-CN.review';

export const enReview: typeof zhCNReview = {
  reviewAids: {
    feeCategoryLabel: 'Fee category',
    feeCategoryFrom: 'Suggested from the cause of action “{{heading}}”',
    feeCategoryGeneral: 'General rule (property case with an amount, other non-property case without)',
    feeCategory: {
      property: 'Property case',
      divorce: 'Divorce',
      'personality-rights': 'Personality rights',
      'intellectual-property': 'Intellectual property (civil)',
      'labour-dispute': 'Labour dispute',
      'other-non-property': 'Other non-property case',
    },
  },
};
