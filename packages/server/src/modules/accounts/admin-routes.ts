// Routes of the court administration: staff and lawyer verification. Thin: the policy's static table
// first (court or system administrators), the use cases decide the rest.
import {
  createStaffBody,
  errorBody,
  idParams,
  lawyerCertificateResponse,
  lawyerListQuery,
  lawyerListResponse,
  refuseLawyerBody,
  staffAssignment,
  staffListResponse,
  staffMemberResponse,
} from '@lian/contract';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContext } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { type Action, can } from '../policy/policy.js';
import * as lawyers from './lawyers.js';
import * as staff from './staff.js';

const refusals = { 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };

export const adminRoutes =
  (deps: staff.StaffDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const admin = (req: FastifyRequest, action: Action) => {
      const actor = actorOf(req);
      if (!can(actor, action)) throw new AppError('FORBIDDEN', '仅法院管理员可用 / Court administrators only');
      return actor;
    };
    const member = (m: Awaited<ReturnType<typeof staff.updateStaff>>) => ({ member: m });

    app.get(
      '/admin/staff',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['admin'],
          summary: "Staff of the administrator's courts (all courts: system administrator)",
          response: { 200: staffListResponse, ...refusals },
        },
      },
      async (req) => staff.listStaff(deps, admin(req, 'staff.manage')),
    );

    app.post(
      '/admin/staff',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['admin'],
          summary: 'Create a staff account; the member gets a set-up code by e-mail',
          body: createStaffBody,
          response: { 201: staffMemberResponse, ...refusals },
        },
      },
      async (req, reply) =>
        reply.status(201).send(member(await staff.createStaff(deps, auditContext(req), admin(req, 'staff.manage'), req.body))),
    );

    app.put(
      '/admin/staff/:id',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['admin'],
          summary: "Set a member's roles and courts (within the administrator's courts); ends the member's sessions",
          params: idParams,
          body: staffAssignment,
          response: { 200: staffMemberResponse, ...refusals },
        },
      },
      async (req) => member(await staff.updateStaff(deps, auditContext(req), admin(req, 'staff.manage'), req.params.id, req.body)),
    );

    const staffActions = {
      deactivate: ['Deactivate a staff account (ends its sessions)', staff.deactivateStaff],
      reactivate: ['Reactivate a deactivated staff account', staff.reactivateStaff],
      'reset-second-factor': ['Reset a lost authenticator: the member enrols a new one at the next sign-in', staff.resetSecondFactor],
    } as const;
    for (const [path, [summary, run]] of Object.entries(staffActions)) {
      app.post(
        `/admin/staff/:id/${path}`,
        {
          config: { auth: 'user' },
          schema: { tags: ['admin'], summary, params: idParams, response: { 200: staffMemberResponse, ...refusals } },
        },
        async (req) => member(await run(deps, auditContext(req), admin(req, 'staff.manage'), req.params.id)),
      );
    }

    app.get(
      '/admin/lawyers',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['admin'],
          summary: 'Lawyer accounts by verification status (default: pending), certificate numbers masked',
          querystring: lawyerListQuery,
          response: { 200: lawyerListResponse, ...refusals },
        },
      },
      async (req) => {
        admin(req, 'lawyer.review');
        return { lawyers: await lawyers.listLawyers(deps, req.query.status) };
      },
    );

    app.get(
      '/admin/lawyers/:id/certificate',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['admin'],
          summary: "A lawyer's full certificate number (the viewing is audited)",
          params: idParams,
          response: { 200: lawyerCertificateResponse, ...refusals },
        },
      },
      async (req) => {
        admin(req, 'lawyer.review');
        return { certificateNumber: await lawyers.certificateOf(deps, auditContext(req), req.params.id) };
      },
    );

    app.post(
      '/admin/lawyers/:id/approve',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['admin'],
          summary: "Verify a lawyer's practising certificate",
          params: idParams,
          response: { 204: z.null(), ...refusals },
        },
      },
      async (req, reply) => {
        await lawyers.decideLawyer(deps, auditContext(req), admin(req, 'lawyer.review'), req.params.id, { approve: true });
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/admin/lawyers/:id/refuse',
      {
        config: { auth: 'user' },
        schema: {
          tags: ['admin'],
          summary: 'Refuse a lawyer verification, with the reason the lawyer is shown',
          params: idParams,
          body: refuseLawyerBody,
          response: { 204: z.null(), ...refusals },
        },
      },
      async (req, reply) => {
        await lawyers.decideLawyer(deps, auditContext(req), admin(req, 'lawyer.review'), req.params.id, {
          approve: false,
          reason: req.body.reason,
        });
        return reply.status(204).send(null);
      },
    );
  };
