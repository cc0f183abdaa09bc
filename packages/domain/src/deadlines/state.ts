// How close a decision deadline is, for the clerk's review queue: the same classification everywhere
// (server queue, web tags), so it lives in the rule book.
import { daysBetween } from '../dates.js';

export type DecisionPeriodState = 'normal' | 'warning' | 'due_today' | 'overdue';

/** The queue warns when this many calendar days or fewer remain. */
export const WARNING_DAYS = 2;

/** Calendar days from `today` to `due`: 0 on the last day, negative once it has passed. Throws on a malformed date. */
export function daysLeft(today: string, due: string): number {
  return daysBetween(today, due);
}

/** The state for a number of days left: overdue < 0, due_today = 0, warning 1–2, normal above. */
export function periodStateForDaysLeft(days: number): DecisionPeriodState {
  if (days < 0) return 'overdue';
  if (days === 0) return 'due_today';
  return days <= WARNING_DAYS ? 'warning' : 'normal';
}

export function decisionPeriodState(today: string, due: string): DecisionPeriodState {
  return periodStateForDaysLeft(daysLeft(today, due));
}
