// The five filing documents as PDF: data in, bytes out. No database, no clock, no randomness — the
// verification code, its URL and the issue time come in the stamp — so the same input gives the same
// bytes. Court documents are written in Chinese only; the web UI explains them in both languages.
import type { DocumentKind } from '@lian/contract';
import { dateInZone, formatYuan, yuanInCapitals } from '@lian/domain';
import { chineseDate, chineseDateTime, chineseNumeralDate, formatSize } from './format.js';
import { DocumentWriter, type IssueStamp } from './pdf.js';
import { renderWithdrawalRuling, WITHDRAWAL_RULING_TITLE, type WithdrawalRulingData } from './render-withdrawal.js';

export type { IssueStamp } from './pdf.js';

export { documentKinds, type DocumentKind } from '@lian/contract';

/** Titles as printed (and as the PDF file is named). */
export const documentTitles: Record<DocumentKind, string> = {
  filing_receipt: '收到诉状凭证',
  acceptance_notice: '受理案件通知书',
  payment_notice: '交纳诉讼费用通知书',
  correction_notice: '补正通知书',
  rejection_ruling: '民事裁定书',
  ruling_treated_as_withdrawn: WITHDRAWAL_RULING_TITLE,
};

export interface CourtInfo {
  name: string;
  /** IANA zone the court's dates are written in, e.g. 'Asia/Shanghai'. */
  timezone: string;
}

export type PartyRole = 'plaintiff' | 'defendant' | 'third_party';
const roleLabel: Record<PartyRole, string> = { plaintiff: '原告', defendant: '被告', third_party: '第三人' };

export interface PartyEntry {
  role: PartyRole;
  name: string;
  /** What a ruling prints after the name: "男，1990年1月1日出生，汉族，住……" (omit elsewhere). */
  details?: string;
}

/** 收到诉状凭证: the dated receipt every filer is owed (登记立案规定 Art. 2), with each material's SHA-256. */
export interface FilingReceiptData {
  court: CourtInfo;
  receiptNumber: string;
  submittedAt: Date;
  /** Who submitted it (the account's real name). */
  filer: string;
  parties: PartyEntry[];
  causeOfAction: string | null;
  claimAmountFen: number | null;
  /** Last day of the decision period (YYYY-MM-DD, court's zone). */
  decisionDueDate: string;
  materials: Array<{ fileName: string; kindLabel: string; size: number; sha256: string }>;
}

/** 受理案件通知书: sent to the plaintiff once the case is registered. */
export interface AcceptanceNoticeData {
  court: CourtInfo;
  caseNumber: string;
  /** The addressee (the plaintiff). */
  recipient: string;
  parties: PartyEntry[];
  causeOfAction: string;
  /** Day the case was registered (YYYY-MM-DD). */
  acceptedOn: string;
  /** Day the notice is dated (YYYY-MM-DD). */
  issuedOn: string;
  /** Whether a separate payment notice follows (交纳诉讼费用通知书). */
  feePayable: boolean;
  /** The clerk or judge to contact. */
  contact?: { name: string; phone: string };
}

/** 交纳诉讼费用通知书: the fee, how it was calculated bracket by bracket, the 7-day period and how to pay. */
export interface PaymentNoticeData {
  court: CourtInfo;
  /** Case number, or the receipt number before registration. */
  number: string;
  recipient: string;
  parties: PartyEntry[];
  causeOfAction: string;
  fee: {
    totalFen: number;
    /** One line per bracket or step, e.g. "不超过1万元的部分，每件交纳50元". */
    lines: Array<{ text: string; amountFen?: number }>;
    /** Legal basis, e.g. "《诉讼费用交纳办法》第十三条第（一）项". */
    basis: string;
  };
  /** Last day to pay (YYYY-MM-DD): 7 days from the day after the notice arrives. */
  dueDate: string;
  /** Bank and account only where the court takes transfers; otherwise the fee is paid online (`online`). */
  payment: { payee: string; bank?: string; account?: string; reference: string; online?: string };
  issuedOn: string;
}

