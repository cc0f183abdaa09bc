// Exact money arithmetic and the rounding rule (half up to the fen, once at the end).
import { expect, test } from 'vitest';
import { add, fen, formatExactYuan, isWholeFen, min, roundHalfUp, sub, times } from './exact.js';

test.each([
  [fen(5), 5],
  [times(fen(1), 1, 2), 1], // 0.5 fen → 1 (half up)
  [times(fen(3), 1, 2), 2], // 1.5 → 2
  [times(fen(1), 49, 100), 0], // 0.49 → 0
  [times(fen(1), 1, 3), 0], // 0.333… → 0
  [times(fen(2), 1, 3), 1], // 0.666… → 1
  [sub(fen(10), times(fen(1), 1, 2)), 10], // 9.5 → 10
])('roundHalfUp(%o) = %i', (x, expected) => {
  expect(roundHalfUp(x)).toBe(expected);
});

test('negative amounts are a programmer mistake', () => {
  expect(() => roundHalfUp(fen(-1))).toThrow();
});

test('add, min, isWholeFen', () => {
  expect(add(times(fen(1), 1, 3), times(fen(2), 1, 3))).toEqual(fen(1));
  expect(min(fen(3), fen(2))).toEqual(fen(2));
  expect(min(fen(2), fen(3))).toEqual(fen(2));
  expect(isWholeFen(times(fen(4), 1, 2))).toBe(true);
  expect(isWholeFen(times(fen(5), 1, 2))).toBe(false);
});

test.each([
  [fen(1_086_25 * 10), '10,862.5'],
  [times(fen(10_862_5), 1, 10), '108.625'],
  [fen(0), '0'],
  [fen(123_456_789), '1,234,567.89'],
  [times(fen(230_000), 1, 3), '≈766.6667'],
  [times(fen(1), 1, 3), '≈0.0033'],
])('formatExactYuan → %s', (x, text) => {
  expect(formatExactYuan(x)).toBe(text);
});
