// Search of the cause-of-action catalogue for the words a litigant actually types ("借钱不还", "车祸").
// Two signals: matches against the official names, and a small editorial keyword table (keywords.json)
// that maps everyday words to official names, resolved in whichever revision is searched.
// No answers are hard-coded here; ranking is data plus these rules.
import keywords from './keywords.json' with { type: 'json' };
import { causeOfActionPath } from './catalogue.js';
import { causeOfActionCatalogues, selectCauseOfActionCatalogue, type CatalogueOptions } from './versions.js';

export interface CauseOfActionHit {
  code: string;
  name: string;
  path: string[];
}

interface KeywordRow {
  names: readonly string[];
  weight: number;
  terms: readonly string[];
}

const rows: readonly KeywordRow[] = keywords.rows;

// A name no revision offers as a selectable cause is a typo in keywords.json: fail at load.
const knownNames = new Set(causeOfActionCatalogues.flatMap((c) => c.entries.filter((e) => e.level >= 3).map((e) => e.name)));
for (const row of rows) {
  for (const name of row.names) {
    if (!knownNames.has(name)) throw new Error(`keywords.json names ${name}, which no catalogue offers as a selectable cause`);
  }
}

function normalize(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s,，。、;；:：!！?？"'“”‘’()（）]/gu, '');
}

const normalizedRows = rows.map((row) => ({ ...row, terms: row.terms.map(normalize) }));

function bigrams(s: string): string[] {
  const chars = [...s];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  return out;
}

/** Score of an official name against the query. */
function nameScore(name: string, q: string): number {
  if (name === q || name === `${q}纠纷`) return 12;
  if (name.includes(q)) return 6 + (2 * [...q].length) / [...name].length;
  const grams = bigrams(q);
  if (grams.length === 0) return 0;
  const hit = grams.filter((g) => name.includes(g)).length / grams.length;
  return hit >= 0.5 ? 4 * hit : 0;
}

/**
 * Best keyword score for each official name: a longer matched term is more specific, so it counts more,
 * and a term that is the whole query counts most (the litigant typed exactly that everyday word).
 */
function keywordScores(q: string): Map<string, number> {
  const scores = new Map<string, number>();
  for (const row of normalizedRows) {
    let best = 0;
    for (const term of row.terms) {
      const len = [...term].length;
      if (term === q) best = Math.max(best, row.weight * (1 + len / 4) * 3);
      else if (q.includes(term)) best = Math.max(best, row.weight * (1 + len / 4));
      else if ([...q].length >= 2 && term.includes(q)) best = Math.max(best, row.weight * 0.75);
    }
    if (best > 0) for (const name of row.names) scores.set(name, Math.max(scores.get(name) ?? 0, best));
  }
  return scores;
}

/**
 * Selectable causes (third and fourth level) matching the query, best first.
 * `options` picks the revision ({ version } or the one in force on { date }); the latest by default.
 */
export function searchCausesOfAction(query: string, limit = 10, options?: CatalogueOptions): CauseOfActionHit[] {
  const q = normalize(query);
  const catalogue = selectCauseOfActionCatalogue(options);
  if (q.length === 0 || limit <= 0 || !catalogue) return [];
  const kw = keywordScores(q);
  const scored = catalogue.entries
    .filter((e) => e.level >= 3)
    .map((e, order) => ({ e, order, score: nameScore(e.name, q) + (kw.get(e.name) ?? 0) }))
    .filter((s) => s.score > 0);
  scored.sort((a, b) => b.score - a.score || a.e.name.length - b.e.name.length || a.order - b.order);
  return scored
    .slice(0, limit)
    .map(({ e }) => ({ code: e.code, name: e.name, path: causeOfActionPath(e.code, { version: catalogue.version }) }));
}
