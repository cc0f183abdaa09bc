import { describe, expect, test } from 'vitest';
import { fenToYuanInput, sumFen, yuanToFen } from './money';

describe('yuanToFen', () => {
  test.each([
    ['0', 0],
    ['1', 100],
    ['1.5', 150],
    ['1.05', 105],
    ['0.01', 1],
    ['1234.56', 123456],
    ['1,234.56', 123456],
    ['¥ 20,000', 2000000],
    ['  7.  ', 700],
    // 0.1 + 0.2 style float errors must not appear: 19.99 * 100 = 1998.9999… in floating point
    ['19.99', 1999],
    ['1.10', 110],
  ])('%s yuan → %d fen', (input, fen) => {
    expect(yuanToFen(input)).toBe(fen);
  });

  test.each([[''], ['   '], [null], [undefined]])('empty %s → null', (input) => {
    expect(yuanToFen(input)).toBeNull();
  });

  test.each([['1.234'], ['-5'], ['abc'], ['1e3'], ['1.2.3'], ['12345678901234']])('invalid %s → NaN', (input) => {
    expect(yuanToFen(input)).toBeNaN();
  });
});

describe('fenToYuanInput', () => {
  test.each([
    [0, '0.00'],
    [1, '0.01'],
    [105, '1.05'],
    [123456, '1234.56'],
    [null, ''],
    [-1, ''],
  ])('%s fen → "%s"', (fen, text) => {
    expect(fenToYuanInput(fen)).toBe(text);
  });

  test('round-trips', () => {
    for (const fen of [0, 1, 99, 100, 1999, 123456789]) expect(yuanToFen(fenToYuanInput(fen))).toBe(fen);
  });
});

test('sumFen ignores empty and invalid amounts', () => {
  expect(sumFen([100, null, Number.NaN, 250])).toBe(350);
  expect(sumFen([])).toBe(0);
});
