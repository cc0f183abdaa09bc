// Property cases (诉讼费用交纳办法第十三条第（一）项), appeals (第十七条) and halving (第十五、十六、十八条).
// Expected figures are computed by hand from the rule table; the arithmetic is in the comments.
import { describe, expect, test } from 'vitest';
import { calculateFee } from './calculate.js';
import type { FeeInput, FeeSuccess } from './types.js';

const Y = 100; // fen per yuan

function ok(input: FeeInput, config?: Parameters<typeof calculateFee>[1]): FeeSuccess {
  const r = calculateFee(input, config);
  if (!r.ok) throw new Error(`expected a fee, got ${JSON.stringify(r)}`);
  return r;
}

describe('Art. 13(1): cumulative fee at each bracket bound (yuan)', () => {
  // Running sums: 50; +90,000×2.5%=2,250 → 2,300; +100,000×2%=2,000 → 4,300; +300,000×1.5%=4,500 → 8,800;
  // +500,000×1%=5,000 → 13,800; +1,000,000×0.9%=9,000 → 22,800; +3,000,000×0.8%=24,000 → 46,800;
  // +5,000,000×0.7%=35,000 → 81,800; +10,000,000×0.6%=60,000 → 141,800.
  test.each([
    [10_000, 50, 1],
    [100_000, 2_300, 2],
    [200_000, 4_300, 3],
    [500_000, 8_800, 4],
    [1_000_000, 13_800, 5],
    [2_000_000, 22_800, 6],
    [5_000_000, 46_800, 7],
    [10_000_000, 81_800, 8],
    [20_000_000, 141_800, 9],
  ])('%i yuan → %i yuan in %i lines; one fen more opens the next bracket, one fen less stays below', (amount, fee, lines) => {
    const at = ok({ category: 'property', amountFen: amount * Y });
    expect(at.totalFen).toBe(fee * Y);
    expect(at.lines).toHaveLength(lines);
    // "超过 … 的部分": one fen above the bound is charged in the next bracket (1 fen × rate < ½ fen, so 0).
    const above = ok({ category: 'property', amountFen: amount * Y + 1 });
    expect(above.lines).toHaveLength(lines + 1);
    expect(above.lines.at(-1)).toMatchObject({ baseFen: 1, amountFen: 0 });
    expect(above.totalFen).toBe(fee * Y);
    // One fen below: fee − 1 fen × rate of the bracket (≤ 0.025 fen), rounded half up → unchanged; the
    // first bracket is a flat 50 yuan, so 9,999.99 yuan still pays 50.
    const below = ok({ category: 'property', amountFen: amount * Y - 1 });
    expect(below.lines).toHaveLength(lines);
    expect(below.totalFen).toBe(fee * Y);
  });

  test.each([
    [0, 50 * Y], // "不超过1万元的，每件交纳50元"
    [10_040 * Y, 51 * Y], // 50 + 40 × 2.5% = 51
    [1_500_000 * Y, 18_300 * Y], // 13,800 + 500,000 × 0.9% = 18,300
    [25_000_000 * Y, 166_800 * Y], // 141,800 + 5,000,000 × 0.5% = 166,800
    [12_345 * Y, 10_863], // 50 + 2,345 × 2.5% = 108.625 → 108.63 (half up)
    [1_000_020, 5_001], // 10,000.20 yuan: 50 + 0.20 × 2.5% = 50.005 yuan = 5,000.5 fen → 5,001 (a tie rounds up)
    [123_456_789, 1_591_111], // 1,234,567.89: 13,800 + 234,567.89 × 0.9% = 15,911.11101 → 15,911.11
  ])('%i fen → %i fen', (amountFen, fee) => {
    expect(ok({ category: 'property', amountFen }).totalFen).toBe(fee);
  });

  test('the explanation walks through the brackets', () => {
    // 150,000 yuan: 50 + 90,000 × 2.5% + 50,000 × 2% = 50 + 2,250 + 1,000 = 3,300
    const r = ok({ category: 'property', amountFen: 150_000 * Y });
    expect(r.explanation['zh-CN']).toBe(
      '财产案件受理费：10,000 元以下部分：每件 50 元；10,000–100,000 元部分：90,000 元 × 2.5% = 2,250 元；100,000–200,000 元部分：50,000 元 × 2% = 1,000 元；合计 3,300 元；应交纳 3,300 元。',
    );
    expect(r.explanation.en).toContain('part from 10,000 to 100,000 yuan: 90,000 yuan × 2.5% = 2,250 yuan');
    expect(r.lines.map((l) => [l.baseFen, l.rate, l.amountFen, l.source])).toEqual([
      [10_000 * Y, undefined, 50 * Y, '诉讼费用交纳办法第十三条第（一）项'],
      [90_000 * Y, '2.5%', 2_250 * Y, '诉讼费用交纳办法第十三条第（一）项'],
      [50_000 * Y, '2%', 1_000 * Y, '诉讼费用交纳办法第十三条第（一）项'],
    ]);
    expect(r.lines.at(-1)?.label).toEqual({ 'zh-CN': '100,000–200,000 元部分', en: 'part from 100,000 to 200,000 yuan' });
  });

  test('the top bracket is open-ended', () => {
    const r = ok({ category: 'property', amountFen: 30_000_000 * Y });
    expect(r.lines.at(-1)).toMatchObject({ rate: '0.5%', baseFen: 10_000_000 * Y, amountFen: 50_000 * Y });
    expect(r.lines.at(-1)?.label['zh-CN']).toBe('超过 20,000,000 元的部分');
  });
});

