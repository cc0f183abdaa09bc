import { z } from 'zod';
import { calendarDate, fen, instant, text, uuid } from './common.js';
import { correctionItem, correctionSections, feeView, procedures, rejectionGroundView } from './decisions.js';
import { civilFeeCategories } from './fee-category.js';

export const urgencies = ['normal', 'warning', 'due_today', 'overdue'] as const;

/** The states a filing waits in for the clerk: a first decision, a decision after correction, a ruling after insisting. */
export const queueStates = ['submitted', 'corrected', 'insisted'] as const;

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const reviewQueueQuery = z.object({
  courtId: uuid.optional(),
  state: z.enum(queueStates).optional(),
  caseType: z.enum(['civil_first_instance']).optional(),
  causeOfActionCode: z.string().trim().max(20).optional(),
  submittedFrom: calendarDate.optional(),
  submittedTo: calendarDate.optional(),
  /** Only filings with at most this many days left (0: due today or overdue). */
  maxDaysLeft: z.coerce.number().int().min(-365).max(365).optional(),
  /** true: filed by a lawyer; false: filed by the party in person. */
  represented: booleanQuery.optional(),
});
export type ReviewQueueQuery = z.infer<typeof reviewQueueQuery>;

export const reviewQueueItem = z.object({
  id: uuid,
  state: z.enum(queueStates),
  receiptNumber: z.string(),
  court: z.object({ id: uuid, code: z.string(), name: z.string() }),
  plaintiffNames: z.array(z.string()),
  defendantNames: z.array(z.string()),
  causeOfAction: z.object({ code: z.string(), name: z.string() }).nullable(),
  claimAmountFen: fen,
  materialCount: z.number().int(),
  represented: z.boolean(),
  submittedAt: instant,
  decisionDueDate: calendarDate,
  daysLeft: z.number().int(),
  urgency: z.enum(urgencies),
});
export type ReviewQueueItem = z.infer<typeof reviewQueueItem>;
export const reviewQueueResponse = z.object({
  items: z.array(reviewQueueItem),
  /** Filings per queue state at the clerk's courts, before the other filters. */
  counts: z.object({ submitted: z.number().int(), corrected: z.number().int(), insisted: z.number().int() }),
});

export const acceptPreviewQuery = z.object({
  procedure: z.enum(procedures).optional(),
  feeCategory: z.enum(civilFeeCategories).optional(),
});
export const acceptPreviewResponse = z.object({
  suggestedProcedure: z.enum(procedures),
  procedure: z.enum(procedures),
  fee: feeView,
  /** Last day to pay if registered today (诉讼费用交纳办法 Art. 22); null when the holiday calendar is missing. */
  feeDueDate: calendarDate.nullable(),
  /** Art. 13 category suggested from the cause of action, with its basis and the heading that decided. */
  suggestedFeeCategory: z.enum(civilFeeCategories),
  feeCategory: z.enum(civilFeeCategories),
  feeCategoryBasis: z.string(),
  matchedHeading: z.string().nullable(),
});
/** Without `procedure` / `feeCategory` the suggested ones (see GET …/accept-preview) are used. */
export const acceptBody = z.object({
  procedure: z.enum(procedures).optional(),
  feeCategory: z.enum(civilFeeCategories).optional(),
});

export const correctionPreviewResponse = z.object({
  /** Pre-filled from the completeness check; the clerk edits, adds and removes items before sending. */
  items: z.array(correctionItem),
  sections: z.array(z.enum(correctionSections)),
  /** Earliest and latest correction deadline the server accepts, and a suggestion. */
  minDueDate: calendarDate,
  maxDueDate: calendarDate,
  suggestedDueDate: calendarDate,
});
export const requestCorrectionBody = z.object({
  items: z.array(correctionItem).min(1).max(50),
  dueDate: calendarDate,
});

export const rejectionGroundsResponse = z.object({ grounds: z.array(rejectionGroundView) });
export const rejectBody = z.object({ ground: z.string().min(1).max(50), reason: text(2000).min(1) });

export const judgesQuery = z.object({ courtId: uuid.optional() });
export const judgesResponse = z.object({ judges: z.array(z.object({ id: uuid, name: z.string(), courtId: uuid })) });
export const assignBody = z.object({ judgeId: uuid });
