// The cause-of-action catalogue (民事案件案由): lookup by code and the path from the top level down,
// in the revision a caller names ({ version }) or the one in force on a filing date ({ date }); latest by default.
import {
  latestCauseOfActionCatalogue,
  selectCauseOfActionCatalogue,
  type CatalogueOptions,
  type CauseOfActionCatalogue,
  type CauseOfActionEntry,
} from './versions.js';

export type { CatalogueOptions, CauseOfActionCatalogue, CauseOfActionEntry } from './versions.js';

/** The latest complete revision. */
export const causeOfActionCatalogue: CauseOfActionCatalogue = latestCauseOfActionCatalogue;

const indexes = new WeakMap<CauseOfActionCatalogue, ReadonlyMap<string, CauseOfActionEntry>>();

/** Code → entry for one catalogue, built once. */
export function catalogueIndex(catalogue: CauseOfActionCatalogue): ReadonlyMap<string, CauseOfActionEntry> {
  let index = indexes.get(catalogue);
  if (!index) {
    index = new Map(catalogue.entries.map((e) => [e.code, e]));
    indexes.set(catalogue, index);
  }
  return index;
}

export function findCauseOfAction(code: string, options?: CatalogueOptions): CauseOfActionEntry | undefined {
  const catalogue = selectCauseOfActionCatalogue(options);
  return catalogue ? catalogueIndex(catalogue).get(code) : undefined;
}

/** Names of the entry's ancestors, top level first (the entry itself not included). */
export function causeOfActionPath(code: string, options?: CatalogueOptions): string[] {
  const catalogue = selectCauseOfActionCatalogue(options);
  if (!catalogue) return [];
  const index = catalogueIndex(catalogue);
  const path: string[] = [];
  let parent = index.get(code)?.parent ?? null;
  while (parent !== null) {
    const p = index.get(parent);
    if (!p) break;
    path.unshift(p.name);
    parent = p.parent;
  }
  return path;
}

/** Entries a filer may choose: third- and fourth-level causes (the first two levels are headings). */
export function isSelectableCauseOfAction(code: string, options?: CatalogueOptions): boolean {
  const e = findCauseOfAction(code, options);
  return e !== undefined && e.level >= 3;
}
