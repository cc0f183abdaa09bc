import { describe, expect, test } from 'vitest';
import {
  countPeriod,
  decisionDueDate,
  decisionPeriodDays,
  decisionPeriods,
  periodEnd,
  periodEndInMonths,
  rollToWorkingDay,
} from './deadlines.js';

// Counting: 民事诉讼法 (2023) Art. 85 — the starting day is not counted; a last day that is a statutory rest day
// (weekend or holiday of the State Council notice, adjusted working days being working days) moves to the first
// working day after it; rest days inside the period count.
describe('periodEnd: periods in days (Art. 85)', () => {
  test.each([
    // [trigger, days, due, why]
    ['2026-11-23', 7, '2026-11-30', 'Mon + 7 = Mon, a working day'],
    ['2026-11-21', 7, '2026-11-30', 'Sat + 7 = Sat → Mon'],
    ['2026-09-30', 7, '2026-10-08', 'last day 10-07 in the National Day break (国办发明电〔2025〕7号) → 10-08; rest days inside count'],
    ['2024-09-24', 7, '2024-10-08', 'last day 10-01, National Day 2024 (10-01..10-07, 国办发明电〔2023〕7号) → 10-08'],
    ['2025-09-24', 7, '2025-10-09', 'last day 10-01, National Day + Mid-Autumn 2025 (10-01..10-08, 国办发明电〔2024〕12号) → 10-09'],
    ['2026-02-10', 7, '2026-02-24', 'last day 02-17, Spring Festival 2026 (02-15..02-23) → 02-24'],
    ['2025-01-21', 7, '2025-02-05', 'last day 01-28 (除夕), Spring Festival 2025 (01-28..02-04) → 02-05'],
    ['2024-02-03', 7, '2024-02-18', 'last day 02-10, Spring Festival 2024 (02-10..02-17) → 02-18, a Sunday made a working day'],
    ['2026-10-03', 7, '2026-10-10', 'last day a Saturday that is an adjusted working day (10-10): no roll-over'],
    ['2025-09-21', 7, '2025-09-28', 'last day a Sunday that is an adjusted working day (2025-09-28)'],
    ['2024-04-21', 7, '2024-04-28', 'last day a Sunday that is an adjusted working day (2024-04-28)'],
    ['2025-12-25', 7, '2026-01-04', 'last day 01-01 (元旦 01-01..01-03, 2026) → 01-04, a Sunday made a working day'],
    ['2023-12-28', 7, '2024-01-04', 'trigger in a year without data is fine: only the last day matters'],
    ['2026-06-12', 7, '2026-06-22', 'last day 06-19, Dragon Boat 2026 (06-19..06-21) → 06-22'],
  ])('%s + %i days → %s (%s)', (from, days, due) => {
    expect(periodEnd(from, days)).toEqual({ ok: true, date: due });
  });

  test.each([
    ['2026-12-28', 7, 2027], // last day 2027-01-04: no 2027 notice shipped
    ['2026-12-26', 7, 2027], // Sat + 7 = 2027-01-02
    ['2026-12-20', 15, 2027], // 2027-01-04
    ['2023-05-01', 7, 2023], // no 2023 notice shipped
  ])('%s + %i days ends in %i, a year without holiday data → NO_CALENDAR_DATA', (from, days, year) => {
    expect(periodEnd(from, days)).toEqual({ ok: false, reason: 'NO_CALENDAR_DATA', year });
  });

  test('a non-positive or fractional period is a programmer mistake', () => {
    expect(() => periodEnd('2026-11-23', 0)).toThrow();
    expect(() => periodEnd('2026-11-23', 1.5)).toThrow();
    expect(() => periodEndInMonths('2026-11-23', 0)).toThrow();
  });
});

// Periods in months: 民法典 Art. 202 — the corresponding day of the last month, its last day when there is none;
// then Art. 85's roll-over.
describe('periodEndInMonths: periods in months', () => {
  test.each([
    ['2025-01-31', 1, '2025-02-28', 'no 02-31 → month end, a Friday'],
    ['2024-01-31', 1, '2024-02-29', 'leap year: month end 02-29, a Thursday'],
    ['2026-01-31', 1, '2026-02-28', 'month end 02-28 is a Saturday made a working day (国办发明电〔2025〕7号): no roll-over'],
    ['2026-03-31', 1, '2026-04-30', 'no 04-31 → 04-30'],
    ['2024-08-31', 1, '2024-09-30', 'no 09-31 → 09-30, a Monday'],
    ['2026-01-15', 1, '2026-02-24', 'corresponding day 02-15 is in the Spring Festival break → 02-24'],
    ['2026-09-01', 1, '2026-10-08', 'corresponding day 10-01 → 10-08'],
    ['2026-05-28', 3, '2026-08-28', 'three months, corresponding day (Friday)'],
    ['2026-03-31', 2, '2026-06-01', 'corresponding day 05-31 is an ordinary Sunday → Monday 06-01'],
    ['2025-11-30', 3, '2026-02-28', 'no 02-30 → 02-28, a Saturday made a working day'],
  ])('%s + %i months → %s (%s)', (from, months, due) => {
    expect(periodEndInMonths(from, months)).toEqual({ ok: true, date: due });
  });

  test.each([
    ['2026-10-31', 3, 2027],
    ['2026-08-31', 6, 2027],
  ])('%s + %i months ends in %i → NO_CALENDAR_DATA', (from, months, year) => {
    expect(periodEndInMonths(from, months)).toEqual({ ok: false, reason: 'NO_CALENDAR_DATA', year });
  });
});

