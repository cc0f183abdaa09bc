// The account holder's rights over their personal data (PIPL Arts. 45 and 47): a full copy, and
// deletion of an account that has no filing before a court.
import { z } from 'zod';
import { instant, uuid } from './common.js';
import { courtMembership, sessionInfo } from './auth.js';
import { filingView } from './filing.js';

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
  }),
  filings: z.array(filingView),
  sessions: z.array(sessionInfo),
  /** What the platform recorded of the account's own actions (sign-ins, edits, submissions). */
  activity: z.array(
    z.object({ at: instant, action: z.string(), outcome: z.string(), ip: z.string().nullable(), resourceType: z.string().nullable() }),
  ),
});
export type DataExport = z.infer<typeof dataExport>;
