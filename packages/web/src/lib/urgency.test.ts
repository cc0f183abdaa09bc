import type { ReviewQueueItem } from '@lian/contract';
import { describe, expect, test } from 'vitest';
import { byUrgency, urgencyColour, urgencyOf } from './urgency';

describe('days-left tag colour', () => {
  test.each([
    ['overdue', 'red'],
    ['due_today', 'red'],
    ['warning', 'orange'],
    ['normal', 'green'],
  ] as const)('%s → %s', (urgency, colour) => {
    expect(urgencyColour(urgency)).toBe(colour);
  });

  test.each([
    [-3, 'overdue'],
    [-1, 'overdue'],
    [0, 'due_today'],
    [1, 'warning'],
    [2, 'warning'],
    [3, 'normal'],
    [7, 'normal'],
  ] as const)('%d days left → %s', (days, urgency) => {
    expect(urgencyOf(days)).toBe(urgency);
  });
});

test('queue sorts most urgent first', () => {
  const item = (id: string, daysLeft: number, submittedAt: string): ReviewQueueItem => ({
    id,
    state: 'submitted',
    represented: false,
    receiptNumber: id,
    court: { id: 'c', code: '京0105', name: '朝阳' },
    plaintiffNames: [],
    defendantNames: [],
    causeOfAction: null,
    claimAmountFen: 0,
    materialCount: 0,
    submittedAt,
    decisionDueDate: '2026-01-01',
    daysLeft,
    urgency: urgencyOf(daysLeft),
  });
  const sorted = [
    item('normal', 5, '2026-01-01T00:00:00Z'),
    item('warn-late', 2, '2026-01-02T00:00:00Z'),
    item('today', 0, '2026-01-01T00:00:00Z'),
    item('overdue', -2, '2026-01-01T00:00:00Z'),
    item('warn-early', 2, '2026-01-01T00:00:00Z'),
  ].sort(byUrgency);
  expect(sorted.map((i) => i.id)).toEqual(['overdue', 'today', 'warn-early', 'warn-late', 'normal']);
});
