// Kinds follow the template blanks (法〔2025〕82号 示范文本): amounts in 元 (stored as integer fen, CONVENTIONS.md),
// dates as 年月日, rates as “%”, tick boxes (□) among the options the template prints.
import { describe, expect, it } from 'vitest';
import { checkElementComplaint, elementIssueMessage } from './check.js';
import { elementTemplateFor, loadTemplate, type ElementTemplate } from './templates.js';

function template(cause: string): ElementTemplate {
  const t = elementTemplateFor(cause);
  if (!t) throw new Error(cause);
  return t;
}
const lending = template('民间借贷纠纷');
const divorce = template('离婚纠纷');
const sale = template('买卖合同纠纷');

// A synthetic template exercises `required` and `boolean`, which no published template uses.
const synthetic = loadTemplate({
  source: {},
  caseType: { 'zh-CN': '测试', en: 'test' },
  causesOfAction: [],
  requirement: { markedRequired: true, note: '' },
  groups: [{ key: 'claims', label: { 'zh-CN': '诉讼请求', en: 'Claims' } }],
  elements: [
    { key: 'amount', group: 'claims', item: '1.', label: { 'zh-CN': '金额', en: 'Amount' }, kind: 'money', required: true },
    { key: 'agreed', group: 'claims', item: '2.', label: { 'zh-CN': '是否同意', en: 'Agreed' }, kind: 'boolean', required: false },
    { key: 'orphan', group: 'other', item: '3.', label: { 'zh-CN': '其他', en: 'Other' }, kind: 'text', required: true },
  ],
});

describe('checkElementComplaint: kinds', () => {
  it.each([
    // money: integer fen, not negative
    [lending, 'principal_outstanding', 5_000_000, true],
    [lending, 'principal_outstanding', 0, true],
    [lending, 'principal_outstanding', -1, false],
    [lending, 'principal_outstanding', 100.5, false],
    [lending, 'principal_outstanding', '50000', false],
    [lending, 'principal_outstanding', Number.MAX_SAFE_INTEGER + 1, false],
    // date: a real YYYY-MM-DD
    [lending, 'principal_as_of', '2024-02-29', true],
    [lending, 'principal_as_of', '2023-02-29', false],
    [lending, 'principal_as_of', '2024-2-1', false],
    [lending, 'principal_as_of', 20240201, false],
    // percentage: finite, not negative
    [lending, 'interest_rate', 3.65, true],
    [lending, 'interest_rate', -0.1, false],
    [lending, 'interest_rate', Number.POSITIVE_INFINITY, false],
    [lending, 'interest_rate', '3.65', false],
    // choice: among the printed options (zh-CN wording)
    [lending, 'interest_rate_period', '月', true],
    [lending, 'interest_rate_period', '周', false],
    [lending, 'interest_until_paid', '是', true],
    [lending, 'interest_until_paid', true, false],
    [lending, 'repayment_method', '按季计息、到期一次性还本', true],
    [lending, 'repayment_method', ['其他'], false],
    // party reference: 归属：原告□ / 被告□
    [divorce, 'child_1_to', '被告', true],
    [divorce, 'child_1_to', '第三人', false],
    // multiple choice: 修理□ 重作□ 更换□ 退货□ …
    [sale, 'defect_remedies', ['修理', '退货'], true],
    [sale, 'defect_remedies', '修理', true],
    [sale, 'defect_remedies', ['修理', '修理'], false],
    [sale, 'defect_remedies', ['修理', '赔礼道歉'], false],
    // text; “无” is a valid answer (说明第3条)
    [lending, 'contract_signing', '无', true],
    [lending, 'contract_signing', 12, false],
    // boolean (synthetic)
    [synthetic, 'agreed', false, true],
    [synthetic, 'agreed', '否', false],
  ])('%#: %s = %j → valid %s', (t, key, value, valid) => {
    const values: Record<string, unknown> = { [key]: value, amount: 1, orphan: 'x' };
    expect(checkElementComplaint(t, values)).toEqual(
      valid ? { ok: true } : { ok: false, issues: [{ path: `elements.${key}`, code: 'invalid' }] },
    );
  });
});

