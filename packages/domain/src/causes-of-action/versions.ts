// The revisions of 《民事案件案由规定》 this platform knows, which one is in force on a filing date,
// and how an entry of the newer revision relates to the older one (mapping-2025-2020.json).
import civil2020 from './civil-2020.json' with { type: 'json' };
import civil2025 from './civil-2025.json' with { type: 'json' };
import mapping20252020 from './mapping-2025-2020.json' with { type: 'json' };

export interface CauseOfActionEntry {
  code: string;
  name: string;
  level: 1 | 2 | 3 | 4;
  parent: string | null;
}

export interface CauseOfActionCounts {
  level1: number;
  level2: number;
  level3: number;
  level4: number;
}

export interface CauseOfActionCatalogue {
  version: string;
  /** First day (YYYY-MM-DD, court's calendar) on which this revision governs a filing. */
  effectiveFrom: string;
  source: string;
  coverage: string;
  verification: string;
  /** Entries per level as stated for the revision, when the data file states them. */
  counts: CauseOfActionCounts | null;
  /** True when the entries match the stated counts at every level. */
  complete: boolean;
  entries: readonly CauseOfActionEntry[];
}

/** The shape both data files share; extra fields are allowed and ignored. */
export interface RawCatalogue {
  version: string;
  source: string;
  coverage?: string;
  verification?: string;
  counts?: CauseOfActionCounts;
  entries: readonly { code: string; name: string; level: number; parent: string | null }[];
}

function asLevel(n: number, code: string): 1 | 2 | 3 | 4 {
  if (n === 1 || n === 2 || n === 3 || n === 4) return n;
  throw new Error(`cause-of-action ${code}: level ${n} is not 1..4`);
}

function levelCounts(entries: readonly CauseOfActionEntry[]): CauseOfActionCounts {
  const n = (level: number) => entries.filter((e) => e.level === level).length;
  return { level1: n(1), level2: n(2), level3: n(3), level4: n(4) };
}

/** Builds a catalogue from a data file; throws on a malformed level (a broken data file is a programmer mistake). */
export function buildCauseOfActionCatalogue(raw: RawCatalogue, effectiveFrom: string): CauseOfActionCatalogue {
  const entries = raw.entries.map((e) => ({ code: e.code, name: e.name, level: asLevel(e.level, e.code), parent: e.parent }));
  const counts = raw.counts ?? null;
  const actual = levelCounts(entries);
  const complete =
    counts !== null &&
    counts.level1 === actual.level1 &&
    counts.level2 === actual.level2 &&
    counts.level3 === actual.level3 &&
    counts.level4 === actual.level4;
  return {
    version: raw.version,
    effectiveFrom,
    source: raw.source,
    coverage: raw.coverage ?? '',
    verification: raw.verification ?? '',
    counts,
    complete,
    entries,
  };
}

// Effective dates: 2020 revision — 法〔2020〕346号, 自2021年1月1日起施行;
// 2025 revision — 法〔2025〕226号/227号, 审判委员会第1960次会议2025年12月4日通过, 自2026年1月1日起施行.
const byVersion: ReadonlyMap<string, CauseOfActionCatalogue> = new Map(
  [
    buildCauseOfActionCatalogue(civil2020 as unknown as RawCatalogue, '2021-01-01'),
    buildCauseOfActionCatalogue(civil2025 as unknown as RawCatalogue, '2026-01-01'),
  ].map((c) => [c.version, c]),
);

/** All known revisions, oldest first. */
export const causeOfActionCatalogues: readonly CauseOfActionCatalogue[] = [...byVersion.values()].sort((a, b) =>
  a.effectiveFrom.localeCompare(b.effectiveFrom),
);

/** The newest revision whose data is complete: the default when a caller names neither version nor date. */
export const latestCauseOfActionCatalogue: CauseOfActionCatalogue = causeOfActionCatalogues.filter((c) => c.complete).at(-1)!;

export function causeOfActionCatalogueByVersion(version: string): CauseOfActionCatalogue | undefined {
  return byVersion.get(version);
}

