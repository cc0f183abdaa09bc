import { describe, expect, test } from 'vitest';
import { formatCaseNumber, parseCaseNumber } from './caseNumber.js';
import { HIGH_COURT_DESIGNATIONS, designationTier } from './case-numbers/courtDesignation.js';
import { demoCourt, demoCourts, findCourtByDesignation, loadCourtTable } from './courts.js';
import type { CourtRowIssue } from './courts.js';
import data from './courts.json' with { type: 'json' };

// Sources: 最高人民法院关于人民法院案件案号的若干规定 (法〔2015〕137号) Arts. 4–6, amended by 法〔2018〕335号;
// each court's own source is in courts.json.
describe('the shipped court table', () => {
  test('loads without errors and keeps every row', () => {
    expect(loadCourtTable(data.courts)).toEqual({ ok: true, courts: demoCourts });
    expect(demoCourts).toHaveLength(data.courts.length);
  });

  test('designations and ids are unique', () => {
    expect(new Set(demoCourts.map((c) => c.designation)).size).toBe(demoCourts.length);
    expect(new Set(demoCourts.map((c) => c.id)).size).toBe(demoCourts.length);
  });

  test('every court has a parent in the table except the Supreme People’s Court', () => {
    for (const c of demoCourts) {
      if (c.level === 'supreme') expect(c.parentId).toBeNull();
      else expect(demoCourts.some((p) => p.id === c.parentId)).toBe(true);
    }
  });

  test('the designation shape matches the level (Art. 5: 2 digits intermediate, 4 digits basic)', () => {
    for (const c of demoCourts) {
      const tier = designationTier(c.designation);
      if (c.level === 'special') expect(['intermediate', 'basic']).toContain(tier);
      else expect(tier).toBe(c.level);
    }
  });

  test('every high-level designation of Art. 4 is present exactly once: 31 provinces, 兵, 军', () => {
    const highs = demoCourts.filter((c) => c.level === 'high').map((c) => c.designation);
    expect([...highs].sort()).toEqual([...HIGH_COURT_DESIGNATIONS].sort());
    expect(highs).toHaveLength(33);
  });

  test.each([
    ['最高人民法院', '最高法', 'supreme'], // Art. 4 para. 1
    ['内蒙古自治区高级人民法院', '内', 'high'], // Art. 4 para. 3
    ['新疆维吾尔自治区高级人民法院生产建设兵团分院', '兵', 'high'],
    ['中国人民解放军军事法院', '军', 'high'],
    ['贵州省高级人民法院', '黔', 'high'], // published 黔0627 case number
    ['四川省高级人民法院', '川', 'high'], // published （2020）川民终1443号
    ['北京市第二中级人民法院', '京02', 'intermediate'],
    ['北京市第三中级人民法院', '京03', 'intermediate'],
    ['北京市朝阳区人民法院', '京0105', 'basic'], // GB/T 2260 110105
    ['北京互联网法院', '京0491', 'special'],
    ['北京知识产权法院', '京73', 'special'], // Art. 5 (3) as amended: 73
    ['北京金融法院', '京74', 'special'],
    ['上海海事法院', '沪72', 'special'], // Art. 5 (3) as amended: 72
  ])('%s is %s (%s)', (name, designation, level) => {
    const c = demoCourts.find((x) => x.name === name);
    expect(c).toMatchObject({ designation, level, timeZone: 'Asia/Shanghai' });
    const n = formatCaseNumber({ year: 2026, courtCode: designation, typeCode: '民初', serial: 1 });
    expect(parseCaseNumber(n)).toMatchObject({ ok: true, value: { courtCode: designation } });
  });

  test('the demo court is Chaoyang; its appeals go to the Beijing No. 3 Intermediate Court, then the High Court', () => {
    expect(demoCourt).toMatchObject({ id: 'bj-chaoyang', designation: '京0105', parentId: 'bj-3rd-intermediate' });
    const parent = demoCourts.find((c) => c.id === demoCourt.parentId);
    expect(parent?.designation).toBe('京03');
    expect(demoCourts.find((c) => c.id === parent?.parentId)?.designation).toBe('京');
  });

  test('special courts name their kind', () => {
    expect(findCourtByDesignation('沪72')?.specialKind).toBe('maritime');
    expect(findCourtByDesignation('京0491')?.specialKind).toBe('internet');
    expect(findCourtByDesignation('京9999')).toBeUndefined();
  });
});

