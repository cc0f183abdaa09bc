// Per-court figures for the ranges of 诉讼费用交纳办法第十三条第（二）（三）（六）项 and 第十四条第（一）项第1目,
// 第（七）项第1-3目: inside the legal range or an error value.
import { describe, expect, test } from 'vitest';
import { calculateFee } from './calculate.js';
import { defaultFeeConfig, feeRanges, resolveFeeConfig, type FeeConfig, type RangedFeeKey } from './config.js';

const Y = 100;

describe('legal ranges (yuan)', () => {
  test.each<[RangedFeeKey, number, number]>([
    ['divorceFen', 50, 300], // 第十三条第（二）项第1目
    ['personalityRightsFen', 100, 500], // 第十三条第（二）项第2目
    ['otherNonPropertyFen', 50, 100], // 第十三条第（二）项第3目
    ['intellectualPropertyFen', 500, 1_000], // 第十三条第（三）项
    ['jurisdictionObjectionFen', 50, 100], // 第十三条第（六）项
    ['enforcementWithoutAmountFen', 50, 500], // 第十四条第（一）项第1目
    ['maritimeLimitationFundFen', 1_000, 10_000], // 第十四条第（七）项第1目
    ['maritimeInjunctionFen', 1_000, 5_000], // 第十四条第（七）项第2目
    ['shipPrioritySummonsFen', 1_000, 5_000], // 第十四条第（七）项第3目
  ])('%s: %i–%i, default the lower bound; bounds accepted, one fen outside refused', (key, min, max) => {
    expect(feeRanges[key]).toMatchObject({ minFen: min * Y, maxFen: max * Y });
    expect(defaultFeeConfig[key]).toBe(min * Y);
    expect(resolveFeeConfig({ [key]: min * Y }).ok).toBe(true);
    expect(resolveFeeConfig({ [key]: max * Y }).ok).toBe(true);
    for (const bad of [min * Y - 1, max * Y + 1]) {
      expect(resolveFeeConfig({ [key]: bad })).toEqual({
        ok: false,
        issues: [{ field: key, code: 'OUT_OF_LEGAL_RANGE', minFen: min * Y, maxFen: max * Y, source: feeRanges[key].source }],
      });
    }
  });
});

describe('calculateFee with a bad configuration', () => {
  test('returns INVALID_CONFIG with every bad field, whatever the category', () => {
    const r = calculateFee({ category: 'labour-dispute' }, { divorceFen: 30_001, otherNonPropertyFen: 5_000.5 });
    expect(r).toMatchObject({ ok: false, reason: 'INVALID_CONFIG' });
    expect(!r.ok && r.issues.map((i) => i.field)).toEqual(['divorceFen', 'otherNonPropertyFen']);
  });

  test('an unknown halving policy is refused', () => {
    const bad = { halvingPolicy: 'twice' } as unknown as Partial<FeeConfig>;
    expect(resolveFeeConfig(bad)).toEqual({ ok: false, issues: [{ field: 'halvingPolicy', code: 'UNKNOWN_VALUE' }] });
  });

  test('a full valid configuration is used as given and reports no defaults', () => {
    const full: FeeConfig = { ...defaultFeeConfig, divorceFen: 150 * Y, halvingPolicy: 'cumulative' };
    const r = resolveFeeConfig(full);
    expect(r).toEqual({ ok: true, config: full, defaultsUsed: [] });
  });

  test('explicit undefined falls back to the default', () => {
    const r = resolveFeeConfig({ divorceFen: undefined });
    expect(r.ok && r.config.divorceFen).toBe(50 * Y);
  });
});

describe('calculateFee with bad input', () => {
  test.each<[string, unknown, Array<{ field: string; code: string }>]>([
    ['negative amount', { category: 'property', amountFen: -1 }, [{ field: 'amountFen', code: 'NOT_A_FEN_AMOUNT' }]],
    ['fraction of a fen', { category: 'enforcement', amountFen: 10.5 }, [{ field: 'amountFen', code: 'NOT_A_FEN_AMOUNT' }]],
    ['unsafe integer', { category: 'divorce', propertyFen: 2 ** 53 }, [{ field: 'propertyFen', code: 'NOT_A_FEN_AMOUNT' }]],
    ['string amount', { category: 'personality-rights', damagesFen: '100' }, [{ field: 'damagesFen', code: 'NOT_A_FEN_AMOUNT' }]],
    ['missing amount', { category: 'property' }, [{ field: 'amountFen', code: 'REQUIRED' }]],
    ['missing assets', { category: 'bankruptcy' }, [{ field: 'assetsFen', code: 'REQUIRED' }]],
    ['appeal without amount', { category: 'intellectual-property', appealedFen: 100 }, [{ field: 'amountFen', code: 'REQUIRED' }]],
    ['unknown category', { category: 'criminal' }, [{ field: 'category', code: 'UNKNOWN_VALUE' }]],
    ['unknown administrative kind', { category: 'administrative', kind: 'tax' }, [{ field: 'kind', code: 'UNKNOWN_VALUE' }]],
    ['unknown no-fee ground', { category: 'no-fee', ground: 'poverty' }, [{ field: 'ground', code: 'UNKNOWN_VALUE' }]],
    ['unknown maritime kind', { category: 'maritime-application', kind: 'salvage' }, [{ field: 'kind', code: 'UNKNOWN_VALUE' }]],
  ])('%s', (_n, input, issues) => {
    expect(calculateFee(input as Parameters<typeof calculateFee>[0])).toEqual({ ok: false, reason: 'INVALID_INPUT', issues });
  });
});
