// Routes of fees and payment on a case: the fee card, starting a payment, judicial-aid applications and
// the clerk's decision. The gateway's own routes (callback, simulated checkout page) are in ./gateway-routes.ts.
import {
  errorBody,
  feeStatusResponse,
  idParams,
  judicialAidBody,
  judicialAidDecisionBody,
  judicialAidKindsResponse,
  startPaymentResponse,
} from '@lian/contract';
import { judicialAidKinds, judicialAidRequirements, MIN_REDUCTION_PERCENT } from '@lian/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, auditContext } from '../../http/context.js';
import { applyForAid, decideAid } from './aid.js';
import { type PaymentDeps, startPayment } from './payments.js';
import { feeStatus } from './status.js';

const refusals = { 401: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };

export const feeRoutes =
  (deps: PaymentDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/filings/:id/fees',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['fees'],
          summary: 'The fee card: fee with its explanation, amount due and last day to pay, payments, judicial aid, refunds',
          params: idParams,
          response: { 200: feeStatusResponse, 401: errorBody, 404: errorBody },
        },
      },
      async (req) => ({ fees: await feeStatus(deps, auditContext(req), actorOf(req), req.params.id) }),
    );

    app.post(
      '/filings/:id/fees/payments',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['fees'],
          summary: 'Pay the acceptance fee: the open payment order for the amount due and the gateway page to go to',
          params: idParams,
          response: { 200: startPaymentResponse, ...refusals },
        },
      },
      async (req) => startPayment(deps, auditContext(req), actorOf(req), req.params.id),
    );

    app.get(
      '/fees/judicial-aid-kinds',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['fees'],
          summary: 'Judicial aid (司法救助): deferral, reduction, exemption, their statutory grounds and what an application needs',
          response: { 200: judicialAidKindsResponse, 401: errorBody },
        },
      },
      async () => ({
        kinds: judicialAidKinds.map((k) => ({ type: k.type, label: k.label, source: k.source, grounds: k.grounds.map((g) => ({ ...g })) })),
        requirements: judicialAidRequirements,
        minReductionPercent: MIN_REDUCTION_PERCENT,
      }),
    );

    app.post(
      '/filings/:id/fees/judicial-aid',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['fees'],
          summary: 'Apply for deferral, reduction or exemption of the fee (司法救助) with grounds and proof',
          params: idParams,
          body: judicialAidBody,
          response: { 201: feeStatusResponse, ...refusals },
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        await applyForAid(deps, auditContext(req), actor, req.params.id, req.body);
        return reply.status(201).send({ fees: await feeStatus(deps, auditContext(req), actor, req.params.id) });
      },
    );

    app.post(
      '/review/filings/:id/judicial-aid/decision',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['fees'],
          summary: "The clerk's decision on the pending judicial-aid application: grant (percent, new due date) or refuse with reasons",
          params: idParams,
          body: judicialAidDecisionBody,
          response: { 200: feeStatusResponse, ...refusals },
        },
      },
      async (req) => {
        const actor = actorOf(req);
        await decideAid(deps, auditContext(req), actor, req.params.id, req.body);
        return { fees: await feeStatus(deps, auditContext(req), actor, req.params.id) };
      },
    );
  };
