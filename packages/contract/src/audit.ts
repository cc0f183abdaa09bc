// The auditor's search of the audit trail and the verification of its hash chain.
import { z } from 'zod';
import { instant, uuid } from './common.js';

export const auditOutcome = z.enum(['success', 'denied', 'failure']);

export const auditSearchQuery = z.object({
  /** Records at or after this instant. */
  from: instant.optional(),
  /** Records before this instant. */
  to: instant.optional(),
  /** The actor: an account id, or a sign-in name (mobile number or e-mail), matched by its blind index. */
  actor: z.string().trim().min(1).max(254).optional(),
  /** An action name, or a prefix ending in "." (e.g. "session."). */
  action: z
    .string()
    .trim()
    .regex(/^[a-z_]+(\.[a-z_]*)*$/, 'an action such as session.sign_in, or a prefix such as session.')
    .max(64)
    .optional(),
  /** A filing: its id, or its case number (案号). */
  filing: z.string().trim().min(1).max(64).optional(),
  outcome: auditOutcome.optional(),
  /** Paging: records with a smaller id than this (the previous page's `nextBefore`). */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditSearchQuery = z.infer<typeof auditSearchQuery>;

export const auditRecord = z.object({
  id: z.number().int(),
  at: instant,
  /** The acting account, its sign-in name masked; null for the system and for anonymous callers. */
  actor: z
    .object({
      id: uuid,
      /** Null when the account has since been deleted (its records stay). */
      realName: z.string().nullable(),
      loginMasked: z.string().nullable(),
    })
    .nullable(),
  action: z.string(),
  outcome: auditOutcome,
  resourceType: z.string().nullable(),
  resourceId: z.string().nullable(),
  /** The case number when the resource is a registered filing. */
  caseNumber: z.string().nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  hash: z.string(),
});
export type AuditRecord = z.infer<typeof auditRecord>;

export const auditSearchResponse = z.object({
  records: z.array(auditRecord),
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: z.number().int().nullable(),
});
export type AuditSearchResponse = z.infer<typeof auditSearchResponse>;

export const auditVerifyResponse = z.object({
  ok: z.boolean(),
  /** Records checked and found intact (before the broken link, if any). */
  records: z.number().int().nonnegative(),
  brokenAtId: z.number().int().nullable(),
  reason: z.string().nullable(),
  checkedAt: instant,
});
export type AuditVerifyResponse = z.infer<typeof auditVerifyResponse>;
