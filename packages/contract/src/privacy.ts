// The account holder's rights over their personal data (PIPL Arts. 45 and 47): a full copy, and
// deletion of an account that has no filing before a court.
import { z } from 'zod';
import { instant, uuid } from './common.js';
import { courtMembership, sessionInfo } from './auth.js';
import { filingView } from './filing.js';
import { identityCheckResult, lawyerStatus } from './accounts.js';
import { passkeyInfo } from './passkeys.js';

export const deleteAccountBody = z.object({ password: z.string().min(1).max(256) });

export const dataExport = z.object({
  format: z.literal('lian.personal-data-export/1'),
  exportedAt: instant,
  account: z.object({
    id: uuid,
    login: z.string(),
    loginKind: z.enum(['phone', 'email']),
    realName: z.string(),
    idNumber: z.string().nullable(),
    roles: z.array(z.object({ role: courtMembership.shape.role, courtId: uuid.nullable() })),
    createdAt: instant,
    /** person, organisation, lawyer or staff. */
    kind: z.enum(['person', 'organisation', 'lawyer', 'staff']),
    /** The acting person's mobile number of an organisation account. */
    phone: z.string().nullable(),
    deactivatedAt: instant.nullable(),
  }),
  /** Real-name verification (实名认证): when it succeeded, and the last check's method, time, result and reason. */
  identityVerification: z.object({
    verifiedAt: instant.nullable(),
    lastCheck: z.object({ method: z.string(), at: instant, result: identityCheckResult, reason: z.string().nullable() }).nullable(),
  }),
  /** An organisation account's organisation: name, 统一社会信用代码, legal representative. */
  organisation: z.object({ name: z.string(), creditCode: z.string(), legalRepresentative: z.string() }).nullable(),
  /** A lawyer account's practising certificate (full number) and the court's verification of it. */
  lawyer: z
    .object({
      certificateNumber: z.string(),
      lawFirm: z.string(),
      status: lawyerStatus,
      submittedAt: instant,
      decidedAt: instant.nullable(),
      refusalReason: z.string().nullable(),
    })
    .nullable(),
  /** Registered passkeys: name, dates, whether synced; never the public key. */
  passkeys: z.array(passkeyInfo),
  /** The authenticator app (TOTP): whether set up and when; never its secret, never the recovery codes. */
  authenticator: z.object({
    enrolled: z.boolean(),
    enrolledAt: instant.nullable(),
    /** Set up started but not confirmed with a code. */
    pendingSince: instant.nullable(),
    recoveryCodesLeft: z.number().int().nonnegative(),
    recoveryCodesUsed: z.array(z.object({ usedAt: instant })),
  }),
  /** One-time codes issued to the account (password reset): when, until when, used, wrong tries; never the code. */
  oneTimeCodes: z.array(
    z.object({ purpose: z.string(), createdAt: instant, expiresAt: instant, usedAt: instant.nullable(), attempts: z.number().int() }),
  ),
  /**
   * Times a one-time code was requested for the account's sign-in name, and failed sign-ins to it. No IP
   * addresses: anyone can ask for a code or try a password, so these may be someone else's.
   */
  signInEvents: z.object({
    codeRequests: z.array(z.object({ at: instant })),
    failedSignIns: z.array(z.object({ at: instant })),
    lockedUntil: instant.nullable(),
  }),
  filings: z.array(filingView),
  sessions: z.array(sessionInfo),
  /** What the platform recorded of the account's own actions (sign-ins, edits, submissions). */
  activity: z.array(
    z.object({ at: instant, action: z.string(), outcome: z.string(), ip: z.string().nullable(), resourceType: z.string().nullable() }),
  ),
  /** What others (court administrators, the platform) did to the account: action, time, outcome — not who. */
  actionsOnAccount: z.array(z.object({ at: instant, action: z.string(), outcome: z.string() })),
});
export type DataExport = z.infer<typeof dataExport>;
