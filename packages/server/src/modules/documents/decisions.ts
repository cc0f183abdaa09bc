// The documents a decision on a filing issues, inside the decision's own transaction so that a document
// that cannot be rendered or stored rolls the decision back: registration (立案, also 先行立案) → 受理案件通知书
// and, when a fee is due, 交纳诉讼费用通知书 (诉讼费用交纳办法 Art. 22: 7 days, paid through the platform);
// a correction request → 补正通知书 listing every item at once (登记立案规定 Art. 7); a ruling not to accept →
// 民事裁定书 with ground, reasons, the court of appeal and the 10-day appeal period (CPL Art. 157, 171).
import type { DocumentView } from '@lian/contract';
import type { RejectionGround } from '@lian/domain';
import type { Selectable } from 'kysely';
import type { Db } from '../../infra/db.js';
import type { FilingsTable, StoredFee } from '../../infra/schema.js';
import type { AuditContext } from '../audit/service.js';
import { partyNamesOf } from '../filing/service.js';
import { causeOfActionRef } from '../filing/view.js';
import type { PartyEntry } from './render.js';
import { type DocumentDeps, issueDocument, verifyUrlFor } from './service.js';

type FilingRow = Selectable<FilingsTable>;

export interface DecisionContext {
  deps: DocumentDeps;
  ctx: AuditContext;
  court: { name: string; timezone: string };
  /** The staff member deciding; null for the scheduler (先行立案). */
  issuedBy: string | null;
  origin?: string;
  issuedAt: Date;
}

async function partiesOf(trx: Db, filingId: string) {
  const n = (await partyNamesOf(trx, [filingId]))(filingId);
  const parties: PartyEntry[] = [
    ...n.plaintiffs.map((name) => ({ role: 'plaintiff' as const, name })),
    ...n.defendants.map((name) => ({ role: 'defendant' as const, name })),
  ];
  return { parties, plaintiffs: n.plaintiffs, defendants: n.defendants, recipient: n.plaintiffs.join('、') };
}

const causeName = (f: FilingRow) => causeOfActionRef(f.cause_of_action_code, f.cause_of_action_version)?.name ?? '纠纷';

/** Where the litigant pays: the filing's page on the platform (LIAN_PUBLIC_URL, else the request's origin). */
function filingPageUrl(c: DecisionContext, filingId: string) {
  return verifyUrlFor(c.deps, c.origin, 'x').replace(/\/verify\/x$/, `/filings/${filingId}`);
}

/** Statute names as a ruling cites them: 民事诉讼法… → 《中华人民共和国民事诉讼法》…. */
export function citeBasis(basis: string): string {
  const statutes: Array<[string, string]> = [
    ['民事诉讼法', '中华人民共和国民事诉讼法'],
    ['最高人民法院关于人民法院登记立案若干问题的规定', '最高人民法院关于人民法院登记立案若干问题的规定'],
  ];
  for (const [short, full] of statutes) if (basis.startsWith(short)) return `《${full}》${basis.slice(short.length)}`;
  return basis;
}

