import { describe, expect, test } from 'vitest';
import {
  CASE_TYPE_DESIGNATIONS,
  caseTypeTable,
  findCaseType,
  readCaseTypeRows,
  specialisedDesignations,
  splitTypeCode,
} from './caseTypes.js';
import type { CaseCategory } from './caseTypes.js';

// Source of the table: 人民法院案件类型及其代字标准 (annex to 法〔2015〕137号) and its revised edition;
// 诉前调确/诉前调书 from the SPC notice of Sept. 2021; 专门审判代字 from 法〔2018〕335号.
describe('the case-type table', () => {
  test('designations are unique (Art. 7 para. 2: 每一类型案件的类型代字均应具有唯一性)', () => {
    const all = caseTypeTable.map((t) => t.designation);
    expect(new Set(all).size).toBe(all.length);
  });

  test('every row is Chinese characters only, names itself in both languages and cites a source', () => {
    for (const t of caseTypeTable) {
      expect(t.designation).toMatch(/^[\u4e00-\u9fff]+$/u);
      expect(t.name).not.toBe('');
      expect(t.nameEn).not.toBe('');
      expect(t.source.length).toBeGreaterThan(10);
    }
  });

  test('rows of the standard carry their class code; the others say why not', () => {
    for (const t of caseTypeTable) {
      if (t.standardCode) expect(t.standardCode).toMatch(/^(0[1-9]|1[01])\d{2}$/);
      else expect(t.status === 'superseded' || t.group === '诉前调解案件').toBe(true);
    }
  });

  test('no designation is another one with 知 in front (the split into 专门审判代字 + 类型代字 is unambiguous)', () => {
    for (const t of caseTypeTable) for (const s of specialisedDesignations) expect(t.designation.startsWith(s.designation)).toBe(false);
  });

  // One or more rows per category, with the standard's class (大类).
  test.each<[string, CaseCategory, string]>([
    ['民初', 'civil', '民事案件'],
    ['民终', 'civil', '民事案件'],
    ['民申', 'civil', '民事案件'],
    ['民再', 'civil', '民事案件'],
    ['民撤', 'civil', '民事案件'],
    ['民特', 'civil', '民事案件'],
    ['民督', 'civil', '民事案件'],
    ['民催', 'civil', '民事案件'],
    ['民辖', 'civil', '管辖案件'],
    ['破', 'civil', '强制清算与破产案件'],
    ['破申', 'civil', '强制清算与破产案件'],
    ['刑初', 'criminal', '刑事案件'],
    ['刑终', 'criminal', '刑事案件'],
    ['刑核', 'criminal', '刑事案件'],
    ['刑辖', 'criminal', '管辖案件'],
    ['行初', 'administrative', '行政案件'],
    ['行终', 'administrative', '行政案件'],
    ['行审', 'administrative', '行政案件'],
    ['行赔初', 'state_compensation', '国家赔偿与司法救助案件'],
    ['法赔', 'state_compensation', '国家赔偿与司法救助案件'],
    ['委赔', 'state_compensation', '国家赔偿与司法救助案件'],
    ['赔辖', 'state_compensation', '管辖案件'],
    ['执', 'enforcement', '执行类案件'],
    ['执恢', 'enforcement', '执行类案件'],
    ['执保', 'enforcement', '执行类案件'],
    ['执异', 'enforcement', '执行类案件'],
    ['执复', 'enforcement', '执行类案件'],
    ['执监', 'enforcement', '执行类案件'],
    ['执协', 'enforcement', '执行类案件'],
    ['财保', 'preservation', '非诉保全审查案件'],
    ['行保', 'preservation', '非诉保全审查案件'],
    ['证保', 'preservation', '非诉保全审查案件'],
    ['司救民', 'other', '国家赔偿与司法救助案件'],
    ['司惩', 'other', '司法制裁案件'],
    ['认港', 'other', '区际司法协助案件'],
    ['协外送', 'other', '国际司法协助案件'],
    ['诉前调确', 'civil', '诉前调解案件'],
  ])('%s is %s (%s)', (designation, category, group) => {
    expect(findCaseType(designation)).toMatchObject({ category, group });
  });

  test.each([
    ['民破', 'superseded'], // 2015 list only; bankruptcy moved to class 11
    ['民算', 'superseded'],
    ['民诉前调', 'attested'], // published case numbers only
    ['民初', 'in_force'],
  ])('%s is %s', (designation, status) => {
    expect(findCaseType(designation)?.status).toBe(status);
  });

  test('designations that are not in the table are not found', () => {
    for (const d of ['民', '民初审', '法委赔', '执行', 'MC']) expect(findCaseType(d)).toBeUndefined();
  });
});

describe('splitTypeCode', () => {
  test.each([
    ['民初', null, '民初'],
    ['知民初', '知', '民初'], // 法〔2018〕335号
    ['知行终', '知', '行终'],
    ['知刑初', '知', '刑初'],
  ])('%s → %s + %s', (code, specialised, designation) => {
    const r = splitTypeCode(code);
    expect(r?.specialised?.designation ?? null).toBe(specialised);
    expect(r?.caseType.designation).toBe(designation);
  });

  test.each(['知', '知知民初', '金民初', '民初知', ''])('%s is not a type code', (code) => {
    expect(splitTypeCode(code)).toBeNull();
  });
});

test('every CaseType key maps to an in-force row of the table', () => {
  for (const [key, designation] of Object.entries(CASE_TYPE_DESIGNATIONS)) {
    expect(findCaseType(designation)?.status, key).toBe('in_force');
  }
});

test('a row with an unknown category or status is a programmer mistake', () => {
  const good = caseTypeTable[0]!;
  expect(() => readCaseTypeRows([{ ...good, category: 'family' }])).toThrow('unknown category family');
  expect(() => readCaseTypeRows([{ ...good, status: 'draft' }])).toThrow('unknown status draft');
  expect(readCaseTypeRows([good])).toEqual([good]);
});
