import { describe, expect, test } from 'vitest';
import { causeOfActionCatalogue, causeOfActionPath, findCauseOfAction, isSelectableCauseOfAction } from './catalogue.js';
import { causeOfActionCatalogueByVersion, causeOfActionCatalogues } from './versions.js';

const c2025 = causeOfActionCatalogueByVersion('2025')!;

describe.each(causeOfActionCatalogues.map((c) => [c.version, c] as const))('structure of the %s data', (version, catalogue) => {
  test('names its source; codes are unique; parents exist and sit one level up', () => {
    expect(catalogue.source).toContain('民事案件案由规定');
    const codes = new Set<string>();
    for (const e of catalogue.entries) {
      expect(codes.has(e.code)).toBe(false);
      codes.add(e.code);
      if (e.parent === null) expect(e.level).toBe(1);
      else expect(findCauseOfAction(e.parent, { version })?.level).toBe(e.level - 1);
    }
  });

  test('codes follow the scheme: P<n>, S<n>, <n>, <n>.<k> under item <n>', () => {
    for (const e of catalogue.entries) {
      const pattern = { 1: /^P\d+$/, 2: /^S\d+$/, 3: /^\d+$/, 4: /^\d+\.\d+$/ }[e.level];
      expect(e.code).toMatch(pattern);
      if (e.level === 4) expect(e.code.startsWith(`${e.parent}.`)).toBe(true);
    }
  });

  test('causes of the substantive parts end in 纠纷', () => {
    // The special-procedure parts (非讼程序案件案由, 特殊诉讼程序案件案由) name applications and suits instead.
    const procedural = new Set(catalogue.entries.filter((e) => e.level === 1 && e.name.includes('程序案件案由')).map((e) => e.code));
    for (const e of catalogue.entries) {
      if (e.level < 3) continue;
      const part = causeOfActionPath(e.code, { version })[0];
      const partCode = catalogue.entries.find((p) => p.level === 1 && p.name === part)?.code;
      if (partCode !== undefined && !procedural.has(partCode)) expect(e.name.endsWith('纠纷')).toBe(true);
    }
  });
});

