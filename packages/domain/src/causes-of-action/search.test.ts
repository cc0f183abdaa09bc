import { describe, expect, test } from 'vitest';
import { searchCausesOfAction } from './search.js';
import { causeOfActionCatalogueByVersion } from './versions.js';

// Everyday words a litigant types, and the cause a clerk would register. Expected names are official names
// of 《民事案件案由规定》: 2020 revision (civil-2020.json) and 2025 revision (civil-2025.json, 法〔2025〕227号).
// Each case: [query, expected first name in the 2025 revision, expected first name in the 2020 revision].
const everyday: [string, string, string][] = [
  ['借钱不还', '民间借贷纠纷', '民间借贷纠纷'], // 2025 108.(3) / 2020 103.(3)
  ['朋友借钱不还怎么办', '民间借贷纠纷', '民间借贷纠纷'],
  ['欠款', '民间借贷纠纷', '民间借贷纠纷'],
  ['借条', '民间借贷纠纷', '民间借贷纠纷'],
  ['离婚', '离婚纠纷', '离婚纠纷'], // 2025/2020 item 14
  ['离婚后分财产', '离婚后财产纠纷', '离婚后财产纠纷'], // item 15
  ['工资', '追索劳动报酬纠纷', '追索劳动报酬纠纷'], // 2025 205.(5) / 2020 186.(5)
  ['公司拖欠工资', '追索劳动报酬纠纷', '追索劳动报酬纠纷'],
  ['车祸', '机动车交通事故责任纠纷', '机动车交通事故责任纠纷'], // 2025 411 / 2020 374
  ['房租', '房屋租赁合同纠纷', '房屋租赁合同纠纷'], // 2025 116.(2) / 2020 111.(2)
  ['房东不退押金', '房屋租赁合同纠纷', '房屋租赁合同纠纷'],
  ['租房押金', '房屋租赁合同纠纷', '房屋租赁合同纠纷'],
  ['网购退款', '信息网络买卖合同纠纷', '信息网络买卖合同纠纷'], // 2025 88.(8) / 2020 84.(8); 网络购物合同纠纷 is no official name
  ['物业费', '物业服务合同纠纷', '物业服务合同纠纷'], // 2025 126 / 2020 121
  ['信用卡', '信用卡纠纷', '信用卡纠纷'], // 2025 115.(2) / 2020 110.(2)
  ['银行贷款逾期', '金融借款合同纠纷', '金融借款合同纠纷'],
  ['抚养费', '抚养费纠纷', '抚养费纠纷'], // 22.(1)
  ['彩礼', '婚约财产纠纷', '婚约财产纠纷'], // item 12
  ['赡养', '赡养纠纷', '赡养纠纷'], // item 24
  ['赡养费', '赡养费纠纷', '赡养费纠纷'], // 24.(1)
  ['劳动合同', '劳动合同纠纷', '劳动合同纠纷'], // 2025 205 / 2020 186
  ['工伤', '工伤保险待遇纠纷', '工伤保险待遇纠纷'], // 2025 206.(2) / 2020 187.(2)
  ['担保', '保证合同纠纷', '保证合同纠纷'], // 2025 109 / 2020 104
  ['快递丢了', '快递服务合同纠纷', '快递服务合同纠纷'], // 2025 142.(3) / 2020 137.(3)
  ['医疗事故', '医疗损害责任纠纷', '医疗损害责任纠纷'], // 2025 413 / 2020 376
  ['打人', '生命权、身体权、健康权纠纷', '生命权、身体权、健康权纠纷'], // item 1
  ['被狗咬了', '饲养动物损害责任纠纷', '饲养动物损害责任纠纷'], // 2025 419 / 2020 380
  ['装修', '装饰装修合同纠纷', '装饰装修合同纠纷'], // 2025 120.(7)
  ['遗产', '法定继承纠纷', '法定继承纠纷'], // 2025 29
  // Official names still work, full or partial.
  ['民间借贷纠纷', '民间借贷纠纷', '民间借贷纠纷'],
  ['买卖合同', '买卖合同纠纷', '买卖合同纠纷'],
  ['交通事故责任', '机动车交通事故责任纠纷', '机动车交通事故责任纠纷'],
];

