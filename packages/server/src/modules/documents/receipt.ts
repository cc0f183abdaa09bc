// The receipt of filing (收到诉状凭证) issued when a filing is submitted: what the court received,
// when, and the SHA-256 of every material, so the filer can later prove what they filed.
import type { DocumentView, MaterialKind } from '@lian/contract';
import type { Db } from '../../infra/db.js';
import type { AuditContext } from '../audit/service.js';
import { type DocumentDeps, issueDocument } from './service.js';

/** Material kinds as a receipt names them. */
export const materialKindLabel: Record<MaterialKind, string> = {
  complaint: '起诉状',
  evidence: '证据',
  identity: '身份证明',
  business_licence: '营业执照',
  legal_rep_certificate: '法定代表人身份证明书',
  power_of_attorney: '授权委托书',
  agent_identity: '代理人身份证明',
  lawyer_certificate: '律师执业证',
  law_firm_letter: '律师事务所函',
  other: '其他材料',
};

export interface SubmittedFiling {
  filingId: string;
  court: { name: string; timezone: string };
  receiptNumber: string;
  submittedAt: Date;
  filer: string;
  parties: ReadonlyArray<{ role: 'plaintiff' | 'defendant'; name: string }>;
  causeOfAction: string | null;
  claimAmountFen: number;
  decisionDueDate: string;
  materials: ReadonlyArray<{ file_name: string; kind: MaterialKind; size: number; sha256: string }>;
}

/** Issues the receipt inside the submitting transaction. */
export function issueFilingReceipt(
  trx: Db,
  deps: DocumentDeps,
  ctx: AuditContext,
  f: SubmittedFiling,
  origin?: string,
): Promise<DocumentView> {
  return issueDocument(trx, deps, {
    filingId: f.filingId,
    kind: 'filing_receipt',
    ctx,
    origin,
    issuedAt: f.submittedAt,
    data: {
      court: f.court,
      receiptNumber: f.receiptNumber,
      submittedAt: f.submittedAt,
      filer: f.filer,
      parties: f.parties.map((p) => ({ role: p.role, name: p.name })),
      causeOfAction: f.causeOfAction,
      claimAmountFen: f.claimAmountFen,
      decisionDueDate: f.decisionDueDate,
      materials: f.materials.map((m) => ({ fileName: m.file_name, kindLabel: materialKindLabel[m.kind], size: m.size, sha256: m.sha256 })),
    },
  });
}
