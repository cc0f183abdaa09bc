// 民事裁定书（按撤诉处理）: the ruling that a case whose acceptance fee was not paid in time, with no
// judicial aid applied for or granted, is treated as withdrawn. Legal basis as courts cite it:
// 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二百一十三条 ("原告应当预交而未预交案件受理费，
// 人民法院应当通知其预交，通知后仍不预交或者申请减、缓、免未获批准而仍不预交的，裁定按撤诉处理") and
// 《诉讼费用交纳办法》第二十二条 (7 days from the day after the payment notice; unpaid without judicial aid →
// handled by the court under the relevant rules). Data in, bytes out, like ./render.ts.
import { chineseNumeralDate } from './format.js';
import { DocumentWriter, type IssueStamp } from './pdf.js';

export const WITHDRAWAL_RULING_TITLE = '民事裁定书';

export const WITHDRAWAL_LEGAL_BASIS = [
  '《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二百一十三条',
  '《诉讼费用交纳办法》第二十二条',
];

export interface WithdrawalRulingData {
  court: { name: string; timezone: string };
  caseNumber: string;
  plaintiffs: string[];
  defendants: string[];
  causeOfAction: string;
  /** Amount that was due, in yuan as printed ("1,050.00"). */
  feeYuan: string;
  /** Last day of the payment period (YYYY-MM-DD). */
  feeDueDate: string;
  /** Day of the ruling (YYYY-MM-DD). */
  decidedOn: string;
  /** Whether a judicial-aid application was made and refused. */
  aidRefused: boolean;
  /** The judge the case is assigned to, if any; otherwise the court signs. */
  judge: string | null;
}

export async function renderWithdrawalRuling(d: WithdrawalRulingData, stamp: IssueStamp): Promise<Uint8Array> {
  const w = await DocumentWriter.create(stamp.verificationCode);
  w.masthead(d.court.name, WITHDRAWAL_RULING_TITLE, d.caseNumber);
  for (const p of d.plaintiffs) w.field('原告', p);
  for (const p of d.defendants) w.field('被告', p);
  w.space(4);
  const plaintiffs = d.plaintiffs.join('、');
  w.prose(`原告${plaintiffs}与被告${d.defendants.join('、') || '（未列明）'}${d.causeOfAction}一案，本院已立案受理。`);
  w.prose(
    `本院向原告送达了交纳诉讼费用通知，通知其在${chineseNumeralDate(d.feeDueDate)}（含当日）以前预交案件受理费${d.feeYuan}元。` +
      (d.aidRefused ? '原告申请司法救助（缓交、减交、免交）未获准许，' : '原告在指定期限内未申请司法救助（缓交、减交、免交），') +
      '至今仍未预交案件受理费。',
  );
  w.prose(`依照${WITHDRAWAL_LEGAL_BASIS.join('、')}之规定，裁定如下：`);
  w.prose(`本案按原告${plaintiffs}撤回起诉处理。`, { bold: true, after: 12 });
  if (d.judge) {
    w.paragraph(`审判员\u3000${d.judge}`, { align: 'right' });
    w.paragraph(chineseNumeralDate(d.decidedOn), { align: 'right', after: 6 });
  } else {
    w.signOff(d.court.name, chineseNumeralDate(d.decidedOn));
  }
  return w.finish({ title: WITHDRAWAL_RULING_TITLE, courtName: d.court.name }, stamp);
}
