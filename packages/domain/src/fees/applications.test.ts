// Application fees: 诉讼费用交纳办法第十四条. Hand arithmetic in the comments.
import { describe, expect, test } from 'vitest';
import { calculateFee } from './calculate.js';
import type { FeeInput, FeeSuccess, MaritimeApplicationKind } from './types.js';

const Y = 100;

function ok(input: FeeInput, config?: Parameters<typeof calculateFee>[1]): FeeSuccess {
  const r = calculateFee(input, config);
  if (!r.ok) throw new Error(`expected a fee, got ${JSON.stringify(r)}`);
  return r;
}

describe('Art. 14(1): enforcement', () => {
  test.each<[string, number | undefined, number]>([
    ['10,000 → 50', 10_000 * Y, 50 * Y],
    ['300,000 → 50 + 290,000 × 1.5% = 4,400', 300_000 * Y, 4_400 * Y],
    ['500,000 → 50 + 7,350 = 7,400', 500_000 * Y, 7_400 * Y],
    ['5,000,000 → 7,400 + 4,500,000 × 1% = 52,400', 5_000_000 * Y, 52_400 * Y],
    ['8,000,000 → 52,400 + 3,000,000 × 0.5% = 67,400', 8_000_000 * Y, 67_400 * Y],
    ['20,000,000 → 52,400 + 25,000 + 10,000,000 × 0.1% = 87,400', 20_000_000 * Y, 87_400 * Y],
  ])('%s', (_n, amountFen, total) => {
    const r = ok({ category: 'enforcement', amountFen });
    expect(r.totalFen).toBe(total);
    expect(r.lines[0]?.source).toBe('诉讼费用交纳办法第十四条第（一）项第2目');
  });

  test('bracket bounds 10,000 / 500,000 / 5,000,000 / 10,000,000 yuan, one fen either side', () => {
    for (const [bound, lines] of [
      [10_000, 1],
      [500_000, 2],
      [5_000_000, 3],
      [10_000_000, 4],
    ] as const) {
      expect(ok({ category: 'enforcement', amountFen: bound * Y }).lines).toHaveLength(lines);
      expect(ok({ category: 'enforcement', amountFen: bound * Y - 1 }).lines).toHaveLength(lines);
      expect(ok({ category: 'enforcement', amountFen: bound * Y + 1 }).lines).toHaveLength(lines + 1);
    }
  });

  test('no amount: the court figure within 50–500, default 50', () => {
    expect(ok({ category: 'enforcement' }).totalFen).toBe(50 * Y);
    const r = ok({ category: 'enforcement' }, { enforcementWithoutAmountFen: 500 * Y });
    expect(r.totalFen).toBe(500 * Y);
    expect(r.lines[0]?.source).toBe('诉讼费用交纳办法第十四条第（一）项第1目');
  });
});

describe('Art. 14(2): preservation, capped at 5,000 yuan', () => {
  test.each<[string, number | undefined, number, number]>([
    ['no amount → 30', undefined, 30 * Y, 0],
    ['800 → 30', 800 * Y, 30 * Y, 0],
    ['1,000 → 30', 1_000 * Y, 30 * Y, 0],
    ['50,000 → 30 + 49,000 × 1% = 520', 50_000 * Y, 520 * Y, 0],
    ['100,000 → 30 + 990 = 1,020', 100_000 * Y, 1_020 * Y, 0],
    ['500,000 → 1,020 + 400,000 × 0.5% = 3,020', 500_000 * Y, 3_020 * Y, 0],
    // 1,020 + (x − 100,000) × 0.5% = 5,000 ⇒ x = 896,000: exactly at the cap, no cap applied
    ['896,000 → 5,000 exactly', 896_000 * Y, 5_000 * Y, 0],
    // 5,000,000: 1,020 + 4,900,000 × 0.5% = 25,520 → capped at 5,000, reduction 20,520
    ['5,000,000 → capped', 5_000_000 * Y, 5_000 * Y, 20_520 * Y],
  ])('%s', (_n, amountFen, total, capped) => {
    const r = ok(amountFen === undefined ? { category: 'preservation' } : { category: 'preservation', amountFen });
    expect(r.totalFen).toBe(total);
    expect(r.reductions.reduce((s, x) => s + x.amountFen, 0)).toBe(capped);
    expect(r.reductions.every((x) => x.kind === 'cap' && x.source === '诉讼费用交纳办法第十四条第（二）项')).toBe(true);
  });

  test('one fen above the cap point: the cap applies (exact 5,000.00005 yuan → 5,000)', () => {
    const r = ok({ category: 'preservation', amountFen: 896_000 * Y + 1 });
    expect(r.totalFen).toBe(5_000 * Y);
    expect(r.reductions).toEqual([expect.objectContaining({ kind: 'cap' })]);
    expect(r.explanation['zh-CN']).toContain('以 5,000 元为限');
  });
});

