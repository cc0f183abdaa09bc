// Routes of issued documents: the list and the PDF of a filing's documents (for those who may read the
// filing), and the public verification of a code printed on a document.
import { documentListResponse, documentParams, errorBody, idParams, verificationResponse, verifyParams } from '@lian/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, auditContext } from '../../http/context.js';
import * as documents from './service.js';

export const documentRoutes =
  (deps: documents.DocumentDeps): FastifyPluginAsyncZod =>
  async (app) => {
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
      '/filings/:id/documents/:docId/content',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['documents'],
          summary: 'Download an issued document (PDF); its SHA-256 is re-checked before it is sent',
          params: documentParams,
        },
      },
      async (req, reply) => {
        const d = await documents.openDocument(deps, auditContext(req), actorOf(req), req.params.id, req.params.docId);
        // RFC 6266 / 5987: an ASCII fallback name, and the Chinese name percent-encoded as UTF-8.
        const ascii = d.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
        return reply
          .type('application/pdf')
          .header('content-length', d.bytes.length)
          .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(d.fileName)}`)
          .header('x-content-sha256', d.sha256)
          .header('cache-control', 'private, no-store')
          .send(d.bytes);
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
