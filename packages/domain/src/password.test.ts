import { expect, test } from 'vitest';
import { checkPasswordPolicy } from './password.js';

const ctx = { login: 'zhangsan', realName: 'Zhang San' };

// Policy: NIST SP 800-63B §5.1.1.2 (length, blocklist, no login) plus two kinds below 15 characters.
test.each([
  ['correct horse battery staple', ctx],
  ['Lian-2026-filing', ctx],
  ['tr0mbone-ocean', ctx], // 14 characters, two kinds
  ['我的立案密码是安全的而且很长啊', ctx], // 15 CJK characters: any mix from 15 on
  ['Lian filing passphrase '.repeat(12).slice(0, 256), ctx], // exactly 256 characters
])('%s is accepted', (pw, c) => {
  expect(checkPasswordPolicy(pw, c)).toEqual({ ok: true });
});

test.each([
  ['Short1!', ['TOO_SHORT']],
  ['x'.repeat(257), ['TOO_LONG', 'TOO_COMMON']],
  ['qwertyuiop', ['TOO_COMMON', 'TOO_FEW_CLASSES']], // SecLists top-1000
  ['Q1W2E3R4T5', ['TOO_COMMON']], // listed, compared case-insensitively
  ['abcdefghijklmnop', ['TOO_COMMON']], // straight run
  ['9876543210', ['TOO_COMMON', 'TOO_FEW_CLASSES']],
  ['abababababab', ['TOO_COMMON', 'TOO_FEW_CLASSES']], // two characters repeated
  ['my-zhangsan-pass', ['CONTAINS_LOGIN']],
  ['MY-ZHANGSAN-PASS', ['CONTAINS_LOGIN']],
  ['hello zhang san!', ['CONTAINS_LOGIN']],
  ['13912345670', ['TOO_FEW_CLASSES']], // 11 digits: a phone number
  ['sunflowerfield', ['TOO_FEW_CLASSES']],
] as const)('%s → %j', (pw, reasons) => {
  expect(checkPasswordPolicy(pw, ctx)).toEqual({ ok: false, reasons: [...reasons] });
});

test('a login that is a phone number is caught inside the password', () => {
  expect(checkPasswordPolicy('pw13812345678!', { login: '13812345678' })).toEqual({ ok: false, reasons: ['CONTAINS_LOGIN'] });
});
