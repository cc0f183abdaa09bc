// Documents the court issues on a filing: rendered to PDF, stored in the content-addressed blob store,
// recorded in `documents` in the same transaction as the event that issues them, listed and served to
// those who may read the filing (with an integrity re-check), and verifiable by anyone holding the code.
import { Readable } from 'node:stream';
import type { DocumentVerification, DocumentView } from '@lian/contract';
import { dateInZone } from '@lian/domain';
import type { BlobStore } from '../../infra/blobs.js';
import type { Db } from '../../infra/db.js';
import { AppError, notFound } from '../../http/errors.js';
import { parseRange } from '../../http/range.js';
import { type AuditContext, appendAudit } from '../audit/service.js';
import { integrityAlarm, readVerifiedForDownload } from '../filing/materials.js';
import { authorizeFiling, recordFilingEvent } from '../filing/service.js';
import type { Actor } from '../policy/policy.js';
import { groupCode, newVerificationCode, normalizeVerificationCode } from './format.js';
import { type DocumentData, type DocumentKind, documentTitles, renderDocument } from './render.js';
import * as repo from './repo.js';

export interface DocumentDeps {
  db: Db;
  blobs: BlobStore;
  /** LIAN_PUBLIC_URL: the base of the verification links printed in QR codes. */
  publicUrl?: string;
  log?: { error(obj: object, msg: string): void };
}

/** The receipt or case number a document prints, which also names its file. */
function numberOf<K extends DocumentKind>(kind: K, data: DocumentData[K]): string {
  const d = data as DocumentData[DocumentKind];
  if ('receiptNumber' in d) return d.receiptNumber;
  if ('caseNumber' in d) return d.caseNumber;
  if ('number' in d) return d.number;
  throw new Error(`document ${kind} has no number`);
}

/** Where the verification page lives: LIAN_PUBLIC_URL, else the origin the request came to. */
export function verifyUrlFor(deps: { publicUrl?: string }, origin: string | undefined, code: string): string {
  const base = (deps.publicUrl ?? origin ?? 'http://localhost:3000').replace(/\/+$/, '');
  return `${base}/verify/${code}`;
}

export interface IssueDocumentInput<K extends DocumentKind> {
  filingId: string;
  kind: K;
  data: DocumentData[K];
  /** The staff member who issues it; null for the system (e.g. the receipt on submission). */
  issuedBy?: string | null;
  /** Who caused it, for the audit record. */
  ctx: AuditContext;
  /** The request's origin, used for the QR link when LIAN_PUBLIC_URL is not set. */
  origin?: string;
  issuedAt?: Date;
}

/**
 * Issues a document inside the caller's transaction: renders the PDF (~50 ms idle, bench/), puts it in
 * the blob store, then writes the `documents` row, a 'document.issued' timeline event and an audit record.
 * The blob is in the store before the row can commit; if the transaction rolls back, the blob stays as
 * an unreferenced, content-addressed file, which is harmless. Call it before the caller's own audit
 * record so that the audit chain's lock is held only for the short end of the transaction.
 */
export async function issueDocument<K extends DocumentKind>(
  trx: Db,
  deps: DocumentDeps,
  input: IssueDocumentInput<K>,
): Promise<DocumentView> {
  const issuedAt = input.issuedAt ?? new Date();
  const verificationCode = newVerificationCode();
  const bytes = await renderDocument(input.kind, input.data, {
    verificationCode,
    verifyUrl: verifyUrlFor(deps, input.origin, verificationCode),
    issuedAt,
  });
  const staged = await deps.blobs.stage(Readable.from([Buffer.from(bytes)]), bytes.length);
  await staged.commit();
  const number = numberOf(input.kind, input.data);
  const row = await repo.insertDocument(trx, {
    filing_id: input.filingId,
    kind: input.kind,
    title: documentTitles[input.kind],
    number,
    sha256: staged.sha256,
    size: staged.size,
    verification_code: verificationCode,
    issued_at: issuedAt,
    issued_by: input.issuedBy ?? null,
  });
  await recordFilingEvent(trx, {
    filing_id: input.filingId,
    actor_id: input.issuedBy ?? null,
    type: 'document.issued',
    data: { documentId: row.id, kind: input.kind, title: row.title, number, sha256: row.sha256 },
  });
  await appendAudit(trx, input.ctx, {
    action: 'document.issue',
    outcome: 'success',
    resourceType: 'filing',
    resourceId: input.filingId,
    detail: { documentId: row.id, kind: input.kind, sha256: row.sha256, size: row.size },
  });
  return documentView(row);
}

