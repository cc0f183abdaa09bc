import { describe, expect, test } from 'vitest';
import { WARNING_DAYS, daysLeft, decisionPeriodState, periodStateForDaysLeft } from './state.js';

// The review queue's urgency: overdue after the last day, due_today on it, warning with ≤ 2 days left.
describe('decisionPeriodState', () => {
  test.each([
    ['2026-11-23', '2026-11-30', 7, 'normal'],
    ['2026-11-27', '2026-11-30', 3, 'normal'],
    ['2026-11-28', '2026-11-30', 2, 'warning'],
    ['2026-11-29', '2026-11-30', 1, 'warning'],
    ['2026-11-30', '2026-11-30', 0, 'due_today'],
    ['2026-12-01', '2026-11-30', -1, 'overdue'],
    ['2027-01-02', '2026-12-31', -2, 'overdue'], // across the year
  ])('today %s, due %s: %i days left, %s', (today, due, left, state) => {
    expect(daysLeft(today, due)).toBe(left);
    expect(decisionPeriodState(today, due)).toBe(state);
    expect(periodStateForDaysLeft(left)).toBe(state);
  });

  test('the warning threshold is two days', () => {
    expect(WARNING_DAYS).toBe(2);
  });

  test('a malformed date is a programmer mistake', () => {
    expect(() => daysLeft('2026-11-31', '2026-12-01')).toThrow();
  });
});
