// Routes of the auditor's screen: search the audit trail, verify its hash chain.
import { auditSearchQuery, auditSearchResponse, auditVerifyResponse, errorBody } from '@lian/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, auditContext } from '../../http/context.js';
import { type AuditSearchDeps, searchAudit, verifyChainForAuditor } from './search.js';

export const auditRoutes =
  (deps: AuditSearchDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/audit/records',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['audit'],
          summary: 'Search the audit trail, newest first (auditors; the search itself is audited)',
          querystring: auditSearchQuery,
          response: { 200: auditSearchResponse, 400: errorBody, 401: errorBody, 403: errorBody },
        },
      },
      async (req, reply) => {
        const r = await searchAudit(deps, auditContext(req), actorOf(req), req.query);
        return reply.header('cache-control', 'no-store').send(r);
      },
    );

    app.post(
      '/audit/verify',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['audit'],
          summary: 'Verify the hash chain of the audit trail; reports the first broken link (auditors)',
          response: { 200: auditVerifyResponse, 401: errorBody, 403: errorBody },
        },
      },
      async (req) => verifyChainForAuditor(deps, auditContext(req), actorOf(req)),
    );
  };
