// Review aids on the clerk's screen (fee category, jurisdiction hints, possible duplicates). Spread into zh-CN.ts.
export const zhCNReview = {
  reviewAids: {
    feeCategoryLabel: '受理费类别',
    feeCategoryFrom: '依案由“{{heading}}”建议',
    feeCategoryGeneral: '按一般规定（有金额按财产案件，无金额按其他非财产案件）',
    feeCategory: {
      property: '财产案件',
      divorce: '离婚案件',
      'personality-rights': '人格权案件',
      'intellectual-property': '知识产权民事案件',
      'labour-dispute': '劳动争议案件',
      'other-non-property': '其他非财产案件',
    },
  },
};
