import { expect, test } from 'vitest';
import { formatYuan } from './money.js';

test.each([
  [1234567, '12,345.67'],
  [0, '0.00'],
  [5, '0.05'],
  [100, '1.00'],
  [100000000, '1,000,000.00'],
  [-1050, '-10.50'],
])('formatYuan(%i) = %s', (fen, text) => {
  expect(formatYuan(fen)).toBe(text);
});

test('fractions of a fen are a programmer mistake', () => {
  expect(() => formatYuan(1.5)).toThrow();
});
