// Non-property and special acceptance fees: 诉讼费用交纳办法第十三条第（二）至（六）项 and 第八条.
// Ranged figures default to the lower bound of the legal range (config.ts) unless a court figure is given.
import { describe, expect, test } from 'vitest';
import { calculateFee } from './calculate.js';
import type { FeeInput, FeeSuccess, NoFeeGround } from './types.js';

const Y = 100;

function ok(input: FeeInput, config?: Parameters<typeof calculateFee>[1]): FeeSuccess {
  const r = calculateFee(input, config);
  if (!r.ok) throw new Error(`expected a fee, got ${JSON.stringify(r)}`);
  return r;
}

describe('Art. 13(2)1: divorce, 50–300 yuan + 0.5 % of property above 200,000', () => {
  test.each<[string, FeeInput, number | undefined, number]>([
    ['no property, default', { category: 'divorce' }, undefined, 50 * Y],
    ['no property, court figure 200', { category: 'divorce' }, 200 * Y, 200 * Y],
    ['property 200,000: nothing more', { category: 'divorce', propertyFen: 200_000 * Y }, 200 * Y, 200 * Y],
    ['property 200,000.01: 1 fen × 0.5% rounds to nothing', { category: 'divorce', propertyFen: 200_000 * Y + 1 }, 200 * Y, 200 * Y],
    // 200 + 150,000 × 0.5% = 200 + 750 = 950
    ['property 350,000', { category: 'divorce', propertyFen: 350_000 * Y }, 200 * Y, 950 * Y],
    // (50 + 750) / 2 = 400
    ['property 350,000, mediated, default', { category: 'divorce', propertyFen: 350_000 * Y, closedBy: 'mediation' }, undefined, 400 * Y],
  ])('%s', (_n, input, divorceFen, total) => {
    expect(ok(input, divorceFen === undefined ? undefined : { divorceFen }).totalFen).toBe(total);
  });

  test('lines and sources', () => {
    const r = ok({ category: 'divorce', propertyFen: 350_000 * Y });
    expect(r.lines.map((l) => [l.label['zh-CN'], l.baseFen, l.rate, l.amountFen])).toEqual([
      ['每件', 0, undefined, 50 * Y],
      ['财产分割 200,000 元以下部分', 200_000 * Y, undefined, 0],
      ['财产分割 超过 200,000 元的部分', 150_000 * Y, '0.5%', 750 * Y],
    ]);
    expect(new Set(r.lines.map((l) => l.source))).toEqual(new Set(['诉讼费用交纳办法第十三条第（二）项第1目']));
    expect(r.defaultsUsed).toEqual(['divorceFen']);
    expect(r.explanation['zh-CN']).toContain('法定幅度 50–300 元，本院未配置具体标准，按下限计');
    expect(ok({ category: 'divorce' }, { divorceFen: 300 * Y }).explanation['zh-CN']).toContain('法定幅度 50–300 元内的本地标准');
  });
});

describe('Art. 13(2)2: personality rights, 100–500 yuan + damages 1 % (50,000–100,000) and 0.5 % above', () => {
  test.each<[string, number | undefined, number]>([
    ['no damages', undefined, 300 * Y],
    ['damages 50,000: nothing more', 50_000 * Y, 300 * Y],
    ['damages 80,000: 300 + 30,000 × 1% = 600', 80_000 * Y, 600 * Y],
    ['damages 100,000: 300 + 500 = 800', 100_000 * Y, 800 * Y],
    ['damages 150,000: 300 + 500 + 50,000 × 0.5% = 1,050', 150_000 * Y, 1_050 * Y],
  ])('court figure 300, %s', (_n, damagesFen, total) => {
    const input: FeeInput = damagesFen === undefined ? { category: 'personality-rights' } : { category: 'personality-rights', damagesFen };
    expect(ok(input, { personalityRightsFen: 300 * Y }).totalFen).toBe(total);
  });

  test('default 100; source', () => {
    const r = ok({ category: 'personality-rights', damagesFen: 80_000 * Y });
    expect(r.totalFen).toBe(400 * Y); // 100 + 300
    expect(r.lines.at(-1)?.source).toBe('诉讼费用交纳办法第十三条第（二）项第2目');
  });
});

