// The demo review queue (DEMO ONLY): twenty filings at the demo court, each with its own defect or none, for
// trying the clerk's decisions by hand. People, companies and addresses are fictitious; ID numbers are made
// up with a valid GB 11643 check digit and credit codes with a valid GB 32100 one, and belong to no one.
// `submittedDaysAgo` spreads the decision periods so the queue shows normal, 2-day warning and last-day rows.

export interface DemoParty {
  kind: 'person' | 'organization';
  name: string;
  /** 17 digits: the check digit is computed. */
  idBase?: string;
  sex?: 'male' | 'female';
  /** 17 characters: the check character is computed. */
  creditBase?: string;
  legalRepresentative?: string;
  phone?: string;
  address: string;
}

export interface DemoFiling {
  /** What is wrong with it, as the clerk should find it (for the seed's own output, not shown in the app). */
  defect: string;
  /** Index into demoLitigants: the account that files it. */
  filer: number;
  submittedDaysAgo: number;
  cause: string;
  plaintiff?: { address?: string; ethnicity?: string; occupation?: string; employer?: string };
  defendants: DemoParty[];
  claims: Array<{ text: string; amountFen: number | null }>;
  facts: string;
  /** Materials handed in; evidence items without `name` have no evidence-list entry. */
  materials: Array<
    { kind: 'complaint' | 'identity' } | { kind: 'evidence'; file: string; name?: string; source?: string; purpose?: string }
  >;
  /** Counter intake (incomplete papers are received too); online filings pass the completeness check. */
  intake: 'online' | 'counter';
}

export const demoLitigants = [
  { login: '13800000001', realName: '张三', idBase: null }, // the demo litigant (seed.ts)
  { login: '13800001001', realName: '陈丽华', idBase: '11010519860312402' },
  { login: '13800001002', realName: '刘建军', idBase: '11010519750809331' },
  { login: '13800001003', realName: '杨晓燕', idBase: '11010819920118202' },
  { login: '13800001004', realName: '黄志强', idBase: '11010519800527131' },
  { login: '13800001005', realName: '周敏', idBase: '11010219881103562' },
  { login: '13800001006', realName: '吴国栋', idBase: '11010519690214271' },
  { login: '13800001007', realName: '徐静', idBase: '11010619950630452' },
  { login: '13800001008', realName: '孙浩然', idBase: '11010519910921351' },
  { login: '13800001009', realName: '马秀英', idBase: '11010519580706284' },
  { login: '13800001010', realName: '朱文博', idBase: '11010519870416193' },
  { login: '13800001011', realName: '胡桂芳', idBase: '11010519730902322' },
  { login: '13800001012', realName: '郭子豪', idBase: '11010519990125031' },
] as const;

const all = [{ kind: 'complaint' }, { kind: 'identity' }] as const;
const ev = (file: string, name: string, purpose: string, source = '原告持有') => ({
  kind: 'evidence' as const,
  file,
  name,
  source,
  purpose,
});

