// User-facing text for every code the domain returns, zh-CN first, then en.
import type { CompletenessIssue } from './completeness.js';
import type { CreditCodeReason, ResidentIdReason } from './identity.js';
import type { PasswordReason } from './password.js';
import type { FilingState } from './workflow.js';

export type Locale = 'zh-CN' | 'en';
export const locales: readonly Locale[] = ['zh-CN', 'en'];

type Text = Readonly<Record<Locale, string>>;

const FIELDS: Readonly<Record<string, Text>> = {
  name: { 'zh-CN': '姓名或名称', en: 'name' },
  idNumber: { 'zh-CN': '身份证号码', en: 'ID number' },
  creditCode: { 'zh-CN': '统一社会信用代码', en: 'unified social credit code' },
  phone: { 'zh-CN': '联系电话', en: 'phone number' },
  address: { 'zh-CN': '住所地', en: 'address' },
  sex: { 'zh-CN': '性别', en: 'sex' },
  birthDate: { 'zh-CN': '出生日期', en: 'date of birth' },
  ethnicity: { 'zh-CN': '民族', en: 'ethnicity' },
  occupation: { 'zh-CN': '职业', en: 'occupation' },
  employer: { 'zh-CN': '工作单位', en: 'employer' },
  legalRepresentative: { 'zh-CN': '法定代表人或主要负责人姓名', en: 'legal representative' },
  legalRepresentativeTitle: { 'zh-CN': '法定代表人或主要负责人职务', en: 'title of the legal representative' },
  text: { 'zh-CN': '内容', en: 'text' },
  amountFen: { 'zh-CN': '金额', en: 'amount' },
  source: { 'zh-CN': '证据来源', en: 'source' },
  purpose: { 'zh-CN': '证明目的', en: 'purpose' },
  factsAndReasons: { 'zh-CN': '事实与理由', en: 'Facts and reasons' },
  causeOfActionCode: { 'zh-CN': '案由', en: 'Cause of action' },
};

/** Field names that read better for one kind of entry ('evidence.name' is the evidence's title). */
const FIELDS_IN: Readonly<Record<string, Text>> = {
  'evidence.name': { 'zh-CN': '名称', en: 'title' },
  'witnesses.name': { 'zh-CN': '姓名', en: 'name' },
  'witnesses.address': { 'zh-CN': '住所', en: 'address' },
  'agents.name': { 'zh-CN': '姓名', en: 'name' },
};

/** Uploads named by completeness paths 'materials.<kind>' and 'agents.<n>.materials.<kind>'. */
const MATERIALS: Readonly<Record<string, Text>> = {
  identity: { 'zh-CN': '原告身份证明复印件', en: 'a copy of the plaintiff’s identity document' },
  business_licence: { 'zh-CN': '营业执照或组织机构代码证复印件', en: 'a copy of the business licence or organisation code certificate' },
  legal_rep_certificate: {
    'zh-CN': '法定代表人或主要负责人身份证明书',
    en: 'the identity certificate of the legal representative or principal',
  },
  power_of_attorney: { 'zh-CN': '授权委托书', en: 'the power of attorney' },
  agent_identity: { 'zh-CN': '代理人身份证明', en: 'the agent’s identity document' },
  lawyer_certificate: { 'zh-CN': '律师执业证', en: 'the lawyer’s practising certificate' },
  law_firm_letter: { 'zh-CN': '律师事务所证明材料（所函）', en: 'the law firm’s letter' },
};

const WHOLE: Readonly<Record<string, Text>> = {
  'defendants:min_count': { 'zh-CN': '至少需要填写一名被告', en: 'At least one defendant is required' },
  'claims:min_count': { 'zh-CN': '至少需要填写一项诉讼请求', en: 'At least one claim is required' },
  'materials.complaint:required': { 'zh-CN': '未上传起诉状', en: 'The complaint has not been uploaded' },
  'materials.evidence:min_count': { 'zh-CN': '至少需要上传一份证据材料', en: 'At least one piece of evidence must be uploaded' },
  'causeOfActionCode:unknown': { 'zh-CN': '所选案由不在案由目录中', en: 'Cause of action: not in the catalogue' },
};

