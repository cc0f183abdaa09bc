// Short-lived, session-bound links to the PDFs of the documents issued on a filing (see
// filing/download-links.ts, whose signer they share with materials): a document URL copied into a chat or
// left in a browser history opens nothing after a few minutes or in any other session.
import type { DocumentLinksResponse } from '@lian/contract';
import type { AuditContext } from '../audit/service.js';
import { type LinkSubject, assertDownloadToken, linkSigner } from '../filing/download-links.js';
import { authorizeFiling, type FilingDeps } from '../filing/service.js';
import type { Actor } from '../policy/policy.js';
import * as repo from './repo.js';
import { type DocumentDeps, openDocument } from './service.js';

export type DocumentReadDeps = DocumentDeps & Pick<FilingDeps, 'cipher' | 'now'>;

export const documentContentPath = (filingId: string, documentId: string) => `/api/filings/${filingId}/documents/${documentId}/content`;

/** Fresh links to every document of a filing the actor may read, bound to the asking session. */
export async function documentLinks(
  deps: DocumentReadDeps,
  ctx: AuditContext,
  actor: Actor,
  session: string,
  filingId: string,
): Promise<DocumentLinksResponse> {
  await authorizeFiling(deps, ctx, actor, 'filing.read', filingId);
  const documents = await repo.documentsOf(deps.db, filingId);
  const sign = linkSigner(deps, session);
  return {
    expiresAt: sign.expiresAt,
    links: documents.map((d) => ({
      documentId: d.id,
      contentUrl: sign.url(documentContentPath(filingId, d.id), d.id, 'document.content'),
    })),
  };
}

/** A document's PDF, for a reader of the filing holding a link of this session (403 otherwise). */
export function openLinkedDocument(
  deps: DocumentReadDeps,
  ctx: AuditContext,
  actor: Actor,
  link: { filingId: string; documentId: string; token: string | undefined; session: string; range: string | undefined },
) {
  const subject: LinkSubject = { id: link.documentId, kind: 'document.content', session: link.session };
  return openDocument(deps, ctx, actor, link.filingId, link.documentId, {
    range: link.range,
    afterAuthorization: () => assertDownloadToken(deps, link.token, subject),
  });
}