/** 补正通知书: everything to correct, at once and in writing (一次性书面告知, 登记立案规定 Art. 7). */
export interface CorrectionNoticeData {
  court: CourtInfo;
  receiptNumber: string;
  recipient: string;
  parties: PartyEntry[];
  /** When the complaint was received. */
  submittedAt: Date;
  items: Array<{ text: string; basis?: string }>;
  /** Last day to correct (YYYY-MM-DD). */
  dueDate: string;
  howToSubmit: string;
  issuedOn: string;
}

/** 民事裁定书（不予受理）: the ruling not to accept a complaint, with reasons, legal basis and the appeal. */
export interface RejectionRulingData {
  court: CourtInfo;
  caseNumber: string;
  /** 起诉人: in a ruling not to accept there is no plaintiff yet. */
  complainants: Array<{ name: string; details?: string }>;
  /** 被起诉人, when named. */
  respondents: Array<{ name: string; details?: string }>;
  /** Day the complaint was received (YYYY-MM-DD). */
  receivedOn: string;
  /** The claims as the complaint states them. */
  claims: string[];
  /** The court's reasoning, one paragraph each (本院经审查认为……). */
  reasons: string[];
  /** Articles relied on, e.g. "《中华人民共和国民事诉讼法》第一百二十二条". */
  legalBasis: string[];
  /** The court an appeal goes to (the next higher court). */
  appealCourt: string;
  /** Day of the ruling (YYYY-MM-DD). */
  decidedOn: string;
  judges: Array<{ title: string; name: string }>;
  clerk: string;
}

export interface DocumentData {
  filing_receipt: FilingReceiptData;
  acceptance_notice: AcceptanceNoticeData;
  payment_notice: PaymentNoticeData;
  correction_notice: CorrectionNoticeData;
  rejection_ruling: RejectionRulingData;
  ruling_treated_as_withdrawn: WithdrawalRulingData;
}

const partyLines = (w: DocumentWriter, parties: PartyEntry[]) => {
  for (const p of parties) w.field(roleLabel[p.role], p.details ? `${p.name}，${p.details}` : p.name);
};
const caseName = (parties: PartyEntry[], cause: string) => {
  const names = (role: PartyRole) =>
    parties
      .filter((p) => p.role === role)
      .map((p) => p.name)
      .join('、');
  return `${names('plaintiff')}诉${names('defendant') || '（被告未列明）'}${cause}一案`;
};
const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const ordinal = (i: number) => (i < 10 ? ORDINALS[i]! : `${ORDINALS[Math.floor((i + 1) / 10) - 1]}十${ORDINALS[i % 10] ?? ''}`);

export async function renderFilingReceipt(d: FilingReceiptData, stamp: IssueStamp): Promise<Uint8Array> {
  const title = documentTitles.filing_receipt;
  const w = await DocumentWriter.create(stamp.verificationCode);
  w.masthead(d.court.name, title, `编号：${d.receiptNumber}`);
  w.field('提交人', d.filer);
  partyLines(w, d.parties);
  if (d.causeOfAction) w.field('案由', d.causeOfAction);
  if (d.claimAmountFen !== null && d.claimAmountFen > 0) w.field('诉讼请求金额', `人民币${formatYuan(d.claimAmountFen)}元`);
  const zone = d.court.timezone === 'Asia/Shanghai' ? '北京时间' : d.court.timezone;
  w.field('收到时间', `${chineseDateTime(d.submittedAt, d.court.timezone)}（${zone}）`, { after: 8 });
  w.prose(
    `本院已于${chineseDateTime(d.submittedAt, d.court.timezone)}通过网上立案系统收到你提交的起诉状及下列材料，特出具本凭证。` +
      `本院将在${chineseDate(d.decisionDueDate)}前决定是否立案；材料需要补正的，本院将一次性书面告知需要补正的全部内容。` +
      '在法定期间内不能判定是否符合起诉条件的，本院将先行立案。（《最高人民法院关于人民法院登记立案若干问题的规定》第二条、第七条、第八条）',
    { after: 8 },
  );
  w.paragraph(`所附材料（共 ${d.materials.length} 件，摘要算法 SHA-256）：`, { bold: true, after: 2 });
  d.materials.forEach((m, i) => {
    w.item(`${i + 1}.`, `${m.fileName}（${m.kindLabel}，${formatSize(m.size)}）`, { after: 0 });
    w.paragraph(`SHA-256：${m.sha256}`, { size: 9, indent: 24, leading: 1.6, after: 4 });
  });
  w.signOff(d.court.name, chineseDate(dateInZone(d.submittedAt, d.court.timezone)));
  return w.finish({ title, courtName: d.court.name }, stamp);
}