const PROBLEM: Readonly<Record<string, Text>> = {
  required: { 'zh-CN': '未填写', en: 'is missing' },
  invalid: { 'zh-CN': '格式不正确', en: 'is invalid' },
  unknown: { 'zh-CN': '无法识别', en: 'is not recognised' },
  min_count: { 'zh-CN': '数量不足', en: 'too few entries' },
  mismatch: { 'zh-CN': '与身份证号码不一致', en: 'does not match the ID number' },
};

const SUBJECTS: Readonly<Record<string, (n: number) => Text>> = {
  plaintiff: () => ({ 'zh-CN': '原告', en: 'Plaintiff' }),
  defendants: (n) => ({ 'zh-CN': `被告${n}`, en: `Defendant ${n}` }),
  claims: (n) => ({ 'zh-CN': `诉讼请求${n}`, en: `Claim ${n}` }),
  evidence: (n) => ({ 'zh-CN': `证据${n}`, en: `Evidence ${n}` }),
  witnesses: (n) => ({ 'zh-CN': `证人${n}`, en: `Witness ${n}` }),
  agents: (n) => ({ 'zh-CN': `委托诉讼代理人${n}`, en: `Agent ${n}` }),
};

function materialMessage(kind: string, subject: string | null, locale: Locale): string | null {
  const label = MATERIALS[kind]?.[locale];
  if (!label) return null;
  if (locale === 'en') {
    const text = `${label} has not been uploaded`;
    return subject ? `${subject}: ${text}` : text.charAt(0).toUpperCase() + text.slice(1);
  }
  return subject ? `${subject}的${label}未上传` : `未上传${label}`;
}

/** E.g. { path: 'defendants.0.address', code: 'required' } → "被告1的住所地未填写" / "Defendant 1: address is missing". */
export function issueMessage(issue: CompletenessIssue, locale: Locale): string {
  const whole = WHOLE[`${issue.path}:${issue.code}`];
  if (whole) return whole[locale];
  const segments = issue.path.split('.');
  const [head = '', index] = segments;
  const subject = segments.length > 1 && head !== 'materials' ? (SUBJECTS[head]?.(Number(index) + 1)[locale] ?? null) : null;
  const fieldKey = segments.at(-1) as string; // split always yields at least one segment
  if (segments.at(-2) === 'materials' && issue.code === 'required') {
    const text = materialMessage(fieldKey, subject, locale);
    if (text) return text;
  }
  const field = (FIELDS_IN[`${head}.${fieldKey}`] ?? FIELDS[fieldKey])?.[locale] ?? fieldKey;
  const problem = PROBLEM[issue.code]?.[locale] ?? issue.code;
  if (locale === 'en') {
    return subject ? `${subject}: ${field} ${problem}` : `${field}: ${problem.replace(/^is /, '')}`;
  }
  return subject ? `${subject}的${field}${problem}` : `${field}${problem}`;
}

const ID_REASONS: Readonly<Record<ResidentIdReason, Text>> = {
  FORMAT: {
    'zh-CN': '身份证号码应为18位（最后一位可为X）或15位数字',
    en: 'An ID number has 18 characters (the last may be X) or 15 digits',
  },
  CHECKSUM: {
    'zh-CN': '身份证号码校验位不正确，请核对是否输错',
    en: 'The ID number’s check character does not match; please check for typos',
  },
  BIRTH_DATE: { 'zh-CN': '身份证号码中的出生日期无效', en: 'The birth date in the ID number is not a valid past date' },
  REGION: { 'zh-CN': '身份证号码的地区码无效', en: 'The region code of the ID number is not valid' },
};

