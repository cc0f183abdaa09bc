// SQL of courts.
import type { Db } from '../../infra/db.js';

export const listCourts = (db: Db) => db.selectFrom('courts').select(['id', 'code', 'name', 'timezone']).orderBy('code').execute();

export const findCourt = (db: Db, id: string) =>
  db.selectFrom('courts').select(['id', 'code', 'name', 'timezone']).where('id', '=', id).executeTakeFirst();

export async function upsertCourt(db: Db, c: { code: string; name: string; timezone: string }): Promise<string> {
  const row = await db
    .insertInto('courts')
    .values(c)
    .onConflict((oc) => oc.column('code').doUpdateSet({ name: c.name, timezone: c.timezone }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