export async function renderAcceptanceNotice(d: AcceptanceNoticeData, stamp: IssueStamp): Promise<Uint8Array> {
  const title = documentTitles.acceptance_notice;
  const w = await DocumentWriter.create(stamp.verificationCode);
  w.masthead(d.court.name, title, d.caseNumber);
  w.paragraph(`${d.recipient}：`, { after: 4 });
  w.prose(
    `你（单位）起诉的${caseName(d.parties, d.causeOfAction)}，本院已于${chineseDate(d.acceptedOn)}立案受理，案号为${d.caseNumber}。现将有关事项通知如下：`,
  );
  const items = [
    d.feePayable
      ? '你应当按照本院另行送达的《交纳诉讼费用通知书》，在规定期限内预交案件受理费；逾期不交纳又不提出缓交、减交、免交申请的，按撤诉处理。'
      : '本案依法不交纳案件受理费，或已另行处理。',
    '你应当对自己提出的主张提供证据，并在本院指定的举证期限内提交；逾期提供证据的，将承担相应的法律后果。',
    '诉讼期间，你的送达地址、联系方式发生变化的，应当及时书面告知本院；未告知的，按原地址送达，视为已经送达。',
    '你可以委托一至二人作为诉讼代理人；委托代理人的，应当向本院提交授权委托书。',
    '本案符合调解条件的，本院将在双方自愿的基础上组织调解。',
  ];
  items.forEach((t, i) => w.item(`${ordinal(i)}、`, t));
  if (d.contact) w.field('联系人', `${d.contact.name}    联系电话：${d.contact.phone}`, { after: 4 });
  w.signOff(d.court.name, chineseDate(d.issuedOn));
  return w.finish({ title, courtName: d.court.name }, stamp);
}

export async function renderPaymentNotice(d: PaymentNoticeData, stamp: IssueStamp): Promise<Uint8Array> {
  const title = documentTitles.payment_notice;
  const w = await DocumentWriter.create(stamp.verificationCode);
  w.masthead(d.court.name, title, d.number);
  w.paragraph(`${d.recipient}：`, { after: 4 });
  w.prose(
    `你（单位）起诉的${caseName(d.parties, d.causeOfAction)}，依照${d.fee.basis}，应预交案件受理费人民币${formatYuan(d.fee.totalFen)}元。计算方法如下：`,
  );
  d.fee.lines.forEach((l, i) =>
    w.item(`${i + 1}.`, l.amountFen === undefined ? l.text : `${l.text}：${formatYuan(l.amountFen)}元`, { after: 0 }),
  );
  w.field('合计', `人民币${yuanInCapitals(d.fee.totalFen)}（￥${formatYuan(d.fee.totalFen)}元）`, { after: 6 });
  w.prose(
    `请于${chineseDate(d.dueDate)}前（自收到本通知次日起七日内）交纳。逾期不交纳又不提出缓交、减交、免交申请的，本院将按撤诉处理（《诉讼费用交纳办法》第二十二条）。` +
      '确有经济困难的，可以在交纳期限内向本院书面申请缓交、减交或者免交，并提交相关证明材料。',
    { after: 6 },
  );
  w.paragraph('交纳方式：', { bold: true, after: 2 });
  w.field('收款单位', d.payment.payee);
  if (d.payment.bank) w.field('开户银行', d.payment.bank);
  if (d.payment.account) w.field('账号', d.payment.account);
  w.field('缴费识别码', d.payment.reference);
  if (d.payment.online) w.field('网上交纳', d.payment.online);
  w.prose(
    d.payment.account
      ? '转账时请在附言中填写缴费识别码；交纳后请保留凭据，本院确认收款后即行通知。'
      : '请登录网上立案系统，在本案页面在线交纳；本院确认收款后即行通知。',
    { size: 11 },
  );
  w.signOff(d.court.name, chineseDate(d.issuedOn));
  return w.finish({ title, courtName: d.court.name }, stamp);
}