export async function issueRegistrationDocuments(
  trx: Db,
  c: DecisionContext,
  input: { filing: FilingRow; caseNumber: string; acceptedOn: string; fee: StoredFee; feeDueDate: string | null },
): Promise<DocumentView[]> {
  const { filing, caseNumber } = input;
  const p = await partiesOf(trx, filing.id);
  const cause = causeName(filing);
  const common = { filingId: filing.id, ctx: c.ctx, origin: c.origin, issuedBy: c.issuedBy, issuedAt: c.issuedAt };
  const feePayable = input.fee.totalFen > 0 && input.feeDueDate !== null;
  const issued = [
    await issueDocument(trx, c.deps, {
      ...common,
      kind: 'acceptance_notice',
      data: {
        court: c.court,
        caseNumber,
        recipient: p.recipient,
        parties: p.parties,
        causeOfAction: cause,
        acceptedOn: input.acceptedOn,
        issuedOn: input.acceptedOn,
        feePayable,
      },
    }),
  ];
  if (feePayable) {
    const sources = [...new Set([...input.fee.lines, ...input.fee.reductions].map((l) => l.source))];
    issued.push(
      await issueDocument(trx, c.deps, {
        ...common,
        kind: 'payment_notice',
        data: {
          court: c.court,
          number: caseNumber,
          recipient: p.recipient,
          parties: p.parties,
          causeOfAction: cause,
          fee: {
            totalFen: input.fee.totalFen,
            lines: [
              ...input.fee.lines.map((l) => ({
                text: l.rate ? `${l.label['zh-CN']}（${l.rate}）` : l.label['zh-CN'],
                amountFen: l.amountFen,
              })),
              ...input.fee.reductions.map((r) => ({ text: `${r.label['zh-CN']}，减交`, amountFen: r.amountFen })),
            ],
            basis: sources.map((s) => citeFeeSource(s)).join('、'),
          },
          dueDate: input.feeDueDate!,
          payment: { payee: c.court.name, reference: caseNumber, online: filingPageUrl(c, filing.id) },
          issuedOn: input.acceptedOn,
        },
      }),
    );
  }
  return issued;
}

const citeFeeSource = (s: string) => (s.startsWith('诉讼费用交纳办法') ? `《诉讼费用交纳办法》${s.slice('诉讼费用交纳办法'.length)}` : s);

export function issueCorrectionNotice(
  trx: Db,
  c: DecisionContext,
  input: { filing: FilingRow; items: ReadonlyArray<{ text: string }>; dueDate: string; issuedOn: string },
): Promise<DocumentView> {
  const { filing } = input;
  return partiesOf(trx, filing.id).then((p) =>
    issueDocument(trx, c.deps, {
      filingId: filing.id,
      ctx: c.ctx,
      origin: c.origin,
      issuedBy: c.issuedBy,
      issuedAt: c.issuedAt,
      kind: 'correction_notice',
      data: {
        court: c.court,
        receiptNumber: filing.receipt_number!,
        recipient: p.recipient,
        parties: p.parties,
        submittedAt: filing.submitted_at!,
        items: input.items.map((i) => ({ text: i.text })),
        dueDate: input.dueDate,
        howToSubmit: '请登录网上立案系统，在本案页面按上列事项一并补正后重新提交。',
        issuedOn: input.issuedOn,
      },
    }),
  );
}

export async function issueRejectionRuling(
  trx: Db,
  c: DecisionContext,
  input: {
    filing: FilingRow;
    ground: RejectionGround;
    reason: string;
    appealCourt: string | null;
    decidedOn: string;
    receivedOn: string;
    decidedBy: string;
  },
): Promise<DocumentView> {
  const { filing, ground } = input;
  const p = await partiesOf(trx, filing.id);
  const trimmed = input.reason.trim();
  const reason = /[。！？.!?]$/.test(trimmed) ? trimmed : `${trimmed}。`;
  return issueDocument(trx, c.deps, {
    filingId: filing.id,
    ctx: c.ctx,
    origin: c.origin,
    issuedBy: c.issuedBy,
    issuedAt: c.issuedAt,
    kind: 'rejection_ruling',
    data: {
      court: c.court,
      // No case number is allocated to a complaint not accepted here: the ruling carries the filing's receipt number.
      caseNumber: filing.receipt_number!,
      complainants: p.plaintiffs.map((name) => ({ name })),
      respondents: p.defendants.map((name) => ({ name })),
      receivedOn: input.receivedOn,
      claims: filing.claims.map((cl) => cl.text),
      reasons: [reason.startsWith('本院') ? reason : `本院经审查认为，${reason}`, `本案属于“${ground.label['zh-CN']}”的情形。`],
      legalBasis: [citeBasis(ground.basis)],
      appealCourt: input.appealCourt ?? '上一级人民法院',
      decidedOn: input.decidedOn,
      judges: [{ title: '承办人', name: input.decidedBy }],
      clerk: '',
    },
  });
}
