// The Fastify application: security headers, sessions, CSRF defence, validation, OpenAPI,
// error mapping, the API modules and the built web UI. Everything it needs comes in `deps`.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { ErrorBody } from '@lian/contract';
import Fastify, { type FastifyRequest, type FastifyServerOptions } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import type { BlobStore } from '../infra/blobs.js';
import type { InspectionPolicy } from '../infra/inspect/index.js';
import type { FieldCipher } from '../infra/crypto.js';
import type { Db } from '../infra/db.js';
import { catalogueRoutes } from '../modules/catalogue/routes.js';
import { documentRoutes } from '../modules/documents/routes.js';
import { filingRoutes } from '../modules/filing/routes.js';
import { tusRoutes } from '../modules/filing/tus-routes.js';
import type { UploadDeps } from '../modules/filing/uploads.js';
import { identityRoutes, SESSION_COOKIE } from '../modules/identity/routes.js';
import { secondFactorRoutes } from '../modules/identity/second-factor-routes.js';
import { passkeyRoutes } from '../modules/identity/passkey-routes.js';
import { selfFactorRoutes } from '../modules/identity/self-factor-routes.js';
import type { Messaging } from '../infra/messaging.js';
import { actorForToken } from '../modules/identity/service.js';
import type { Actor } from '../modules/policy/policy.js';
import { recordAudit } from '../modules/audit/service.js';
import { auditContext } from './context.js';
import { privacyRoutes } from '../modules/privacy/routes.js';
import { auditRoutes } from '../modules/audit/routes.js';
import { reviewRoutes } from '../modules/review/routes.js';
import { reviewAidsRoutes } from '../modules/review/aids-routes.js';
import { judgeRoutes } from '../modules/judge/routes.js';
import { feeRoutes } from '../modules/fees/routes.js';
import { gatewayRoutes } from '../modules/fees/gateway-routes.js';
import type { PaymentGateway } from '../infra/payments/gateway.js';
import { AppError } from './errors.js';
import { accountRoutes } from '../modules/accounts/routes.js';
import { adminRoutes } from '../modules/accounts/admin-routes.js';
import type { IdentityVerifier } from '../modules/identity/verifier.js';

