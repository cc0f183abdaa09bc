// The review screen's aids for one filing: jurisdiction hints and possible duplicates.
import { errorBody, idParams, reviewAidsResponse } from '@lian/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, auditContext, localeOf } from '../../http/context.js';
import { type AidsDeps, reviewAids } from './aids.js';

export const reviewAidsRoutes =
  (deps: AidsDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/review/filings/:id/aids',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['review'],
          summary: "Completeness findings, jurisdiction hints and possible duplicate filings, for the filing court's clerks",
          params: idParams,
          response: { 200: reviewAidsResponse, 401: errorBody, 403: errorBody, 404: errorBody },
        },
      },
      async (req) => reviewAids(deps, auditContext(req), actorOf(req), req.params.id, localeOf(req)),
    );
  };
