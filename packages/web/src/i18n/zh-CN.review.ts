// Review aids on the clerk's screen (fee category, jurisdiction hints, possible duplicates). Spread into zh-CN.ts.
export const zhCNReview = {
  reviewAids: {
    jurisdictionTitle: '管辖提示',
    area: '本院辖区',
    areaUnknown: '本院辖区数据缺失，无法判断',
    overall: {
      within: '依现有材料，本院有管辖权的连结点在本院辖区内',
      outside: '依现有材料，各连结点均不在本院辖区内，请审查是否属于本院管辖',
      unknown: '依现有材料无法判断是否属于本院管辖，请人工审查',
    },
    result: { within: '辖区内', outside: '辖区外', unknown: '无法判断' },
    ground: {
      defendant_domicile: '被告住所地',
      contract_place: '合同履行地',
      tort_place: '侵权行为地',
      agreed_court: '协议管辖',
    },
    reason: {
      no_address: '未填写地址',
      region_unrecognised: '地址未写明省、区县',
      not_in_form: '立案材料未载明，请查阅合同或起诉状',
      court_area_unknown: '本院辖区数据缺失',
    },
    duplicatesTitle: '重复起诉提示',
    noDuplicates: '近 {{months}} 个月内未发现当事人和案由相同的立案申请',
    duplicatesFound: '近 {{months}} 个月内有 {{count}} 件当事人和案由相同的立案申请，请核查是否重复起诉',
    otherCourtFiling: '其他法院的立案申请（无权查看详情）',
    versus: '诉',
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
