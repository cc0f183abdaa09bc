// Documents the court issues on a filing (PDF), and their public verification.
import { z } from 'zod';
import { calendarDate, instant, uuid } from './common.js';

export const documentKinds = [
  'filing_receipt',
  'acceptance_notice',
  'payment_notice',
  'correction_notice',
  'rejection_ruling',
  'ruling_treated_as_withdrawn',
] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const documentView = z.object({
  id: uuid,
  kind: z.enum(documentKinds),
  /** Title as printed, e.g. 收到诉状凭证. */
  title: z.string(),
  /** Receipt number or case number printed on it. */
  number: z.string(),
  /** File name offered on download, e.g. 收到诉状凭证-京0105网立20261127000001.pdf. */
  fileName: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  /** Printed form, XXXX-XXXX-XXXX-XXXX. */
  verificationCode: z.string(),
  issuedAt: instant,
});
export type DocumentView = z.infer<typeof documentView>;
export const documentListResponse = z.object({ documents: z.array(documentView) });

export const documentParams = z.object({ id: uuid, docId: uuid });
/** A verification code as typed or scanned; normalised by the server (case, hyphens, O/0, I/L/1). */
export const verifyParams = z.object({ code: z.string().max(40) });

/** What anyone holding a code may learn: enough to tell a genuine document, no personal data. */
export const documentVerification = z.object({
  court: z.object({ name: z.string() }),
  kind: z.enum(documentKinds),
  title: z.string(),
  number: z.string(),
  issuedAt: instant,
  /** Issue date in the court's zone. */
  issuedOn: calendarDate,
  sha256: z.string(),
  size: z.number().int(),
  verificationCode: z.string(),
});
export type DocumentVerification = z.infer<typeof documentVerification>;
export const verificationResponse = z.object({ document: documentVerification });
