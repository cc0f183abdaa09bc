// Court designations (法院代字), 最高人民法院关于人民法院案件案号的若干规定 (法〔2015〕137号) Arts. 4–5.

/**
 * Art. 4: 最高法 for the Supreme People's Court; a high court uses its province's abbreviation (行政区划简称),
 * except 内 (Inner Mongolia), 军 (PLA Military Court) and 兵 (XPCC branch of the Xinjiang High Court).
 * Where a province has two abbreviations the one the courts use was checked against published case numbers
 * (川, 黔, 云, 陕, 甘: see courts.json).
 */
export const HIGH_COURT_DESIGNATIONS: readonly string[] = [
  '京', '津', '冀', '晋', '内', '辽', '吉', '黑', '沪', '苏', '浙', '皖', '闽', '赣', '鲁', '豫',
  '鄂', '湘', '粤', '桂', '琼', '渝', '川', '黔', '云', '藏', '陕', '甘', '青', '宁', '新', '兵', '军',
]; // prettier-ignore

export const SUPREME_COURT_DESIGNATION = '最高法';

/** The tier a designation's shape implies: Art. 5 gives intermediate courts 2 digits and basic courts 4. */
export type DesignationTier = 'supreme' | 'high' | 'intermediate' | 'basic';

/** The tier the designation's shape implies, or null when it is not a well-formed court designation. */
export function designationTier(designation: string): DesignationTier | null {
  if (designation === SUPREME_COURT_DESIGNATION) return 'supreme';
  const [first = '', ...more] = [...designation];
  const digits = more.join('');
  if (!HIGH_COURT_DESIGNATIONS.includes(first) || !/^\d*$/.test(digits)) return null;
  if (digits.length === 0) return 'high';
  if (digits.length === 2) return 'intermediate';
  return digits.length === 4 ? 'basic' : null;
}

/**
 * Splits a court designation off the front of the rest of a case number: 最高法, or a high-court character
 * followed by the digits that run up to the case-type designation. The caller checks the result's shape.
 */
export function takeCourtDesignation(s: string): { court: string; rest: string } {
  if (s.startsWith(SUPREME_COURT_DESIGNATION)) return { court: SUPREME_COURT_DESIGNATION, rest: s.slice(3) };
  const court = /^.\d*/su.exec(s)?.[0] ?? '';
  return { court, rest: s.slice(court.length) };
}
