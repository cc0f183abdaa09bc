import { describe, expect, test } from 'vitest';
import {
  creditCodeCheckChar,
  maskIdNumber,
  maskPhone,
  residentIdCheckChar,
  validateCreditCode,
  validateMobile,
  validateResidentId,
} from './identity.js';

const TODAY = '2026-11-23';

describe('validateResidentId', () => {
  test.each([
    // GB 11643-1999 worked example: 北京市朝阳区, 1949-12-31, female, check character X.
    ['11010519491231002X', '11010519491231002X', '1949-12-31', 'female'],
    // GB 11643-1999 worked example: 广东省汕头市潮阳县, 1880-01-01, male.
    ['440524188001010014', '440524188001010014', '1880-01-01', 'male'],
    // Lower-case x is the same as X (GB 11643-1999 §8.1: the check "X" stands for 10); spaces trimmed.
    [' 11010519491231002x ', '11010519491231002X', '1949-12-31', 'female'],
    // 15-digit number (before GB 11643-1999): insert 19 before the year and compute the check character.
    ['110105900307751', '110105199003077518', '1990-03-07', 'male'],
  ])('%s is valid', (input, value, birthDate, sex) => {
    expect(validateResidentId(input, TODAY)).toEqual({ ok: true, value, birthDate, sex });
  });

  test.each([
    ['11010519491231002', 'FORMAT'], // 17 characters
    ['1101051949123100XX', 'FORMAT'], // X only allowed last
    ['11010519491231002Y', 'FORMAT'],
    ['11010519491231002A', 'FORMAT'],
    ['110105194912310021', 'CHECKSUM'], // GB 11643-1999 §8.2: wrong check character
    ['000105194912310021', 'REGION'], // GB/T 2260: 00 is no province
    ['90010519491231002X', 'REGION'],
    ['110105194902300020', 'BIRTH_DATE'], // 30 February does not exist
    ['110105203001010020', 'BIRTH_DATE'], // birth date after today
  ])('%s is rejected with %s', (input, reason) => {
    expect(validateResidentId(input, TODAY)).toEqual({ ok: false, reason });
  });

  test('born today is accepted, born tomorrow is not (GB 11643-1999: a real birth date)', () => {
    const first17 = '11010520261123002';
    const ok = first17 + residentIdCheckChar(first17);
    expect(validateResidentId(ok, '2026-11-23').ok).toBe(true);
    expect(validateResidentId(ok, '2026-11-22')).toEqual({ ok: false, reason: 'BIRTH_DATE' });
  });

  test('residentIdCheckChar rejects a non-17-digit input (programmer mistake)', () => {
    expect(() => residentIdCheckChar('123')).toThrow();
  });
});

describe('validateCreditCode', () => {
  test.each([
    // GB 32100-2015 example code.
    ['91350100M000100Y43', '91350100M000100Y43'],
    ['91350100m000100y43', '91350100M000100Y43'], // lower case accepted and upper-cased
  ])('%s is valid', (input, value) => {
    expect(validateCreditCode(input)).toEqual({ ok: true, value });
  });

  test.each([
    ['91350100M000100Y4', 'FORMAT'], // 17 characters
    ['91350100M000100Y4I', 'FORMAT'], // I is not in the GB 32100-2015 alphabet
    ['9135O100M000100Y43', 'FORMAT'], // nor O
    ['91350100M000100Y44', 'CHECKSUM'], // GB 32100-2015 §5: wrong check character
  ])('%s is rejected with %s', (input, reason) => {
    expect(validateCreditCode(input)).toEqual({ ok: false, reason });
  });

  test('check character 31 becomes 0 (GB 32100-2015 §5: C18 = 31 − MOD(Σ, 31), 31 → 0)', () => {
    // Search a 17-character body whose sum is divisible by 31 to exercise the wrap-around.
    let body = '';
    for (let i = 0; i < 1000 && body === ''; i++) {
      const candidate = `9111010${String(i).padStart(10, '0')}`;
      if (creditCodeCheckChar(candidate) === '0') body = candidate;
    }
    expect(body).not.toBe('');
    expect(validateCreditCode(`${body}0`).ok).toBe(true);
  });
});

describe('validateMobile', () => {
  test.each([
    ['13812345678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['0086-138-1234-5678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['19912345678', '19912345678'],
  ])('%s → %s', (input, value) => {
    expect(validateMobile(input)).toEqual({ ok: true, value });
  });

  test.each(['12812345678', '1381234567', '138123456789', '010-12345678', 'abc', ''])('%s is not a mobile number', (input) => {
    expect(validateMobile(input)).toEqual({ ok: false, reason: 'FORMAT' });
  });
});

describe('masking (GB/T 35273 practice: show as little as needed)', () => {
  test.each([
    ['11010519491231002X', '110105********002X'],
    ['110105900307751', '110105*****7751'],
    ['123', '***'],
  ])('maskIdNumber(%s) = %s', (input, masked) => {
    expect(maskIdNumber(input)).toBe(masked);
  });

  test.each([
    ['13812345678', '138****5678'],
    ['1234567', '*******'],
  ])('maskPhone(%s) = %s', (input, masked) => {
    expect(maskPhone(input)).toBe(masked);
  });
});
