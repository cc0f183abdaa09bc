// Routes of the judge's workspace. One case is read through GET /api/filings/:id and its materials,
// documents and fee routes, which the policy opens to the judge the case is assigned to.
import { errorBody, judgeCasesQuery, judgeCasesResponse } from '@lian/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../http/context.js';
import { type JudgeDeps, listAssignedCases } from './service.js';

export const judgeRoutes =
  (deps: JudgeDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/judge/cases',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['judge'],
          summary: 'The cases assigned to the signed-in judge, newest assignment first (filter by fee state, search, paging)',
          querystring: judgeCasesQuery,
          response: { 200: judgeCasesResponse, 400: errorBody, 401: errorBody, 403: errorBody },
        },
      },
      async (req, reply) => {
        const r = await listAssignedCases(deps, actorOf(req), req.query);
        return reply.header('cache-control', 'no-store').send(r);
      },
    );
  };
