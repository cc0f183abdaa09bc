// Courts with their designations (法院代字), levels, parents and time zones; see courts.json for sources.
// loadCourtTable checks a fuller official table (各级法院代字表) that operators load at deployment.
import data from './courts.json' with { type: 'json' };
import { designationTier } from './case-numbers/courtDesignation.js';

export type CourtLevel = 'supreme' | 'high' | 'intermediate' | 'basic' | 'special';
/** corps: XPCC branch (兵); military: PLA courts (军); the rest are the specialised courts' kinds. */
export type SpecialCourtKind = 'ip' | 'financial' | 'internet' | 'maritime' | 'railway' | 'corps' | 'military';

export interface Court {
  id: string;
  name: string;
  nameEn: string;
  designation: string;
  level: CourtLevel;
  specialKind: SpecialCourtKind | null;
  parentId: string | null;
  timeZone: string;
  source: string;
}

export type CourtRowIssue =
  | 'not_an_object'
  | 'id_missing'
  | 'name_missing'
  | 'name_en_missing'
  | 'designation_missing'
  | 'level_unknown'
  | 'special_kind_unknown'
  | 'special_kind_missing' // level special without a kind
  | 'time_zone_invalid'
  | 'source_missing'
  | 'designation_malformed' // not 最高法 / a high-court character with 0, 2 or 4 digits
  | 'designation_level_mismatch' // e.g. a basic court with 2 digits
  | 'duplicate_id'
  | 'duplicate_designation'
  | 'parent_missing' // names a parentId not in the table
  | 'parent_required' // only the Supreme People's Court has no parent
  | 'parent_cycle'
  | 'province_mismatch'; // Art. 5: the designation must start with its high court's designation

export interface CourtRowError {
  row: number; // 0-based index in the input
  id: string | null;
  issues: CourtRowIssue[];
}

export type CourtTableResult = { ok: true; courts: Court[] } | { ok: false; courts: Court[]; errors: CourtRowError[] };

const LEVELS: readonly CourtLevel[] = ['supreme', 'high', 'intermediate', 'basic', 'special'];
const KINDS: readonly SpecialCourtKind[] = ['ip', 'financial', 'internet', 'maritime', 'railway', 'corps', 'military'];

function text(row: Record<string, unknown>, key: string): string {
  const v = row[key];
  return typeof v === 'string' ? v.trim() : '';
}

function pick<T extends string>(allowed: readonly T[], s: string): T | null {
  return allowed.find((a) => a === s) ?? null;
}

function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone !== '';
  } catch {
    return false;
  }
}

/** Art. 4–5: which designation shapes each level may have (special courts are intermediate- or basic-shaped). */
function shapeFits(level: CourtLevel, designation: string): boolean {
  const tier = designationTier(designation);
  if (level === 'special') return tier === 'intermediate' || tier === 'basic';
  return tier === level;
}

