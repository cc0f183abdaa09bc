// The tus 1.0 resumable-upload endpoint, /api/uploads, mounted on Fastify as @tus/server's README shows:
// the body is passed through untouched and the raw request handed to the tus server. Every request is
// authenticated by the app's hooks (session, CSRF header) and authorized here: creation by the filing,
// HEAD/PATCH/DELETE by the upload's owner (./uploads.ts).
import type { IncomingMessage } from 'node:http';
import type { ErrorBody, ErrorCode } from '@lian/contract';
import { EVENTS, Server } from '@tus/server';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { actorOf, auditContext } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import type { AuditContext } from '../audit/service.js';
import type { Actor } from '../policy/policy.js';
import * as uploads from './uploads.js';

export const UPLOADS_PATH = '/api/uploads';

/** Header of the final PATCH's answer naming the material the upload became. */
export const MATERIAL_ID_HEADER = 'Lian-Material-Id';

type Caller = { actor: Actor; ctx: AuditContext };
/** The tus server's request: a web Request that still knows the Node request it came from. */
type TusRequest = { runtime?: { node?: { req: unknown } } };

const json = (code: ErrorCode, message: string, details?: AppError['details']) =>
  JSON.stringify({ error: { code, message, ...(details ? { details } : {}) } } satisfies ErrorBody);

/** @tus/server's own refusals, as the API's error bodies. */
function tusError(status: number, body: string): { status_code: number; body: string } {
  const code: ErrorCode =
    status === 404
      ? 'NOT_FOUND'
      : status === 409
        ? 'UPLOAD_OFFSET_MISMATCH'
        : status === 410
          ? 'UPLOAD_EXPIRED'
          : status === 413
            ? 'MATERIAL_TOO_LARGE'
            : status >= 500
              ? 'INTERNAL'
              : 'UPLOAD_INVALID';
  const messages: Partial<Record<ErrorCode, string>> = {
    UPLOAD_OFFSET_MISMATCH: '上传位置不一致，请续传 / Upload-Offset does not match the server; resume from its offset',
    UPLOAD_EXPIRED: '上传已过期，请重新上传 / The upload has expired; start again',
    MATERIAL_TOO_LARGE: '文件超过大小上限 / The file exceeds the size limit',
    NOT_FOUND: '未找到该资源 / Not found',
    INTERNAL: '服务器内部错误，请稍后再试 / Internal error',
  };
  return { status_code: status, body: json(code, messages[code] ?? body.trim()) };
}

export const tusRoutes =
  (deps: uploads.UploadDeps): FastifyPluginAsync =>
  async (app) => {
    const callers = new WeakMap<IncomingMessage, Caller>();
    const callerOf = (req: TusRequest): Caller => {
      const raw = req.runtime?.node?.req as IncomingMessage | undefined;
      const c = raw && callers.get(raw);
      if (!c) throw new AppError('UNAUTHENTICATED', '请先登录 / Please sign in');
      return c;
    };

    const tus = new Server({
      path: UPLOADS_PATH,
      datastore: deps.uploads.store,
      maxSize: deps.maxUploadBytes,
      // Location: /api/uploads/<id>, whatever proxy or host name the client came through.
      relativeLocation: true,
      // Same-origin only: the app never grants cross-origin requests.
      allowedOrigins: [],
      exposedHeaders: [MATERIAL_ID_HEADER],
      async onIncomingRequest(req, id) {
        if (req.method === 'POST' || req.method === 'OPTIONS') return;
        const { actor, ctx } = callerOf(req);
        await uploads.authorizeUpload(deps, ctx, actor, id, req.method);
      },
      async onUploadCreate(req, upload) {
        const { actor, ctx } = callerOf(req);
        await uploads.beginUpload(deps, ctx, actor, { id: upload.id, metadata: upload.metadata, length: upload.size });
        return {};
      },
      async onUploadFinish(req, upload) {
        const { actor, ctx } = callerOf(req);
        const material = await uploads.finishUpload(deps, ctx, actor, upload.id);
        return { headers: { [MATERIAL_ID_HEADER]: material.id } };
      },
      onResponseError(req, err) {
        if (err instanceof AppError) return { status_code: err.status, body: json(err.code, err.message, err.details) };
        const e = err as { status_code?: number; body?: string };
        if (typeof e.status_code === 'number' && typeof e.body === 'string') {
          if (e.status_code >= 500) deps.log?.error({ err: e, url: req.url }, 'resumable upload failed');
          return tusError(e.status_code, e.body);
        }
        deps.log?.error({ err, url: req.url }, 'resumable upload failed');
        return tusError(500, '');
      },
    });
    tus.on(EVENTS.POST_TERMINATE, (_req, _res, id) => {
      void uploads.uploadCancelled(deps, id).catch((err: unknown) => deps.log?.error({ err, id }, 'could not remove a cancelled upload'));
    });

    // PATCH bodies (and creation-with-upload) reach the tus server as the raw, unread stream.
    app.addContentTypeParser('application/offset+octet-stream', (_req, _payload, done) => done(null));

    const handle = async (req: FastifyRequest, reply: FastifyReply) => {
      callers.set(req.raw, { actor: actorOf(req), ctx: auditContext(req) });
      // Headers already set for this request (x-request-id, security headers) go out with tus's answer.
      for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) reply.raw.setHeader(name, value);
      reply.hijack();
      await tus.handle(req.raw, reply.raw);
    };
    const doc = (summary: string) => ({
      tags: ['uploads'],
      summary,
      description: 'tus 1.0 resumable upload (core, creation, termination, expiration); see docs/api.md.',
    });

    app.post(UPLOADS_PATH, { config: { auth: 'user' }, schema: doc('Create a resumable upload of a material') }, handle);
    app.route({
      method: ['HEAD', 'PATCH', 'DELETE'],
      url: `${UPLOADS_PATH}/:id`,
      config: { auth: 'user' },
      schema: doc('Ask the offset of (HEAD), continue (PATCH) or cancel (DELETE) a resumable upload'),
      handler: handle,
    });
  };
