// The web UI's only door into @lian/domain (pure rules shared with the server), so a change
// of a domain signature touches one file. The server checks everything again.
import type { ErrorDetail } from '@lian/contract';
import {
  checkPasswordPolicy,
  creditCodeReasonMessage,
  formatYuan,
  idNumberReasonMessage,
  issueMessage,
  maskIdNumber,
  mobileReasonMessage,
  passwordReasonMessage,
  validateCreditCode,
  validateMobile,
  validateResidentId,
  type CompletenessCode,
} from '@lian/domain';
import type { Language } from '../i18n';
import { todayIn } from './time';

/** Money for display, e.g. 123456 fen → ¥1,234.56. */
export function displayYuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—';
  return `¥${formatYuan(fen)}`;
}

const completenessCodes: readonly string[] = ['required', 'invalid', 'unknown', 'min_count'] satisfies CompletenessCode[];

/**
 * An API error detail in the user's language: the domain's wording for completeness issues
 * (path + required/invalid/unknown/min_count), else the server's message.
 */
export function localizeIssue(detail: ErrorDetail, lang: Language): string {
  if (!completenessCodes.includes(detail.code)) return detail.message;
  return issueMessage({ path: detail.path, code: detail.code as CompletenessCode }, lang);
}

/** Null when the resident ID number passes GB 11643 (checksum, real birth date, region), else why not. */
export function residentIdProblem(input: string, lang: Language): string | null {
  const result = validateResidentId(input.trim(), todayIn());
  return result.ok ? null : idNumberReasonMessage(result.reason, lang);
}

/** Null when the unified social credit code passes GB 32100, else why not. */
export function creditCodeProblem(input: string, lang: Language): string | null {
  const result = validateCreditCode(input.trim());
  return result.ok ? null : creditCodeReasonMessage(result.reason, lang);
}

/** Null when the input is a mainland mobile number, else why not. */
export function mobileProblem(input: string, lang: Language): string | null {
  const result = validateMobile(input.trim());
  return result.ok ? null : mobileReasonMessage(result.reason, lang);
}

/** Null when the password meets the account policy, else every reason. */
export function passwordProblems(password: string, ctx: { login: string; realName?: string }, lang: Language): string[] {
  const result = checkPasswordPolicy(password, ctx);
  return result.ok ? [] : result.reasons.map((r) => passwordReasonMessage(r, lang));
}

/** First 6 and last 4 characters visible (GB/T 35273 practice). */
export { maskIdNumber };
