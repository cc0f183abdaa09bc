// Fee categories from the cause of action: 诉讼费用交纳办法 Art. 13 (State Council Decree No. 481) read
// against the 民事案件案由规定 headings (2020 and 2025 revisions; codes differ, names decide).
import { describe, expect, it } from 'vitest';
import { civilAcceptanceFee, feeCategoryForCause } from './fee-category.js';

describe('feeCategoryForCause', () => {
  it.each([
    // [version, code, cause, amount, category] — source of each row in the comment
    ['2025', '14', '离婚纠纷', 0, 'divorce'], // Art. 13(2)1
    ['2020', '14', '离婚纠纷', 30_000_000, 'divorce'], // Art. 13(2)1, property division
    ['2025', '6', '名誉权纠纷', 0, 'personality-rights'], // Art. 13(2)2
    ['2025', '165.2', '侵害商标权纠纷', 0, 'intellectual-property'], // Art. 13(3)
    ['2020', '159.2', '侵害商标权纠纷', 5_000_000, 'intellectual-property'], // Art. 13(3), with an amount
    ['2025', '205', '劳动合同纠纷', 2_000_000, 'labour-dispute'], // Art. 13(4)
    ['2020', '186', '劳动合同纠纷', 0, 'labour-dispute'], // Art. 13(4)
    ['2025', '108.3', '民间借贷纠纷', 5_000_000, 'property'], // Art. 13(1)
    ['2025', '88', '买卖合同纠纷', 0, 'other-non-property'], // Art. 13(2)3: no amount claimed
  ])('%s %s (%s), %i fen → %s', (version, code, name, amount, category) => {
    const s = feeCategoryForCause(code, version, amount);
    expect(s.category).toBe(category);
    if (category !== 'property' && category !== 'other-non-property') expect(s.matchedHeading).not.toBeNull();
    expect(s.basis).toMatch(/^诉讼费用交纳办法第十三条/);
  });

  it('falls back to the general rule for an unknown or missing cause', () => {
    expect(feeCategoryForCause(null, null, 100).category).toBe('property');
    expect(feeCategoryForCause('no-such-code', '2025', 0)).toEqual({
      category: 'other-non-property',
      basis: '诉讼费用交纳办法第十三条第（二）项第3目',
      matchedHeading: null,
    });
  });

  it('leaves unfair competition to the general rule (Art. 13(3) names IP cases only)', () => {
    const unfair = feeCategoryForCause('S15', '2025', 0);
    expect(unfair.category).toBe('other-non-property');
  });
});

describe('civilAcceptanceFee', () => {
  it('charges a labour dispute 10 yuan, halved to 5 under the simplified procedure (Art. 13(4), Art. 16)', () => {
    expect(civilAcceptanceFee('labour-dispute', 2_000_000, 'ordinary').totalFen).toBe(1_000);
    expect(civilAcceptanceFee('labour-dispute', 2_000_000, 'simplified').totalFen).toBe(500);
  });
  it('charges divorce property above 200,000 yuan at 0.5 % on top of the per-case fee (Art. 13(2)1)', () => {
    // 50 yuan (lower bound of 50–300, no court figure) + 100,000 × 0.5 % = 550 yuan
    expect(civilAcceptanceFee('divorce', 30_000_000, 'ordinary').totalFen).toBe(55_000);
  });
  it('charges a loan claim of 50,000 yuan 1,050 yuan, 525 simplified (Art. 13(1))', () => {
    expect(civilAcceptanceFee('property', 5_000_000, 'ordinary').totalFen).toBe(105_000);
    expect(civilAcceptanceFee('property', 5_000_000, 'small_claims').totalFen).toBe(52_500);
  });
  it('charges IP without an amount within 500–1,000 yuan and with an amount as property (Art. 13(3))', () => {
    expect(civilAcceptanceFee('intellectual-property', 0, 'ordinary').totalFen).toBe(50_000);
    expect(civilAcceptanceFee('intellectual-property', 5_000_000, 'ordinary').totalFen).toBe(105_000);
  });
  it('charges personality rights with damages up to 50,000 yuan nothing more (Art. 13(2)2)', () => {
    expect(civilAcceptanceFee('personality-rights', 5_000_000, 'ordinary').totalFen).toBe(10_000);
  });
});
