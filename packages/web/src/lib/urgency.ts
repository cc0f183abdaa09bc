// How the review queue shows the days left before the decision is due (7 days for a civil case).
import type { ReviewQueueItem } from '@lian/contract';

export type Urgency = ReviewQueueItem['urgency'];

const colours: Record<Urgency, string> = {
  overdue: 'red',
  due_today: 'red',
  warning: 'orange',
  normal: 'green',
};

export function urgencyColour(urgency: Urgency): string {
  return colours[urgency];
}

/** The same classification the server makes, for when only daysLeft is known. */
export function urgencyOf(daysLeft: number): Urgency {
  if (daysLeft < 0) return 'overdue';
  if (daysLeft === 0) return 'due_today';
  if (daysLeft <= 2) return 'warning';
  return 'normal';
}

const rank: Record<Urgency, number> = { overdue: 0, due_today: 1, warning: 2, normal: 3 };

/** Most urgent first: by urgency, then fewest days left, then earliest submitted. */
export function byUrgency(a: ReviewQueueItem, b: ReviewQueueItem): number {
  return rank[a.urgency] - rank[b.urgency] || a.daysLeft - b.daysLeft || a.submittedAt.localeCompare(b.submittedAt);
}