export async function renderCorrectionNotice(d: CorrectionNoticeData, stamp: IssueStamp): Promise<Uint8Array> {
  const title = documentTitles.correction_notice;
  const w = await DocumentWriter.create(stamp.verificationCode);
  w.masthead(d.court.name, title, `编号：${d.receiptNumber}`);
  w.paragraph(`${d.recipient}：`, { after: 4 });
  const defendants = d.parties.filter((p) => p.role === 'defendant').map((p) => p.name);
  w.prose(
    `本院于${chineseDateTime(d.submittedAt, d.court.timezone)}收到你${defendants.length ? `起诉${defendants.join('、')}` : ''}的起诉状及材料。` +
      `经审查，需要补正以下内容（共 ${d.items.length} 项，本院一次性告知）：`,
  );
  d.items.forEach((item, i) => w.item(`${ordinal(i)}、`, item.basis ? `${item.text}（依据：${item.basis}）` : item.text, { after: 0 }));
  w.space(6);
  w.prose(
    `请于${chineseDate(d.dueDate)}前补正。${d.howToSubmit}补正材料在期限内提交的，本院自收到补正材料之日起计算立案审查期间；` +
      '逾期不补正的，本院将退回诉状并记录在册；坚持起诉的，本院将依法裁定不予受理。（《最高人民法院关于人民法院登记立案若干问题的规定》第七条）',
  );
  w.signOff(d.court.name, chineseDate(d.issuedOn));
  return w.finish({ title, courtName: d.court.name }, stamp);
}

export async function renderRejectionRuling(d: RejectionRulingData, stamp: IssueStamp): Promise<Uint8Array> {
  const title = documentTitles.rejection_ruling;
  const w = await DocumentWriter.create(stamp.verificationCode);
  w.masthead(d.court.name, title, d.caseNumber);
  for (const c of d.complainants) w.field('起诉人', c.details ? `${c.name}，${c.details}` : c.name);
  for (const r of d.respondents) w.field('被起诉人', r.details ? `${r.name}，${r.details}` : r.name);
  w.space(4);
  const names = (xs: Array<{ name: string }>) => xs.map((x) => x.name).join('、');
  w.prose(
    `${chineseNumeralDate(d.receivedOn)}，本院收到${names(d.complainants)}的起诉状${d.respondents.length ? `，起诉${names(d.respondents)}` : ''}。` +
      (d.claims.length ? `起诉人请求：${d.claims.map((c, i) => `${i + 1}.${c}`).join('；')}。` : ''),
  );
  for (const r of d.reasons) w.prose(r);
  w.prose(`依照${d.legalBasis.join('、')}之规定，裁定如下：`);
  w.prose(`对${names(d.complainants)}的起诉，本院不予受理。`, { bold: true });
  w.prose(`如不服本裁定，可以在裁定书送达之日起十日内，向本院递交上诉状，并按照对方当事人的人数提出副本，上诉于${d.appealCourt}。`, {
    after: 12,
  });
  for (const j of d.judges) w.paragraph(`${j.title}\u3000${j.name}`, { align: 'right' });
  w.paragraph(chineseNumeralDate(d.decidedOn), { align: 'right', after: 6 });
  if (d.clerk) w.paragraph(`书记员\u3000${d.clerk}`, { align: 'right' });
  return w.finish({ title, courtName: d.court.name }, stamp);
}

const renderers: { [K in DocumentKind]: (d: DocumentData[K], s: IssueStamp) => Promise<Uint8Array> } = {
  filing_receipt: renderFilingReceipt,
  acceptance_notice: renderAcceptanceNotice,
  payment_notice: renderPaymentNotice,
  correction_notice: renderCorrectionNotice,
  rejection_ruling: renderRejectionRuling,
  ruling_treated_as_withdrawn: renderWithdrawalRuling,
};

/** Renders any of the five documents by kind. */
export function renderDocument<K extends DocumentKind>(kind: K, data: DocumentData[K], stamp: IssueStamp): Promise<Uint8Array> {
  return (renderers[kind] as (d: DocumentData[K], s: IssueStamp) => Promise<Uint8Array>)(data, stamp);
}
