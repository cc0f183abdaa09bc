import { describe, expect, test } from 'vitest';
import {
  buildCauseOfActionCatalogue,
  causeOfActionCatalogueByVersion,
  causeOfActionCatalogueFor,
  causeOfActionMappingRows,
  predecessorOf,
  selectCauseOfActionCatalogue,
} from './versions.js';

const c2020 = causeOfActionCatalogueByVersion('2020')!;
const c2025 = causeOfActionCatalogueByVersion('2025')!;
const findName = (code: string) => c2025.entries.find((e) => e.code === code)?.name;

describe('causeOfActionCatalogueFor: the revision in force on the filing date', () => {
  test.each([
    // 2020 revision: 法〔2020〕346号, 自2021年1月1日起施行. 2025 revision: 法〔2025〕226号/227号, 自2026年1月1日起施行.
    ['2021-01-01', '2020'],
    ['2023-07-15', '2020'],
    ['2025-12-31', '2020'],
    ['2026-01-01', '2025'],
    ['2030-02-28', '2025'],
    ['2028-02-29', '2025'], // leap day
  ])('%s → %s', (date, version) => {
    const r = causeOfActionCatalogueFor(date);
    expect(r.ok && r.catalogue.version).toBe(version);
  });

  test.each(['2020-12-31', '2008-04-01', '1999-01-01'])('%s precedes every revision this platform holds', (date) => {
    expect(causeOfActionCatalogueFor(date)).toEqual({ ok: false, reason: 'before-first-revision', firstEffectiveDate: '2021-01-01' });
  });

  test.each(['', '2026-1-1', '2026-02-30', '2027-02-29', '2026-13-01', '2026-01-01T00:00:00Z', 'tomorrow'])('%j is no date', (date) => {
    expect(causeOfActionCatalogueFor(date)).toEqual({ ok: false, reason: 'invalid-date', firstEffectiveDate: '2021-01-01' });
  });
});

test('selectCauseOfActionCatalogue: version wins over date; latest by default', () => {
  expect(selectCauseOfActionCatalogue()).toBe(c2025);
  expect(selectCauseOfActionCatalogue({})).toBe(c2025);
  expect(selectCauseOfActionCatalogue({ version: '2020' })).toBe(c2020);
  expect(selectCauseOfActionCatalogue({ version: '2020', date: '2026-05-01' })).toBe(c2020);
  expect(selectCauseOfActionCatalogue({ date: '2024-05-01' })).toBe(c2020);
  expect(selectCauseOfActionCatalogue({ version: '2011' })).toBeUndefined();
  expect(selectCauseOfActionCatalogue({ date: '2019-05-01' })).toBeUndefined();
});

test('buildCauseOfActionCatalogue: completeness is judged against the stated counts; bad levels are programmer errors', () => {
  const entries = [
    { code: 'P1', name: '人格权纠纷', level: 1, parent: null },
    { code: 'S1', name: '人格权纠纷', level: 2, parent: 'P1' },
  ];
  const counts = { level1: 1, level2: 1, level3: 0, level4: 0 };
  expect(buildCauseOfActionCatalogue({ version: 'x', source: 's', entries, counts }, '2030-01-01').complete).toBe(true);
  expect(buildCauseOfActionCatalogue({ version: 'x', source: 's', entries, counts: { ...counts, level3: 1 } }, '2030-01-01').complete).toBe(
    false,
  );
  const noCounts = buildCauseOfActionCatalogue({ version: 'x', source: 's', entries }, '2030-01-01');
  expect(noCounts).toMatchObject({ complete: false, counts: null, coverage: '', verification: '' });
  expect(() =>
    buildCauseOfActionCatalogue({ version: 'x', source: 's', entries: [{ code: 'Z', name: 'z', level: 5, parent: null }] }, '2030-01-01'),
  ).toThrow(/level 5/);
});

