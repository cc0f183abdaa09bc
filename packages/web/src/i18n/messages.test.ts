import { errorCodes } from '@lian/contract';
import { describe, expect, test } from 'vitest';
import en from './en';
import zhCN from './zh-CN';

describe('error messages', () => {
  test.each([
    ['zh-CN', zhCN.errors],
    ['en', en.errors],
  ] as const)('%s has a message for every API error code', (_lang, messages) => {
    expect(errorCodes.filter((code) => !(code in messages))).toEqual([]);
  });
});