export type CatalogueForDateResult =
  | { ok: true; catalogue: CauseOfActionCatalogue }
  | { ok: false; reason: 'invalid-date' | 'before-first-revision'; firstEffectiveDate: string };

function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** The revision in force on a filing date (YYYY-MM-DD in the court's calendar). */
export function causeOfActionCatalogueFor(filingDate: string): CatalogueForDateResult {
  const first = causeOfActionCatalogues[0]!.effectiveFrom;
  if (!isCalendarDate(filingDate)) return { ok: false, reason: 'invalid-date', firstEffectiveDate: first };
  const inForce = causeOfActionCatalogues.filter((c) => c.effectiveFrom <= filingDate);
  const catalogue = inForce[inForce.length - 1];
  if (!catalogue) return { ok: false, reason: 'before-first-revision', firstEffectiveDate: first };
  return { ok: true, catalogue };
}

export interface CatalogueOptions {
  /** A revision by name ("2020", "2025"); takes precedence over `date`. */
  version?: string;
  /** A filing date (YYYY-MM-DD): the revision in force that day. */
  date?: string;
}

/** The catalogue the options designate; undefined for an unknown version or a date no revision covers. */
export function selectCauseOfActionCatalogue(options: CatalogueOptions = {}): CauseOfActionCatalogue | undefined {
  if (options.version !== undefined) return byVersion.get(options.version);
  if (options.date !== undefined) {
    const r = causeOfActionCatalogueFor(options.date);
    return r.ok ? r.catalogue : undefined;
  }
  return latestCauseOfActionCatalogue;
}

type Change = 'new' | 'renamed' | 'moved' | 'split' | 'merged' | 'undetermined';

interface MappingRow {
  code: string;
  change: Change;
  from?: { name: string; level: number };
  source: string;
}

interface Mapping {
  from: string;
  to: string;
  entries: readonly MappingRow[];
}

const mappings: readonly Mapping[] = [mapping20252020 as unknown as Mapping];

export type PredecessorResult =
  | {
      ok: true;
      change: 'unchanged' | 'renamed' | 'moved' | 'split' | 'merged';
      fromVersion: string;
      predecessor: CauseOfActionEntry;
      source: string;
    }
  | { ok: true; change: 'new'; fromVersion: string; predecessor: null; source: string }
  | { ok: false; reason: 'unknown-version' | 'no-earlier-revision' | 'unknown-code' | 'unresolved' }
  | { ok: false; reason: 'undetermined'; source: string };

function findByNameAndLevel(catalogue: CauseOfActionCatalogue, name: string, level: number): CauseOfActionEntry | undefined {
  return catalogue.entries.find((e) => e.name === name && e.level === level);
}

/** The entry of the previous revision that `code` of `version` continues, per the mapping data and the same-name rule. */
export function predecessorOf(code: string, version: string): PredecessorResult {
  const catalogue = byVersion.get(version);
  if (!catalogue) return { ok: false, reason: 'unknown-version' };
  const mapping = mappings.find((m) => m.from === version);
  if (!mapping) return { ok: false, reason: 'no-earlier-revision' };
  const older = byVersion.get(mapping.to)!;
  const entry = catalogue.entries.find((e) => e.code === code);
  if (!entry) return { ok: false, reason: 'unknown-code' };
  const row = mapping.entries.find((r) => r.code === code);
  if (row?.change === 'new') return { ok: true, change: 'new', fromVersion: older.version, predecessor: null, source: row.source };
  if (row?.change === 'undetermined') return { ok: false, reason: 'undetermined', source: row.source };
  const target = row?.from ?? { name: entry.name, level: entry.level };
  const predecessor = findByNameAndLevel(older, target.name, target.level);
  if (!predecessor) return { ok: false, reason: 'unresolved' };
  if (!row)
    return { ok: true, change: 'unchanged', fromVersion: older.version, predecessor, source: 'same official name in both revisions' };
  return { ok: true, change: row.change, fromVersion: older.version, predecessor, source: row.source };
}

/** Rows of the mapping data, for tests and tooling. */
export function causeOfActionMappingRows(version: string): readonly MappingRow[] {
  return mappings.find((m) => m.from === version)?.entries ?? [];
}
