// Routes of the filing clerk's workbench: the queue, and the decisions on one filing.
import {
  acceptBody,
  acceptPreviewQuery,
  acceptPreviewResponse,
  assignBody,
  correctionPreviewResponse,
  errorBody,
  filingResponse,
  idParams,
  judgesQuery,
  judgesResponse,
  rejectBody,
  rejectionGroundsResponse,
  requestCorrectionBody,
  reviewQueueQuery,
  reviewQueueResponse,
} from '@lian/contract';
import { rejectionGrounds } from '@lian/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, auditContext, localeOf, requestOrigin } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { type FilingDeps, getFiling } from '../filing/service.js';
import { can } from '../policy/policy.js';
import * as review from './service.js';

const decided = { 200: filingResponse, 401: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };

export const reviewRoutes =
  (deps: FilingDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/review/queue',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['review'],
          summary: "Filings awaiting a decision at the clerk's courts (filters, counts per state), most urgent first",
          querystring: reviewQueueQuery,
          response: { 200: reviewQueueResponse, 401: errorBody, 403: errorBody },
        },
      },
      async (req) => review.reviewQueue(deps, actorOf(req), req.query),
    );

    app.get(
      '/review/judges',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['review'],
          summary: "Judges of the clerk's courts, for assigning a registered case",
          querystring: judgesQuery,
          response: { 200: judgesResponse, 401: errorBody, 403: errorBody },
        },
      },
      async (req) => ({ judges: await review.listJudges(deps, actorOf(req), req.query.courtId) }),
    );

    app.get(
      '/review/rejection-grounds',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['review'],
          summary: 'Grounds of a ruling not to accept (不予受理), with their legal basis',
          response: { 200: rejectionGroundsResponse, 401: errorBody, 403: errorBody },
        },
      },
      async (req) => {
        if (!can(actorOf(req), 'filing.reject')) throw new AppError('FORBIDDEN', '仅立案庭工作人员可以查看');
        return { grounds: rejectionGrounds.map((g) => ({ code: g.code, label: g.label, basis: g.basis })) };
      },
    );

    app.get(
      '/review/filings/:id/accept-preview',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['review'],
          summary: 'What registering would fix: procedure, acceptance fee with its explanation, payment deadline',
          params: idParams,
          querystring: acceptPreviewQuery,
          response: { 200: acceptPreviewResponse, 401: errorBody, 404: errorBody, 409: errorBody },
        },
      },
      async (req) => review.acceptPreview(deps, auditContext(req), actorOf(req), req.params.id, req.query.procedure, req.query.feeCategory),
    );

    app.post(
      '/review/filings/:id/accept',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['review'],
          summary: 'Accept a filing (立案): case number, procedure, acceptance fee and payment deadline',
          params: idParams,
          // Optional: a POST without a body registers under the suggested procedure, as before this issue.
          body: acceptBody.nullish(),
          response: decided,
        },
      },
      async (req) => {
        const actor = actorOf(req);
        await review.acceptFiling(deps, auditContext(req), actor, req.params.id, {
          procedure: req.body?.procedure,
          feeCategory: req.body?.feeCategory,
          origin: requestOrigin(req),
        });
        return { filing: await getFiling(deps, auditContext(req), actor, req.params.id) };
      },
    );

    app.get(
      '/review/filings/:id/correction-preview',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['review'],
          summary: 'A correction notice pre-filled from the completeness check, and the deadline bounds',
          params: idParams,
          response: { 200: correctionPreviewResponse, 401: errorBody, 404: errorBody, 409: errorBody },
        },
      },
      async (req) => review.correctionPreview(deps, auditContext(req), actorOf(req), req.params.id, localeOf(req)),
    );

    app.post(
      '/review/filings/:id/request-correction',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['review'],
          summary: 'Ask once, in writing, for every correction (补正, 一次性告知) with a deadline',
          params: idParams,
          body: requestCorrectionBody,
          response: decided,
        },
      },
      async (req) => {
        const actor = actorOf(req);
        await review.requestCorrection(deps, auditContext(req), actor, req.params.id, req.body, requestOrigin(req));
        return { filing: await getFiling(deps, auditContext(req), actor, req.params.id) };
      },
    );

    app.post(
      '/review/filings/:id/reject',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['review'],
          summary: 'Rule not to accept (裁定不予受理) with a ground and reasons; gives the appeal route',
          params: idParams,
          body: rejectBody,
          response: decided,
        },
      },
      async (req) => {
        const actor = actorOf(req);
        await review.rejectFiling(deps, auditContext(req), actor, req.params.id, req.body, requestOrigin(req));
        return { filing: await getFiling(deps, auditContext(req), actor, req.params.id) };
      },
    );

    app.post(
      '/review/filings/:id/assign',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['review'],
          summary: 'Assign a registered case to a judge of the same court',
          params: idParams,
          body: assignBody,
          response: decided,
        },
      },
      async (req) => {
        const actor = actorOf(req);
        await review.assignJudge(deps, auditContext(req), actor, req.params.id, req.body.judgeId);
        return { filing: await getFiling(deps, auditContext(req), actor, req.params.id) };
      },
    );
  };