describe.each(['2025', '2020'])('revision %s', (version) => {
  const catalogue = causeOfActionCatalogueByVersion(version)!;
  const names = new Set(catalogue.entries.map((e) => e.name));
  // The 2020 data may still be a subset: a case is checked there once the expected cause is in the data.
  // The 2025 data is complete, so every case must run there.
  const cases = everyday.filter(([, , in2020]) => version === '2025' || names.has(in2020));
  test('every case of the 2025 revision names an entry of its data', () => {
    if (version === '2025') for (const [, name] of everyday) expect(names.has(name)).toBe(true);
    expect(cases.length).toBeGreaterThanOrEqual(version === '2025' ? everyday.length : 20);
  });
  test.each(cases)('%s → %s first', (query, in2025, in2020) => {
    expect(searchCausesOfAction(query, 10, { version })[0]?.name).toBe(version === '2025' ? in2025 : in2020);
  });
  test('网购退款 also offers the general 买卖合同纠纷 second', () => {
    expect(
      searchCausesOfAction('网购退款', 10, { version })
        .map((h) => h.name)
        .slice(0, 2),
    ).toEqual(['信息网络买卖合同纠纷', '买卖合同纠纷']);
  });
});

test('辞退 offers the labour-contract causes first, 辞退纠纷 (人事争议, 2025 item 213) among the first three', () => {
  // 《民事案件案由规定》2025: 205.劳动合同纠纷 (6)经济补偿金纠纷; 二十、人事争议 213.辞退纠纷.
  const names = searchCausesOfAction('辞退', 3, { version: '2025' }).map((h) => h.name);
  expect(['经济补偿金纠纷', '劳动合同纠纷']).toContain(names[0]);
  expect(names).toContain('辞退纠纷');
});

test('保险理赔 finds the insurance-contract causes (2025 items 371, 372)', () => {
  const names = searchCausesOfAction('保险理赔', 2).map((h) => h.name);
  expect([...names].sort()).toEqual(['人身保险合同纠纷', '财产保险合同纠纷']);
});

test('words only the 2025 revision has a cause for: 外卖骑手 → 新就业形态用工合同纠纷 (2025 item 214)', () => {
  expect(searchCausesOfAction('外卖骑手', 5, { version: '2025' })[0]?.name).toBe('新就业形态用工合同纠纷');
  expect(searchCausesOfAction('外卖骑手', 5, { version: '2020' }).map((h) => h.name)).not.toContain('新就业形态用工合同纠纷');
});

test('the revision follows the filing date; the default is the latest revision', () => {
  // 2025 revision in force from 2026-01-01: 民间借贷纠纷 is 108.(3); under the 2020 revision it was 103.(3).
  expect(searchCausesOfAction('借钱不还', 1)[0]?.code).toBe('108.3');
  expect(searchCausesOfAction('借钱不还', 1, { date: '2026-01-01' })[0]?.code).toBe('108.3');
  expect(searchCausesOfAction('借钱不还', 1, { date: '2025-12-31' })[0]?.code).toBe('103.3');
  expect(searchCausesOfAction('借钱不还', 1, { date: '2020-12-31' })).toEqual([]);
  expect(searchCausesOfAction('借钱不还', 1, { version: '2011' })).toEqual([]);
});

test('hits carry code and path, and respect the limit', () => {
  const [hit] = searchCausesOfAction('借钱不还', 1);
  // 第四部分 合同、准合同纠纷 / 十、合同纠纷 / 108.借款合同纠纷 / (3)民间借贷纠纷
  expect(hit).toEqual({ code: '108.3', name: '民间借贷纠纷', path: ['合同、准合同纠纷', '合同纠纷', '借款合同纠纷'] });
  expect(searchCausesOfAction('纠纷', 5)).toHaveLength(5);
});

test('headings are never offered; nonsense and empty queries find nothing', () => {
  expect(searchCausesOfAction('合同纠纷').every((h) => !h.code.startsWith('P') && !h.code.startsWith('S'))).toBe(true);
  expect(searchCausesOfAction('')).toEqual([]);
  expect(searchCausesOfAction('   ')).toEqual([]);
  expect(searchCausesOfAction('量子引力')).toEqual([]);
  expect(searchCausesOfAction('猫')).toEqual([]); // one character that no official name contains
  expect(searchCausesOfAction('离婚', 0)).toEqual([]);
});
