import { z } from 'zod';
import { calendarDate, fen, instant, uuid } from './common.js';

export const urgencies = ['normal', 'warning', 'due_today', 'overdue'] as const;

export const reviewQueueQuery = z.object({ courtId: uuid.optional() });

export const reviewQueueItem = z.object({
  id: uuid,
  receiptNumber: z.string(),
  court: z.object({ id: uuid, code: z.string(), name: z.string() }),
  plaintiffNames: z.array(z.string()),
  defendantNames: z.array(z.string()),
  causeOfAction: z.object({ code: z.string(), name: z.string() }).nullable(),
  claimAmountFen: fen,
  materialCount: z.number().int(),
  submittedAt: instant,
  decisionDueDate: calendarDate,
  daysLeft: z.number().int(),
  urgency: z.enum(urgencies),
});
export type ReviewQueueItem = z.infer<typeof reviewQueueItem>;
export const reviewQueueResponse = z.object({ items: z.array(reviewQueueItem) });
