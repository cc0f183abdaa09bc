// SQL of the judge's workspace: the registered cases assigned to one judge at the given courts, with each
// case's fee state derived from the filing's state, its payment and any pending judicial-aid application.
import type { CaseFeeState, JudgeCasesQuery } from '@lian/contract';
import { sql } from 'kysely';
import type { Db } from '../../infra/db.js';

/** The fee state of a registered case (see caseFeeStates in the contract). */
const feeStateOf = () => sql<CaseFeeState>`CASE
    WHEN f.state = 'accepted' AND EXISTS (
      SELECT 1 FROM judicial_aid_applications a WHERE a.filing_id = f.id AND a.state = 'pending') THEN 'aid_pending'
    WHEN f.state = 'accepted' THEN 'due'
    WHEN f.state = 'fees_settled' AND EXISTS (
      SELECT 1 FROM payment_transactions t WHERE t.filing_id = f.id AND t.outcome = 'settled') THEN 'paid'
    WHEN f.state = 'fees_settled' THEN 'waived'
    ELSE 'lapsed' END`;

/** `%` and `_` in what the judge typed are matched literally. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function assignedTo(db: Db, judgeId: string, courtIds: readonly string[]) {
  return db
    .selectFrom('filings as f')
    .where('f.assigned_judge_id', '=', judgeId)
    .where('f.court_id', 'in', courtIds)
    .where('f.case_number', 'is not', null);
}

export async function assignedCases(db: Db, judgeId: string, courtIds: readonly string[], q: JudgeCasesQuery) {
  if (courtIds.length === 0) return { rows: [], total: 0 };
  const filtered = assignedTo(db, judgeId, courtIds)
    .$if(q.feeState !== undefined, (qb) => qb.where(feeStateOf(), '=', q.feeState!))
    .$if(!!q.q, (qb) =>
      qb.where((eb) =>
        eb.or([
          eb('f.case_number', 'ilike', likePattern(q.q!)),
          eb.exists(
            eb
              .selectFrom('filing_parties as p')
              .select(sql`1`.as('one'))
              .whereRef('p.filing_id', '=', 'f.id')
              .where('p.name', 'ilike', likePattern(q.q!)),
          ),
        ]),
      ),
    );
  const [rows, count] = await Promise.all([
    filtered
      .innerJoin('courts as c', 'c.id', 'f.court_id')
      .select([
        'f.id',
        'f.case_number',
        'f.court_id',
        'c.code as court_code',
        'c.name as court_name',
        'c.timezone',
        'f.cause_of_action_code',
        'f.cause_of_action_version',
        'f.claim_amount_fen',
        'f.procedure',
        'f.accepted_at',
        'f.assigned_at',
        'f.acceptance_fee_fen',
        'f.fee_due_date',
        feeStateOf().as('fee_state'),
      ])
      .orderBy('f.assigned_at', 'desc')
      .orderBy('f.id')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    filtered.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function countsByFeeState(db: Db, judgeId: string, courtIds: readonly string[]) {
  const counts: Record<CaseFeeState, number> = { due: 0, aid_pending: 0, paid: 0, waived: 0, lapsed: 0 };
  if (courtIds.length === 0) return counts;
  const rows = await assignedTo(db, judgeId, courtIds)
    .select([feeStateOf().as('fee_state'), (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(sql`1`)
    .execute();
  for (const r of rows) counts[r.fee_state] = Number(r.n);
  return counts;
}