describe('the 2025 revision (法〔2025〕226号/227号, in force from 2026-01-01)', () => {
  test('is the default catalogue and is complete', () => {
    expect(causeOfActionCatalogue).toBe(c2025);
    expect(c2025.complete).toBe(true);
    expect(c2025.effectiveFrom).toBe('2026-01-01');
    expect(c2025.source).toContain('法〔2025〕226号');
    expect(c2025.source).toContain('法〔2025〕227号');
  });

  test('has the stated number of entries at each level', () => {
    // Counts as recorded in civil-2025.json (countsSource): 12 部分, 59 二级 headings, items 1–514, 470 fourth-level items.
    expect(c2025.counts).toEqual({ level1: 12, level2: 59, level3: 514, level4: 470 });
    for (const [level, n] of [
      [1, 12],
      [2, 59],
      [3, 514],
      [4, 470],
    ] as const) {
      expect(c2025.entries.filter((e) => e.level === level)).toHaveLength(n);
    }
  });

  test('numbering is continuous: 第一部分–第十二部分, 一–五十九, 1–514, (1)…(k) under each item', () => {
    const numbers = (level: 1 | 2 | 3) => c2025.entries.filter((e) => e.level === level).map((e) => Number(e.code.replace(/^[PS]/, '')));
    for (const [level, last] of [
      [1, 12],
      [2, 59],
      [3, 514],
    ] as const) {
      expect(numbers(level)).toEqual(Array.from({ length: last }, (_, i) => i + 1));
    }
    for (const item of c2025.entries.filter((e) => e.level === 3)) {
      const ks = c2025.entries.filter((e) => e.parent === item.code).map((e) => Number(e.code.split('.')[1]));
      expect(ks).toEqual(Array.from({ length: ks.length }, (_, i) => i + 1));
    }
  });

  test.each([
    // [code, name, path] — 《民事案件案由规定》(2025年修正)
    ['P6', '数据、网络虚拟财产纠纷', []], // 第六部分, added in 2025
    ['14', '离婚纠纷', ['婚姻家庭、继承纠纷', '婚姻家庭纠纷']], // 第二部分 二、14.
    ['22.1', '抚养费纠纷', ['婚姻家庭、继承纠纷', '婚姻家庭纠纷', '抚养纠纷']],
    ['88.8', '信息网络买卖合同纠纷', ['合同、准合同纠纷', '合同纠纷', '买卖合同纠纷']], // 第四部分 十、88.(8)
    ['108.3', '民间借贷纠纷', ['合同、准合同纠纷', '合同纠纷', '借款合同纠纷']],
    ['116.2', '房屋租赁合同纠纷', ['合同、准合同纠纷', '合同纠纷', '租赁合同纠纷']],
    ['144.1', '超龄劳动者劳务合同纠纷', ['合同、准合同纠纷', '合同纠纷', '劳务合同纠纷']], // new in 2025
    ['199', '数据权属纠纷', ['数据、网络虚拟财产纠纷', '数据纠纷']],
    ['205.5', '追索劳动报酬纠纷', ['劳动争议、人事争议、新就业形态用工纠纷', '劳动争议', '劳动合同纠纷']],
    ['208', '超龄劳动者用工纠纷', ['劳动争议、人事争议、新就业形态用工纠纷', '劳动争议']], // new in 2025
    ['214', '新就业形态用工合同纠纷', ['劳动争议、人事争议、新就业形态用工纠纷', '新就业形态用工纠纷']],
    ['315', '公司解散纠纷', ['与公司、证券、保险、票据等有关的民事纠纷', '与公司有关的纠纷']],
    ['411', '机动车交通事故责任纠纷', ['侵权责任纠纷', '侵权责任纠纷']], // 第十部分 三十五、411.
    ['458', '申请支付令', ['非讼程序案件案由', '督促程序案件']],
    ['514', '执行分配方案异议之诉', ['特殊诉讼程序案件案由', '执行程序中的异议之诉']],
  ])('%s is %s under %j', (code, name, path) => {
    expect(findCauseOfAction(code)?.name).toBe(name);
    expect(causeOfActionPath(code)).toEqual(path);
    expect(isSelectableCauseOfAction(code)).toBe(!code.startsWith('P') && !code.startsWith('S'));
  });
});

test.each([
  // 2020 revision (法〔2020〕346号): the numbers the earlier data recorded; the same causes were renumbered in 2025.
  ['14', '离婚纠纷'],
  ['103.3', '民间借贷纠纷'],
  ['186.5', '追索劳动报酬纠纷'],
  ['374', '机动车交通事故责任纠纷'],
])('2020 revision, by version or by a 2025 filing date: %s is %s', (code, name) => {
  expect(findCauseOfAction(code, { version: '2020' })?.name).toBe(name);
  expect(findCauseOfAction(code, { date: '2025-06-30' })?.name).toBe(name);
});

test('the same code can mean different causes in different revisions', () => {
  // 2020: 103.(3) 民间借贷纠纷; 2025: item 103 is 用能权交易纠纷 and has no fourth level.
  expect(findCauseOfAction('103.3', { date: '2025-12-31' })?.name).toBe('民间借贷纠纷');
  expect(findCauseOfAction('103.3', { date: '2026-01-01' })).toBeUndefined();
  expect(findCauseOfAction('103')?.name).toBe('用能权交易纠纷');
});

test('unknown codes, headings, unknown versions and dates before 2021-01-01', () => {
  expect(findCauseOfAction('9999')).toBeUndefined();
  expect(causeOfActionPath('9999')).toEqual([]);
  expect(causeOfActionPath('P4')).toEqual([]);
  expect(isSelectableCauseOfAction('S10')).toBe(false);
  expect(isSelectableCauseOfAction('9999')).toBe(false);
  expect(findCauseOfAction('14', { version: '2011' })).toBeUndefined();
  expect(causeOfActionPath('14', { date: '2020-12-31' })).toEqual([]);
  expect(findCauseOfAction('14', { date: 'not a date' })).toBeUndefined();
  // 网络购物合同纠纷 is no official name in either revision; 信息网络买卖合同纠纷 is.
  for (const c of causeOfActionCatalogues) expect(c.entries.some((e) => e.name === '网络购物合同纠纷')).toBe(false);
});
