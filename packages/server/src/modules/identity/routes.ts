// Routes of registration, sign-in, the current account and its sessions.
import {
  errorBody,
  idParams,
  loginBody,
  loginResponse,
  meResponse,
  registerBody,
  revokedResponse,
  sessionsResponse,
  signUpCodeBody,
  signUpCodeResponse,
} from '@lian/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContext } from '../../http/context.js';
import * as identity from './service.js';
import * as sessions from './sessions.js';
import { type SignUpCodeDeps, requestSignUpCode } from './sign-up-code.js';
import { SignInRefused } from './throttle.js';

export const SESSION_COOKIE = 'lian_session';
/** The pending sign-in challenge between password and second factor (HttpOnly, 5 minutes). */
export const CHALLENGE_COOKIE = 'lian_challenge';
export const challengeCookie = { path: '/api/auth', httpOnly: true, sameSite: 'strict' } as const;

/** Passes an error on, adding Retry-After to a throttling refusal. */
export const withRetryAfter = (reply: FastifyReply) => (e: unknown) => {
  if (e instanceof SignInRefused) reply.header('retry-after', String(e.retryAfterSeconds));
  throw e;
};

export const setSessionCookie = (reply: FastifyReply, s: { token: string; expiresAt: Date }, secure: boolean) =>
  reply.setCookie(SESSION_COOKIE, s.token, { path: '/', httpOnly: true, sameSite: 'lax', secure, expires: s.expiresAt });

/** Session rotation: a session this browser held before a new sign-in ends with it (no fixation). */
export async function endPreviousSession(deps: identity.IdentityDeps, req: FastifyRequest) {
  const previous = req.cookies[SESSION_COOKIE];
  if (previous) await identity.signOut(deps, auditContext(req), previous);
}

export const identityRoutes =
  (deps: identity.IdentityDeps & SignUpCodeDeps & { secureCookies: boolean }): FastifyPluginAsyncZod =>
  async (app) => {
    const setSession = (reply: FastifyReply, s: { token: string; expiresAt: Date }) => setSessionCookie(reply, s, deps.secureCookies);

    app.post(
      '/auth/register/code',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['account'],
          summary: 'Send a sign-up code to the login (SMS or e-mail); same answer whether or not it is registered',
          body: signUpCodeBody,
          response: { 202: signUpCodeResponse, 422: errorBody, 429: errorBody },
        },
      },
      async (req, reply) => {
        const sent = await requestSignUpCode(deps, auditContext(req), req.body).catch(withRetryAfter(reply));
        return reply.status(202).send(sent);
      },
    );

    app.post(
      '/auth/register',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['account'],
          summary: 'Register a natural person with the sign-up code and sign in',
          body: registerBody,
          response: { 201: meResponse, 409: errorBody, 422: errorBody },
        },
      },
      async (req, reply) => {
        const session = await identity.registerAndSignIn(deps, auditContext(req), req.body, {
          userAgent: sessions.userAgentOf(req.headers['user-agent']),
        });
        setSession(reply, session);
        const actor = await identity.actorForToken(deps, session.token);
        return reply.status(201).send({ user: await identity.describeAccount(deps, actor!) });
      },
    );

    app.post(
      '/auth/login',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['account'],
          summary: 'Sign in with phone or e-mail and password (court staff: then the second factor)',
          body: loginBody,
          response: { 200: loginResponse, 401: errorBody, 429: errorBody },
        },
      },
      async (req, reply) => {
        const result = await identity
          .signIn(deps, auditContext(req), req.body, { userAgent: sessions.userAgentOf(req.headers['user-agent']) })
          .catch(withRetryAfter(reply));
        if (result.kind === 'challenge') {
          // Password right, second factor to come: no session yet, only the pending challenge.
          reply.setCookie(CHALLENGE_COOKIE, result.token, { ...challengeCookie, secure: deps.secureCookies, expires: result.expiresAt });
          return { challenge: { step: result.step, expiresAt: result.expiresAt.toISOString() } };
        }
        await endPreviousSession(deps, req);
        setSession(reply, result);
        const actor = await identity.actorForToken(deps, result.token);
        return { user: await identity.describeAccount(deps, actor!) };
      },
    );

    app.post(
      '/auth/logout',
      {
        config: { auth: 'public' },
        schema: { tags: ['account'], summary: 'Sign out (ends this session)', response: { 204: z.null() } },
      },
      async (req, reply) => {
        const token = req.cookies[SESSION_COOKIE];
        if (token) await identity.signOut(deps, auditContext(req), token);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/me',
      {
        config: { auth: 'user' },
        schema: { tags: ['account'], summary: 'The signed-in account', response: { 200: meResponse, 401: errorBody } },
      },
      async (req) => ({ user: await identity.describeAccount(deps, actorOf(req)) }),
    );

    // The session token of this request; `auth: 'user'` has already checked that it is valid.
    const tokenOf = (req: FastifyRequest) => req.cookies[SESSION_COOKIE] ?? '';

    app.get(
      '/auth/sessions',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['account'],
          summary: 'The signed-in account’s active sessions',
          response: { 200: sessionsResponse, 401: errorBody },
        },
      },
      async (req) => ({ sessions: await sessions.listSessions(deps, actorOf(req), tokenOf(req)) }),
    );

    app.post(
      '/auth/sessions/revoke-others',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['account'],
          summary: 'Sign out everywhere else (ends every other session of this account)',
          response: { 200: revokedResponse, 401: errorBody },
        },
      },
      async (req) => ({ revoked: await sessions.revokeOtherSessions(deps, auditContext(req), actorOf(req), tokenOf(req)) }),
    );

    app.delete(
      '/auth/sessions/:id',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['account'],
          summary: 'End one of this account’s sessions',
          params: idParams,
          response: { 204: z.null(), 401: errorBody, 404: errorBody },
        },
      },
      async (req, reply) => {
        const { wasCurrent } = await sessions.revokeSession(deps, auditContext(req), actorOf(req), req.params.id, tokenOf(req));
        if (wasCurrent) reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );
  };
