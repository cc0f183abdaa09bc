// Source of every case: the element-style complaint templates of 法〔2025〕82号 (最高人民法院、司法部、
// 中华全国律师协会，2025-05-28 印发，2025-07-14 起推广), transcribed in the JSON files beside this test.
import { describe, expect, it } from 'vitest';
import { elementTemplateFor, elementTemplates, loadTemplate } from './templates.js';

describe('elementTemplates', () => {
  // Each template: case type, the causes it applies to, and its required set (说明第3条: nothing is marked required).
  it.each([
    ['民间借贷纠纷', ['民间借贷纠纷'], []],
    ['离婚纠纷', ['离婚纠纷'], []],
    ['买卖合同纠纷', ['买卖合同纠纷', '信息网络买卖合同纠纷'], []],
    ['金融借款合同纠纷', ['金融借款合同纠纷'], []],
    ['信用卡纠纷', ['信用卡纠纷'], []],
    ['物业服务合同纠纷', ['物业服务合同纠纷'], []],
    ['劳动争议纠纷', ['劳动合同纠纷', '追索劳动报酬纠纷', '经济补偿金纠纷'], []],
    ['机动车交通事故责任纠纷', ['机动车交通事故责任纠纷'], []],
  ])('%s: applies to its causes; required set %j', (caseType, causes, required) => {
    const t = elementTemplates.find((x) => x.caseType['zh-CN'] === caseType);
    expect(t).toBeDefined();
    for (const c of causes) expect(elementTemplateFor(c)).toBe(t);
    expect(t?.elements.filter((e) => e.required).map((e) => e.key)).toEqual(required);
    expect(t?.requirement.markedRequired).toBe(false);
  });

  it('every template cites its source and keeps the template order of groups', () => {
    expect(elementTemplates).toHaveLength(8);
    for (const t of elementTemplates) {
      expect(t.source['document']).toContain('法〔2025〕82号');
      expect(t.groups[0]?.key).toBe('claims');
      const order = t.groups.map((g) => g.key);
      const seen = t.elements.map((e) => order.indexOf(e.group));
      expect(seen.every((g, i) => g >= 0 && (i === 0 || g >= (seen[i - 1] ?? 0)))).toBe(true);
      for (const e of t.elements) {
        expect(e.key).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(e.label['zh-CN'].length).toBeGreaterThan(0);
        expect(e.label.en.length).toBeGreaterThan(0);
      }
    }
  });

  // Template wording: 民间借贷 诉讼请求 “1. 本金 截至…日止，尚欠本金…元”; 事实与理由 “5. 借款利率 利率□ %/ 年（季 / 月）”.
  it.each([
    ['民间借贷纠纷', 'principal_outstanding', 'money', 'claims'],
    ['民间借贷纠纷', 'principal_as_of', 'date', 'claims'],
    ['民间借贷纠纷', 'interest_rate', 'percentage', 'facts_and_reasons'],
    ['民间借贷纠纷', 'repayment_method', 'choice', 'facts_and_reasons'],
    ['离婚纠纷', 'child_1_to', 'party', 'claims'],
    ['机动车交通事故责任纠纷', 'appraisal_requested', 'choice', 'preservation'],
    ['物业服务合同纠纷', 'pre_suit_preservation', 'choice', 'jurisdiction_and_preservation'],
  ])('%s: %s is a %s in %s', (cause, key, kind, group) => {
    const e = elementTemplateFor(cause)?.elements.find((x) => x.key === key);
    expect(e?.kind).toBe(kind);
    expect(e?.group).toBe(group);
  });

  it('finds nothing for a cause without a template, and trims the name', () => {
    expect(elementTemplateFor('房屋买卖合同纠纷')).toBeUndefined();
    expect(elementTemplateFor(' 离婚纠纷 ')?.caseType['zh-CN']).toBe('离婚纠纷');
  });
});

describe('loadTemplate', () => {
  const base = {
    source: {},
    caseType: { 'zh-CN': 'x', en: 'x' },
    causesOfAction: [],
    requirement: { markedRequired: false, note: '' },
    groups: [],
  };
  const el = { group: 'claims', item: '1.', label: { 'zh-CN': 'a', en: 'a' }, required: false };
  it.each([
    ['an unknown kind', [{ ...el, key: 'a', kind: 'colour' }], /unknown kind/],
    [
      'a duplicate key',
      [
        { ...el, key: 'a', kind: 'text' },
        { ...el, key: 'a', kind: 'text' },
      ],
      /duplicate/,
    ],
    ['a choice without options', [{ ...el, key: 'a', kind: 'choice' }], /needs options/],
    ['a party with empty options', [{ ...el, key: 'a', kind: 'party', options: [] }], /needs options/],
  ])('rejects %s', (_what, elements, message) => {
    expect(() => loadTemplate({ ...base, elements })).toThrow(message);
  });
});
