// Cross-checks against the "quick formulas" courts publish for the same tables, which are the bracket
// sums in closed form (e.g. 10,000–100,000 yuan: x × 2.5% − 200). Sources of the formulas:
// property — 诉讼费用交纳办法第十三条第（一）项 as tabulated at http://www.xintinglawyer.com/a/servers/s7/2643.html;
// enforcement — 第十四条第（一）项 as published by 乐陵市人民法院 at jinanzy.sdcourt.gov.cn (…/811362/index.html).
import { expect, test } from 'vitest';
import { calculateFee } from './calculate.js';
import { fen, roundHalfUp, sub, times, add, type Exact } from './exact.js';
import type { FeeInput, FeeSuccess } from './types.js';

// [upper bound in yuan, per mille, constant in yuan]: fee = x × rate + constant
const PROPERTY: Array<[number, number, number]> = [
  [100_000, 25, -200],
  [200_000, 20, 300],
  [500_000, 15, 1_300],
  [1_000_000, 10, 3_800],
  [2_000_000, 9, 4_800],
  [5_000_000, 8, 6_800],
  [10_000_000, 7, 11_800],
  [20_000_000, 6, 21_800],
  [Infinity, 5, 41_800],
];
const ENFORCEMENT: Array<[number, number, number]> = [
  [500_000, 15, -100],
  [5_000_000, 10, 2_400],
  [10_000_000, 5, 27_400],
  [Infinity, 1, 67_400],
];

function quick(table: Array<[number, number, number]>, amountFen: number): Exact {
  if (amountFen <= 1_000_000) return fen(5_000);
  const [, rate, c] = table.find(([to]) => amountFen <= to * 100) as [number, number, number];
  const linear = times(fen(amountFen), rate, 1000);
  return c >= 0 ? add(linear, fen(c * 100)) : sub(linear, fen(-c * 100));
}

// A deterministic spread of amounts: every bound ± 1 fen and pseudo-random values up to 50 million yuan.
const amounts: number[] = [];
for (const [to] of [...PROPERTY, ...ENFORCEMENT, [10_000, 0, 0] as [number, number, number]]) {
  if (Number.isFinite(to)) amounts.push(to * 100 - 1, to * 100, to * 100 + 1);
}
let seed = 20070401;
for (let i = 0; i < 400; i++) {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  amounts.push(seed % (5_000_000_000 + i));
}

test('property fee = court quick formula, rounded half up once', () => {
  for (const amountFen of amounts) {
    const r = calculateFee({ category: 'property', amountFen }) as FeeSuccess;
    expect(r.totalFen, `${amountFen} fen`).toBe(roundHalfUp(quick(PROPERTY, amountFen)));
  }
});

test('enforcement fee = court quick formula, rounded half up once', () => {
  for (const amountFen of amounts) {
    const r = calculateFee({ category: 'enforcement', amountFen }) as FeeSuccess;
    expect(r.totalFen, `${amountFen} fen`).toBe(roundHalfUp(quick(ENFORCEMENT, amountFen)));
  }
});

test('halved property fee = half the exact quick formula, rounded once', () => {
  for (const amountFen of amounts) {
    const r = calculateFee({ category: 'property', amountFen, closedBy: 'mediation' }) as FeeSuccess;
    expect(r.totalFen, `${amountFen} fen`).toBe(roundHalfUp(times(quick(PROPERTY, amountFen), 1, 2)));
  }
});

test('every result adds up: total = Σ lines − Σ reductions', () => {
  const inputs: FeeInput[] = amounts.flatMap((a) => [
    { category: 'property', amountFen: a, simplifiedProcedure: true },
    { category: 'payment-order', amountFen: a },
    { category: 'bankruptcy', assetsFen: a * 37 },
    { category: 'preservation', amountFen: a },
    { category: 'divorce', propertyFen: a, closedBy: 'withdrawal' },
    { category: 'personality-rights', damagesFen: a },
  ]);
  for (const input of inputs) {
    const r = calculateFee(input) as FeeSuccess;
    const sum = r.lines.reduce((s, l) => s + l.amountFen, 0) - r.reductions.reduce((s, x) => s + x.amountFen, 0);
    expect(r.totalFen, JSON.stringify(input)).toBe(sum);
    expect(r.reductions.every((x) => x.amountFen >= 0)).toBe(true);
  }
});
