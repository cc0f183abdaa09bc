import { describe, expect, test } from 'vitest';
import { checkFilingCompleteness, type CompletenessCode, type CompletenessIssue, type FilingForCompleteness } from './completeness.js';
import {
  filingStateLabel,
  forbiddenMessage,
  transitionErrorMessage,
  creditCodeReasonMessage,
  idNumberReasonMessage,
  issueMessage,
  locales,
  mobileReasonMessage,
  noCalendarDataMessage,
  passwordReasonMessage,
} from './messages.js';

describe('issueMessage', () => {
  test.each([
    ['defendants.0.address', 'required', '被告1的住所地未填写', 'Defendant 1: address is missing'],
    ['defendants.2.creditCode', 'invalid', '被告3的统一社会信用代码格式不正确', 'Defendant 3: unified social credit code is invalid'],
    ['plaintiff.phone', 'invalid', '原告的联系电话格式不正确', 'Plaintiff: phone number is invalid'],
    ['plaintiff.address', 'required', '原告的住所地未填写', 'Plaintiff: address is missing'],
    ['claims.0.text', 'required', '诉讼请求1的内容未填写', 'Claim 1: text is missing'],
    ['claims.1.amountFen', 'invalid', '诉讼请求2的金额格式不正确', 'Claim 2: amount is invalid'],
    ['factsAndReasons', 'required', '事实与理由未填写', 'Facts and reasons: missing'],
    ['causeOfActionCode', 'required', '案由未填写', 'Cause of action: missing'],
    ['causeOfActionCode', 'unknown', '所选案由不在案由目录中', 'Cause of action: not in the catalogue'],
    ['defendants', 'min_count', '至少需要填写一名被告', 'At least one defendant is required'],
    ['claims', 'min_count', '至少需要填写一项诉讼请求', 'At least one claim is required'],
    ['materials.complaint', 'required', '未上传起诉状', 'The complaint has not been uploaded'],
    ['materials.evidence', 'min_count', '至少需要上传一份证据材料', 'At least one piece of evidence must be uploaded'],
    // 民事诉讼法 Art. 124(1): the natural person's particulars; GB 11643-1999 for the mismatch checks.
    ['plaintiff.sex', 'mismatch', '原告的性别与身份证号码不一致', 'Plaintiff: sex does not match the ID number'],
    ['plaintiff.birthDate', 'required', '原告的出生日期未填写', 'Plaintiff: date of birth is missing'],
    ['plaintiff.ethnicity', 'required', '原告的民族未填写', 'Plaintiff: ethnicity is missing'],
    [
      'plaintiff.legalRepresentativeTitle',
      'required',
      '原告的法定代表人或主要负责人职务未填写',
      'Plaintiff: title of the legal representative is missing',
    ],
    // 民事诉讼法 Art. 124(4): evidence and its source, witnesses.
    ['evidence.0.source', 'required', '证据1的证据来源未填写', 'Evidence 1: source is missing'],
    ['evidence.1.name', 'required', '证据2的名称未填写', 'Evidence 2: title is missing'],
    ['evidence.2.purpose', 'required', '证据3的证明目的未填写', 'Evidence 3: purpose is missing'],
    ['witnesses.0.address', 'required', '证人1的住所未填写', 'Witness 1: address is missing'],
    ['agents.0.name', 'required', '委托诉讼代理人1的姓名未填写', 'Agent 1: name is missing'],
    // 登记立案规定 Art. 6(1)(2); 民诉法解释 Art. 88(1): uploads.
    ['materials.identity', 'required', '未上传原告身份证明复印件', 'A copy of the plaintiff’s identity document has not been uploaded'],
    [
      'materials.business_licence',
      'required',
      '未上传营业执照或组织机构代码证复印件',
      'A copy of the business licence or organisation code certificate has not been uploaded',
    ],
    [
      'agents.1.materials.lawyer_certificate',
      'required',
      '委托诉讼代理人2的律师执业证未上传',
      'Agent 2: the lawyer’s practising certificate has not been uploaded',
    ],
    [
      'agents.0.materials.power_of_attorney',
      'required',
      '委托诉讼代理人1的授权委托书未上传',
      'Agent 1: the power of attorney has not been uploaded',
    ],
  ])('%s/%s', (path, code, zh, en) => {
    const issue = { path, code: code as CompletenessCode };
    expect(issueMessage(issue, 'zh-CN')).toBe(zh);
    expect(issueMessage(issue, 'en')).toBe(en);
  });
});

