// Case numbers (案号) per 最高人民法院关于人民法院案件案号的若干规定 (法〔2015〕137号, in force 2016-01-01;
// amended by 法〔2018〕335号, which adds the specialised-adjudication designation 专门审判代字, e.g. 知).
import { CASE_TYPE_DESIGNATIONS, splitTypeCode } from './case-numbers/caseTypes.js';
import type { CaseCategory, CaseType, CaseTypeEntry, SpecialisedDesignation } from './case-numbers/caseTypes.js';
import { designationTier, takeCourtDesignation } from './case-numbers/courtDesignation.js';
import type { DesignationTier } from './case-numbers/courtDesignation.js';
import { isRealDate } from './dates.js';

export type { CaseCategory, CaseType } from './case-numbers/caseTypes.js';

export interface CaseNumberParts {
  year: number;
  courtCode: string; // 法院代字, e.g. 京0105
  typeCode: string; // 类型代字 with any 专门审判代字 in front, e.g. 民初, 知民初
  serial: number; // 案件编号, from 1, no leading zeros
}

/** Why a case number (or its parts) is not valid; stable codes for the API and the UI's messages. */
export type CaseNumberReason =
  | 'empty'
  | 'whitespace' // spaces inside the number
  | 'missing_parenthesis' // no （ or ( before the year, or no closing one
  | 'mismatched_parentheses' // （…) or (…）
  | 'year_malformed' // not 4 ASCII digits
  | 'year_out_of_range' // before 1949 or after 2100
  | 'court_malformed' // not 最高法 or a high-court character with 0, 2 or 4 digits
  | 'type_missing'
  | 'type_unknown' // not in 人民法院案件类型及其代字标准
  | 'serial_missing'
  | 'serial_malformed' // anything but ASCII digits between the type designation and 号
  | 'serial_zero'
  | 'serial_leading_zero'
  | 'serial_out_of_range'
  | 'review_serial_length' // 刑核 serials are exactly 8 digits (Art. 10 para. 2)
  | 'missing_hao' // does not end with 号
  | 'trailing_text'; // something after 号, e.g. 之一

export const CASE_NUMBER_MIN_YEAR = 1949;
/** A sanity bound, not a legal rule: a receipt year after it is a typing error. */
export const CASE_NUMBER_MAX_YEAR = 2100;
/** Art. 10 para. 2: criminal review cases (刑事复核) get a random serial of exactly 8 digits. */
const FIXED_LENGTH_SERIALS: Readonly<Record<string, number>> = { 刑核: 8 };

export interface ParsedCaseNumber {
  ok: true;
  value: CaseNumberParts;
  category: CaseCategory;
  caseType: CaseTypeEntry;
  specialised: SpecialisedDesignation | null;
  courtTier: DesignationTier;
}

export function caseTypeDesignation(t: CaseType): string {
  return CASE_TYPE_DESIGNATIONS[t];
}

function checkSerialDigits(digits: string, designation: string): CaseNumberReason | null {
  if (digits === '') return 'serial_missing';
  if (!/^\d+$/.test(digits)) return 'serial_malformed';
  if (/^0+$/.test(digits)) return 'serial_zero';
  if (digits.startsWith('0')) return 'serial_leading_zero';
  if (!Number.isSafeInteger(Number(digits))) return 'serial_out_of_range';
  const fixed = FIXED_LENGTH_SERIALS[designation];
  return fixed !== undefined && digits.length !== fixed ? 'review_serial_length' : null;
}

function checkYear(year: number): CaseNumberReason | null {
  if (!Number.isInteger(year)) return 'year_malformed';
  return year < CASE_NUMBER_MIN_YEAR || year > CASE_NUMBER_MAX_YEAR ? 'year_out_of_range' : null;
}

