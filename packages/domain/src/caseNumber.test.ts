import { describe, expect, test } from 'vitest';
import { caseNumberYear, caseTypeDesignation, formatCaseNumber, parseCaseNumber, validateCaseNumberParts } from './caseNumber.js';
import type { CaseNumberReason } from './caseNumber.js';

// Unless noted: 最高人民法院关于人民法院案件案号的若干规定 (法〔2015〕137号) Arts. 2–5 and 10, as amended by
// 法〔2018〕335号 (专门审判代字); type designations from its annex 人民法院案件类型及其代字标准.
describe('formatCaseNumber', () => {
  test.each([
    [{ year: 2026, courtCode: '京0105', typeCode: '民初', serial: 1 }, '（2026）京0105民初1号'],
    [{ year: 2026, courtCode: '京0105', typeCode: '民初', serial: 123 }, '（2026）京0105民初123号'],
    [{ year: 2017, courtCode: '京02', typeCode: '民初', serial: 58 }, '（2017）京02民初58号'],
    [{ year: 2025, courtCode: '京', typeCode: '民终', serial: 7 }, '（2025）京民终7号'], // Art. 4: high court
    [{ year: 2025, courtCode: '最高法', typeCode: '民申', serial: 10 }, '（2025）最高法民申10号'], // Art. 4 para. 1
    [{ year: 2024, courtCode: '最高法', typeCode: '知民终', serial: 3 }, '（2024）最高法知民终3号'], // 法〔2018〕335号
    [{ year: 2025, courtCode: '京0105', typeCode: '执', serial: 9 }, '（2025）京0105执9号'], // one-character designation
    [{ year: 2025, courtCode: '最高法', typeCode: '刑核', serial: 12345678 }, '（2025）最高法刑核12345678号'], // Art. 10 para. 2
    [{ year: 1949, courtCode: '内', typeCode: '刑初', serial: 1 }, '（1949）内刑初1号'], // lower year bound
  ])('%o → %s', (parts, expected) => {
    expect(formatCaseNumber(parts)).toBe(expected);
    expect(validateCaseNumberParts(parts)).toBeNull();
  });

  test.each<[{ year: number; courtCode: string; typeCode: string; serial: number }, CaseNumberReason]>([
    [{ year: 2026, courtCode: '京0105', typeCode: '民初', serial: 0 }, 'serial_zero'], // Art. 10: from 1
    [{ year: 2026, courtCode: '京0105', typeCode: '民初', serial: -3 }, 'serial_zero'],
    [{ year: 2026, courtCode: '京0105', typeCode: '民初', serial: 1.5 }, 'serial_malformed'],
    [{ year: 2026, courtCode: '京0105', typeCode: '民初', serial: 2 ** 60 }, 'serial_out_of_range'],
    [{ year: 26, courtCode: '京0105', typeCode: '民初', serial: 1 }, 'year_out_of_range'],
    [{ year: 2026.5, courtCode: '京0105', typeCode: '民初', serial: 1 }, 'year_malformed'],
    [{ year: 2026, courtCode: 'BJ0105', typeCode: '民初', serial: 1 }, 'court_malformed'],
    [{ year: 2026, courtCode: '京105', typeCode: '民初', serial: 1 }, 'court_malformed'], // Art. 5: 2 or 4 digits
    [{ year: 2026, courtCode: '京0105', typeCode: 'MC', serial: 1 }, 'type_unknown'],
    [{ year: 2026, courtCode: '京0105', typeCode: '民初审', serial: 1 }, 'type_unknown'],
    [{ year: 2026, courtCode: '京0105', typeCode: '', serial: 1 }, 'type_missing'],
    [{ year: 2026, courtCode: '最高法', typeCode: '刑核', serial: 123 }, 'review_serial_length'], // Art. 10 para. 2
  ])('impossible parts %o → %s, and format throws', (parts, reason) => {
    expect(validateCaseNumberParts(parts)).toBe(reason);
    expect(() => formatCaseNumber(parts)).toThrow(reason);
  });
});

