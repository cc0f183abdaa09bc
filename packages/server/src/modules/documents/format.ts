// How court documents write dates, times, money and verification codes. Pure functions.
import { randomBytes } from 'node:crypto';
import { dateInZone } from '@lian/domain';

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–31 → 一 … 三十一, as a month or day is written in a ruling. */
function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** '2026-11-27' → '二〇二六年十一月二十七日', the date of a ruling (裁定书) or notice in Chinese numerals. */
export function chineseNumeralDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = String(y)
    .split('')
    .map((c) => DIGITS[Number(c)])
    .join('');
  return `${year}年${chineseNumber(m)}月${chineseNumber(d)}日`;
}

/** '2026-11-27' → '2026年11月27日'. */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日`;
}

/** An instant as '2026年11月27日 14:03' in the court's time zone. */
export function chineseDateTime(at: Date, timeZone: string): string {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  return `${chineseDate(dateInZone(at, timeZone))} ${time}`;
}

/** 12345 bytes → '12.1 KB'. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

// Crockford's base32: no I, L, O, U, so a code read aloud or typed from paper is not misread.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const VERIFICATION_CODE_LENGTH = 16;

/** A new random verification code: 16 base32 characters (80 bits), stored without separators. */
export function newVerificationCode(): string {
  const bytes = randomBytes(VERIFICATION_CODE_LENGTH);
  // 256 is a multiple of 32, so `byte % 32` is uniform.
  return [...bytes].map((b) => ALPHABET[b % 32]).join('');
}

/** 'ABCD1234EFGH5678' → 'ABCD-1234-EFGH-5678', as printed. */
export function groupCode(code: string): string {
  return code.match(/.{1,4}/g)!.join('-');
}

/**
 * A code as a person may type it (lower case, spaces or hyphens, O for 0, I or L for 1) in its stored
 * form, or null when it cannot be a code at all.
 */
export function normalizeVerificationCode(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (s.length !== VERIFICATION_CODE_LENGTH) return null;
  return [...s].every((c) => ALPHABET.includes(c)) ? s : null;
}
