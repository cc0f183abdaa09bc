// Routes of the account holder's own authenticator app (TOTP opt-in for litigants and lawyers).
import { enrolmentResponse, errorBody, recoveryCodesResponse, secondFactorBody, secondFactorStatus } from '@lian/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContext } from '../../http/context.js';
import { SESSION_COOKIE, setSessionCookie, withRetryAfter } from './routes.js';
import type { SecondFactorDeps } from './second-factor.js';
import * as self from './self-factor.js';
import type { RotatedSession } from './sessions.js';

export const selfFactorRoutes =
  (deps: SecondFactorDeps & { secureCookies: boolean }): FastifyPluginAsyncZod =>
  async (app) => {
    // The session goes on under a new token after the change (the old one stops working).
    const tokenOf = (req: FastifyRequest) => req.cookies[SESSION_COOKIE] ?? '';
    const keepSession = (reply: FastifyReply, s: RotatedSession) => {
      if (s) setSessionCookie(reply, s, deps.secureCookies);
    };

    app.get(
      '/me/second-factor',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['account'],
          summary: 'Whether the account uses an authenticator app, and whether it must',
          response: { 200: secondFactorStatus, 401: errorBody },
        },
      },
      async (req) => self.secondFactorStatus(deps, actorOf(req)),
    );

    app.post(
      '/me/second-factor/enrolment',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['account'],
          summary: 'Start setting up an authenticator app: secret, otpauth URI and QR code',
          response: { 200: enrolmentResponse, 401: errorBody, 409: errorBody },
        },
      },
      async (req, reply) => {
        reply.header('cache-control', 'no-store');
        return self.startSelfEnrolment(deps, actorOf(req));
      },
    );

    app.post(
      '/me/second-factor/enrolment/confirm',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['account'],
          summary: 'Confirm the authenticator app with a code; returns 10 recovery codes, shown once; other sessions end',
          body: secondFactorBody,
          response: { 200: recoveryCodesResponse, 401: errorBody, 409: errorBody },
        },
      },
      async (req, reply) => {
        const { recoveryCodes, session } = await self.confirmSelfEnrolment(
          deps,
          auditContext(req),
          actorOf(req),
          req.body.code,
          tokenOf(req),
        );
        keepSession(reply, session);
        reply.header('cache-control', 'no-store');
        return { recoveryCodes };
      },
    );

    app.post(
      '/me/second-factor/disable',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['account'],
          summary: 'Turn the authenticator app off with a current code or a recovery code (not for court staff); other sessions end',
          body: secondFactorBody,
          response: { 204: z.null(), 401: errorBody, 409: errorBody, 429: errorBody },
        },
      },
      async (req, reply) => {
        const session = await self
          .disableSelfFactor(deps, auditContext(req), actorOf(req), req.body.code, tokenOf(req))
          .catch(withRetryAfter(reply));
        keepSession(reply, session);
        return reply.status(204).send(null);
      },
    );
  };
