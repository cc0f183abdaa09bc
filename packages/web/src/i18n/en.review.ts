// Review aids on the clerk's screen (fee category, jurisdiction hints, possible duplicates). Spread into en.ts.
import type { zhCNReview } from './zh-CN.review';

export const enReview: typeof zhCNReview = {
  reviewAids: {
    next: 'Next filing',
    nextInQueue: 'Next: {{receipt}}',
    completenessTitle: 'Automatic completeness check',
    complete: 'The filing rules find nothing missing; the content still needs your review',
    incomplete: 'The filing rules find {{count}} item(s) missing (pre-filled in the correction notice):',
    jurisdictionTitle: 'Jurisdiction hints',
    area: "This court's area",
    areaUnknown: "The court's area is not in the data: cannot tell",
    overall: {
      within: 'On the filing as it stands, a connecting factor lies in this court’s area',
      outside: 'On the filing as it stands, no connecting factor lies in this court’s area: check jurisdiction',
      unknown: 'The filing does not show whether this court has jurisdiction: check by hand',
    },
    result: { within: 'In the area', outside: 'Outside', unknown: 'Cannot tell' },
    ground: {
      defendant_domicile: "Defendant's domicile",
      contract_place: 'Place of performance',
      tort_place: 'Place of the tort',
      agreed_court: 'Chosen court',
    },
    reason: {
      no_address: 'No address given',
      region_unrecognised: 'The address names no province or district',
      not_in_form: 'Not recorded in the filing: see the contract or complaint',
      court_area_unknown: "The court's area is not in the data",
    },
    duplicatesTitle: 'Possible duplicates',
    noDuplicates: 'No filing with the same parties and cause in the last {{months}} months',
    duplicatesFound: '{{count}} filing(s) with the same parties and cause in the last {{months}} months: check for a repeated action',
    otherCourtFiling: "Another court's filing (details not visible to you)",
    versus: 'v.',
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
