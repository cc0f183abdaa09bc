// Checks the values of an element-style complaint against its template: required elements and each kind.
import { isRealDate } from '../dates.js';
import type { ComplaintElement, ElementLocale, ElementTemplate } from './templates.js';

export interface ElementIssue {
  /** 'elements.<key>' */
  path: string;
  code: 'required' | 'invalid';
}

export type ElementCheckResult = { ok: true } | { ok: false; issues: ElementIssue[] };

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
}

function isOption(e: ComplaintElement, v: unknown): boolean {
  return typeof v === 'string' && (e.options ?? []).some((o) => o['zh-CN'] === v);
}

function validValue(e: ComplaintElement, v: unknown): boolean {
  switch (e.kind) {
    case 'text':
      return typeof v === 'string';
    case 'money':
      return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
    case 'date':
      return typeof v === 'string' && isRealDate(v);
    case 'percentage':
      return typeof v === 'number' && Number.isFinite(v) && v >= 0;
    case 'boolean':
      return typeof v === 'boolean';
    case 'choice':
    case 'party':
      if (e.multiple && Array.isArray(v)) return v.every((x) => isOption(e, x)) && new Set(v).size === v.length;
      return isOption(e, v);
  }
}

/** Values are keyed by element key; keys the template does not know are ignored. Blank = undefined, null, '' or []. */
export function checkElementComplaint(template: ElementTemplate, values: Record<string, unknown>): ElementCheckResult {
  const issues: ElementIssue[] = [];
  for (const e of template.elements) {
    const v = Object.prototype.hasOwnProperty.call(values, e.key) ? values[e.key] : undefined;
    if (isBlank(v)) {
      if (e.required) issues.push({ path: `elements.${e.key}`, code: 'required' });
    } else if (!validValue(e, v)) {
      issues.push({ path: `elements.${e.key}`, code: 'invalid' });
    }
  }
  return issues.length === 0 ? { ok: true } : { ok: false, issues };
}

const KIND_HINT: Readonly<Record<ComplaintElement['kind'], Readonly<Record<ElementLocale, string>>>> = {
  text: { 'zh-CN': '应为文字', en: 'must be text' },
  money: { 'zh-CN': '金额格式不正确（应为不小于0的金额，精确到分）', en: 'must be an amount of money, not negative, to the fen' },
  date: { 'zh-CN': '日期无效（应为真实的年-月-日）', en: 'must be a real date (YYYY-MM-DD)' },
  percentage: { 'zh-CN': '百分比格式不正确（应为不小于0的数值）', en: 'must be a percentage, not negative' },
  boolean: { 'zh-CN': '应选择是或否', en: 'must be yes or no' },
  choice: { 'zh-CN': '应从所列选项中选择', en: 'must be one of the listed options' },
  party: { 'zh-CN': '应从所列当事人中选择', en: 'must be one of the listed parties' },
};

/** E.g. "诉讼请求“尚欠本金（元）”未填写" / "Claims: “Outstanding principal” is missing". */
export function elementIssueMessage(issue: ElementIssue, template: ElementTemplate, locale: ElementLocale): string {
  const key = issue.path.startsWith('elements.') ? issue.path.slice('elements.'.length) : issue.path;
  const e = template.elements.find((x) => x.key === key);
  if (!e) return locale === 'en' ? `Element ${key}: ${issue.code}` : `要素${key}：${issue.code === 'required' ? '未填写' : '格式不正确'}`;
  const group = template.groups.find((g) => g.key === e.group)?.label[locale] ?? e.group;
  const label = e.label[locale];
  if (locale === 'en') {
    return issue.code === 'required' ? `${group}: “${label}” is missing` : `${group}: “${label}” ${KIND_HINT[e.kind].en}`;
  }
  return issue.code === 'required' ? `${group}“${label}”未填写` : `${group}“${label}”${KIND_HINT[e.kind]['zh-CN']}`;
}