export const demoQueue: DemoFiling[] = [
  {
    defect: '无（材料齐全）',
    filer: 1,
    submittedDaysAgo: 7,
    cause: '民间借贷纠纷',
    defendants: [
      {
        kind: 'person',
        name: '李建国',
        idBase: '11010519821015203',
        sex: 'male',
        phone: '13911110001',
        address: '北京市朝阳区团结湖路8号院3号楼502',
      },
    ],
    claims: [
      { text: '判令被告偿还借款本金人民币50000元', amountFen: 5_000_000 },
      { text: '本案诉讼费用由被告承担', amountFen: null },
    ],
    facts:
      '2025年6月1日，被告因装修房屋向原告借款50000元，出具借条一张，约定2025年12月31日前归还。原告当日通过银行转账交付借款。到期后原告多次催要，被告至今未还。',
    materials: [...all, ev('借条.pdf', '借条', '证明被告向原告借款50000元'), ev('转账凭证.pdf', '银行转账电子回单', '证明原告已交付借款')],
    intake: 'online',
  },
  {
    defect: '未提交原告身份证明',
    filer: 2,
    submittedDaysAgo: 7,
    cause: '买卖合同纠纷',
    defendants: [
      {
        kind: 'organization',
        name: '北京恒远建材有限公司',
        creditBase: '91110105MA01ABCD2',
        legalRepresentative: '钱永林',
        address: '北京市朝阳区东三环中路39号',
      },
    ],
    claims: [{ text: '判令被告支付货款人民币128600元', amountFen: 12_860_000 }],
    facts: '原告于2025年8月向被告供应瓷砖一批，货款128600元，被告收货后仅出具对账单，至今未付款。',
    materials: [{ kind: 'complaint' }, ev('送货单.pdf', '送货单', '证明原告已向被告交付货物'), ev('对账单.pdf', '对账单', '证明欠款金额')],
    intake: 'counter',
  },
  {
    defect: '证据目录未填写（证据名称、来源、证明目的）',
    filer: 3,
    submittedDaysAgo: 6,
    cause: '房屋租赁合同纠纷',
    defendants: [
      { kind: 'person', name: '赵德明', idBase: '11010519770318111', sex: 'male', address: '北京市朝阳区望京西园四区412号楼1801' },
    ],
    claims: [{ text: '判令被告返还房屋押金人民币12000元', amountFen: 1_200_000 }],
    facts: '原告于2024年3月租住被告所有的房屋，交纳押金12000元。2026年3月租期届满，原告已腾退房屋并交还钥匙，被告拒不退还押金。',
    materials: [...all, { kind: 'evidence', file: '租赁合同.pdf' }, { kind: 'evidence', file: '押金收据.pdf' }],
    intake: 'counter',
  },
  {
    defect: '诉讼请求未写明金额（“支付拖欠的工程款及利息”）',
    filer: 4,
    submittedDaysAgo: 6,
    cause: '装饰装修合同纠纷',
    defendants: [{ kind: 'person', name: '郑海涛', idBase: '11010519840723413', sex: 'male', address: '北京市朝阳区安贞西里五区9号楼303' }],
    claims: [{ text: '判令被告支付拖欠的装修工程款及利息', amountFen: null }],
    facts: '2025年9月原告为被告住宅进行装修，约定工程款分三期支付。工程完工后被告仅支付第一期款项，余款未付。',
    materials: [...all, ev('装修合同.pdf', '家庭装饰装修合同', '证明双方装修合同关系')],
    intake: 'online',
  },
  {
    defect: '被告住址未填写',
    filer: 5,
    submittedDaysAgo: 5,
    cause: '民间借贷纠纷',
    defendants: [{ kind: 'person', name: '王振宇', sex: 'male', phone: '13911110005', address: '' }],
    claims: [{ text: '判令被告偿还借款人民币20000元', amountFen: 2_000_000 }],
    facts: '2025年11月被告以资金周转为由向原告借款20000元，原告通过微信转账支付，被告承诺三个月内归还，至今未还。',
    materials: [...all, ev('微信转账记录.pdf', '微信转账记录', '证明原告向被告交付借款')],
    intake: 'counter',
  },
  {
    defect: '不属本院管辖（离婚案件，被告住所地在海淀区）',
    filer: 6,
    submittedDaysAgo: 5,
    cause: '离婚纠纷',
    defendants: [{ kind: 'person', name: '林志远', idBase: '11010819850220155', sex: 'male', address: '北京市海淀区学院路30号院6号楼201' }],
    claims: [{ text: '判令原告与被告离婚', amountFen: null }],
    facts: '原告与被告于2015年登记结婚。婚后双方因性格不合经常争吵，自2024年5月起分居至今，夫妻感情确已破裂。',
    materials: [...all, ev('结婚证.pdf', '结婚证', '证明双方婚姻关系')],
    intake: 'online',
  },
  {
    defect: '可能重复起诉（与下一件当事人、案由相同）',
    filer: 0,
    submittedDaysAgo: 4,
    cause: '民间借贷纠纷',
    defendants: [{ kind: 'person', name: '钱光明', idBase: '11010519790611351', sex: 'male', address: '北京市朝阳区劲松九区907号楼606' }],
    claims: [{ text: '判令被告偿还借款人民币30000元', amountFen: 3_000_000 }],
    facts: '2025年7月1日被告向原告借款30000元，约定半年内归还，到期未还。',
    materials: [...all, ev('借条.pdf', '借条', '证明借款事实')],
    intake: 'online',
  },
  {
    defect: '可能重复起诉（与上一件当事人、案由相同）',
    filer: 0,
    submittedDaysAgo: 2,
    cause: '民间借贷纠纷',
    defendants: [{ kind: 'person', name: '钱光明', idBase: '11010519790611351', sex: 'male', address: '北京市朝阳区劲松九区907号楼606' }],
    claims: [{ text: '判令被告偿还借款人民币30000元及逾期利息', amountFen: 3_000_000 }],
    facts: '被告于2025年7月1日向原告借款30000元，出具借条，逾期至今未还。',
    materials: [...all, ev('借条原件.pdf', '借条', '证明借款事实')],
    intake: 'online',
  },
  {
    defect: '诉讼请求金额与事实理由不一致（请求退费18800元，事实称交纳16800元）',
    filer: 7,
    submittedDaysAgo: 4,
    cause: '服务合同纠纷',
    defendants: [
      {
        kind: 'organization',
        name: '北京优学教育科技有限公司',
        creditBase: '91110105MA02XYWU3',
        legalRepresentative: '冯佳',
        address: '北京市朝阳区建国路88号SOHO现代城B座1203',
      },
    ],
    claims: [{ text: '判令被告退还培训费人民币18800元', amountFen: 1_880_000 }],
    facts: '原告于2025年10月为子女报名被告的课外培训课程，交纳培训费16800元。被告于2026年1月停课且未退费。',
    materials: [...all, ev('培训协议.pdf', '培训服务协议', '证明服务合同关系'), ev('缴费凭证.pdf', '缴费凭证', '证明已交纳培训费')],
    intake: 'counter',
  },
  {
    defect: '未提交起诉状',
    filer: 8,
    submittedDaysAgo: 3,
    cause: '物业服务合同纠纷',
    defendants: [
      {
        kind: 'organization',
        name: '北京安居物业管理有限公司',
        creditBase: '91110105MA03QRTP4',
        legalRepresentative: '韩立',
        address: '北京市朝阳区双桥东路12号',
      },
    ],
    claims: [{ text: '判令被告赔偿漏水造成的财产损失人民币6500元', amountFen: 650_000 }],
    facts: '2026年7月原告所住楼宇公共水管破裂，物业未及时维修，导致原告家中木地板及家具受损。',
    materials: [{ kind: 'identity' }, ev('损失照片.pdf', '现场照片', '证明损失情况')],
    intake: 'counter',
  },
  {
    defect: '原告民族、职业、工作单位未填写',
    filer: 9,
    submittedDaysAgo: 3,
    cause: '追索劳动报酬纠纷',
    plaintiff: { ethnicity: '', occupation: '', employer: '' },
    defendants: [
      {
        kind: 'organization',
        name: '北京鑫达餐饮管理有限公司',
        creditBase: '91110105MA04LMNK5',
        legalRepresentative: '曹国平',
        address: '北京市朝阳区工人体育场北路21号',
      },
    ],
    claims: [{ text: '判令被告支付拖欠工资人民币15600元', amountFen: 1_560_000 }],
    facts: '原告于2025年3月入职被告处任厨师，2026年4月至6月工资未发放。经劳动仲裁，仲裁委不予受理。',
    materials: [
      ...all,
      ev('工资条.pdf', '工资条', '证明工资标准'),
      ev('仲裁不予受理通知书.pdf', '不予受理通知书', '证明已经过劳动仲裁前置程序'),
    ],
    intake: 'counter',
  },
  {
    defect: '事实与理由为空',
    filer: 10,
    submittedDaysAgo: 2,
    cause: '机动车交通事故责任纠纷',
    defendants: [{ kind: 'person', name: '罗明辉', idBase: '11010519900408213', sex: 'male', address: '北京市朝阳区十里堡北区2号楼1105' }],
    claims: [{ text: '判令被告赔偿医疗费、误工费等共计人民币42300元', amountFen: 4_230_000 }],
    facts: '',
    materials: [
      ...all,
      ev('事故认定书.pdf', '道路交通事故认定书', '证明被告负事故全部责任'),
      ev('医疗费票据.pdf', '医疗费票据', '证明医疗费损失'),
    ],
    intake: 'counter',
  },
  {
    defect: '未提交任何证据',
    filer: 11,
    submittedDaysAgo: 2,
    cause: '民间借贷纠纷',
    defendants: [
      { kind: 'person', name: '高文静', idBase: '11010519830912262', sex: 'female', address: '北京市朝阳区潘家园南里15号楼402' },
    ],
    claims: [{ text: '判令被告偿还借款人民币8000元', amountFen: 800_000 }],
    facts: '2026年2月被告向原告借款8000元用于支付房租，约定两个月后归还，至今未还。',
    materials: [...all],
    intake: 'counter',
  },
  {
    defect: '无（劳动争议，受理费10元）',
    filer: 12,
    submittedDaysAgo: 1,
    cause: '劳动合同纠纷',
    defendants: [
      {
        kind: 'organization',
        name: '北京捷顺物流有限公司',
        creditBase: '91110105MA05PQRT6',
        legalRepresentative: '邓卫东',
        address: '北京市朝阳区东坝乡驹子房路3号',
      },
    ],
    claims: [{ text: '判令被告支付违法解除劳动合同赔偿金人民币36000元', amountFen: 3_600_000 }],
    facts: '原告自2022年5月起在被告处任司机，月工资6000元。2026年5月被告无故解除劳动合同。原告申请劳动仲裁，仲裁裁决后原告不服，依法起诉。',
    materials: [...all, ev('劳动合同.pdf', '劳动合同', '证明劳动关系'), ev('仲裁裁决书.pdf', '仲裁裁决书', '证明已经过劳动仲裁')],
    intake: 'online',
  },
  {
    defect: '无（离婚并分割财产30万元）',
    filer: 3,
    submittedDaysAgo: 1,
    cause: '离婚纠纷',
    defendants: [
      { kind: 'person', name: '宋文涛', idBase: '11010519880805171', sex: 'male', address: '北京市朝阳区芍药居北里201号楼1204' },
    ],
    claims: [
      { text: '判令原告与被告离婚', amountFen: null },
      { text: '依法分割夫妻共同存款人民币300000元', amountFen: 30_000_000 },
    ],
    facts: '原告与被告于2016年登记结婚，育有一女。双方自2024年起分居，感情确已破裂。婚后共同存款300000元。',
    materials: [...all, ev('结婚证.pdf', '结婚证', '证明婚姻关系'), ev('存款证明.pdf', '银行存款证明', '证明夫妻共同财产')],
    intake: 'online',
  },
  {
    defect: '无（名誉权纠纷）',
    filer: 5,
    submittedDaysAgo: 1,
    cause: '名誉权纠纷',
    defendants: [{ kind: 'person', name: '邱志刚', idBase: '11010519760129351', sex: 'male', address: '北京市朝阳区小关北里48号楼701' }],
    claims: [
      { text: '判令被告删除其在网络平台发布的侵权文章并公开赔礼道歉', amountFen: null },
      { text: '判令被告赔偿精神损害抚慰金人民币20000元', amountFen: 2_000_000 },
    ],
    facts: '2026年8月被告在某网络平台发布文章，捏造原告经营的店铺出售假货，造成原告社会评价降低。',
    materials: [...all, ev('网页公证书.pdf', '网页内容公证书', '证明被告发布侵权文章')],
    intake: 'online',
  },
  {
    defect: '无（商标侵权）',
    filer: 7,
    submittedDaysAgo: 0,
    cause: '侵害商标权纠纷',
    defendants: [
      {
        kind: 'organization',
        name: '北京锦绣服饰有限公司',
        creditBase: '91110105MA06UWXY7',
        legalRepresentative: '陆明',
        address: '北京市朝阳区三里屯路19号',
      },
    ],
    claims: [{ text: '判令被告停止侵权并赔偿经济损失人民币100000元', amountFen: 10_000_000 }],
    facts: '原告系第12345678号注册商标的权利人。被告在其店铺销售使用与原告商标近似标识的服装。',
    materials: [
      ...all,
      ev('商标注册证.pdf', '商标注册证', '证明原告享有注册商标专用权'),
      ev('购买公证书.pdf', '公证购买书', '证明被告销售侵权商品'),
    ],
    intake: 'online',
  },
  {
    defect: '被告住址不详（只写到区，无法送达）',
    filer: 9,
    submittedDaysAgo: 0,
    cause: '民间借贷纠纷',
    defendants: [
      {
        kind: 'person',
        name: '唐海峰',
        sex: 'male',
        address: '北京市朝阳区',
      },
    ],
    claims: [{ text: '判令被告偿还借款人民币15000元', amountFen: 1_500_000 }],
    facts: '2025年12月被告向原告借款15000元，出具借条，约定2026年6月归还，到期未还。',
    materials: [...all, ev('借条.pdf', '借条', '证明借款事实')],
    intake: 'counter',
  },
  {
    defect: '未选择案由',
    filer: 11,
    submittedDaysAgo: 0,
    cause: '',
    defendants: [
      { kind: 'person', name: '曾丽萍', idBase: '11010519870630442', sex: 'female', address: '北京市朝阳区和平街十四区5号楼303' },
    ],
    claims: [{ text: '判令被告返还原告的电动自行车一辆（价值人民币3200元）', amountFen: 320_000 }],
    facts: '2026年9月原告将电动自行车借给被告使用，被告至今拒不返还。',
    materials: [...all, ev('购车发票.pdf', '购车发票', '证明原告是车辆所有人')],
    intake: 'counter',
  },
  {
    defect: '多项缺漏：未提交身份证明、被告地址未填写、证据目录未填写',
    filer: 12,
    submittedDaysAgo: 3,
    cause: '买卖合同纠纷',
    defendants: [{ kind: 'person', name: '彭建华', sex: 'male', phone: '13911110019', address: '' }],
    claims: [{ text: '判令被告支付货款人民币9600元', amountFen: 960_000 }],
    facts: '原告于2026年5月向被告出售二手电脑设备一批，货款9600元，被告收货后未付款。',
    materials: [{ kind: 'complaint' }, { kind: 'evidence', file: '聊天记录.pdf' }],
    intake: 'counter',
  },
];
