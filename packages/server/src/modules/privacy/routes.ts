// Routes of the account holder's data rights: download a copy, delete the account.
import { dataExport, deleteAccountBody, errorBody } from '@lian/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContext } from '../../http/context.js';
import { SESSION_COOKIE } from '../identity/routes.js';
import * as privacy from './service.js';

export const privacyRoutes =
  (deps: privacy.PrivacyDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/me/data-export',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['account'],
          summary: 'A complete copy of the personal data held about the signed-in account (PIPL Art. 45)',
          response: { 200: dataExport, 401: errorBody },
        },
      },
      async (req, reply) => {
        const data = await privacy.exportPersonalData(deps, auditContext(req), actorOf(req), req.cookies[SESSION_COOKIE] ?? '');
        return reply
          .header('content-disposition', `attachment; filename="lian-personal-data-${data.exportedAt.slice(0, 10)}.json"`)
          .header('cache-control', 'no-store')
          .send(data);
      },
    );

    app.post(
      '/me/delete',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['account'],
          summary: 'Delete the signed-in account and its drafts, confirmed by its password (PIPL Art. 47)',
          body: deleteAccountBody,
          response: { 204: z.null(), 401: errorBody, 403: errorBody, 409: errorBody, 429: errorBody },
        },
      },
      async (req, reply) => {
        await privacy.deleteOwnAccount(deps, auditContext(req), actorOf(req), req.body.password);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );
  };