describe('Art. 13(2)3, (3), (4), (5), (6): fixed and ranged fees per case', () => {
  test.each<[string, FeeInput, Parameters<typeof calculateFee>[1], number, string]>([
    ['other non-property, default', { category: 'other-non-property' }, undefined, 50 * Y, '诉讼费用交纳办法第十三条第（二）项第3目'],
    [
      'other non-property, 80, mediated',
      { category: 'other-non-property', closedBy: 'mediation' },
      { otherNonPropertyFen: 80 * Y },
      40 * Y,
      '诉讼费用交纳办法第十三条第（二）项第3目',
    ],
    ['IP without amount, default', { category: 'intellectual-property' }, undefined, 500 * Y, '诉讼费用交纳办法第十三条第（三）项'],
    [
      'IP without amount, 1,000',
      { category: 'intellectual-property' },
      { intellectualPropertyFen: 1_000 * Y },
      1_000 * Y,
      '诉讼费用交纳办法第十三条第（三）项',
    ],
    // as a property case: 1,000,000 → 13,800
    [
      'IP with amount',
      { category: 'intellectual-property', amountFen: 1_000_000 * Y },
      undefined,
      13_800 * Y,
      '诉讼费用交纳办法第十三条第（三）项、第十三条第（一）项',
    ],
    // appeal on 200,000 → 4,300, simplified procedure not relevant here
    [
      'IP appeal',
      { category: 'intellectual-property', amountFen: 1_000_000 * Y, appealedFen: 200_000 * Y },
      undefined,
      4_300 * Y,
      '诉讼费用交纳办法第十七条、第十三条第（三）项、第十三条第（一）项',
    ],
    ['labour dispute', { category: 'labour-dispute' }, undefined, 10 * Y, '诉讼费用交纳办法第十三条第（四）项'],
    [
      'labour dispute, withdrawn',
      { category: 'labour-dispute', closedBy: 'withdrawal' },
      undefined,
      5 * Y,
      '诉讼费用交纳办法第十三条第（四）项',
    ],
    // 10 / 2 / 2 = 2.5 yuan under the cumulative policy
    [
      'labour dispute, cumulative',
      { category: 'labour-dispute', closedBy: 'mediation', simplifiedProcedure: true },
      { halvingPolicy: 'cumulative' },
      250,
      '诉讼费用交纳办法第十三条第（四）项',
    ],
    [
      'administrative: trademark/patent/maritime',
      { category: 'administrative', kind: 'trademark-patent-maritime' },
      undefined,
      100 * Y,
      '诉讼费用交纳办法第十三条第（五）项第1目',
    ],
    ['administrative: other', { category: 'administrative', kind: 'other' }, undefined, 50 * Y, '诉讼费用交纳办法第十三条第（五）项第2目'],
    [
      'administrative: other, simplified',
      { category: 'administrative', kind: 'other', simplifiedProcedure: true },
      undefined,
      25 * Y,
      '诉讼费用交纳办法第十三条第（五）项第2目',
    ],
    [
      'failed jurisdiction objection, default',
      { category: 'jurisdiction-objection' },
      undefined,
      50 * Y,
      '诉讼费用交纳办法第十三条第（六）项',
    ],
    [
      'failed jurisdiction objection, 100',
      { category: 'jurisdiction-objection' },
      { jurisdictionObjectionFen: 100 * Y },
      100 * Y,
      '诉讼费用交纳办法第十三条第（六）项',
    ],
  ])('%s', (_n, input, config, total, source) => {
    const r = ok(input, config);
    expect(r.totalFen).toBe(total);
    expect(r.lines[0]?.source).toBe(source);
    expect(r.totalFen).toBe(r.lines.reduce((s, l) => s + l.amountFen, 0) - r.reductions.reduce((s, x) => s + x.amountFen, 0));
  });

  test('only defaults actually used are reported', () => {
    expect(ok({ category: 'labour-dispute' }).defaultsUsed).toEqual([]);
    expect(ok({ category: 'intellectual-property' }).defaultsUsed).toEqual(['intellectualPropertyFen']);
    expect(ok({ category: 'intellectual-property' }, { intellectualPropertyFen: 800 * Y }).defaultsUsed).toEqual([]);
  });
});

describe('Art. 8: cases with no acceptance fee', () => {
  test.each<[NoFeeGround, string]>([
    ['special-procedure', '诉讼费用交纳办法第八条第（一）项'],
    ['ruled-not-accepted-or-dismissed', '诉讼费用交纳办法第八条第（二）项'],
    ['appeal-against-procedural-ruling', '诉讼费用交纳办法第八条第（三）项'],
    ['administrative-compensation', '诉讼费用交纳办法第八条第（四）项'],
  ])('%s → 0 (%s)', (ground, source) => {
    const r = ok({ category: 'no-fee', ground });
    expect(r.totalFen).toBe(0);
    expect(r.lines).toEqual([expect.objectContaining({ amountFen: 0, source })]);
    expect(r.explanation['zh-CN']).toContain(source);
  });
});
