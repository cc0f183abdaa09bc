// Courts and the cause-of-action (案由) catalogue.
import { causeOfActionCatalogueFor, dateInZone, searchCausesOfAction } from '@lian/domain';
import type { Db } from '../../infra/db.js';
import * as repo from './repo.js';

export const listCourts = (db: Db) => repo.listCourts(db);
export const findCourt = (db: Db, id: string) => repo.findCourt(db, id);
export const upsertCourt = repo.upsertCourt;

/** Searches the catalogue in force today (China Standard Time: the catalogue is national). */
export function searchCauses(q: string, limit: number, now: Date = new Date()) {
  const today = dateInZone(now, 'Asia/Shanghai');
  const catalogue = causeOfActionCatalogueFor(today);
  if (!catalogue.ok) throw new Error(`no cause-of-action catalogue in force on ${today}`);
  const version = catalogue.catalogue.version;
  return { version, items: searchCausesOfAction(q, limit, { version }) };
}
