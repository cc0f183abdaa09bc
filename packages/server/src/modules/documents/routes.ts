// Routes of issued documents: the list of a filing's documents, short-lived session-bound links to their
// PDFs and the PDFs themselves (for those who may read the filing), and the public verification of a code
// printed on a document.
import {
  documentLinksResponse,
  documentListResponse,
  documentParams,
  downloadTokenQuery,
  errorBody,
  idParams,
  verificationResponse,
  verifyParams,
} from '@lian/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, auditContext } from '../../http/context.js';
import { linkSessionOf, sendStoredFile } from '../../http/file-reply.js';
import { type DocumentReadDeps, documentLinks, openLinkedDocument } from './links.js';
import * as documents from './service.js';

export const documentRoutes =
  (platform: DocumentReadDeps, log: DocumentReadDeps['log']): FastifyPluginAsyncZod =>
  async (app) => {
    // Read through to the platform's dependencies at each request (a test's clock is set after start).
    const deps = new Proxy(platform, { get: (t, k) => (k === 'log' ? log : Reflect.get(t, k)) });
    app.get(
      '/filings/:id/documents',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['documents'],
          summary: 'Documents the court issued on a filing (receipt, notices, rulings)',
          params: idParams,
          response: { 200: documentListResponse, 401: errorBody, 404: errorBody },
        },
      },
      async (req) => ({ documents: await documents.listDocuments(deps, auditContext(req), actorOf(req), req.params.id) }),
    );

    app.get(
      '/filings/:id/document-links',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['documents'],
          summary: 'Short-lived download links of the documents issued on a filing, valid only in this session',
          params: idParams,
          response: { 200: documentLinksResponse, 401: errorBody, 404: errorBody },
        },
      },
      async (req) => documentLinks(deps, auditContext(req), actorOf(req), linkSessionOf(req), req.params.id),
    );

    app.get(
      '/filings/:id/documents/:docId/content',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['documents'],
          summary: 'Download an issued document (PDF), by a link from GET /filings/{id}/document-links',
          description:
            'Needs the `token` of a link handed to this session (403 DOWNLOAD_LINK_INVALID otherwise, DOWNLOAD_LINK_EXPIRED after its few minutes). Its SHA-256 is re-checked before it is sent. Answers one Range with 206.',
          params: documentParams,
          querystring: downloadTokenQuery,
        },
      },
      async (req, reply) => {
        const d = await openLinkedDocument(deps, auditContext(req), actorOf(req), {
          filingId: req.params.id,
          documentId: req.params.docId,
          token: req.query.token,
          session: linkSessionOf(req),
          range: req.headers.range,
        });
        return sendStoredFile(reply, d, 'attachment');
      },
    );

    app.get(
      '/verify/:code',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['documents'],
          summary: 'Verify a document by the code printed on it: court, title, number, issue date and SHA-256',
          description: 'Public. Unknown codes answer 404 VERIFICATION_CODE_UNKNOWN. No personal data is returned.',
          params: verifyParams,
          response: { 200: verificationResponse, 404: errorBody },
        },
      },
      async (req, reply) => {
        // Answers change only if a document is issued under the code: cacheable for a short while.
        reply.header('cache-control', 'public, max-age=60');
        return { document: await documents.verifyDocument(deps, req.params.code) };
      },
    );
  };