type DocumentRow = Awaited<ReturnType<typeof repo.documentsOf>>[number];

export const documentFileName = (d: { title: string; number: string }) => `${d.title}-${d.number}.pdf`.replace(/[\\/:*?"<>|]/g, '_');

function documentView(d: DocumentRow): DocumentView {
  return {
    id: d.id,
    kind: d.kind,
    title: d.title,
    number: d.number,
    fileName: documentFileName(d),
    size: d.size,
    sha256: d.sha256,
    verificationCode: groupCode(d.verification_code),
    issuedAt: d.issued_at.toISOString(),
  };
}

export async function listDocuments(deps: DocumentDeps, ctx: AuditContext, actor: Actor, filingId: string): Promise<DocumentView[]> {
  await authorizeFiling(deps, ctx, actor, 'filing.read', filingId);
  return (await repo.documentsOf(deps.db, filingId)).map(documentView);
}

/**
 * Opens a document's PDF for download — whole, or the byte range of an HTTP `Range` header, as materials
 * are. Documents are small, so the whole file is read and its SHA-256 checked before the first byte is
 * sent; a changed or missing file is refused, logged and audited. `afterAuthorization` runs once the
 * reader's access to the filing and the document are established (the download link's check), before
 * anything is read.
 */
export async function openDocument(
  deps: DocumentDeps,
  ctx: AuditContext,
  actor: Actor,
  filingId: string,
  documentId: string,
  opts: { range?: string | undefined; afterAuthorization?: () => void } = {},
) {
  await authorizeFiling(deps, ctx, actor, 'filing.read', filingId);
  // A reader may list the filing's documents anyway: an unknown id is 404 whatever the token.
  const d = await repo.findDocument(deps.db, filingId, documentId);
  if (!d) throw notFound();
  opts.afterAuthorization?.();
  const meta = { fileName: documentFileName(d), mediaType: 'application/pdf', size: d.size, sha256: d.sha256 };
  const range = parseRange(opts.range, d.size);
  if (range.kind === 'unsatisfiable') return { stream: Readable.from([]), range, ...meta };
  const alarm = integrityAlarm(deps, ctx, { action: 'document.integrity_alarm', filingId, ids: { documentId }, sha256: d.sha256 });
  const bytes = await readVerifiedForDownload(deps.blobs, d.sha256, d.size, alarm);
  const part = range.kind === 'partial' ? bytes.subarray(range.start, range.end + 1) : bytes;
  return { stream: Readable.from([part]), range, ...meta };
}

/** Public: what a verification code vouches for. Unknown or malformed codes get the same answer. */
export async function verifyDocument(deps: { db: Db }, code: string): Promise<DocumentVerification> {
  const normalized = normalizeVerificationCode(code);
  const d = normalized ? await repo.findByVerificationCode(deps.db, normalized) : undefined;
  if (!d)
    throw new AppError('VERIFICATION_CODE_UNKNOWN', '未找到与该核验码对应的文书 / No document was issued with this verification code');
  return {
    court: { name: d.court_name },
    kind: d.kind,
    title: d.title,
    number: d.number,
    issuedAt: d.issued_at.toISOString(),
    issuedOn: dateInZone(d.issued_at, d.court_timezone),
    sha256: d.sha256,
    size: d.size,
    verificationCode: groupCode(d.verification_code),
  };
}
