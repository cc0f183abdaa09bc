// Routes of organisation and lawyer registration and of the account's real-name verification.
import {
  errorBody,
  identityStatusResponse,
  lawyerCertificateBody,
  meResponse,
  registerLawyerBody,
  registerOrganisationBody,
} from '@lian/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, auditContext } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import * as identity from '../identity/service.js';
import { setSessionCookie } from '../identity/routes.js';
import { userAgentOf } from '../identity/sessions.js';
import { can } from '../policy/policy.js';
import { submitLawyerCertificate } from './lawyer-certificate.js';
import * as registration from './registration.js';

export const accountRoutes =
  (deps: identity.IdentityDeps & { secureCookies: boolean }): FastifyPluginAsyncZod =>
  async (app) => {
    const client = (req: FastifyRequest) => ({ userAgent: userAgentOf(req.headers['user-agent']) });
    const signedIn = async (reply: FastifyReply, session: { token: string; expiresAt: Date }) => {
      setSessionCookie(reply, session, deps.secureCookies);
      const actor = await identity.actorForToken(deps, session.token);
      return reply.status(201).send({ user: await identity.describeAccount(deps, actor!) });
    };

    app.post(
      '/auth/register/organisation',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['account'],
          summary: 'Register an organisation (the acting person signs in) and sign in',
          body: registerOrganisationBody,
          response: { 201: meResponse, 409: errorBody, 422: errorBody },
        },
      },
      async (req, reply) => signedIn(reply, await registration.registerOrganisation(deps, auditContext(req), req.body, client(req))),
    );

    app.post(
      '/auth/register/lawyer',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['account'],
          summary: 'Register a lawyer (files for clients once a court administrator has verified the certificate) and sign in',
          body: registerLawyerBody,
          response: { 201: meResponse, 409: errorBody, 422: errorBody },
        },
      },
      async (req, reply) => signedIn(reply, await registration.registerLawyer(deps, auditContext(req), req.body, client(req))),
    );

    app.get(
      '/me/identity',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['account'],
          summary: "The account's kind, real-name verification and organisation or lawyer details (masked)",
          response: { 200: identityStatusResponse, 401: errorBody },
        },
      },
      async (req) => ({ identity: await registration.identityStatusOf(deps, actorOf(req)) }),
    );

    app.post(
      '/me/identity/verify',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['account'],
          summary: 'Run real-name verification again after it did not succeed',
          response: { 200: identityStatusResponse, 401: errorBody, 403: errorBody, 409: errorBody },
        },
      },
      async (req) => {
        const actor = actorOf(req);
        if (!can(actor, 'account.identity')) throw new AppError('FORBIDDEN', '此账户无需实名认证 / Not for this account');
        return { identity: await registration.verifyIdentityNow(deps, auditContext(req), actor) };
      },
    );

    app.put(
      '/me/lawyer-certificate',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['account'],
          summary:
            "A lawyer puts their practising certificate on file or corrects it: back to the administrators' verification queue (a verified lawyer's change ends the verification)",
          body: lawyerCertificateBody,
          response: { 200: identityStatusResponse, 401: errorBody, 403: errorBody, 409: errorBody, 422: errorBody },
        },
      },
      async (req) => ({ identity: await submitLawyerCertificate(deps, auditContext(req), actorOf(req), req.body) }),
    );
  };