const row = (over: Record<string, unknown> = {}) => ({
  id: 'x-court',
  name: '某法院',
  nameEn: 'Some Court',
  designation: '京0199',
  level: 'basic',
  specialKind: null,
  parentId: 'bj-1st-intermediate',
  timeZone: 'Asia/Shanghai',
  source: 'test row',
  ...over,
});
const base = data.courts;

describe('loadCourtTable reports every issue per row', () => {
  test.each<[Record<string, unknown>, CourtRowIssue[]]>([
    [{ id: '' }, ['id_missing']],
    [{ name: ' ' }, ['name_missing']],
    [{ nameEn: undefined }, ['name_en_missing']],
    [{ designation: '' }, ['designation_missing']],
    [{ designation: '京019' }, ['designation_malformed']], // Art. 5
    [{ designation: 'X0199' }, ['designation_malformed']],
    [{ designation: '京01' }, ['designation_level_mismatch']], // a basic court needs 4 digits
    [{ level: 'district' }, ['level_unknown']],
    [{ level: 'special' }, ['special_kind_missing']],
    [{ level: 'special', specialKind: 'space' }, ['special_kind_unknown']],
    [{ timeZone: 'Mars/Olympus' }, ['time_zone_invalid']],
    [{ timeZone: '' }, ['time_zone_invalid']],
    [{ source: '' }, ['source_missing']],
    [{ designation: '京', level: 'basic', timeZone: 42 }, ['designation_level_mismatch', 'time_zone_invalid']],
    [{ parentId: 'nowhere' }, ['parent_missing']],
    [{ parentId: '' }, ['parent_required']], // CSV: empty means none
    [{ designation: '沪0199' }, ['province_mismatch']], // Art. 5: prefix is the high court's designation
    [{ designation: '京09', level: 'intermediate', parentId: 'spc' }, ['province_mismatch']], // no high court above it
    [{ designation: '京0105' }, ['duplicate_designation']],
  ])('%o → %o', (over, issues) => {
    const result = loadCourtTable([...base, row(over)]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const id = over.id === '' ? null : 'x-court';
    expect(result.errors.filter((e) => e.row === base.length)).toEqual([{ row: base.length, id, issues }]);
    // A duplicate designation is reported on both rows; everything else only on the faulty row.
    expect(result.errors).toHaveLength(issues.includes('duplicate_designation') ? 2 : 1);
    expect(result.courts).toHaveLength(base.length - (issues.includes('duplicate_designation') ? 1 : 0));
  });

  test('a row that is not an object', () => {
    const result = loadCourtTable([...base, 'x', null, [1]]);
    expect(result.ok || result.errors.map((e) => e.issues)).toEqual([['not_an_object'], ['not_an_object'], ['not_an_object']]);
  });

  test('duplicate ids are reported on both rows', () => {
    const result = loadCourtTable([...base, row(), row({ designation: '京0198' })]);
    expect(result.ok || result.errors.map((e) => [e.row, e.issues])).toEqual([
      [base.length, ['duplicate_id']],
      [base.length + 1, ['duplicate_id']],
    ]);
  });

  test('a cycle of parents is reported', () => {
    const result = loadCourtTable([
      row({ id: 'a', designation: '京0101', parentId: 'b' }),
      row({ id: 'b', designation: '京0102', parentId: 'a' }),
    ]);
    expect(result.ok || result.errors.map((e) => e.issues)).toEqual([['parent_cycle'], ['parent_cycle']]);
  });

  test('CSV-style rows (empty strings for none) load, with a special court', () => {
    const result = loadCourtTable([
      ...base,
      row({ specialKind: '' }),
      row({ id: 'bj-railway', designation: '京71', level: 'special', specialKind: 'railway', parentId: 'bj-high' }),
    ]);
    expect(result.ok).toBe(true);
    expect(result.courts.at(-2)).toMatchObject({ id: 'x-court', specialKind: null });
    expect(result.courts.at(-1)).toMatchObject({ id: 'bj-railway', level: 'special', specialKind: 'railway' });
  });
});