/** Checks parts built by a caller (e.g. from a counter); null when they make a valid case number. */
export function validateCaseNumberParts(p: CaseNumberParts): CaseNumberReason | null {
  const yearProblem = checkYear(p.year);
  if (yearProblem) return yearProblem;
  if (!designationTier(p.courtCode)) return 'court_malformed';
  if (p.typeCode === '') return 'type_missing';
  const type = splitTypeCode(p.typeCode);
  if (!type) return 'type_unknown';
  if (!Number.isSafeInteger(p.serial)) return Number.isInteger(p.serial) ? 'serial_out_of_range' : 'serial_malformed';
  if (p.serial < 1) return 'serial_zero';
  return checkSerialDigits(String(p.serial), type.caseType.designation);
}

/**
 * Art. 3: "（" + 收案年度 + "）" + 法院代字 + 专门审判代字 + 类型代字 + 案件编号 + "号", printed with full-width parentheses.
 * Throws on impossible parts: the caller builds them from its own counter, so that is a programmer mistake.
 */
export function formatCaseNumber(p: CaseNumberParts): string {
  const problem = validateCaseNumberParts(p);
  if (problem) throw new Error(`formatCaseNumber: ${problem} in ${JSON.stringify(p)}`);
  return `（${p.year}）${p.courtCode}${p.typeCode}${p.serial}号`;
}

const OPENING: Readonly<Record<string, string>> = { '（': '）', '(': ')' };

/**
 * Parses a case number. Accepts ASCII or full-width parentheses (matched as a pair) and ignores whitespace
 * around the whole number; rejects whitespace inside it. Checks the type designation against the official
 * table and the court designation's shape (not whether that court exists: see loadCourtTable).
 */
export function parseCaseNumber(input: string): ParsedCaseNumber | { ok: false; reason: CaseNumberReason } {
  const fail = (reason: CaseNumberReason) => ({ ok: false as const, reason });
  const s = input.trim();
  if (s === '') return fail('empty');
  if (/\s/u.test(s)) return fail('whitespace');
  const close = OPENING[s.charAt(0)];
  if (!close) return fail('missing_parenthesis');
  const closeAt = s.search(/[)）]/u);
  if (closeAt < 0) return fail('missing_parenthesis');
  if (s[closeAt] !== close) return fail('mismatched_parentheses');
  const yearText = s.slice(1, closeAt);
  if (!/^\d{4}$/.test(yearText)) return fail('year_malformed');
  const year = Number(yearText);
  const yearProblem = checkYear(year);
  if (yearProblem) return fail(yearProblem);

  const afterYear = s.slice(closeAt + 1);
  const haoAt = afterYear.indexOf('号');
  if (haoAt < 0) return fail('missing_hao');
  if (haoAt !== afterYear.length - 1) return fail('trailing_text');
  const { court, rest } = takeCourtDesignation(afterYear.slice(0, haoAt));
  const courtTier = designationTier(court);
  if (!courtTier) return fail('court_malformed');
  const typeEnd = rest.search(/\P{Script=Han}|$/u);
  const typeCode = rest.slice(0, typeEnd);
  const serialText = rest.slice(typeEnd);
  if (typeCode === '') return fail('type_missing');
  const type = splitTypeCode(typeCode);
  if (!type) return fail('type_unknown');
  const serialProblem = checkSerialDigits(serialText, type.caseType.designation);
  if (serialProblem) return fail(serialProblem);
  return {
    ok: true,
    value: { year, courtCode: court, typeCode, serial: Number(serialText) },
    category: type.caseType.category,
    caseType: type.caseType,
    specialised: type.specialised,
    courtTier,
  };
}

/**
 * Which year goes into the case number. Art. 2: "收案年度是收案的公历自然年" — the Gregorian calendar
 * year in which the court takes the case in (registers it). Art. 10: serials restart with each 收案年度.
 * Pass the acceptance (registration) date as a calendar date in the court's zone, not a UTC instant:
 * a case accepted at 00:30 Beijing time on 1 January belongs to the new year.
 */
export function caseNumberYear(acceptedOn: string): number {
  if (!isRealDate(acceptedOn)) throw new Error(`caseNumberYear needs YYYY-MM-DD, got ${acceptedOn}`);
  return Number(acceptedOn.slice(0, 4));
}