describe('parseCaseNumber accepts', () => {
  test.each([
    ['（2026）京0105民初1号', { year: 2026, courtCode: '京0105', typeCode: '民初', serial: 1 }, 'civil', 'basic'],
    ['(2026)京0105民初123号', { year: 2026, courtCode: '京0105', typeCode: '民初', serial: 123 }, 'civil', 'basic'], // ASCII
    [' （2020）京01民终4239号 ', { year: 2020, courtCode: '京01', typeCode: '民终', serial: 4239 }, 'civil', 'intermediate'],
    ['（2025）最高法民申10号', { year: 2025, courtCode: '最高法', typeCode: '民申', serial: 10 }, 'civil', 'supreme'],
    ['（2024）京73知民初5号', { year: 2024, courtCode: '京73', typeCode: '知民初', serial: 5 }, 'civil', 'intermediate'], // 法〔2018〕335号
    ['（2025）京执异3号', { year: 2025, courtCode: '京', typeCode: '执异', serial: 3 }, 'enforcement', 'high'],
    ['（2018）沪72财保116号', { year: 2018, courtCode: '沪72', typeCode: '财保', serial: 116 }, 'preservation', 'intermediate'],
    ['（2018）沪72证保2号', { year: 2018, courtCode: '沪72', typeCode: '证保', serial: 2 }, 'preservation', 'intermediate'],
    ['（2016）黔01刑初20号', { year: 2016, courtCode: '黔01', typeCode: '刑初', serial: 20 }, 'criminal', 'intermediate'],
    ['(2018)沪03行赔终15号', { year: 2018, courtCode: '沪03', typeCode: '行赔终', serial: 15 }, 'state_compensation', 'intermediate'],
    ['（2020）最高法委赔监45号', { year: 2020, courtCode: '最高法', typeCode: '委赔监', serial: 45 }, 'state_compensation', 'supreme'],
    ['（2024）京73行初7027号', { year: 2024, courtCode: '京73', typeCode: '行初', serial: 7027 }, 'administrative', 'intermediate'],
    ['（2018）沪72协外认7号', { year: 2018, courtCode: '沪72', typeCode: '协外认', serial: 7 }, 'other', 'intermediate'],
    ['（2024）黔02破17号', { year: 2024, courtCode: '黔02', typeCode: '破', serial: 17 }, 'civil', 'intermediate'],
    ['（2022）兵01民终3号', { year: 2022, courtCode: '兵01', typeCode: '民终', serial: 3 }, 'civil', 'intermediate'], // Art. 4: 兵
    ['（2025）最高法刑核12345678号', { year: 2025, courtCode: '最高法', typeCode: '刑核', serial: 12345678 }, 'criminal', 'supreme'],
    ['（2022）浙0192诉前调确8号', { year: 2022, courtCode: '浙0192', typeCode: '诉前调确', serial: 8 }, 'civil', 'basic'],
  ])('%s', (input, value, category, courtTier) => {
    const r = parseCaseNumber(input);
    expect(r).toMatchObject({ ok: true, value, category, courtTier });
  });

  test('the result names the table row and the specialised designation (法〔2018〕335号)', () => {
    const r = parseCaseNumber('（2024）最高法知民终3号');
    if (!r.ok) throw new Error(r.reason);
    expect(r.caseType.designation).toBe('民终');
    expect(r.specialised?.designation).toBe('知');
    const plain = parseCaseNumber('（2024）京0105民初3号');
    expect(plain.ok && plain.specialised).toBeNull();
  });
});