describe('predecessorOf: 2025 entries in the 2020 revision (mapping-2025-2020.json)', () => {
  test.each([
    // Same official name, new number (2025 → 2020).
    ['14', '14', '离婚纠纷'],
    ['108.3', '103.3', '民间借贷纠纷'],
    ['88.8', '84.8', '信息网络买卖合同纠纷'],
    ['205.5', '186.5', '追索劳动报酬纠纷'],
    ['411', '374', '机动车交通事故责任纠纷'],
    ['S35', 'S31', '侵权责任纠纷'],
  ])('%s continues 2020 %s %s', (code, oldCode, name) => {
    expect(predecessorOf(code, '2025')).toEqual({
      ok: true,
      change: 'unchanged',
      fromVersion: '2020',
      predecessor: expect.objectContaining({ code: oldCode, name }),
      source: 'same official name in both revisions',
    });
  });

  test.each([
    ['208'], // 超龄劳动者用工纠纷 (hr-soft.cn note on the 2025 revision)
    ['144.1'], // 超龄劳动者劳务合同纠纷
    ['P6'], // 数据、网络虚拟财产纠纷
    ['201'], // 侵害数据权益纠纷
    ['214.2'], // 新就业形态追索劳动报酬纠纷
  ])('%s is new in 2025', (code) => {
    const r = predecessorOf(code, '2025');
    expect(r).toMatchObject({ ok: true, change: 'new', predecessor: null, fromVersion: '2020' });
    expect(r.ok && r.source.length).toBeGreaterThan(10);
  });

  test('第七部分 was renamed: 劳动争议、人事争议 (2020 第六部分) → 劳动争议、人事争议、新就业形态用工纠纷', () => {
    expect(predecessorOf('P7', '2025')).toMatchObject({
      ok: true,
      change: 'renamed',
      predecessor: { code: 'P6', name: '劳动争议、人事争议' },
    });
  });

  test('errors: unknown version, no earlier revision, unknown code', () => {
    expect(predecessorOf('14', '2011')).toEqual({ ok: false, reason: 'unknown-version' });
    expect(predecessorOf('14', '2020')).toEqual({ ok: false, reason: 'no-earlier-revision' });
    expect(predecessorOf('9999', '2025')).toEqual({ ok: false, reason: 'unknown-code' });
  });

  test('an entry whose name is not found in the 2020 data is reported unresolved, never guessed', () => {
    for (const e of c2025.entries) {
      const r = predecessorOf(e.code, '2025');
      if (!r.ok) {
        expect(['unresolved', 'undetermined']).toContain(r.reason);
        expect(c2020.entries.some((o) => o.name === e.name && o.level === e.level)).toBe(false);
      } else if (r.change === 'unchanged') {
        expect(r.predecessor.name).toBe(e.name);
      }
    }
  });

  test('mapping rows: codes exist in 2025; new causes have no namesake in the 2020 data; renamings name a 2020 entry', () => {
    const rows = causeOfActionMappingRows('2025');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const entry = c2025.entries.find((e) => e.code === row.code);
      expect(entry).toBeDefined();
      expect(row.source.length).toBeGreaterThan(10);
      const namesake = c2020.entries.some((o) => o.name === entry!.name && o.level === entry!.level);
      if (row.change === 'new' || row.change === 'undetermined') expect(namesake).toBe(false);
      else expect(row.from).toBeDefined();
    }
    expect(causeOfActionMappingRows('2020')).toEqual([]);
  });

  test('moved causes: 2020 third-level items that the 2025 text lists as fourth-level items', () => {
    // 2025 233.船舶工程合同纠纷 (1)船舶建造合同纠纷; 498.(1) 申请认可和执行香港特别行政区法院民事判决 — both items of their own in 2020.
    for (const code of ['233.1', '498.1']) {
      const r = predecessorOf(code, '2025');
      expect(r).toMatchObject({ ok: true, change: 'moved', predecessor: { level: 3, name: findName(code) } });
    }
  });

  test('undetermined causes are reported with the reason, not guessed', () => {
    // 297 请求公司收购股权、股份纠纷: not a 2020 name; what it continues is not stated in a found source.
    expect(predecessorOf('297', '2025')).toMatchObject({ ok: false, reason: 'undetermined' });
  });

  // Runs once civil-2020.json states its counts and matches them: then every 2025 entry must be accounted for.
  test.runIf(c2020.complete)('with the complete 2020 data, every 2025 entry resolves or is listed in the mapping', () => {
    const unresolved = c2025.entries.filter((e) => {
      const r = predecessorOf(e.code, '2025');
      return !r.ok && r.reason === 'unresolved';
    });
    expect(unresolved.map((e) => `${e.code} ${e.name}`)).toEqual([]);
  });
});
