// Routes of the filing clerk's workbench.
import { errorBody, filingResponse, idParams, reviewQueueQuery, reviewQueueResponse } from '@lian/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, auditContext } from '../../http/context.js';
import { type FilingDeps, getFiling } from '../filing/service.js';
import * as review from './service.js';

export const reviewRoutes =
  (deps: FilingDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/review/queue',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['review'],
          summary: "Submitted filings awaiting decision at the clerk's courts, most urgent first",
          querystring: reviewQueueQuery,
          response: { 200: reviewQueueResponse, 401: errorBody, 403: errorBody },
        },
      },
      async (req) => ({ items: await review.reviewQueue(deps, actorOf(req), req.query.courtId) }),
    );

    app.post(
      '/review/filings/:id/accept',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['review'],
          summary: 'Accept a filing (立案): assigns the case number',
          params: idParams,
          response: { 200: filingResponse, 401: errorBody, 404: errorBody, 409: errorBody },
        },
      },
      async (req) => {
        const actor = actorOf(req);
        await review.acceptFiling(deps, auditContext(req), actor, req.params.id);
        return { filing: await getFiling(deps, auditContext(req), actor, req.params.id) };
      },
    );
  };
