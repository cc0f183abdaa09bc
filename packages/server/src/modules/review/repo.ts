// SQL of the review queue and of case-number allocation.
import { sql } from 'kysely';
import type { Db } from '../../infra/db.js';

export const submittedAtCourts = (db: Db, courtIds: readonly string[]) =>
  courtIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('filings')
        .innerJoin('courts', 'courts.id', 'filings.court_id')
        .select((eb) => [
          'filings.id',
          'filings.receipt_number',
          'filings.court_id',
          'courts.code as court_code',
          'courts.name as court_name',
          'courts.timezone',
          'filings.cause_of_action_code',
          'filings.cause_of_action_version',
          'filings.claim_amount_fen',
          'filings.submitted_at',
          'filings.decision_due_date',
          eb
            .selectFrom('materials')
            .select((m) => m.fn.countAll<number>().as('n'))
            .whereRef('materials.filing_id', '=', 'filings.id')
            .as('material_count'),
        ])
        .where('filings.state', '=', 'submitted')
        .where('filings.court_id', 'in', courtIds)
        .orderBy('filings.decision_due_date')
        .orderBy('filings.submitted_at')
        .limit(1000)
        .execute();

/**
 * Next serial number for (court, year, case type). The upsert takes the counter row's lock, held until
 * the accepting transaction ends: concurrent acceptances queue here, and a rollback returns the
 * number, so the series has no duplicates and no gaps.
 */
export async function nextCaseSerial(trx: Db, courtId: string, year: number, typeCode: string): Promise<number> {
  const r = await sql<{ last_serial: number }>`
    INSERT INTO case_counters (court_id, year, type_code, last_serial) VALUES (${courtId}, ${year}, ${typeCode}, 1)
    ON CONFLICT (court_id, year, type_code) DO UPDATE SET last_serial = case_counters.last_serial + 1
    RETURNING last_serial`.execute(trx);
  return Number(r.rows[0]?.last_serial);
}

export async function markAccepted(
  trx: Db,
  id: string,
  a: { case_number: string; case_year: number; case_type_code: string; case_serial: number; accepted_at: Date; accepted_by: string },
) {
  await trx
    .updateTable('filings')
    .set({ ...a, state: 'accepted', updated_at: a.accepted_at })
    .where('id', '=', id)
    .where('state', '=', 'submitted')
    .executeTakeFirstOrThrow();
}
