import { describe, expect, test } from 'vitest';
import {
  appealDueDate,
  correctionDueDate,
  feePaymentDueDate,
  publicationServiceDate,
  statutoryDeadline,
  statutoryPeriods,
  type StatutoryDeadlineKind,
} from './statutory.js';

const ok = (date: string) => ({ ok: true, date });
const noData = (year: number) => ({ ok: false, reason: 'NO_CALENDAR_DATA', year });

// 诉讼费用交纳办法 Art. 22: 7 days from the day after the payment notice arrives (§1), the counterclaim is filed (§1),
// or an appellant who did not prepay receives the court's notice (§2). Counted and rolled per 民事诉讼法 Art. 85.
describe('feePaymentDueDate', () => {
  test.each([
    ['2026-11-23', 'plaintiff', '2026-11-30'], // Mon + 7
    ['2026-04-28', 'plaintiff', '2026-05-06'], // last day 05-05, Labour Day 2026 (05-01..05-05) → 05-06
    ['2026-06-12', 'counterclaim', '2026-06-22'], // last day 06-19, Dragon Boat (06-19..06-21) → 06-22
    ['2026-05-02', 'appellant_notified', '2026-05-09'], // last day 05-09, a Saturday made a working day
  ])('triggered %s (%s) → %s', (from, kind, due) => {
    expect(feePaymentDueDate(from, kind as 'plaintiff')).toEqual(ok(due));
  });

  test('the plaintiff is the default', () => {
    expect(feePaymentDueDate('2026-11-23')).toEqual(ok('2026-11-30'));
  });

  test('year without data, bad date, unknown kind', () => {
    expect(feePaymentDueDate('2026-12-28')).toEqual(noData(2027));
    expect(feePaymentDueDate('2026-11-31')).toMatchObject({ ok: false, reason: 'INVALID_INPUT', field: 'triggeredOn' });
    expect(feePaymentDueDate('2026-11-23', 'defendant' as 'plaintiff')).toMatchObject({ reason: 'INVALID_INPUT', field: 'kind' });
  });
});

// 民事诉讼法 (2023) Art. 171: 15 days from service of a first-instance judgment, 10 days for a ruling;
// Art. 286: 30 days for a party without domicile in China, judgment or ruling.
describe('appealDueDate', () => {
  test.each([
    ['2026-11-23', 'judgment', true, '2026-12-08'], // Art. 171 §1: + 15
    ['2026-12-10', 'judgment', true, '2026-12-25'], // Art. 171 §1: Fri
    ['2026-09-16', 'judgment', true, '2026-10-08'], // last day 10-01 → after National Day
    ['2026-11-23', 'ruling', true, '2026-12-03'], // Art. 171 §2: + 10
    ['2026-09-28', 'ruling', true, '2026-10-08'], // Art. 171 §2: last day 10-08 itself a working day
    ['2026-09-21', 'ruling', true, '2026-10-08'], // last day 10-01 → 10-08
    ['2026-11-02', 'judgment', false, '2026-12-02'], // Art. 286: + 30
    ['2026-11-02', 'ruling', false, '2026-12-02'], // Art. 286: rulings too
    ['2026-01-20', 'judgment', false, '2026-02-24'], // Art. 286: last day 02-19 in the Spring Festival break
  ])('served %s, %s, domicile in China %s → %s', (served, doc, domicile, due) => {
    expect(appealDueDate(served, doc as 'judgment', { domicileInChina: domicile })).toEqual(ok(due));
  });

  test('a party with domicile in China is the default', () => {
    expect(appealDueDate('2026-11-23', 'judgment')).toEqual(ok('2026-12-08'));
  });

  test('year without data, bad date, unknown document', () => {
    expect(appealDueDate('2026-12-20', 'judgment')).toEqual(noData(2027));
    expect(appealDueDate('2026-12-25', 'ruling')).toEqual(noData(2027));
    expect(appealDueDate('23.11.2026', 'judgment')).toMatchObject({ reason: 'INVALID_INPUT', field: 'servedOn' });
    expect(appealDueDate('2026-11-23', 'order' as 'ruling')).toMatchObject({ reason: 'INVALID_INPUT', field: 'document' });
  });
});

// 民事诉讼法 (2023) Art. 95: deemed served 30 days after publication (60 before the 2021 revision);
// Art. 283: 60 days for a party without domicile in China (3 months before the 2023 revision).
describe('publicationServiceDate', () => {
  test.each([
    ['2026-01-05', true, '2026-02-04'], // Art. 95: + 30, a Wednesday
    ['2026-01-20', true, '2026-02-24'], // Art. 95: 02-19 in the Spring Festival break → 02-24
    ['2026-08-06', false, '2026-10-08'], // Art. 283: + 60 = 10-05 → 10-08
    ['2026-03-02', false, '2026-05-06'], // Art. 283: + 60 = 05-01 (Labour Day) → 05-06
  ])('published %s, domicile in China %s → deemed served %s', (published, domicile, served) => {
    expect(publicationServiceDate(published, { domicileInChina: domicile })).toEqual(ok(served));
  });

  test('domestic is the default; year without data; bad date', () => {
    expect(publicationServiceDate('2026-01-05')).toEqual(ok('2026-02-04'));
    expect(publicationServiceDate('2026-12-05')).toEqual(noData(2027)); // + 30 = 2027-01-04
    expect(publicationServiceDate('2026-02-29')).toMatchObject({ reason: 'INVALID_INPUT', field: 'publishedOn' });
  });
});

