// SQL of filings, their parties, materials and timeline.
import { sql } from 'kysely';
import type { Db } from '../../infra/db.js';
import type { FilingPartiesTable, MaterialsTable, UploadsTable } from '../../infra/schema.js';
import type { Insertable, Updateable } from 'kysely';

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

/** Non-evidence materials in upload order, then the evidence in its list order (证据目录). */
export const materialsOf = (db: Db, filingId: string) =>
  db
    .selectFrom('materials')
    .selectAll()
    .where('filing_id', '=', filingId)
    .orderBy('evidence_position', (ob) => ob.asc().nullsFirst())
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();

export const maxEvidencePosition = async (trx: Db, filingId: string) =>
  Number(
    (
      await trx
        .selectFrom('materials')
        .select((eb) => eb.fn.coalesce(eb.fn.max('evidence_position'), eb.lit(0)).as('n'))
        .where('filing_id', '=', filingId)
        .executeTakeFirstOrThrow()
    ).n,
  );

export const updateEvidence = (
  trx: Db,
  filingId: string,
  materialId: string,
  e: Pick<Updateable<MaterialsTable>, 'evidence_name' | 'evidence_source' | 'evidence_purpose' | 'evidence_original' | 'evidence_pages'>,
) =>
  trx
    .updateTable('materials')
    .set(e)
    .where('filing_id', '=', filingId)
    .where('id', '=', materialId)
    .returningAll()
    .executeTakeFirstOrThrow();

export const setEvidencePosition = (trx: Db, filingId: string, materialId: string, position: number) =>
  trx
    .updateTable('materials')
    .set({ evidence_position: position })
    .where('filing_id', '=', filingId)
    .where('id', '=', materialId)
    .execute();

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

/** Whether any row names this blob: a material (as its file or preview derivative), or an issued document. */
export const blobReferenced = async (db: Db, sha256: string) =>
  (await db
    .selectFrom('materials')
    .select('id')
    .where((eb) => eb.or([eb('sha256', '=', sha256), eb('derivative_sha256', '=', sha256)]))
    .limit(1)
    .executeTakeFirst()) !== undefined ||
  (await db.selectFrom('documents').select('id').where('sha256', '=', sha256).limit(1).executeTakeFirst()) !== undefined;

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

/** Every filing an account created, oldest first (its holder's data copy; account deletion). */
export const allByCreator = (db: Db, userId: string) =>
  db.selectFrom('filings').selectAll().where('created_by', '=', userId).orderBy('created_at').execute();

export const deleteFilings = (trx: Db, ids: readonly string[]) =>
  ids.length === 0 ? Promise.resolve([]) : trx.deleteFrom('filings').where('id', 'in', ids).returning('id').execute();

export const materialHashesOf = (db: Db, filingIds: readonly string[]) =>
  filingIds.length === 0
    ? Promise.resolve([])
    : db.selectFrom('materials').select('sha256').distinct().where('filing_id', 'in', filingIds).execute();

export const lockFilingsOfCreator = (trx: Db, userId: string) =>
  trx.selectFrom('filings').select(['id', 'state']).where('created_by', '=', userId).forUpdate().execute();
/** Bytes a filing holds or has reserved: its materials plus the declared length of uploads in progress. */
export async function bytesOfFiling(db: Db, filingId: string, opts: { exceptUpload?: string; now: Date }) {
  const materials = await db
    .selectFrom('materials')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<string | number>('size'), sql<number>`0`).as('n'))
    .where('filing_id', '=', filingId)
    .executeTakeFirstOrThrow();
  let uploads = db
    .selectFrom('uploads')
    .select((eb) => [eb.fn.coalesce(eb.fn.sum<string | number>('length'), sql<number>`0`).as('n'), eb.fn.countAll().as('count')])
    .where('filing_id', '=', filingId)
    .where('expires_at', '>', opts.now);
  if (opts.exceptUpload) uploads = uploads.where('id', '<>', opts.exceptUpload);
  const u = await uploads.executeTakeFirstOrThrow();
  return { bytes: Number(materials.n) + Number(u.n), pendingUploads: Number(u.count) };
}

export const insertUpload = (trx: Db, u: Insertable<UploadsTable>) => trx.insertInto('uploads').values(u).execute();

export const findUpload = (db: Db, id: string) => db.selectFrom('uploads').selectAll().where('id', '=', id).executeTakeFirst();

export const deleteUpload = (db: Db, id: string) => db.deleteFrom('uploads').where('id', '=', id).execute();

export const expiredUploads = (db: Db, now: Date) =>
  db.selectFrom('uploads').select(['id', 'filing_id']).where('expires_at', '<=', now).orderBy('expires_at').limit(1000).execute();

export const uploadIds = async (db: Db, ids: readonly string[]) =>
  ids.length === 0
    ? new Set<string>()
    : new Set((await db.selectFrom('uploads').select('id').where('id', 'in', ids).execute()).map((r) => r.id));

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
