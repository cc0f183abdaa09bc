// Identity numbers: resident ID (GB 11643-1999), unified social credit code (GB 32100-2015),
// mainland mobile numbers, and masking for display (GB/T 35273 practice).
import { isRealDate } from './dates.js';

export type Sex = 'male' | 'female';

export type ResidentIdReason = 'FORMAT' | 'CHECKSUM' | 'BIRTH_DATE' | 'REGION';
export type ResidentIdResult = { ok: true; value: string; birthDate: string; sex: Sex } | { ok: false; reason: ResidentIdReason };

/**
 * Province-level codes: the first two digits of the GB/T 2260 administrative division code.
 * Source: GB/T 2260《中华人民共和国行政区划代码》(province-level list), plus 83 (Taiwan) which the
 * residence permits for Hong Kong, Macao and Taiwan residents use (港澳台居民居住证申领发放办法,
 * 国办发〔2018〕81号: address codes 810000 / 820000 / 830000).
 */
export const PROVINCE_CODES: Readonly<Record<string, string>> = {
  '11': '北京市',
  '12': '天津市',
  '13': '河北省',
  '14': '山西省',
  '15': '内蒙古自治区',
  '21': '辽宁省',
  '22': '吉林省',
  '23': '黑龙江省',
  '31': '上海市',
  '32': '江苏省',
  '33': '浙江省',
  '34': '安徽省',
  '35': '福建省',
  '36': '江西省',
  '37': '山东省',
  '41': '河南省',
  '42': '湖北省',
  '43': '湖南省',
  '44': '广东省',
  '45': '广西壮族自治区',
  '46': '海南省',
  '50': '重庆市',
  '51': '四川省',
  '52': '贵州省',
  '53': '云南省',
  '54': '西藏自治区',
  '61': '陕西省',
  '62': '甘肃省',
  '63': '青海省',
  '64': '宁夏回族自治区',
  '65': '新疆维吾尔自治区',
  '71': '台湾省',
  '81': '香港特别行政区',
  '82': '澳门特别行政区',
  '83': '台湾居民居住证',
};

// GB 11643-1999 §8.2: weights W_i = 2^(i-1) mod 11 for positions 18..2; check = table[sum mod 11].
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK_CHARS = '10X98765432';

/** The check character of the first 17 digits of an 18-character resident ID. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error(`residentIdCheckChar needs 17 digits, got ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK_CHARS[sum % 11] ?? 'X';
}

export function validateResidentId(input: string, today: string): ResidentIdResult {
  const raw = input.trim().toUpperCase();
  let value: string;
  if (/^\d{15}$/.test(raw)) {
    // Old 15-digit number: 6 address + YYMMDD + 3 sequence; born 19YY (GB 11643-1999 replaced it).
    const first17 = `${raw.slice(0, 6)}19${raw.slice(6)}`;
    value = first17 + residentIdCheckChar(first17);
  } else if (/^\d{17}[\dX]$/.test(raw)) {
    value = raw;
  } else {
    return { ok: false, reason: 'FORMAT' };
  }
  if (PROVINCE_CODES[value.slice(0, 2)] === undefined) return { ok: false, reason: 'REGION' };
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isRealDate(birthDate) || birthDate > today) return { ok: false, reason: 'BIRTH_DATE' };
  if (residentIdCheckChar(value.slice(0, 17)) !== value[17]) return { ok: false, reason: 'CHECKSUM' };
  const sex: Sex = Number(value[16]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, value, birthDate, sex };
}

// GB 32100-2015 §4 and Appendix: 31-character alphabet without I, O, S, V, Z.
const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type CreditCodeReason = 'FORMAT' | 'CHECKSUM';

/** The check character of the first 17 characters of a unified social credit code. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_ALPHABET.indexOf(first17[i] ?? '');
    if (v < 0) throw new Error(`creditCodeCheckChar: bad character in ${first17}`);
    sum += v * (CREDIT_WEIGHTS[i] ?? 0);
  }
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_ALPHABET[check] ?? '0';
}

export function validateCreditCode(input: string): { ok: true; value: string } | { ok: false; reason: CreditCodeReason } {
  const value = input.trim().toUpperCase();
  if (!/^[0-9ABCDEFGHJKLMNPQRTUWXY]{18}$/.test(value)) return { ok: false, reason: 'FORMAT' };
  if (creditCodeCheckChar(value.slice(0, 17)) !== value[17]) return { ok: false, reason: 'CHECKSUM' };
  return { ok: true, value };
}

/**
 * Mainland mobile numbers: 11 digits, 1 then 3–9 (the MIIT numbering plan's mobile segments).
 * Tolerates a +86 / 0086 / 86 prefix, spaces and dashes.
 */
export function validateMobile(input: string): { ok: true; value: string } | { ok: false; reason: 'FORMAT' } {
  let v = input.trim().replace(/[\s\-()]/g, '');
  if (v.startsWith('+86')) v = v.slice(3);
  else if (v.startsWith('0086')) v = v.slice(4);
  else if (v.length === 13 && v.startsWith('86')) v = v.slice(2);
  return /^1[3-9]\d{9}$/.test(v) ? { ok: true, value: v } : { ok: false, reason: 'FORMAT' };
}

function maskMiddle(v: string, head: number, tail: number): string {
  const chars = [...v];
  if (chars.length <= head + tail) return '*'.repeat(chars.length);
  return chars.slice(0, head).join('') + '*'.repeat(chars.length - head - tail) + chars.slice(-tail).join('');
}

/** First 6 and last 4 characters visible (common practice under GB/T 35273). */
export function maskIdNumber(v: string): string {
  return maskMiddle(v, 6, 4);
}

/** First 3 and last 4 digits visible. */
export function maskPhone(v: string): string {
  return maskMiddle(v, 3, 4);
}