describe('Arts. 15, 16, 18: halving, combined with the brackets', () => {
  test.each<[string, Partial<FeeInput>, number, string]>([
    // 18,300 / 2 = 9,150
    ['mediation', { closedBy: 'mediation' }, 9_150 * Y, '诉讼费用交纳办法第十五条'],
    ['withdrawal', { closedBy: 'withdrawal' }, 9_150 * Y, '诉讼费用交纳办法第十五条'],
    ['simplified procedure', { simplifiedProcedure: true }, 9_150 * Y, '诉讼费用交纳办法第十六条'],
    ['counterclaim', { joinedClaim: 'counterclaim' }, 9_150 * Y, '诉讼费用交纳办法第十八条'],
    ['independent third party', { joinedClaim: 'independent-third-party' }, 9_150 * Y, '诉讼费用交纳办法第十八条'],
    // two grounds, default policy 'once': still 9,150
    ['mediation + simplified', { closedBy: 'mediation', simplifiedProcedure: true }, 9_150 * Y, '诉讼费用交纳办法第十五条、第十六条'],
  ])('1,500,000 yuan, %s', (_name, flags, total, source) => {
    const r = ok({ category: 'property', amountFen: 1_500_000 * Y, ...flags } as FeeInput);
    expect(r.totalFen).toBe(total);
    expect(r.reductions).toEqual([expect.objectContaining({ kind: 'halving', amountFen: 9_150 * Y, source })]);
  });

  test('cumulative policy halves once per ground: 18,300 / 2 / 2 = 4,575', () => {
    const r = ok(
      { category: 'property', amountFen: 1_500_000 * Y, closedBy: 'withdrawal', simplifiedProcedure: true },
      { halvingPolicy: 'cumulative' },
    );
    expect(r.totalFen).toBe(4_575 * Y);
    expect(r.reductions.map((x) => [x.amountFen, x.source])).toEqual([
      [9_150 * Y, '诉讼费用交纳办法第十五条'],
      [4_575 * Y, '诉讼费用交纳办法第十六条'],
    ]);
  });

  test('the half is taken of the exact fee and rounded once at the end', () => {
    // 12,345 yuan: exact fee 108.625; half 54.3125 → 54.31. (Rounding first, 108.63 / 2 = 54.315 → 54.32, is NOT the rule.)
    const r = ok({ category: 'property', amountFen: 12_345 * Y, closedBy: 'mediation' });
    expect(r.totalFen).toBe(5_431);
    expect(r.reductions[0]?.amountFen).toBe(10_863 - 5_431);
    expect(r.explanation['zh-CN']).toContain('108.625 元 ÷ 2 = 54.3125 元');
    expect(r.explanation['zh-CN']).toContain('应交纳 54.31 元（精确值 54.3125 元，四舍五入到分）');
    // 10,000.20 yuan: 5,000.5 fen alone rounds up to 5,001, but half of it, 2,500.25, rounds to 2,500.
    expect(ok({ category: 'property', amountFen: 1_000_020, simplifiedProcedure: true }).totalFen).toBe(2_500);
  });
});

describe('Art. 17: appeal on the amount appealed', () => {
  test('part of the amount: claim 300,000, appeal 50,000 → 50 + 40,000 × 2.5% = 1,050', () => {
    const r = ok({ category: 'property', amountFen: 300_000 * Y, appealedFen: 50_000 * Y });
    expect(r.totalFen).toBe(1_050 * Y);
    expect(r.lines[0]?.source).toBe('诉讼费用交纳办法第十七条、第十三条第（一）项');
    expect(r.explanation['zh-CN']).toContain('上诉案件按不服一审判决部分的上诉请求数额 50,000 元计算');
  });

  test('appeal settled by mediation: 1,050 / 2 = 525', () => {
    expect(ok({ category: 'property', amountFen: 300_000 * Y, appealedFen: 50_000 * Y, closedBy: 'mediation' }).totalFen).toBe(525 * Y);
  });

  test('the whole amount appealed pays the first-instance fee again: 300,000 → 4,300 + 100,000 × 1.5% = 5,800', () => {
    expect(ok({ category: 'property', amountFen: 300_000 * Y, appealedFen: 300_000 * Y }).totalFen).toBe(5_800 * Y);
  });

  test('more than the first-instance amount is refused', () => {
    expect(calculateFee({ category: 'property', amountFen: 100, appealedFen: 101 })).toEqual({
      ok: false,
      reason: 'INVALID_INPUT',
      issues: [{ field: 'appealedFen', code: 'APPEAL_EXCEEDS_AMOUNT' }],
    });
  });
});
