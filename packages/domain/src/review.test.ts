import { describe, expect, it } from 'vitest';
import { calculateFee } from './fees/calculate.js';
import {
  acceptanceFee,
  acceptanceFeeDueDate,
  appealAgainstRuling,
  correctionSections,
  findRejectionGround,
  rejectionGrounds,
  sectionOfPath,
  suggestedProcedure,
} from './review.js';

describe('acceptance fee at registration', () => {
  it('charges a money claim as a property case, bracket by bracket (诉讼费用交纳办法 Art. 13(1))', () => {
    // 50,000 yuan: 50 + (50,000 − 10,000) × 2.5 % = 1,050 yuan
    const fee = acceptanceFee(5_000_000, 'ordinary');
    expect(fee.totalFen).toBe(105_000);
    expect(fee.lines.length).toBe(2);
    expect(fee.explanation['zh-CN']).toContain('应交纳 1,050 元');
  });

  it('halves the fee under the simplified procedure and small claims (Art. 16)', () => {
    expect(acceptanceFee(5_000_000, 'simplified').totalFen).toBe(52_500);
    expect(acceptanceFee(5_000_000, 'small_claims').totalFen).toBe(52_500);
    expect(acceptanceFee(5_000_000, 'simplified').reductions[0]?.source).toContain('第十六条');
  });

  it('is the calculator’s own result to the fen', () => {
    for (const amount of [1, 999_999, 1_000_001, 12_345_678, 2_000_000_000]) {
      expect(acceptanceFee(amount, 'ordinary').totalFen).toBe(
        (calculateFee({ category: 'property', amountFen: amount }) as { totalFen: number }).totalFen,
      );
    }
  });

  it('throws on an amount that is not whole fen: the server sums stored integer claims, so this is a programmer mistake', () => {
    expect(() => acceptanceFee(1.5, 'ordinary')).toThrow(/INVALID_INPUT/);
  });

  it('charges a filing without an amount as an other non-property case (Art. 13(2)3)', () => {
    expect(acceptanceFee(0, 'ordinary').category).toBe('other-non-property');
  });

  it('suggests the ordinary procedure: the small-claims threshold is provincial data the rule book lacks', () => {
    expect(suggestedProcedure()).toBe('ordinary');
  });

  it('gives 7 days to pay, rolled over rest days (Fees Art. 22)', () => {
    // Served Monday 2026-11-02: the 7th day is Monday 11-09, a working day; no calendar for 2031 yet.
    expect(acceptanceFeeDueDate('2026-11-02')).toEqual({ ok: true, date: '2026-11-09' });
    expect(acceptanceFeeDueDate('2031-03-02')).toEqual({ ok: false, year: 2031 });
  });
});

describe('correction sections', () => {
  it.each([
    ['plaintiff.phone', 'plaintiff'],
    ['defendants.0.address', 'defendants'],
    ['defendants', 'defendants'],
    ['claims.1.amountFen', 'claims'],
    ['factsAndReasons', 'factsAndReasons'],
    ['causeOfActionCode', 'causeOfAction'],
    ['elements.loan.amount', 'causeOfAction'],
    ['materials.complaint', 'materials'],
    ['agents.0.materials.power_of_attorney', 'materials'],
  ])('%s belongs to %s', (path, section) => {
    expect(sectionOfPath(path)).toBe(section);
    expect(correctionSections).toContain(section);
  });
});

describe('grounds of a ruling not to accept', () => {
  it('each has a unique code, both languages and a basis in the CPL or the registration rules', () => {
    expect(new Set(rejectionGrounds.map((g) => g.code)).size).toBe(rejectionGrounds.length);
    for (const g of rejectionGrounds) {
      expect(g.label['zh-CN'] && g.label.en).toBeTruthy();
      expect(g.basis).toMatch(/民事诉讼法第一百二十[二六七]条|登记立案若干问题的规定第七条/);
    }
    expect(findRejectionGround('arbitration_agreement')?.basis).toBe('民事诉讼法第一百二十七条第（二）项');
    expect(findRejectionGround('nope')).toBeUndefined();
  });

  it('is appealed within 10 days to the next-higher court (CPL Art. 171)', () => {
    const r = appealAgainstRuling('京0105', '2026-11-02');
    expect(r.dueDate).toBe('2026-11-12');
    expect(r.court?.name).toBe('北京市第三中级人民法院');
    expect(appealAgainstRuling('京9999', '2026-11-02').court).toBeNull();
    // No holiday calendar for 2031 yet: the court names no date rather than a wrong one.
    expect(appealAgainstRuling('京0105', '2031-03-03').dueDate).toBeNull();
  });
});