export interface AppDeps {
  db: Db;
  cipher: FieldCipher;
  blobs: BlobStore;
  maxUploadBytes: number;
  /** Upload inspection: archives allowed, virus scanner (infra/inspect). */
  inspection?: InspectionPolicy;
  maxFilingBytes: number;
  /** Resumable uploads: the tus staging store under LIAN_DATA_DIR/uploads and the lifetime of an unfinished one. */
  uploads: UploadDeps['uploads'];
  /** LIAN_PUBLIC_URL: base of the verification links printed on documents. */
  publicUrl?: string;
  /** LIAN_DUPLICATE_MONTHS: how far back the review screen looks for duplicates (default 6). */
  duplicateWindowMonths?: number;
  /** Directory of the built web UI; omitted → API only. */
  webDist?: string;
  /** Cookies get the Secure flag when the public URL is https. */
  secureCookies: boolean;
  logger: FastifyServerOptions['logger'];
  now?: () => Date;
  /** Outgoing SMS and e-mail (one-time codes). */
  messaging: Messaging;
  /** Where litigants pay the acceptance fee (infra/payments; docs/payments.md). */
  paymentGateway: PaymentGateway;
  /** Real-name verification (LIAN_IDENTITY_VERIFIER_URL); the local checksum verifier when unset. */
  verifier?: IdentityVerifier;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Every /api route says who may call it; the policy module decides the rest. */
    auth?: 'public' | 'user';
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function buildApp(deps: AppDeps) {
  const app = Fastify({
    logger: deps.logger,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    trustProxy: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/') && !route.url.startsWith('/api/docs') && !route.config?.auth) {
      throw new Error(`route ${route.method} ${route.url} does not declare config.auth`);
    }
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd (CSS-in-JS) injects <style> elements at run time; scripts stay strictly 'self'.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: deps.secureCookies ? [] : null,
      },
    },
    hsts: deps.secureCookies ? { maxAge: 31536000, includeSubDomains: true } : false,
  });
  await app.register(fastifyCookie);

  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
    if (!req.url.startsWith('/api/')) return;
    // CSRF defence: a cross-site form or image cannot set a custom header, and a cross-origin
    // fetch that sets one needs a CORS preflight this server never grants.
    if (!SAFE_METHODS.has(req.method) && req.headers['x-requested-with'] !== 'lian') {
      throw new AppError('FORBIDDEN', '请求缺少防伪造标头 / Missing X-Requested-With header', undefined, 'csrf_header_missing');
    }
    const token = req.cookies[SESSION_COOKIE];
    if (token) req.actor = await actorForToken(deps, token);
    // Before body parsing and validation: an anonymous caller learns nothing about a route's input rules.
    if (req.routeOptions.config?.auth === 'user' && !req.actor) {
      throw new AppError('UNAUTHENTICATED', '请先登录 / Please sign in', undefined, token ? 'session_unknown_or_expired' : undefined);
    }
  });

  /**
   * Refusals worth an audit record: a session token that is forged, expired or ended (only when one
   * was presented: a visitor without one is no event), and every 403. A 404 on a filing is audited where
   * it is decided (authorizeFiling), with the filing's id.
   */
  const auditRefusal = async (req: FastifyRequest, err: AppError) => {
    const reason = err.auditReason ?? (err.code === 'FORBIDDEN' ? 'forbidden' : undefined);
    if (!reason) return;
    const route = `${req.method} ${req.routeOptions.url ?? req.url.split('?')[0]}`;
    await recordAudit(deps.db, auditContext(req), {
      action: err.code === 'UNAUTHENTICATED' ? 'session.refused' : 'access.denied',
      outcome: 'denied',
      detail: { route, reason },
    }).catch((e: unknown) => req.log.error({ err: e }, 'could not audit a refusal'));
  };

  app.setErrorHandler(async (err: Error & { statusCode?: number }, req, reply) => {
    const send = (status: number, body: ErrorBody) => reply.status(status).send(body);
    if (err instanceof AppError) {
      if (err.status === 401 || err.status === 403) await auditRefusal(req, err);
      return send(err.status, { error: { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      return send(400, {
        error: {
          code: 'VALIDATION_FAILED',
          message: '提交的内容格式不正确 / The request is not well-formed',
          details: err.validation.map((v) => ({
            path: [err.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.'),
            code: String(v.keyword),
            message: v.message ?? 'invalid',
          })),
        },
      });
    }
    const status = err.statusCode;
    if (status === 413) return send(413, { error: { code: 'PAYLOAD_TOO_LARGE', message: '请求内容过大 / Request body too large' } });
    if (status && status >= 400 && status < 500) {
      return send(status, { error: { code: status === 404 ? 'NOT_FOUND' : 'VALIDATION_FAILED', message: err.message } });
    }
    req.log.error({ err }, 'unhandled error');
    return send(500, { error: { code: 'INTERNAL', message: '服务器内部错误，请稍后再试 / Internal error' } });
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Lian API', description: '立案 · Lian online case-filing platform', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_req, reply) => {
    try {
      await sql`SELECT 1`.execute(deps.db);
      return { status: 'ready' };
    } catch {
      return reply.status(503).send({ status: 'database unavailable' });
    }
  });

  await app.register(identityRoutes(deps), { prefix: '/api' });
  await app.register(catalogueRoutes(deps), { prefix: '/api' });
  await app.register(filingRoutes(deps), { prefix: '/api' });
  await app.register(tusRoutes(deps));
  await app.register(reviewRoutes(deps), { prefix: '/api' });
  await app.register(reviewAidsRoutes(deps), { prefix: '/api' });
  await app.register(privacyRoutes(deps), { prefix: '/api' });
  await app.register(secondFactorRoutes(deps), { prefix: '/api' });
  await app.register(documentRoutes(deps, app.log), { prefix: '/api' });
  await app.register(feeRoutes(deps), { prefix: '/api' });
  await app.register(gatewayRoutes(deps));
  await app.register(accountRoutes(deps), { prefix: '/api' });
  await app.register(adminRoutes(deps), { prefix: '/api' });
  await app.register(auditRoutes(deps), { prefix: '/api' });
  await app.register(passkeyRoutes(deps), { prefix: '/api' });
  await app.register(selfFactorRoutes(deps), { prefix: '/api' });
  await app.register(judgeRoutes(deps), { prefix: '/api' });

  if (deps.webDist && existsSync(path.join(deps.webDist, 'index.html'))) {
    await app.register(fastifyStatic, { root: deps.webDist, wildcard: false });
    // Client-side routes (/filings/…, /workbench) get the single-page app; unknown /api paths a JSON 404.
    app.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && !req.url.startsWith('/api/')) return reply.type('text/html').sendFile('index.html');
      return reply.status(404).send({ error: { code: 'NOT_FOUND', message: 'Not found' } } satisfies ErrorBody);
    });
  } else {
    app.setNotFoundHandler((_req, reply) =>
      reply.status(404).send({ error: { code: 'NOT_FOUND', message: 'Not found' } } satisfies ErrorBody),
    );
  }
  return app;
}