describe('parseCaseNumber rejects, with a stable reason', () => {
  test.each<[string, CaseNumberReason]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['（2026）京0105民初01号', 'serial_leading_zero'], // Art. 10: 顺位自然数
    ['（2026）京0105民初0号', 'serial_zero'],
    ['（2026）京0105民初000号', 'serial_zero'],
    ['（2026）京0105民初号', 'serial_missing'],
    ['（2026）京0105民初1a号', 'serial_malformed'],
    ['（2026）京0105民初１号', 'serial_malformed'], // full-width digit
    ['（2026）京0105民初99999999999999999999号', 'serial_out_of_range'],
    ['（2025）最高法刑核123号', 'review_serial_length'], // Art. 10 para. 2: 8 digits
    ['（26）京0105民初1号', 'year_malformed'],
    ['（二〇二六）京0105民初1号', 'year_malformed'],
    ['（1948）京0105民初1号', 'year_out_of_range'],
    ['（2101）京0105民初1号', 'year_out_of_range'],
    ['（2026）京010民初1号', 'court_malformed'], // Art. 5: 2 or 4 digits
    ['（2026）京01055民初1号', 'court_malformed'],
    ['（2026）BJ0105民初1号', 'court_malformed'],
    ['（2026）港0105民初1号', 'court_malformed'], // not a designation of Art. 4
    ['（2026）最高民初1号', 'court_malformed'],
    ['（2026）京0105号', 'type_missing'],
    ['（2026）号', 'court_malformed'],
    ['（2026）京01051号', 'court_malformed'], // without a type designation the digits run together
    ['（2026）京0105民初审1号', 'type_unknown'],
    ['（2026）京0105民1号', 'type_unknown'],
    ['（2026）京0105金民初1号', 'type_unknown'], // only 知 is a published 专门审判代字
    ['（2026）京0105知1号', 'type_unknown'],
    ['（2026）京0105知号1号', 'trailing_text'],
    ['（2026）京0105民初字第1号', 'type_unknown'], // pre-2016 style
    ['2026京0105民初1号', 'missing_parenthesis'],
    ['〔2026〕京0105民初1号', 'missing_parenthesis'], // 〔〕 is for document numbers, not case numbers
    ['（2026京0105民初1号', 'missing_parenthesis'],
    ['（2026)京0105民初1号', 'mismatched_parentheses'],
    ['(2026）京0105民初1号', 'mismatched_parentheses'],
    ['（2026）京0105民初1', 'missing_hao'],
    ['（2026）京0105民初1号之一', 'trailing_text'],
    ['（2026）京0105民初1号号', 'trailing_text'],
    ['（2026） 京0105民初1号', 'whitespace'],
    ['（2026）京0105 民初1号', 'whitespace'],
    ['（2026）京0105民初\u30001号', 'whitespace'], // ideographic space
  ])('%s → %s', (input, reason) => {
    expect(parseCaseNumber(input)).toEqual({ ok: false, reason });
  });
});

describe('round trips', () => {
  test.each([
    { year: 2026, courtCode: '京0105', typeCode: '民初', serial: 98765 },
    { year: 2016, courtCode: '最高法', typeCode: '民再', serial: 1 },
    { year: 2019, courtCode: '粤0192', typeCode: '民特', serial: 42 },
    { year: 2023, courtCode: '沪74', typeCode: '民终', serial: 186 },
    { year: 2021, courtCode: '川0104', typeCode: '民诉前调', serial: 801 },
    { year: 2020, courtCode: '军', typeCode: '刑终', serial: 2 },
    { year: 2017, courtCode: '京73', typeCode: '知行初', serial: 31 },
  ])('%o', (parts) => {
    const parsed = parseCaseNumber(formatCaseNumber(parts));
    expect(parsed.ok && parsed.value).toEqual(parts);
    // ASCII parentheses parse to the same parts.
    const ascii = formatCaseNumber(parts).replace('（', '(').replace('）', ')');
    expect(parseCaseNumber(ascii)).toEqual(parsed);
  });
});

describe('caseTypeDesignation and caseNumberYear', () => {
  test.each([
    ['civil_first_instance', '民初'],
    ['civil_second_instance', '民终'],
    ['civil_retrial_application', '民申'],
    ['civil_special_procedure', '民特'],
    ['payment_order', '民督'],
    ['public_summons', '民催'],
    ['bankruptcy_application', '破申'],
    ['enforcement', '执'],
    ['property_preservation_before_litigation', '财保'],
    ['administrative_first_instance', '行初'],
  ] as const)('%s is %s (人民法院案件类型及其代字标准)', (key, designation) => {
    expect(caseTypeDesignation(key)).toBe(designation);
  });

  test.each([
    ['2026-01-01', 2026], // Art. 2: 收案年度是收案的公历自然年
    ['2026-12-31', 2026],
    ['2027-01-01', 2027],
  ])('accepted on %s → year %i', (date, year) => {
    expect(caseNumberYear(date)).toBe(year);
  });

  test('a malformed date is a programmer mistake', () => {
    expect(() => caseNumberYear('2026-13-01')).toThrow();
  });
});
