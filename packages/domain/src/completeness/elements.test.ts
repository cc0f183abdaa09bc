// Element-style complaints inside the completeness check: answers are checked against the published
// template of the filing's cause of action (法〔2025〕82号, 民间借贷纠纷 template), and their messages name the element.
import { describe, expect, it } from 'vitest';
import { searchCausesOfAction } from '../causes-of-action/search.js';
import { checkFilingCompleteness } from '../completeness.js';
import { describeCompletenessIssue } from './describe.js';
import type { FilingForCompleteness } from './types.js';

const today = '2026-11-23';
const lending = searchCausesOfAction('民间借贷纠纷', 1, { date: today })[0]!.code;

const filing = (over: Partial<FilingForCompleteness>): FilingForCompleteness => ({
  plaintiff: {
    name: '张三',
    idNumber: '110105199003071239',
    phone: '13800000001',
    address: '北京市朝阳区建国路1号',
    ethnicity: '汉族',
    occupation: '职员',
    employer: '无',
    sex: 'male',
  },
  defendants: [{ kind: 'person', name: '李四', address: '北京市朝阳区光华路2号' }],
  claims: [{ text: '判令被告归还借款50000元', amountFen: 5_000_000, property: true }],
  factsAndReasons: '被告借款未还。',
  causeOfActionCode: lending,
  materials: [{ kind: 'complaint' }, { kind: 'identity' }, { kind: 'evidence' }],
  ...over,
});

describe('element-style complaint answers', () => {
  it('accept well-formed answers', () => {
    expect(
      checkFilingCompleteness(filing({ elements: { principal_outstanding: 5_000_000, principal_as_of: '2026-10-31' } }), today),
    ).toEqual({
      ok: true,
    });
  });

  it('report each malformed answer at elements.<key>, with the template wording as message', () => {
    const f = filing({ elements: { principal_outstanding: -1, principal_as_of: '2026-02-30' } });
    const r = checkFilingCompleteness(f, today);
    expect(r.ok).toBe(false);
    const issues = r.ok ? [] : r.issues;
    expect(issues).toEqual([
      { path: 'elements.principal_as_of', code: 'invalid' },
      { path: 'elements.principal_outstanding', code: 'invalid' },
    ]);
    const zh = describeCompletenessIssue(issues[1]!, f, today, 'zh-CN');
    expect(zh).toContain('尚欠本金');
    expect(describeCompletenessIssue(issues[1]!, f, today, 'en')).toMatch(/principal/i);
  });

  it('are not checked when the cause of action has no published template', () => {
    const other = searchCausesOfAction('房屋租赁合同纠纷', 1, { date: today })[0]!.code;
    expect(checkFilingCompleteness(filing({ causeOfActionCode: other, elements: { principal_outstanding: -1 } }), today)).toEqual({
      ok: true,
    });
  });

  it('describe other issues through the general messages', () => {
    expect(describeCompletenessIssue({ path: 'factsAndReasons', code: 'required' }, filing({}), today, 'zh-CN')).toContain('事实');
    expect(
      describeCompletenessIssue({ path: 'elements.unknown_key', code: 'required' }, filing({ causeOfActionCode: null }), today, 'en'),
    ).not.toBe('');
  });
});
