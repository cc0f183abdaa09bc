// Structure and numbering of civil-2020.json: 最高人民法院《民事案件案由规定》as revised in 2020 (法〔2020〕346号, in force 2021-01-01).
// Every table row below is a fact of that text (its part / heading / item numbering); how it was verified is recorded in the
// JSON file's `verification` field.
import { describe, expect, test } from 'vitest';
import civil2020 from './civil-2020.json' with { type: 'json' };

interface Entry {
  code: string;
  name: string;
  level: number;
  parent: string | null;
}

const entries: readonly Entry[] = civil2020.entries;
const byCode = new Map(entries.map((e) => [e.code, e]));
const atLevel = (level: number): Entry[] => entries.filter((e) => e.level === level);
const childrenOf = (code: string): Entry[] => entries.filter((e) => e.parent === code);

function partOf(e: Entry): string {
  let cur: Entry | undefined = e;
  while (cur?.parent) cur = byCode.get(cur.parent);
  if (!cur) throw new Error(`no top-level ancestor for ${e.code}`);
  return cur.code;
}

describe('counts', () => {
  test('the counts field says 11 / 54 / 473 levels 1-3 and names its source', () => {
    // 2020 text: 第一部分..第十一部分, headings 一..五十四, items 1..473.
    expect([civil2020.counts.level1, civil2020.counts.level2, civil2020.counts.level3]).toEqual([11, 54, 473]);
    expect(civil2020.counts.source.length).toBeGreaterThan(0);
  });

  test.each([1, 2, 3, 4] as const)('level %i has as many entries as the counts field says', (level) => {
    const expected = { 1: civil2020.counts.level1, 2: civil2020.counts.level2, 3: civil2020.counts.level3, 4: civil2020.counts.level4 }[
      level
    ];
    expect(atLevel(level)).toHaveLength(expected);
  });

  test('the file no longer claims to be a subset', () => {
    expect(civil2020.coverage.startsWith('Complete')).toBe(true);
    expect(civil2020.coverage).not.toMatch(/subset/i);
  });
});

describe('hierarchy', () => {
  test('codes are unique', () => {
    expect(byCode.size).toBe(entries.length);
  });

  test('every parent exists, is one level up and is listed before its children', () => {
    const seen = new Set<string>();
    for (const e of entries) {
      if (e.level === 1) expect(e.parent).toBeNull();
      else {
        expect(e.parent !== null && seen.has(e.parent)).toBe(true);
        expect(byCode.get(e.parent ?? '')?.level).toBe(e.level - 1);
      }
      seen.add(e.code);
    }
  });

  test('codes follow the scheme P<n> / S<n> / <n> / <n>.<k>', () => {
    const pattern = { 1: /^P\d+$/, 2: /^S\d+$/, 3: /^\d+$/, 4: /^\d+\.\d+$/ } as const;
    for (const e of entries) {
      expect(e.level === 1 || e.level === 2 || e.level === 3 || e.level === 4).toBe(true);
      expect(e.code).toMatch(pattern[e.level as 1 | 2 | 3 | 4]);
      if (e.level === 4) expect(e.code.startsWith(`${e.parent}.`)).toBe(true);
      expect(e.name).toMatch(/^\S+$/u);
    }
  });
});