const CREDIT_REASONS: Readonly<Record<CreditCodeReason, Text>> = {
  FORMAT: {
    'zh-CN': '统一社会信用代码应为18位数字或大写字母（不含I、O、S、V、Z）',
    en: 'A unified social credit code has 18 digits or capital letters (no I, O, S, V, Z)',
  },
  CHECKSUM: {
    'zh-CN': '统一社会信用代码校验位不正确，请核对是否输错',
    en: 'The credit code’s check character does not match; please check for typos',
  },
};

const PASSWORD_REASONS: Readonly<Record<PasswordReason, Text>> = {
  TOO_SHORT: { 'zh-CN': '密码至少需要10个字符', en: 'The password needs at least 10 characters' },
  TOO_LONG: { 'zh-CN': '密码不能超过256个字符', en: 'The password may have at most 256 characters' },
  TOO_COMMON: { 'zh-CN': '密码过于常见或有明显规律，请换一个', en: 'This password is too common or too simple a pattern' },
  CONTAINS_LOGIN: { 'zh-CN': '密码不能包含登录名或姓名', en: 'The password must not contain your login or name' },
  TOO_FEW_CLASSES: {
    'zh-CN': '少于15个字符的密码需混合使用字母、数字或符号中的至少两种',
    en: 'A password shorter than 15 characters must mix at least two of letters, digits and symbols',
  },
};

export function idNumberReasonMessage(reason: ResidentIdReason, locale: Locale): string {
  return ID_REASONS[reason][locale];
}

export function creditCodeReasonMessage(reason: CreditCodeReason, locale: Locale): string {
  return CREDIT_REASONS[reason][locale];
}

export function mobileReasonMessage(_reason: 'FORMAT', locale: Locale): string {
  return locale === 'en' ? 'Enter an 11-digit mainland mobile number starting with 1' : '请输入以1开头的11位手机号码';
}

export function passwordReasonMessage(reason: PasswordReason, locale: Locale): string {
  return PASSWORD_REASONS[reason][locale];
}

export function filingStateConflictMessage(locale: Locale): string {
  return locale === 'en' ? 'This filing has already moved on; reload it to see its current state' : '该立案申请的状态已变化，请刷新后查看';
}

export function noCalendarDataMessage(year: number, locale: Locale): string {
  return locale === 'en'
    ? `The holiday calendar for ${year} is not loaded yet, so the date cannot be computed`
    : `尚未载入${year}年节假日安排，无法计算期限`;
}

export function forbiddenMessage(locale: Locale): string {
  return locale === 'en' ? 'You are not allowed to do this on this filing' : '您无权对该立案申请执行此操作';
}

/** The refusal codes of `transition` (workflow.ts) as user-facing text. */
export function transitionErrorMessage(code: 'FILING_STATE_CONFLICT' | 'FORBIDDEN', locale: Locale): string {
  return code === 'FORBIDDEN' ? forbiddenMessage(locale) : filingStateConflictMessage(locale);
}

const STATE_LABELS: Readonly<Record<FilingState, Text>> = {
  draft: { 'zh-CN': '草稿', en: 'Draft' },
  submitted: { 'zh-CN': '已提交', en: 'Submitted' },
  under_review: { 'zh-CN': '审查中', en: 'Under review' },
  correction_requested: { 'zh-CN': '待补正', en: 'Correction requested' },
  corrected: { 'zh-CN': '已补正', en: 'Corrected' },
  returned: { 'zh-CN': '已退回', en: 'Returned' },
  insisted: { 'zh-CN': '坚持起诉，待裁定', en: 'Filer insists; awaiting ruling' },
  accepted: { 'zh-CN': '已立案', en: 'Registered' },
  fees_settled: { 'zh-CN': '已立案，诉讼费已处理', en: 'Registered; fees settled' },
  rejected: { 'zh-CN': '裁定不予受理', en: 'Not accepted (ruling)' },
  withdrawn: { 'zh-CN': '已撤回', en: 'Withdrawn' },
  treated_as_withdrawn: { 'zh-CN': '按撤诉处理', en: 'Treated as withdrawn' },
};

export function filingStateLabel(state: FilingState, locale: Locale): string {
  return STATE_LABELS[state][locale];
}