describe('countPeriod: any period with checked input', () => {
  test('days and months', () => {
    expect(countPeriod('2026-11-23', { unit: 'days', count: 15 })).toEqual({ ok: true, date: '2026-12-08' });
    expect(countPeriod('2026-01-31', { unit: 'months', count: 1 })).toEqual({ ok: true, date: '2026-02-28' });
  });

  test.each([
    ['2026-02-30', { unit: 'days', count: 7 }, 'triggeredOn'],
    ['2026/11/23', { unit: 'days', count: 7 }, 'triggeredOn'],
    ['2026-11-23', { unit: 'days', count: 0 }, 'period.count'],
    ['2026-11-23', { unit: 'months', count: -1 }, 'period.count'],
    ['2026-11-23', { unit: 'days', count: 2.5 }, 'period.count'],
    ['2026-11-23', { unit: 'weeks', count: 1 }, 'period.unit'],
  ])('countPeriod(%s, %o) → INVALID_INPUT on %s', (from, period, field) => {
    const r = countPeriod(from, period as Parameters<typeof countPeriod>[1]);
    expect(r).toMatchObject({ ok: false, reason: 'INVALID_INPUT', field });
  });

  test('rollToWorkingDay leaves a working day alone and moves a rest day', () => {
    expect(rollToWorkingDay('2026-11-23')).toEqual({ ok: true, date: '2026-11-23' });
    expect(rollToWorkingDay('2026-10-01')).toEqual({ ok: true, date: '2026-10-08' });
    expect(rollToWorkingDay('2027-01-01')).toEqual({ ok: false, reason: 'NO_CALENDAR_DATA', year: 2027 });
  });
});

// 登记立案规定 (法释〔2015〕8号) Art. 8: civil and administrative 7 days, criminal private prosecution 15 (from the day
// after receipt), third-party revocation 30, objection to enforcement 15.
describe('decisionDueDate', () => {
  test.each([
    ['2026-11-23', 'civil', '2026-11-30'], // Art. 8(1)
    ['2026-11-20', 'civil', '2026-11-27'], // Fri + 7 = Fri
    ['2026-11-21', 'civil', '2026-11-30'], // Sat + 7 = Sat → Mon
    ['2026-11-23', 'administrative', '2026-11-30'], // Art. 8(1)
    ['2026-11-23', 'criminal_private', '2026-12-08'], // Art. 8(2): + 15
    ['2026-11-02', 'third_party_revocation', '2026-12-02'], // Art. 8(3): + 30
    ['2026-11-23', 'enforcement_objection', '2026-12-08'], // Art. 8(4): + 15
    ['2026-09-28', 'civil', '2026-10-08'], // last day 10-05 in the National Day break
    ['2026-02-10', 'civil', '2026-02-24'], // Spring Festival 2026
    ['2026-10-03', 'civil', '2026-10-10'], // last day an adjusted working Saturday
    ['2026-09-20', 'third_party_revocation', '2026-10-20'], // + 30 across National Day, last day a Tuesday
  ])('received %s, %s → due %s', (received, kind, due) => {
    expect(decisionDueDate(received, kind as keyof typeof decisionPeriods)).toEqual({ ok: true, date: due });
  });

  test('each kind cites Art. 8 and its item', () => {
    for (const rule of Object.values(decisionPeriods))
      expect(rule.source).toMatch(/登记立案若干问题的规定 .*第八条第一款第\([一二三四]\)项/);
    expect(decisionPeriodDays).toEqual({
      civil: 7,
      administrative: 7,
      criminal_private: 15,
      third_party_revocation: 30,
      enforcement_objection: 15,
    });
  });

  test('a last day in a year without holiday data is NO_CALENDAR_DATA, never a guess', () => {
    expect(decisionDueDate('2026-12-28', 'civil')).toEqual({ ok: false, reason: 'NO_CALENDAR_DATA', year: 2027 });
    expect(decisionDueDate('2026-12-26', 'civil')).toEqual({ ok: false, reason: 'NO_CALENDAR_DATA', year: 2027 });
    expect(decisionDueDate('2026-12-10', 'third_party_revocation')).toEqual({ ok: false, reason: 'NO_CALENDAR_DATA', year: 2027 });
    expect(decisionDueDate('2023-05-01', 'civil')).toEqual({ ok: false, reason: 'NO_CALENDAR_DATA', year: 2023 });
  });
});
