// Routes of the second sign-in step (TOTP or recovery code), enrolment of an authenticator, and
// password reset with a one-time code. All are public: the pending challenge cookie or the one-time
// code is the credential.
import {
  enrolledResponse,
  enrolmentResponse,
  errorBody,
  meResponse,
  passwordResetConfirmBody,
  passwordResetRequestBody,
  passwordResetRequestResponse,
  secondFactorBody,
} from '@lian/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditContext } from '../../http/context.js';
import type { Messaging } from '../../infra/messaging.js';
import * as reset from './password-reset.js';
import { CHALLENGE_COOKIE, challengeCookie, endPreviousSession, setSessionCookie, withRetryAfter } from './routes.js';
import * as secondFactor from './second-factor.js';
import * as identity from './service.js';
import { userAgentOf } from './sessions.js';

export const secondFactorRoutes =
  (deps: identity.IdentityDeps & { secureCookies: boolean; messaging: Messaging }): FastifyPluginAsyncZod =>
  async (app) => {
    const challengeOf = (req: FastifyRequest) => req.cookies[CHALLENGE_COOKIE];
    const client = (req: FastifyRequest) => ({ userAgent: userAgentOf(req.headers['user-agent']) });
    const signedIn = async (req: FastifyRequest, reply: FastifyReply, session: { token: string; expiresAt: Date }) => {
      await endPreviousSession(deps, req);
      reply.clearCookie(CHALLENGE_COOKIE, { path: challengeCookie.path });
      setSessionCookie(reply, session, deps.secureCookies);
      const actor = await identity.actorForToken(deps, session.token);
      return identity.describeAccount(deps, actor!);
    };

    app.post(
      '/auth/second-factor',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['account'],
          summary: 'Second sign-in step: a code of the authenticator app, or a recovery code',
          body: secondFactorBody,
          response: { 200: meResponse, 401: errorBody, 429: errorBody },
        },
      },
      async (req, reply) => {
        const session = await secondFactor
          .verifyChallenge(deps, auditContext(req), challengeOf(req), req.body.code, client(req))
          .catch(withRetryAfter(reply));
        return { user: await signedIn(req, reply, session) };
      },
    );

    app.post(
      '/auth/second-factor/enrolment',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['account'],
          summary: 'Start enrolling an authenticator app (after a password sign-in that asked for it)',
          response: { 200: enrolmentResponse, 401: errorBody },
        },
      },
      async (req) => secondFactor.startEnrolment(deps, challengeOf(req)),
    );

    app.post(
      '/auth/second-factor/enrolment/confirm',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['account'],
          summary: 'Confirm the authenticator with a code; signs in and returns 10 recovery codes, shown once',
          body: secondFactorBody,
          response: { 200: enrolledResponse, 401: errorBody, 429: errorBody },
        },
      },
      async (req, reply) => {
        const { session, recoveryCodes } = await secondFactor
          .confirmEnrolment(deps, auditContext(req), challengeOf(req), req.body.code, client(req))
          .catch(withRetryAfter(reply));
        reply.header('cache-control', 'no-store');
        return { user: await signedIn(req, reply, session), recoveryCodes };
      },
    );

    app.post(
      '/auth/password-reset/request',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['account'],
          summary: 'Send a one-time code for a password reset to the login (SMS or e-mail); same answer for unknown logins',
          body: passwordResetRequestBody,
          response: { 202: passwordResetRequestResponse, 429: errorBody },
        },
      },
      async (req, reply) => {
        const sent = await reset.requestPasswordReset(deps, auditContext(req), req.body).catch(withRetryAfter(reply));
        return reply.status(202).send(sent);
      },
    );

    app.post(
      '/auth/password-reset/confirm',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['account'],
          summary: 'Set a new password with the one-time code; ends every session of the account',
          body: passwordResetConfirmBody,
          response: { 204: z.null(), 422: errorBody },
        },
      },
      async (req, reply) => {
        await reset.confirmPasswordReset(deps, auditContext(req), req.body);
        return reply.status(204).send(null);
      },
    );
  };