// 登记立案规定 Art. 7: the court sets the correction period in its one-time notice; no default found in any rule.
describe('correctionDueDate', () => {
  test.each([
    ['2026-11-23', 15, '2026-12-08'],
    ['2026-09-24', 7, '2026-10-08'], // last day 10-01 → 10-08
    ['2026-02-07', 7, '2026-02-14'], // last day a Saturday made a working day
  ])('served %s, %i days → %s', (served, days, due) => {
    expect(correctionDueDate(served, days)).toEqual(ok(due));
  });

  test('a period in months', () => {
    expect(correctionDueDate('2026-01-31', { unit: 'months', count: 1 })).toEqual(ok('2026-02-28'));
    expect(correctionDueDate('2026-11-30', { unit: 'months', count: 1 })).toEqual(ok('2026-12-30'));
    expect(correctionDueDate('2026-12-15', { unit: 'months', count: 1 })).toEqual(noData(2027));
  });

  test('invalid input is a typed error, not a guess', () => {
    expect(correctionDueDate('2026-11-23', 0)).toMatchObject({ reason: 'INVALID_INPUT', field: 'periodDays' });
    expect(correctionDueDate('2026-11-23', Number.NaN)).toMatchObject({ reason: 'INVALID_INPUT', field: 'periodDays' });
    expect(correctionDueDate('2026-13-01', 7)).toMatchObject({ reason: 'INVALID_INPUT', field: 'noticeServedOn' });
    expect(correctionDueDate('x', { unit: 'days', count: 7 })).toMatchObject({ reason: 'INVALID_INPUT', field: 'noticeServedOn' });
  });
});

describe('statutoryDeadline: every kind by key, with its source', () => {
  const cases: [StatutoryDeadlineKind, string, string, RegExp][] = [
    ['decision_civil', '2026-11-23', '2026-11-30', /登记立案.*第八条/],
    ['decision_administrative', '2026-11-23', '2026-11-30', /登记立案.*第八条/],
    ['decision_criminal_private', '2026-11-23', '2026-12-08', /登记立案.*第八条/],
    ['decision_third_party_revocation', '2026-11-02', '2026-12-02', /登记立案.*第八条/],
    ['decision_enforcement_objection', '2026-11-23', '2026-12-08', /登记立案.*第八条/],
    ['fee_payment_plaintiff', '2026-11-23', '2026-11-30', /诉讼费用交纳办法.*第二十二条/],
    ['fee_payment_counterclaim', '2026-11-23', '2026-11-30', /诉讼费用交纳办法.*第二十二条/],
    ['fee_payment_appellant_notified', '2026-11-23', '2026-11-30', /诉讼费用交纳办法.*第二十二条/],
    ['appeal_judgment', '2026-11-23', '2026-12-08', /民事诉讼法 \(2023\) 第一百七十一条/],
    ['appeal_ruling', '2026-11-23', '2026-12-03', /民事诉讼法 \(2023\) 第一百七十一条/],
    ['appeal_no_domicile', '2026-11-02', '2026-12-02', /民事诉讼法 \(2023\) 第二百八十六条/],
    ['publication_service_domestic', '2026-01-05', '2026-02-04', /民事诉讼法 \(2023\) 第九十五条/],
    ['publication_service_no_domicile', '2026-08-06', '2026-10-08', /民事诉讼法 \(2023\) 第二百八十三条/],
  ];

  test('the table covers exactly these kinds', () => {
    expect(Object.keys(statutoryPeriods).sort()).toEqual(cases.map((c) => c[0]).sort());
  });

  test.each(cases)('%s from %s → %s', (kind, from, due, source) => {
    expect(statutoryDeadline(kind, from)).toEqual(ok(due));
    expect(statutoryPeriods[kind].source).toMatch(source);
  });

  test('unknown kind and bad date are typed errors', () => {
    expect(statutoryDeadline('answer' as StatutoryDeadlineKind, '2026-11-23')).toMatchObject({ reason: 'INVALID_INPUT', field: 'kind' });
    expect(statutoryDeadline('toString' as StatutoryDeadlineKind, '2026-11-23')).toMatchObject({ reason: 'INVALID_INPUT', field: 'kind' });
    expect(statutoryDeadline('appeal_judgment', '')).toMatchObject({ reason: 'INVALID_INPUT', field: 'triggeredOn' });
  });
});
