// Routes of passkeys: sign-in with a passkey (public: the signed assertion is the credential), and the
// account's own passkeys (register, list, rename, remove).
import {
  authenticationResponseJson,
  errorBody,
  idParams,
  meResponse,
  passkeyRegisterBody,
  passkeyRemoveBody,
  passkeyRenameBody,
  passkeyResponse,
  passkeysResponse,
  webauthnOptionsResponse,
} from '@lian/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContext } from '../../http/context.js';
import * as passkeys from './passkeys.js';
import { endPreviousSession, SESSION_COOKIE, setSessionCookie, withRetryAfter } from './routes.js';
import * as identity from './service.js';
import { userAgentOf } from './sessions.js';

export const passkeyRoutes =
  (deps: passkeys.PasskeyDeps & identity.IdentityDeps & { secureCookies: boolean }): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/auth/passkey/options',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['account'],
          summary: 'Start a passkey sign-in: options for navigator.credentials.get (discoverable, user verification required)',
          response: { 200: webauthnOptionsResponse, 429: errorBody },
        },
      },
      async (req, reply) => {
        reply.header('cache-control', 'no-store');
        return { options: await passkeys.signInOptions(deps, req.ip).catch(withRetryAfter(reply)) };
      },
    );

    app.post(
      '/auth/passkey',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['account'],
          summary: 'Sign in with a passkey (also satisfies the court staff second factor)',
          body: authenticationResponseJson,
          response: { 200: meResponse, 401: errorBody, 429: errorBody },
        },
      },
      async (req, reply) => {
        const session = await passkeys
          .signInWithPasskey(deps, auditContext(req), req.body, { userAgent: userAgentOf(req.headers['user-agent']) })
          .catch(withRetryAfter(reply));
        await endPreviousSession(deps, req);
        setSessionCookie(reply, session, deps.secureCookies);
        const actor = await identity.actorForToken(deps, session.token);
        return { user: await identity.describeAccount(deps, actor!) };
      },
    );

    app.get(
      '/me/passkeys',
      {
        config: { auth: 'user' },
        schema: { tags: ['account'], summary: 'The account’s passkeys', response: { 200: passkeysResponse, 401: errorBody } },
      },
      async (req) => ({ passkeys: await passkeys.listPasskeys(deps, actorOf(req)) }),
    );

    app.post(
      '/me/passkeys/options',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['account'],
          summary: 'Start registering a passkey: options for navigator.credentials.create',
          response: { 200: webauthnOptionsResponse, 401: errorBody, 422: errorBody },
        },
      },
      async (req, reply) => {
        reply.header('cache-control', 'no-store');
        return { options: await passkeys.registrationOptions(deps, actorOf(req)) };
      },
    );

    app.post(
      '/me/passkeys',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['account'],
          summary: 'Finish registering a passkey under a name of the account holder’s choosing',
          body: passkeyRegisterBody,
          response: { 201: passkeyResponse, 401: errorBody, 422: errorBody },
        },
      },
      async (req, reply) => {
        const passkey = await passkeys.registerPasskey(deps, auditContext(req), actorOf(req), req.body);
        return reply.status(201).send({ passkey });
      },
    );

    app.put(
      '/me/passkeys/:id',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['account'],
          summary: 'Rename one of the account’s passkeys',
          params: idParams,
          body: passkeyRenameBody,
          response: { 200: passkeyResponse, 401: errorBody, 404: errorBody },
        },
      },
      async (req) => ({ passkey: await passkeys.renamePasskey(deps, auditContext(req), actorOf(req), req.params.id, req.body.name) }),
    );

    app.post(
      '/me/passkeys/:id/remove',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['account'],
          summary: 'Remove one of the account’s passkeys (password needed unless signed in within 10 minutes); other sessions end',
          params: idParams,
          body: passkeyRemoveBody,
          response: { 204: z.null(), 401: errorBody, 403: errorBody, 404: errorBody, 429: errorBody },
        },
      },
      async (req, reply) => {
        const token = req.cookies[SESSION_COOKIE] ?? '';
        const session = await passkeys
          .removePasskey(deps, auditContext(req), actorOf(req), req.params.id, token, req.body.password)
          .catch(withRetryAfter(reply));
        // The session goes on under a new token; the account's other sessions have ended.
        if (session) setSessionCookie(reply, session, deps.secureCookies);
        return reply.status(204).send(null);
      },
    );
  };
