// What the review screen shows beside a filing to help the clerk decide: jurisdiction hints (管辖提示) and
// possible duplicate filings (重复起诉提示). Hints only; the decision stays the clerk's.
import { z } from 'zod';
import { calendarDate, uuid } from './common.js';

const result = z.enum(['within', 'outside', 'unknown']);

export const jurisdictionHintView = z.object({
  ground: z.enum(['defendant_domicile', 'contract_place', 'tort_place', 'agreed_court']),
  subject: z.string(),
  result,
  reason: z.enum(['no_address', 'region_unrecognised', 'not_in_form', 'court_area_unknown']).optional(),
  basis: z.string(),
});

export const duplicateView = z.object({
  /** Absent when the clerk may not read the other filing (another court): only that it exists, where and when. */
  id: uuid.optional(),
  receiptNumber: z.string().nullable().optional(),
  caseNumber: z.string().nullable().optional(),
  state: z.string().optional(),
  plaintiffs: z.array(z.string()).optional(),
  defendants: z.array(z.string()).optional(),
  court: z.string(),
  sameCourt: z.boolean(),
  submittedOn: calendarDate,
  causeOfAction: z.string(),
});

export const reviewAidsResponse = z.object({
  /** The automatic completeness check (一次性告知 pre-fill) on the filing as it stands: what the domain rules find missing. */
  completeness: z.array(z.object({ section: z.string(), path: z.string(), text: z.string() })),
  jurisdiction: z.object({ area: z.string().nullable(), overall: result, hints: z.array(jurisdictionHintView) }),
  duplicates: z.object({ months: z.number().int(), since: calendarDate, items: z.array(duplicateView) }),
});
export type ReviewAids = z.infer<typeof reviewAidsResponse>;
export type JurisdictionHintView = z.infer<typeof jurisdictionHintView>;
export type DuplicateView = z.infer<typeof duplicateView>;