function readRow(raw: unknown): { court: Court | null; id: string; issues: CourtRowIssue[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { court: null, id: '', issues: ['not_an_object'] };
  const row = raw as Record<string, unknown>;
  const issues: CourtRowIssue[] = [];
  const id = text(row, 'id');
  const designation = text(row, 'designation');
  const level = pick(LEVELS, text(row, 'level'));
  const kindText = text(row, 'specialKind');
  const specialKind = pick(KINDS, kindText);
  const timeZone = text(row, 'timeZone');
  if (!id) issues.push('id_missing');
  if (!text(row, 'name')) issues.push('name_missing');
  if (!text(row, 'nameEn')) issues.push('name_en_missing');
  if (!designation) issues.push('designation_missing');
  else if (!designationTier(designation)) issues.push('designation_malformed');
  else if (level && !shapeFits(level, designation)) issues.push('designation_level_mismatch');
  if (!level) issues.push('level_unknown');
  if (kindText && !specialKind) issues.push('special_kind_unknown');
  if (level === 'special' && !kindText) issues.push('special_kind_missing');
  if (!validZone(timeZone)) issues.push('time_zone_invalid');
  if (!text(row, 'source')) issues.push('source_missing');
  if (issues.length > 0 || !level) return { court: null, id, issues };
  const parentId = text(row, 'parentId') || null;
  const court: Court = {
    id,
    name: text(row, 'name'),
    nameEn: text(row, 'nameEn'),
    designation,
    level,
    specialKind,
    parentId,
    timeZone,
    source: text(row, 'source'),
  };
  return { court, id, issues };
}

function duplicates(values: readonly string[]): Set<string> {
  const seen = new Set<string>();
  return new Set(values.filter((v) => seen.has(v) || !seen.add(v)));
}

/** The high court above a court (itself for a high court); call only on a chain without cycles. */
function highCourtOf(c: Court, byId: ReadonlyMap<string, Court>): Court | undefined {
  let cur: Court | undefined = c;
  while (cur && cur.level !== 'high') cur = cur.parentId ? byId.get(cur.parentId) : undefined;
  return cur;
}

function hasCycle(c: Court, byId: ReadonlyMap<string, Court>): boolean {
  const seen = new Set<string>();
  let cur: Court | undefined = c;
  while (cur) {
    if (seen.has(cur.id)) return true;
    seen.add(cur.id);
    cur = cur.parentId ? byId.get(cur.parentId) : undefined;
  }
  return false;
}

function crossIssues(c: Court, byId: ReadonlyMap<string, Court>, dupId: boolean, dupDesignation: boolean): CourtRowIssue[] {
  const issues: CourtRowIssue[] = [];
  if (dupId) issues.push('duplicate_id');
  if (dupDesignation) issues.push('duplicate_designation');
  if (c.parentId === null) {
    if (c.level !== 'supreme') issues.push('parent_required');
    return issues;
  }
  if (!byId.has(c.parentId)) return [...issues, 'parent_missing'];
  if (hasCycle(c, byId)) return [...issues, 'parent_cycle'];
  const high = highCourtOf(c, byId);
  if (c.level !== 'high' && !(high && c.designation.startsWith(high.designation))) issues.push('province_mismatch');
  return issues;
}

/**
 * Validates a court table: rows in the shape of courts.json (or CSV rows parsed by the caller into objects
 * with the same keys; an empty parentId or specialKind means none). Returns the valid courts and, per
 * faulty row, every issue found, so an operator can fix the whole file at once.
 */
export function loadCourtTable(rows: readonly unknown[]): CourtTableResult {
  const read = rows.map(readRow);
  const valid = read.flatMap((r) => (r.court ? [r.court] : []));
  const byId = new Map(valid.map((c) => [c.id, c]));
  const dupIds = duplicates(valid.map((c) => c.id));
  const dupDesignations = duplicates(valid.map((c) => c.designation));
  const errors: CourtRowError[] = [];
  const courts: Court[] = [];
  read.forEach((r, row) => {
    const c = r.court;
    if (!c) {
      errors.push({ row, id: r.id || null, issues: r.issues });
      return;
    }
    const issues = crossIssues(c, byId, dupIds.has(c.id), dupDesignations.has(c.designation));
    if (issues.length > 0) errors.push({ row, id: c.id, issues });
    else courts.push(c);
  });
  return errors.length === 0 ? { ok: true, courts } : { ok: false, courts, errors };
}

/** The court table shipped with the platform (see courts.json); its own validity is a test. */
export const demoCourts: readonly Court[] = (() => {
  const result = loadCourtTable(data.courts);
  if (!result.ok) throw new Error(`courts.json is invalid: ${JSON.stringify(result.errors)}`);
  return result.courts;
})();

export function findCourtByDesignation(designation: string, courts: readonly Court[] = demoCourts): Court | undefined {
  return courts.find((c) => c.designation === designation);
}

/** The demo court where the first filing journey takes place. */
export const demoCourt: Court = (() => {
  const c = demoCourts.find((x) => x.id === 'bj-chaoyang');
  if (!c) throw new Error('courts.json lacks the demo court bj-chaoyang');
  return c;
})();