test('every reason has a distinct, non-empty text in each locale', () => {
  for (const locale of locales) {
    const ids = (['FORMAT', 'CHECKSUM', 'BIRTH_DATE', 'REGION'] as const).map((r) => idNumberReasonMessage(r, locale));
    const credit = (['FORMAT', 'CHECKSUM'] as const).map((r) => creditCodeReasonMessage(r, locale));
    const pw = (['TOO_SHORT', 'TOO_LONG', 'TOO_COMMON', 'CONTAINS_LOGIN', 'TOO_FEW_CLASSES'] as const).map((r) =>
      passwordReasonMessage(r, locale),
    );
    for (const group of [ids, credit, pw]) {
      expect(new Set(group).size).toBe(group.length);
      for (const text of group) expect(text.length).toBeGreaterThan(5);
    }
  }
  expect(idNumberReasonMessage('CHECKSUM', 'zh-CN')).toContain('校验位');
  expect(mobileReasonMessage('FORMAT', 'zh-CN')).toContain('11位');
  expect(noCalendarDataMessage(2027, 'en')).toContain('2027');
});

// Every issue the completeness check can produce has its own readable text in both locales.
describe('every completeness issue has a message in each locale', () => {
  const person: FilingForCompleteness = {
    plaintiff: {
      name: '',
      idNumber: 'bad',
      phone: '1',
      address: null,
      sex: null,
      birthDate: null,
      ethnicity: null,
      occupation: null,
      employer: null,
    },
    defendants: [],
    claims: [],
    factsAndReasons: '',
    causeOfActionCode: '9999',
    evidence: [{ name: '', source: null }],
    witnesses: [{ name: '', address: null }],
    agents: [
      { kind: 'other', name: '', idNumber: 'bad' },
      { kind: 'lawyer', name: '' },
    ],
    materials: [],
  };
  const mismatch: FilingForCompleteness = {
    ...person,
    plaintiff: { ...person.plaintiff, idNumber: '11010519491231002X', sex: 'male', birthDate: '1950-01-01' },
    defendants: [
      { kind: 'person', name: '', idNumber: 'bad', address: null },
      { kind: 'organization', name: '', creditCode: 'bad', address: null },
    ],
    claims: [{ text: '', amountFen: null, property: true }],
    causeOfActionCode: null,
  };
  const organisation: FilingForCompleteness = {
    ...person,
    plaintiff: { kind: 'organization', name: '', idNumber: null, phone: null, address: null, creditCode: 'bad' },
    claims: [{ text: 'x', amountFen: -1 }],
  };
  const issues = [person, mismatch, organisation].flatMap((f) => {
    const r = checkFilingCompleteness(f, '2026-11-23');
    return r.ok ? [] : r.issues;
  });
  const unique = [...new Map(issues.map((i) => [`${i.path}:${i.code}`, i])).values()];
  test('the sample covers every code', () => {
    expect(new Set(unique.map((i) => i.code))).toEqual(
      new Set<CompletenessCode>(['required', 'invalid', 'unknown', 'min_count', 'mismatch']),
    );
    expect(unique.length).toBeGreaterThan(40);
  });
  test.each(unique.map((i): [string, CompletenessIssue] => [`${i.path}:${i.code}`, i]))('%s', (_key, issue) => {
    const zh = issueMessage(issue, 'zh-CN');
    const en = issueMessage(issue, 'en');
    // No raw field keys leak into the Chinese text, and the English text is English.
    expect(zh).not.toMatch(/[a-z_]/);
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
    expect(en).not.toMatch(/[a-z][A-Z]|_/);
  });
  test('distinct issues read differently', () => {
    for (const locale of locales) {
      const texts = unique.map((i) => issueMessage(i, locale));
      expect(new Set(texts).size).toBe(texts.length);
    }
  });
});

test('workflow refusals and state labels', () => {
  expect(transitionErrorMessage('FORBIDDEN', 'zh-CN')).toBe(forbiddenMessage('zh-CN'));
  expect(transitionErrorMessage('FILING_STATE_CONFLICT', 'en')).toContain('reload');
  expect(filingStateLabel('correction_requested', 'zh-CN')).toBe('待补正');
  expect(filingStateLabel('treated_as_withdrawn', 'en')).toBe('Treated as withdrawn');
});

// Paths or codes from a newer server than this client fall back to the raw key rather than failing.
test.each([
  ['extra', 'required', 'extra未填写', 'extra: missing'],
  ['parties.0.name', 'required', '姓名或名称未填写', 'name: missing'],
  ['materials.other', 'required', 'other未填写', 'other: missing'],
  ['plaintiff.name', 'weird', '原告的姓名或名称weird', 'Plaintiff: name weird'],
])('fallback for %s/%s', (path, code, zh, en) => {
  const issue = { path, code: code as CompletenessCode };
  expect(issueMessage(issue, 'zh-CN')).toBe(zh);
  expect(issueMessage(issue, 'en')).toBe(en);
});

test('the other message helpers in both locales', () => {
  expect(mobileReasonMessage('FORMAT', 'en')).toContain('11-digit');
  expect(transitionErrorMessage('FILING_STATE_CONFLICT', 'zh-CN')).toContain('刷新');
  expect(forbiddenMessage('en')).toContain('not allowed');
  expect(noCalendarDataMessage(2027, 'zh-CN')).toContain('2027年');
});