describe('checkElementComplaint: required', () => {
  it('accepts an empty published template: nothing is marked required (说明第3条)', () => {
    expect(checkElementComplaint(lending, {})).toEqual({ ok: true });
  });
  it.each([undefined, null, '', '   ', []])('treats %j as blank', (blank) => {
    expect(checkElementComplaint(synthetic, { amount: blank, orphan: 'x' })).toEqual({
      ok: false,
      issues: [{ path: 'elements.amount', code: 'required' }],
    });
  });
  it('reports every issue at once and ignores unknown keys', () => {
    expect(checkElementComplaint(synthetic, { agreed: 'yes', stray: 1 })).toEqual({
      ok: false,
      issues: [
        { path: 'elements.amount', code: 'required' },
        { path: 'elements.agreed', code: 'invalid' },
        { path: 'elements.orphan', code: 'required' },
      ],
    });
  });
  it('does not read inherited properties as values', () => {
    const values = Object.create({ amount: 5 }) as Record<string, unknown>;
    values['orphan'] = 'x';
    expect(checkElementComplaint(synthetic, values)).toEqual({ ok: false, issues: [{ path: 'elements.amount', code: 'required' }] });
  });
});

describe('elementIssueMessage', () => {
  it.each([
    [
      lending,
      { path: 'elements.principal_outstanding', code: 'invalid' as const },
      'zh-CN' as const,
      '诉讼请求“尚欠本金（元）”金额格式不正确（应为不小于0的金额，精确到分）',
    ],
    [
      lending,
      { path: 'elements.principal_outstanding', code: 'invalid' as const },
      'en' as const,
      'Claims: “Outstanding principal” must be an amount of money, not negative, to the fen',
    ],
    [
      lending,
      { path: 'elements.loan_term_end', code: 'invalid' as const },
      'zh-CN' as const,
      '事实与理由“约定期限（止）”日期无效（应为真实的年-月-日）',
    ],
    [
      lending,
      { path: 'elements.interest_rate', code: 'invalid' as const },
      'en' as const,
      'Facts and reasons: “Interest rate (%)” must be a percentage, not negative',
    ],
    [
      lending,
      { path: 'elements.pre_suit_preservation', code: 'invalid' as const },
      'zh-CN' as const,
      '约定管辖和诉前保全“是否已经诉前保全”应从所列选项中选择',
    ],
    [
      divorce,
      { path: 'elements.child_1_to', code: 'invalid' as const },
      'en' as const,
      'Claims: “Child 1 lives with” must be one of the listed parties',
    ],
    [divorce, { path: 'elements.child_1_to', code: 'invalid' as const }, 'zh-CN' as const, '诉讼请求“（子女 1）归属”应从所列当事人中选择'],
    [
      lending,
      { path: 'elements.contract_signing', code: 'invalid' as const },
      'en' as const,
      'Facts and reasons: “Contract signed (title, number, date, place, etc.)” must be text',
    ],
    [synthetic, { path: 'elements.amount', code: 'required' as const }, 'zh-CN' as const, '诉讼请求“金额”未填写'],
    [synthetic, { path: 'elements.amount', code: 'required' as const }, 'en' as const, 'Claims: “Amount” is missing'],
    [synthetic, { path: 'elements.agreed', code: 'invalid' as const }, 'zh-CN' as const, '诉讼请求“是否同意”应选择是或否'],
    [synthetic, { path: 'elements.orphan', code: 'required' as const }, 'en' as const, 'other: “Other” is missing'],
    [lending, { path: 'elements.nope', code: 'required' as const }, 'zh-CN' as const, '要素nope：未填写'],
    [lending, { path: 'nope', code: 'invalid' as const }, 'zh-CN' as const, '要素nope：格式不正确'],
    [lending, { path: 'elements.nope', code: 'invalid' as const }, 'en' as const, 'Element nope: invalid'],
  ])('%#: %j in %s', (t, issue, locale, text) => {
    expect(elementIssueMessage(issue, t, locale)).toBe(text);
  });
});
