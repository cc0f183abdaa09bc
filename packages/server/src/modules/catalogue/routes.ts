// Routes of the court list and the cause-of-action catalogue.
import { causeOfActionQuery, causesOfActionResponse, courtsResponse } from '@lian/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../infra/db.js';
import * as catalogue from './service.js';

export const catalogueRoutes =
  (deps: { db: Db; now?: () => Date }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/courts',
      {
        config: { auth: 'public' },
        schema: { tags: ['catalogue'], summary: 'Courts that accept online filings', response: { 200: courtsResponse } },
      },
      async () => ({ courts: await catalogue.listCourts(deps.db) }),
    );

    app.get(
      '/causes-of-action',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['catalogue'],
          summary: 'Search the cause-of-action (案由) catalogue',
          querystring: causeOfActionQuery,
          response: { 200: causesOfActionResponse },
        },
      },
      async (req) => catalogue.searchCauses(req.query.q, req.query.limit, deps.now?.()),
    );
  };
