// Routes of a litigant's filings: drafts, materials, submission, and reading a filing.
import type { Readable } from 'node:stream';
import {
  createFilingBody,
  errorBody,
  filingDraftBody,
  filingListResponse,
  filingResponse,
  idParams,
  materialParams,
  materialResponse,
  materialUploadQuery,
  evidenceFieldsBody,
  evidenceOrderBody,
  materialListResponse,
  downloadTokenQuery,
  materialLinksResponse,
} from '@lian/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContext, localeOf, requestOrigin } from '../../http/context.js';
import { linkSessionOf, sendStoredFile } from '../../http/file-reply.js';
import { assertDownloadToken, materialLinks } from './download-links.js';
import * as evidence from './evidence.js';
import { insistOnFiling } from './correction.js';
import * as materials from './materials.js';
import * as filing from './service.js';

const errors = { 401: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };

export const filingRoutes =
  (deps: filing.FilingDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // Material uploads arrive as the raw file body and are streamed to the blob store, never buffered.
    app.addContentTypeParser('application/octet-stream', (_req, payload, done) => done(null, payload));

    app.get(
      '/filings',
      {
        config: { auth: 'user' },
        schema: { tags: ['filing'], summary: "The signed-in filer's filings", response: { 200: filingListResponse, 401: errorBody } },
      },
      async (req) => ({ filings: await filing.listMyFilings(deps, actorOf(req)) }),
    );

    app.post(
      '/filings',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['filing'],
          summary: 'Start a draft filing at a court',
          body: createFilingBody,
          response: { 201: filingResponse, ...errors },
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const id = await filing.createFiling(deps, auditContext(req), actor, req.body);
        return reply.status(201).send({ filing: await filing.getFiling(deps, auditContext(req), actor, id) });
      },
    );

    app.get(
      '/filings/:id',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['filing'],
          summary: 'A filing with its parties, materials and timeline',
          params: idParams,
          response: { 200: filingResponse, ...errors },
        },
      },
      async (req) => ({ filing: await filing.getFiling(deps, auditContext(req), actorOf(req), req.params.id) }),
    );

    app.put(
      '/filings/:id',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['filing'],
          summary: 'Save the content of a draft filing',
          params: idParams,
          body: filingDraftBody,
          response: { 200: filingResponse, ...errors },
        },
      },
      async (req) => {
        const actor = actorOf(req);
        await filing.saveDraft(deps, auditContext(req), actor, req.params.id, req.body);
        return { filing: await filing.getFiling(deps, auditContext(req), actor, req.params.id) };
      },
    );

    app.post(
      '/filings/:id/materials',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['filing'],
          summary: 'Upload a material (complaint, evidence, …) as the raw request body',
          description:
            'Content-Type: application/octet-stream. The file is inspected (type by magic bytes matching the extension, PDF parsed, image decoded, archive entries checked, virus scan when configured); see docs/api.md. With `replaces`, the named material of the draft is removed in the same transaction and its evidence-list fields carry over.',
          params: idParams,
          querystring: materialUploadQuery,
          response: { 201: materialResponse, 413: errorBody, 415: errorBody, 503: errorBody, ...errors },
        },
      },
      async (req, reply) => {
        const length = req.headers['content-length'] ? Number(req.headers['content-length']) : undefined;
        const material = await materials.addMaterial(
          deps,
          auditContext(req),
          actorOf(req),
          req.params.id,
          { kind: req.query.kind, fileName: req.query.fileName, declaredLength: length, replaces: req.query.replaces },
          req.body as Readable,
        );
        return reply.status(201).send({ material });
      },
    );

    app.delete(
      '/filings/:id/materials/:materialId',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['filing'],
          summary: 'Remove a material from a draft',
          params: materialParams,
          response: { 204: z.null(), ...errors },
        },
      },
      async (req, reply) => {
        await materials.removeMaterial(deps, auditContext(req), actorOf(req), req.params.id, req.params.materialId);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/filings/:id/materials/:materialId/content',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['filing'],
          summary: 'Download a material, by a link from GET /filings/{id}/material-links',
          description:
            'Needs the `token` of a link handed to this session (403 DOWNLOAD_LINK_INVALID otherwise, DOWNLOAD_LINK_EXPIRED after its few minutes). Answers one Range with 206.',
          params: materialParams,
          querystring: downloadTokenQuery,
        },
      },
      async (req, reply) => {
        const { id, materialId } = req.params;
        const m = await materials.openMaterial(deps, auditContext(req), actorOf(req), id, materialId, {
          range: req.headers.range,
          afterAuthorization: () =>
            assertDownloadToken(deps, req.query.token, { id: materialId, kind: 'material.content', session: linkSessionOf(req) }),
        });
        // Shown inside the app's own pages (PDF in a frame, audio, video).
        return sendStoredFile(reply, m, 'inline');
      },
    );

    app.get(
      '/filings/:id/materials/:materialId/preview',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['filing'],
          summary: 'The EXIF-free preview image of an image material (404 when it has none), by its link',
          params: materialParams,
          querystring: downloadTokenQuery,
        },
      },
      async (req, reply) => {
        const { id, materialId } = req.params;
        const p = await evidence.openPreview(deps, auditContext(req), actorOf(req), id, materialId, {
          afterAuthorization: () =>
            assertDownloadToken(deps, req.query.token, { id: materialId, kind: 'material.preview', session: linkSessionOf(req) }),
        });
        return reply
          .type(p.mediaType)
          .header('content-length', p.bytes.length)
          .header('x-content-sha256', p.sha256)
          .header('cache-control', 'private, no-store')
          .send(p.bytes);
      },
    );

    app.get(
      '/filings/:id/material-links',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['filing'],
          summary: 'Short-lived download links of the materials of a filing, valid only in this session',
          params: idParams,
          response: { 200: materialLinksResponse, ...errors },
        },
      },
      async (req) => materialLinks(deps, auditContext(req), actorOf(req), linkSessionOf(req), req.params.id),
    );

    app.put(
      '/filings/:id/materials/:materialId/evidence',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['filing'],
          summary: 'Save the evidence-list fields (证据目录) of an evidence file',
          params: materialParams,
          body: evidenceFieldsBody,
          response: { 200: materialResponse, ...errors },
        },
      },
      async (req) => ({
        material: await evidence.editEvidence(deps, auditContext(req), actorOf(req), req.params.id, req.params.materialId, req.body),
      }),
    );

    app.put(
      '/filings/:id/evidence-order',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['filing'],
          summary: 'Reorder the evidence list: every evidence file of the draft, each once',
          params: idParams,
          body: evidenceOrderBody,
          response: { 200: materialListResponse, ...errors },
        },
      },
      async (req) => ({
        materials: await evidence.reorderEvidence(deps, auditContext(req), actorOf(req), req.params.id, req.body.materialIds),
      }),
    );

    app.post(
      '/filings/:id/submit',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['filing'],
          summary: 'Submit a draft (dated receipt), or resubmit a filing after its correction notice',
          params: idParams,
          response: { 200: filingResponse, ...errors },
        },
      },
      async (req) => {
        const actor = actorOf(req);
        await filing.submitFiling(deps, auditContext(req), actor, req.params.id, localeOf(req), requestOrigin(req));
        return { filing: await filing.getFiling(deps, auditContext(req), actor, req.params.id) };
      },
    );

    app.post(
      '/filings/:id/insist',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['filing'],
          summary: 'Insist on a returned filing (坚持起诉): the court must then rule on it',
          params: idParams,
          response: { 200: filingResponse, ...errors },
        },
      },
      async (req) => {
        const actor = actorOf(req);
        await insistOnFiling(deps, auditContext(req), actor, req.params.id);
        return { filing: await filing.getFiling(deps, auditContext(req), actor, req.params.id) };
      },
    );
  };