describe('Art. 14(3)-(6)', () => {
  test.each<[string, FeeInput, number]>([
    // 108.625 / 3 = 36.208333… → 36.21
    ['payment order 12,345', { category: 'payment-order', amountFen: 12_345 * Y }, 3_621],
    // 2,300 / 3 = 766.666… → 766.67
    ['payment order 100,000', { category: 'payment-order', amountFen: 100_000 * Y }, 76_667],
    // 13,800 / 3 = 4,600
    ['payment order 1,000,000', { category: 'payment-order', amountFen: 1_000_000 * Y }, 4_600 * Y],
    ['public summons', { category: 'public-summons' }, 100 * Y],
    ['arbitration review', { category: 'arbitration-review' }, 400 * Y],
    // 13,800 / 2 = 6,900
    ['bankruptcy 1,000,000', { category: 'bankruptcy', assetsFen: 1_000_000 * Y }, 6_900 * Y],
    // property fee 141,800 + 91,640,000 × 0.5% = 600,000; half = 300,000 = the cap exactly
    ['bankruptcy at the cap', { category: 'bankruptcy', assetsFen: 111_640_000 * Y }, 300_000 * Y],
    // 141,800 + 980,000,000 × 0.5% = 5,041,800; half 2,520,900; capped at 300,000
    ['bankruptcy above the cap', { category: 'bankruptcy', assetsFen: 1_000_000_000 * Y }, 300_000 * Y],
  ])('%s', (_n, input, total) => {
    const r = ok(input);
    expect(r.totalFen).toBe(total);
    expect(r.totalFen).toBe(r.lines.reduce((s, l) => s + l.amountFen, 0) - r.reductions.reduce((s, x) => s + x.amountFen, 0));
  });

  test('payment order: lines are the property table, one reduction to a third', () => {
    const r = ok({ category: 'payment-order', amountFen: 100_000 * Y });
    expect(r.lines[0]?.source).toBe('诉讼费用交纳办法第十四条第（三）项、第十三条第（一）项');
    expect(r.reductions).toEqual([
      expect.objectContaining({ kind: 'fraction', amountFen: 230_000 - 76_667, source: '诉讼费用交纳办法第十四条第（三）项' }),
    ]);
    expect(r.explanation['zh-CN']).toContain('2,300 元 × 1/3 ≈ 766.6667 元');
    expect(r.explanation['zh-CN']).toContain('精确值约 766.6667 元');
    expect(r.explanation.en).toContain('about 766.6667 yuan');
  });

  test('bankruptcy: halving then cap, both cited to Art. 14(6)', () => {
    const r = ok({ category: 'bankruptcy', assetsFen: 1_000_000_000 * Y });
    expect(r.reductions.map((x) => [x.kind, x.amountFen, x.source])).toEqual([
      ['halving', 2_520_900 * Y, '诉讼费用交纳办法第十四条第（六）项'],
      ['cap', 2_220_900 * Y, '诉讼费用交纳办法第十四条第（六）项'],
    ]);
    expect(ok({ category: 'bankruptcy', assetsFen: 111_640_000 * Y }).reductions.map((x) => x.kind)).toEqual(['halving']);
  });
});

describe('Art. 14(7): maritime applications', () => {
  test.each<[MaritimeApplicationKind, number, number, string]>([
    ['limitation-fund', 1_000 * Y, 10_000 * Y, '诉讼费用交纳办法第十四条第（七）项第1目'],
    ['maritime-injunction', 1_000 * Y, 5_000 * Y, '诉讼费用交纳办法第十四条第（七）项第2目'],
    ['ship-priority-summons', 1_000 * Y, 5_000 * Y, '诉讼费用交纳办法第十四条第（七）项第3目'],
    ['maritime-claim-registration', 1_000 * Y, 1_000 * Y, '诉讼费用交纳办法第十四条第（七）项第4目'],
    ['general-average-adjustment', 1_000 * Y, 1_000 * Y, '诉讼费用交纳办法第十四条第（七）项第5目'],
  ])('%s: default %i, court maximum %i', (kind, byDefault, atMax, source) => {
    expect(ok({ category: 'maritime-application', kind })).toMatchObject({
      totalFen: byDefault,
      lines: [expect.objectContaining({ source })],
    });
    const max = { maritimeLimitationFundFen: 10_000 * Y, maritimeInjunctionFen: 5_000 * Y, shipPrioritySummonsFen: 5_000 * Y };
    expect(ok({ category: 'maritime-application', kind }, max).totalFen).toBe(atMax);
  });
});
