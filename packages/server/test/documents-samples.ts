// Sample data for each of the five documents, with long names and many items so layout limits show.
import type { DocumentData } from '../src/modules/documents/render.js';

const court = { name: '北京市朝阳区人民法院', timezone: 'Asia/Shanghai' };
const parties = [
  { role: 'plaintiff' as const, name: '张三' },
  { role: 'defendant' as const, name: '北京某某国际贸易与供应链管理集团有限责任公司第一分公司（原北京某某商贸有限公司）' },
  { role: 'defendant' as const, name: '李四' },
];

export const sampleDocumentData: DocumentData = {
  filing_receipt: {
    court,
    receiptNumber: '京0105网立20261127000001',
    submittedAt: new Date('2026-11-27T06:03:00Z'),
    filer: '张三',
    parties,
    causeOfAction: '民间借贷纠纷',
    claimAmountFen: 5_000_000,
    decisionDueDate: '2026-12-04',
    materials: [
      {
        fileName: '起诉状.pdf',
        kindLabel: '起诉状',
        size: 48_213,
        sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      },
      {
        fileName: '身份证.png',
        kindLabel: '身份证明',
        size: 812_004,
        sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      },
      {
        fileName: '2025年3月1日借条原件扫描件及银行转账电子回单（中国工商银行北京朝阳支行）.pdf',
        kindLabel: '证据',
        size: 2_400_000,
        sha256: '60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752',
      },
    ],
  },
  acceptance_notice: {
    court,
    caseNumber: '（2026）京0105民初12345号',
    recipient: '张三',
    parties,
    causeOfAction: '民间借贷纠纷',
    acceptedOn: '2026-11-30',
    issuedOn: '2026-11-30',
    feePayable: true,
    contact: { name: '王法官助理', phone: '010-12345678' },
  },
  payment_notice: {
    court,
    number: '（2026）京0105民初12345号',
    recipient: '张三',
    parties,
    causeOfAction: '民间借贷纠纷',
    fee: {
      totalFen: 105_000,
      lines: [
        { text: '不超过1万元的部分，每件交纳50元', amountFen: 5_000 },
        { text: '超过1万元至10万元的部分（4万元），按照2.5%交纳', amountFen: 100_000 },
      ],
      basis: '《诉讼费用交纳办法》第十三条第（一）项',
    },
    dueDate: '2026-12-08',
    payment: {
      payee: '北京市朝阳区人民法院',
      bank: '中国工商银行北京朝阳支行',
      account: '0200 0000 0000 0000 000',
      reference: '110105202612345',
      online: 'https://lian.example.org/pay',
    },
    issuedOn: '2026-11-30',
  },
  correction_notice: {
    court,
    receiptNumber: '京0105网立20261127000001',
    recipient: '张三',
    parties,
    submittedAt: new Date('2026-11-27T06:03:00Z'),
    items: [
      {
        text: '被告李四的住所地不明确，请补充能够送达的详细地址（省、市、区、街道、门牌号）。',
        basis: '《中华人民共和国民事诉讼法》第一百二十四条',
      },
      { text: '起诉状未写明原告的民族、职业和工作单位。', basis: '《中华人民共和国民事诉讼法》第一百二十四条第（一）项' },
      { text: '请提交借条原件的清晰扫描件；现提交的图片无法辨认出借人签名。' },
      { text: '请按被告人数提交起诉状副本。', basis: '《最高人民法院关于人民法院登记立案若干问题的规定》第六条' },
    ],
    dueDate: '2026-12-12',
    howToSubmit: '请登录网上立案系统，在本案“补正”页面上传补正材料。',
    issuedOn: '2026-11-28',
  },
  rejection_ruling: {
    court,
    caseNumber: '（2026）京0105民初12346号',
    complainants: [{ name: '张三', details: '男，1990年1月1日出生，汉族，住北京市朝阳区建国路1号' }],
    respondents: [{ name: '北京某某国际贸易与供应链管理集团有限责任公司第一分公司', details: '住所地北京市朝阳区光华路2号' }],
    receivedOn: '2026-11-27',
    claims: ['判令被告归还借款人民币50000元', '本案诉讼费用由被告承担'],
    reasons: [
      '本院经审查认为，起诉人就同一纠纷已于2025年向本院提起诉讼，本院已作出（2025）京0105民初9999号民事判决，该判决已经发生法律效力。起诉人再次起诉，属于重复起诉。',
    ],
    legalBasis: [
      '《中华人民共和国民事诉讼法》第一百二十二条、第一百二十六条',
      '《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二百四十七条',
    ],
    appealCourt: '北京市第三中级人民法院',
    decidedOn: '2026-12-03',
    judges: [{ title: '审判员', name: '赵六' }],
    clerk: '钱七',
  },
  ruling_treated_as_withdrawn: {
    court,
    caseNumber: '（2026）京0105民初12347号',
    plaintiffs: ['张三'],
    defendants: ['北京某某国际贸易与供应链管理集团有限责任公司第一分公司（原北京某某商贸有限公司）', '李四'],
    causeOfAction: '民间借贷纠纷',
    feeYuan: '1,050.00',
    feeDueDate: '2026-12-07',
    decidedOn: '2026-12-08',
    aidRefused: false,
    judge: null,
  },
};