describe('numbering', () => {
  test('parts are P1..P11 and headings S1..S54 in order, without gap', () => {
    expect(atLevel(1).map((e) => e.code)).toEqual(Array.from({ length: 11 }, (_, i) => `P${i + 1}`));
    expect(atLevel(2).map((e) => e.code)).toEqual(Array.from({ length: 54 }, (_, i) => `S${i + 1}`));
  });

  test('third-level items are numbered 1..N in document order without gap', () => {
    const numbers = atLevel(3).map((e) => Number(e.code));
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
    expect(numbers.at(-1)).toBe(civil2020.counts.level3);
  });

  test('fourth-level items under each item are numbered 1..k without gap', () => {
    for (const item of atLevel(3)) {
      const ks = childrenOf(item.code).map((c) => Number(c.code.slice(item.code.length + 1)));
      expect(ks).toEqual(Array.from({ length: ks.length }, (_, i) => i + 1));
    }
  });

  // Each second-level heading of the 2020 text: its part, name and first..last third-level item.
  test.each([
    ['S1', 'P1', '人格权纠纷', 1, 11],
    ['S2', 'P2', '婚姻家庭纠纷', 12, 28],
    ['S3', 'P2', '继承纠纷', 29, 34],
    ['S4', 'P3', '不动产登记纠纷', 35, 36],
    ['S5', 'P3', '物权保护纠纷', 37, 43],
    ['S6', 'P3', '所有权纠纷', 44, 54],
    ['S7', 'P3', '用益物权纠纷', 55, 66],
    ['S8', 'P3', '担保物权纠纷', 67, 69],
    ['S9', 'P3', '占有保护纠纷', 70, 73],
    ['S10', 'P4', '合同纠纷', 74, 143],
    ['S11', 'P4', '不当得利纠纷', 144, 144],
    ['S12', 'P4', '无因管理纠纷', 145, 145],
    ['S13', 'P5', '知识产权合同纠纷', 146, 157],
    ['S14', 'P5', '知识产权权属、侵权纠纷', 158, 172],
    ['S15', 'P5', '不正当竞争纠纷', 173, 182],
    ['S16', 'P5', '垄断纠纷', 183, 185],
    ['S17', 'P6', '劳动争议', 186, 188],
    ['S18', 'P6', '人事争议', 189, 192],
    ['S19', 'P7', '海事海商纠纷', 193, 247],
    ['S20', 'P8', '与企业有关的纠纷', 248, 261],
    ['S21', 'P8', '与公司有关的纠纷', 262, 285],
    ['S22', 'P8', '合伙企业纠纷', 286, 288],
    ['S23', 'P8', '与破产有关的纠纷', 289, 301],
    ['S24', 'P8', '证券纠纷', 302, 318],
    ['S25', 'P8', '期货交易纠纷', 319, 329],
    ['S26', 'P8', '信托纠纷', 330, 332],
    ['S27', 'P8', '保险纠纷', 333, 339],
    ['S28', 'P8', '票据纠纷', 340, 350],
    ['S29', 'P8', '信用证纠纷', 351, 356],
    ['S30', 'P8', '独立保函纠纷', 357, 363],
    ['S31', 'P9', '侵权责任纠纷', 364, 395],
    ['S32', 'P10', '选民资格案件', 396, 396],
    ['S33', 'P10', '宣告失踪、宣告死亡案件', 397, 401],
    ['S34', 'P10', '认定自然人无民事行为能力、限制民事行为能力案件', 402, 405],
    ['S35', 'P10', '指定遗产管理人案件', 406, 406],
    ['S36', 'P10', '认定财产无主案件', 407, 408],
    ['S37', 'P10', '确认调解协议案件', 409, 410],
    ['S38', 'P10', '实现担保物权案件', 411, 412],
    ['S39', 'P10', '监护权特别程序案件', 413, 417],
    ['S40', 'P10', '督促程序案件', 418, 418],
    ['S41', 'P10', '公示催告程序案件', 419, 419],
    ['S42', 'P10', '公司清算案件', 420, 420],
    ['S43', 'P10', '破产程序案件', 421, 424],
    ['S44', 'P10', '申请诉前停止侵害知识产权案件', 425, 430],
    ['S45', 'P10', '申请保全案件', 431, 441],
    ['S46', 'P10', '申请人身安全保护令案件', 442, 442],
    ['S47', 'P10', '申请人格权侵害禁令案件', 443, 443],
    ['S48', 'P10', '仲裁程序案件', 444, 445],
    ['S49', 'P10', '海事诉讼特别程序案件', 446, 452],
    ['S50', 'P10', '申请承认与执行法院判决、仲裁裁决案件', 453, 463],
    ['S51', 'P11', '与宣告失踪、宣告死亡案件有关的纠纷', 464, 465],
    ['S52', 'P11', '公益诉讼', 466, 469],
    ['S53', 'P11', '第三人撤销之诉', 470, 470],
    ['S54', 'P11', '执行程序中的异议之诉', 471, 473],
  ])('heading %s (%s) %s holds items %i..%i', (code, part, name, first, last) => {
    expect(byCode.get(code)).toEqual({ code, name, level: 2, parent: part });
    expect(childrenOf(code).map((e) => Number(e.code))).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i));
  });

  test('fourth-level items per third-level item', () => {
    // Number of "(k)" items printed under each third-level item of the 2020 text; items not listed have none.
    const expected: Record<string, number> = {
      '8': 2,
      '11': 1,
      '20': 2,
      '21': 2,
      '22': 2,
      '23': 2,
      '24': 2,
      '25': 2,
      '29': 2,
      '37': 3,
      '45': 4,
      '53': 7,
      '54': 4,
      '61': 3,
      '67': 11,
      '68': 12,
      '76': 2,
      '84': 8,
      '86': 2,
      '90': 3,
      '91': 6,
      '102': 2,
      '103': 6,
      '110': 2,
      '111': 4,
      '114': 7,
      '115': 9,
      '116': 16,
      '119': 5,
      '120': 2,
      '135': 5,
      '137': 22,
      '146': 13,
      '147': 3,
      '148': 6,
      '149': 4,
      '150': 3,
      '151': 4,
      '152': 13,
      '154': 2,
      '156': 3,
      '158': 28,
      '159': 2,
      '160': 10,
      '161': 4,
      '162': 2,
      '165': 2,
      '169': 6,
      '170': 7,
      '173': 3,
      '176': 2,
      '183': 2,
      '184': 6,
      '186': 7,
      '187': 5,
      '213': 2,
      '259': 4,
      '270': 2,
      '277': 2,
      '295': 2,
      '296': 2,
      '302': 4,
      '303': 4,
      '305': 2,
      '308': 5,
      '312': 2,
      '314': 4,
      '333': 5,
      '334': 3,
      '369': 1,
      '370': 2,
      '373': 4,
      '376': 2,
      '377': 8,
      '379': 6,
      '381': 7,
      '389': 2,
      '390': 2,
      '391': 2,
      '446': 6,
      '466': 3,
      '471': 2,
    };
    const actual: Record<string, number> = {};
    for (const e of atLevel(4)) if (e.parent) actual[e.parent] = (actual[e.parent] ?? 0) + 1;
    expect(actual).toEqual(expected);
    expect(Object.values(expected).reduce((a, b) => a + b, 0)).toBe(civil2020.counts.level4);
  });
});

