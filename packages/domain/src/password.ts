// Password policy for accounts (litigants and court staff).
// Length over composition, after NIST SP 800-63B §5.1.1.2: at least 10 characters (above NIST's floor of 8;
// staff also need TOTP), at most 256 (long passphrases welcome, but bounded so hashing stays cheap),
// and blocked when common, trivially patterned, or containing the login or real name.
// One composition rule is kept for short passwords only: 10–14 characters must mix at least two kinds
// (lower case, upper case, digits, other), because all-digit strings of that length are mostly phone
// numbers and dates; from 15 characters on any mix is accepted.
import common from './common-passwords.json' with { type: 'json' };

export type PasswordReason = 'TOO_SHORT' | 'TOO_LONG' | 'TOO_COMMON' | 'CONTAINS_LOGIN' | 'TOO_FEW_CLASSES';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;
const COMPOSITION_FREE_LENGTH = 15;

const commonSet: ReadonlySet<string> = new Set(common.passwords.map((p) => p.toLowerCase()));

/** A run of one or two characters repeated, or consecutive code points up or down ("abcdef…", "98765…"). */
function trivialPattern(chars: readonly string[]): boolean {
  if (new Set(chars).size <= 2) return true;
  const codes = chars.map((c) => c.codePointAt(0) ?? 0);
  const steps = new Set(codes.slice(1).map((c, i) => c - (codes[i] ?? 0)));
  return steps.size === 1 && (steps.has(1) || steps.has(-1));
}

function classes(pw: string): number {
  let n = 0;
  if (/\p{Ll}/u.test(pw)) n++;
  if (/\p{Lu}/u.test(pw)) n++;
  if (/\p{Nd}/u.test(pw)) n++;
  if (/[^\p{Ll}\p{Lu}\p{Nd}]/u.test(pw)) n++;
  return n;
}

export function checkPasswordPolicy(
  pw: string,
  ctx: { login: string; realName?: string },
): { ok: true } | { ok: false; reasons: PasswordReason[] } {
  const reasons: PasswordReason[] = [];
  const chars = [...pw];
  if (chars.length < PASSWORD_MIN_LENGTH) reasons.push('TOO_SHORT');
  if (chars.length > PASSWORD_MAX_LENGTH) reasons.push('TOO_LONG');
  const lower = pw.toLowerCase();
  if (commonSet.has(lower) || (chars.length > 0 && trivialPattern(chars))) reasons.push('TOO_COMMON');
  // The real name counts as a login for this purpose: both are the first guesses of an attacker.
  const personal = [ctx.login, ctx.realName ?? ''].map((s) => s.trim().toLowerCase()).filter((s) => [...s].length >= 2);
  if (personal.some((s) => lower.includes(s))) reasons.push('CONTAINS_LOGIN');
  if (chars.length >= PASSWORD_MIN_LENGTH && chars.length < COMPOSITION_FREE_LENGTH && classes(pw) < 2) {
    reasons.push('TOO_FEW_CLASSES');
  }
  return reasons.length === 0 ? { ok: true } : { ok: false, reasons };
}
