// SQL of the review queue, of case-number allocation and of the court's decisions on a filing.
import type { ReviewQueueQuery } from '@lian/contract';
import type { FilingState } from '@lian/domain';
import { sql, type Updateable } from 'kysely';
import type { Db } from '../../infra/db.js';
import type { FilingsTable } from '../../infra/schema.js';

export const QUEUE_STATES = ['submitted', 'corrected', 'insisted'] as const;

export const queueAtCourts = (db: Db, courtIds: readonly string[], q: Omit<ReviewQueueQuery, 'courtId'>, now: Date) =>
  courtIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('filings')
        .innerJoin('courts', 'courts.id', 'filings.court_id')
        .select((eb) => [
          'filings.id',
          'filings.state',
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
          eb.exists(representedBy()).as('represented'),
        ])
        .where('filings.state', 'in', q.state ? [q.state] : [...QUEUE_STATES])
        .where('filings.court_id', 'in', courtIds)
        .$if(q.caseType !== undefined, (qb) => qb.where('filings.case_type', '=', q.caseType!))
        .$if(!!q.causeOfActionCode, (qb) => qb.where('filings.cause_of_action_code', '=', q.causeOfActionCode!))
        // Submission dates and days left are calendar dates in each court's own zone.
        .$if(q.submittedFrom !== undefined, (qb) =>
          qb.where(sql<string>`(filings.submitted_at AT TIME ZONE courts.timezone)::date`, '>=', q.submittedFrom!),
        )
        .$if(q.submittedTo !== undefined, (qb) =>
          qb.where(sql<string>`(filings.submitted_at AT TIME ZONE courts.timezone)::date`, '<=', q.submittedTo!),
        )
        .$if(q.maxDaysLeft !== undefined, (qb) =>
          qb.where(
            'filings.decision_due_date',
            '<=',
            sql<string>`((${now}::timestamptz AT TIME ZONE courts.timezone)::date + ${q.maxDaysLeft!}::int)`,
          ),
        )
        .$if(q.represented !== undefined, (qb) =>
          qb.where((eb) => (q.represented ? eb.exists(representedBy()) : eb.not(eb.exists(representedBy())))),
        )
        .orderBy('filings.decision_due_date')
        .orderBy('filings.submitted_at')
        .limit(1000)
        .execute();

/** Filed by a lawyer (代理人) rather than by the party in person. */
function representedBy() {
  return sql`(SELECT 1 FROM user_roles r WHERE r.user_id = filings.created_by AND r.role = 'lawyer')`;
}

export async function queueCounts(db: Db, courtIds: readonly string[]): Promise<Record<(typeof QUEUE_STATES)[number], number>> {
  const counts = { submitted: 0, corrected: 0, insisted: 0 };
  if (courtIds.length === 0) return counts;
  const rows = await db
    .selectFrom('filings')
    .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
    .where('court_id', 'in', courtIds)
    .where('state', 'in', [...QUEUE_STATES])
    .groupBy('state')
    .execute();
  for (const r of rows) counts[r.state as keyof typeof counts] = Number(r.n);
  return counts;
}

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

/** Moves a locked filing from `from` to `to` with the decision's columns; fails loudly if the state moved meanwhile. */
export async function transitionFiling(
  trx: Db,
  id: string,
  from: FilingState,
  to: FilingState,
  set: Omit<Updateable<FilingsTable>, 'state' | 'id'>,
  at: Date,
) {
  await trx
    .updateTable('filings')
    .set({ ...set, state: to, updated_at: at })
    .where('id', '=', id)
    .where('state', '=', from)
    .executeTakeFirstOrThrow();
}

/** Judges of the given courts, for the assignment picker. */
export const judgesAt = (db: Db, courtIds: readonly string[]) =>
  courtIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('user_roles')
        .innerJoin('users', 'users.id', 'user_roles.user_id')
        .select(['users.id', 'users.real_name', 'user_roles.court_id'])
        .where('user_roles.role', '=', 'judge')
        .where('user_roles.court_id', 'in', courtIds)
        .orderBy('users.real_name')
        .execute();

export const isJudgeAt = async (db: Db, userId: string, courtId: string) =>
  (await db
    .selectFrom('user_roles')
    .select('user_id')
    .where('user_id', '=', userId)
    .where('role', '=', 'judge')
    .where('court_id', '=', courtId)
    .executeTakeFirst()) !== undefined;

/**
 * Filings whose period ran out, for the scheduler: `dueColumn` before the court's date today. Each is then
 * locked on its own with SKIP LOCKED, so two server processes sweeping at once never take the same row.
 */
export const dueFilings = (db: Db, states: readonly FilingState[], dueColumn: 'correction_due_date' | 'decision_due_date', now: Date) =>
  db
    .selectFrom('filings')
    .innerJoin('courts', 'courts.id', 'filings.court_id')
    .select(['filings.id'])
    .where('filings.state', 'in', [...states])
    .where(`filings.${dueColumn}`, '<', sql<string>`(${now}::timestamptz AT TIME ZONE courts.timezone)::date`)
    .orderBy(`filings.${dueColumn}`)
    .limit(500)
    .execute();

export const lockIfFree = (trx: Db, id: string) =>
  trx.selectFrom('filings').selectAll().where('id', '=', id).forUpdate().skipLocked().executeTakeFirst();
