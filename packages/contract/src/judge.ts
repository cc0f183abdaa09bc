// The judge's workspace (承办法官): the registered cases assigned to the signed-in judge, newest assignment
// first, with the fee state the judge must know before scheduling (paid, due by when, aid pending, waived).
import { z } from 'zod';
import { calendarDate, fen, instant, text, uuid } from './common.js';
import { procedures } from './decisions.js';

/**
 * due: to pay by the deadline; aid_pending: a judicial-aid application awaits the court's decision;
 * paid: paid at the gateway; waived: settled by judicial aid (免交 or reduced to nothing); lapsed: unpaid,
 * treated as withdrawn (按撤诉处理).
 */
export const caseFeeStates = ['due', 'aid_pending', 'paid', 'waived', 'lapsed'] as const;
export type CaseFeeState = (typeof caseFeeStates)[number];

export const judgeCasesQuery = z.object({
  feeState: z.enum(caseFeeStates).optional(),
  /** Part of the case number (案号) or of a party's name. */
  q: text(50).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type JudgeCasesQuery = z.infer<typeof judgeCasesQuery>;

export const judgeCaseItem = z.object({
  id: uuid,
  caseNumber: z.string(),
  court: z.object({ id: uuid, code: z.string(), name: z.string() }),
  causeOfAction: z.object({ code: z.string(), name: z.string() }).nullable(),
  plaintiffNames: z.array(z.string()),
  defendantNames: z.array(z.string()),
  claimAmountFen: fen,
  procedure: z.enum(procedures).nullable(),
  /** 立案: when the case was registered. */
  acceptedAt: instant,
  /** 分案: when it was assigned to this judge. */
  assignedAt: instant,
  fee: z.object({
    state: z.enum(caseFeeStates),
    /** The acceptance fee as registered. */
    amountFen: fen.nullable(),
    /** Last day to pay (state due or aid_pending). */
    dueDate: calendarDate.nullable(),
    /** Calendar days left in the court's zone (0: today, negative: overdue). */
    daysLeft: z.number().int().nullable(),
  }),
});
export type JudgeCaseItem = z.infer<typeof judgeCaseItem>;

export const judgeCasesResponse = z.object({
  items: z.array(judgeCaseItem),
  /** Cases matching the filters, for paging. */
  total: z.number().int().nonnegative(),
  /** The judge's cases per fee state, before the filters. */
  counts: z.object({
    due: z.number().int(),
    aid_pending: z.number().int(),
    paid: z.number().int(),
    waived: z.number().int(),
    lapsed: z.number().int(),
  }),
});
export type JudgeCasesResponse = z.infer<typeof judgeCasesResponse>;