test.each([
  // [code, official name, parent] — 2020 text, cited by part / heading / item.
  ['P4', '合同、准合同纠纷', null], // 第四部分
  ['P11', '特殊诉讼程序案件案由', null], // 第十一部分
  ['1', '生命权、身体权、健康权纠纷', 'S1'], // 一、人格权纠纷 1.
  ['8.2', '个人信息保护纠纷', '8'], // 8.隐私权、个人信息保护纠纷 (2)
  ['34', '遗产管理纠纷', 'S3'], // 三、继承纠纷 34.
  ['74', '缔约过失责任纠纷', 'S10'], // 十、合同纠纷 74.
  ['82', '债务加入纠纷', 'S10'], // 十、合同纠纷 82.
  ['103.3', '民间借贷纠纷', '103'], // 103.借款合同纠纷 (3)
  ['137.22', '银行结算合同纠纷', '137'], // 137.服务合同纠纷 (22)
  ['144', '不当得利纠纷', 'S11'], // 十一、不当得利纠纷 144.
  ['186.5', '追索劳动报酬纠纷', '186'], // 十七、劳动争议 186.劳动合同纠纷 (5)
  ['213.2', '光船租赁合同纠纷', '213'], // 十九、海事海商纠纷 213.船舶租用合同纠纷 (2)
  ['277.2', '实际控制人损害公司债权人利益责任纠纷', '277'], // 二十一、与公司有关的纠纷 277. (2)
  ['374', '机动车交通事故责任纠纷', 'S31'], // 三十一、侵权责任纠纷 374.
  ['396', '申请确定选民资格', 'S32'], // 三十二、选民资格案件 396.
  ['443', '申请人格权侵害禁令', 'S47'], // 四十七、申请人格权侵害禁令案件 443.
  ['470', '第三人撤销之诉', 'S53'], // 五十三、第三人撤销之诉 470.
  ['473', '执行分配方案异议之诉', 'S54'], // 五十四、执行程序中的异议之诉 473.
])('%s is %s (parent %s)', (code, name, parent) => {
  expect(byCode.get(code)?.name).toBe(name);
  expect(byCode.get(code)?.parent ?? null).toBe(parent);
});

test('codes of the earlier subset keep their meaning', () => {
  // The entries shipped before the catalogue was completed; their official numbers were right and are unchanged.
  const earlier: [string, string][] = [
    ['6', '名誉权纠纷'],
    ['14', '离婚纠纷'],
    ['22.1', '抚养费纠纷'],
    ['76.2', '确认合同无效纠纷'],
    ['84.8', '信息网络买卖合同纠纷'],
    ['91.1', '商品房预约合同纠纷'],
    ['104', '保证合同纠纷'],
    ['110.2', '信用卡纠纷'],
    ['111.2', '房屋租赁合同纠纷'],
    ['121', '物业服务合同纠纷'],
    ['137.15', '教育培训合同纠纷'],
    ['139', '劳务合同纠纷'],
    ['188', '福利待遇纠纷'],
    ['368', '提供劳务者受害责任纠纷'],
    ['370', '违反安全保障义务责任纠纷'],
    ['376', '医疗损害责任纠纷'],
    ['380', '饲养动物损害责任纠纷'],
  ];
  for (const [code, name] of earlier) expect(byCode.get(code)?.name).toBe(name);
});

test('names: parts 1-9 are disputes (…纠纷); parts 10-11 keep their procedural names', () => {
  for (const e of entries.filter((x) => x.level >= 3)) {
    const part = Number(partOf(e).slice(1));
    if (part <= 9) expect(e.name.endsWith('纠纷')).toBe(true);
  }
  // 第十部分 names are applications (申请…), not disputes.
  expect(childrenOf('S45').every((e) => e.name.startsWith('申请') || e.name.startsWith('仲裁程序中的'))).toBe(true);
  // No 2025-revision entry has slipped in (法〔2025〕226号 added e.g. 非遗产继承人分配遗产纠纷 and 数据权属纠纷).
  expect(entries.some((e) => e.name === '非遗产继承人分配遗产纠纷' || e.name === '数据权属纠纷')).toBe(false);
});

test('partOf throws for an entry whose ancestry is broken (guards the helper itself)', () => {
  expect(() => partOf({ code: 'x', name: 'x', level: 3, parent: 'missing' })).toThrow();
});
