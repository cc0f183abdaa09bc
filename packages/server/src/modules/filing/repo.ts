// SQL of filings, their parties, materials and timeline.
import { sql } from 'kysely';
import type { Db } from '../../infra/db.js';
import type { FilingPartiesTable, MaterialsTable } from '../../infra/schema.js';
import type { Insertable } from 'kysely';

export const findFiling = (db: Db, id: string) => db.selectFrom('filings').selectAll().where('id', '=', id).executeTakeFirst();

export const lockFiling = (trx: Db, id: string) =>
  trx.selectFrom('filings').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export async function insertFiling(trx: Db, f: { court_id: string; case_type: 'civil_first_instance'; created_by: string }) {
  const row = await trx
    .insertInto('filings')
    .values({ ...f, claims: JSON.stringify([]) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateDraftContent(
  trx: Db,
  id: string,
  c: {
    plaintiff_phone_enc: string | null;
    plaintiff_address_enc: string | null;
    claims: Array<{ text: string; amountFen: number | null }>;
    claim_amount_fen: number;
    facts_and_reasons: string;
    plaintiff_ethnicity: string;
    plaintiff_occupation: string;
    plaintiff_employer: string;
    cause_of_action_code: string | null;
    cause_of_action_version: string | null;
  },
) {
  await trx
    .updateTable('filings')
    .set({ ...c, claims: JSON.stringify(c.claims), updated_at: new Date() })
    .where('id', '=', id)
    .where('state', 'in', ['draft', 'correction_requested'])
    .executeTakeFirstOrThrow();
}

export async function insertParties(trx: Db, parties: Insertable<FilingPartiesTable>[]) {
  if (parties.length) await trx.insertInto('filing_parties').values(parties).execute();
}

export async function deleteParties(trx: Db, filingId: string, role: 'plaintiff' | 'defendant') {
  await trx.deleteFrom('filing_parties').where('filing_id', '=', filingId).where('role', '=', role).execute();
}

export const partiesOf = (db: Db, filingIds: readonly string[]) =>
  filingIds.length === 0
    ? Promise.resolve([])
    : db.selectFrom('filing_parties').selectAll().where('filing_id', 'in', filingIds).orderBy('role', 'desc').orderBy('position').execute();

export const materialsOf = (db: Db, filingId: string) =>
  db.selectFrom('materials').selectAll().where('filing_id', '=', filingId).orderBy('uploaded_at').orderBy('id').execute();

export const countMaterials = async (db: Db, filingId: string) =>
  Number(
    (
      await db
        .selectFrom('materials')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('filing_id', '=', filingId)
        .executeTakeFirstOrThrow()
    ).n,
  );

export const findMaterial = (db: Db, filingId: string, materialId: string) =>
  db.selectFrom('materials').selectAll().where('filing_id', '=', filingId).where('id', '=', materialId).executeTakeFirst();

export const insertMaterial = (trx: Db, m: Insertable<MaterialsTable>) =>
  trx.insertInto('materials').values(m).returningAll().executeTakeFirstOrThrow();

export const deleteMaterial = (trx: Db, filingId: string, materialId: string) =>
  trx.deleteFrom('materials').where('filing_id', '=', filingId).where('id', '=', materialId).returningAll().executeTakeFirst();

export const blobReferenced = async (db: Db, sha256: string) =>
  (await db.selectFrom('materials').select('id').where('sha256', '=', sha256).limit(1).executeTakeFirst()) !== undefined;

export async function insertEvent(
  trx: Db,
  e: { filing_id: string; actor_id: string | null; type: string; data: Record<string, string | number | null> },
) {
  await trx
    .insertInto('filing_events')
    .values({ ...e, data: JSON.stringify(e.data) })
    .execute();
}

export const eventsOf = (db: Db, filingId: string) =>
  db
    .selectFrom('filing_events')
    .leftJoin('users', 'users.id', 'filing_events.actor_id')
    .select(['filing_events.at', 'filing_events.type', 'filing_events.data', 'users.real_name as actor_name'])
    .where('filing_events.filing_id', '=', filingId)
    .orderBy('filing_events.id')
    .execute();

export const listByCreator = (db: Db, userId: string) =>
  db.selectFrom('filings').selectAll().where('created_by', '=', userId).orderBy('created_at', 'desc').limit(500).execute();

export async function nextReceiptSerial(trx: Db): Promise<number> {
  const r = await sql<{ n: number }>`SELECT nextval('filing_receipt_seq') AS n`.execute(trx);
  return Number(r.rows[0]?.n);
}

export async function markSubmitted(trx: Db, id: string, s: { receipt_number: string; submitted_at: Date; decision_due_date: string }) {
  await trx
    .updateTable('filings')
    .set({ ...s, state: 'submitted', updated_at: s.submitted_at })
    .where('id', '=', id)
    .where('state', '=', 'draft')
    .executeTakeFirstOrThrow();
}

/** Corrections arrived in time: the decision period runs again from today (登记立案规定 Art. 7). */
export async function markCorrected(trx: Db, id: string, c: { corrected_at: Date; decision_due_date: string }) {
  await trx
    .updateTable('filings')
    .set({ ...c, state: 'corrected', updated_at: c.corrected_at })
    .where('id', '=', id)
    .where('state', '=', 'correction_requested')
    .executeTakeFirstOrThrow();
}

export const userName = async (db: Db, id: string | null) =>
  id === null ? null : ((await db.selectFrom('users').select('real_name').where('id', '=', id).executeTakeFirst())?.real_name ?? null);
