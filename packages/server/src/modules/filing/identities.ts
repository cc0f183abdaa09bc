// Who the parties of filings are, for comparisons across filings (duplicate screening): names, decrypted ID
// numbers and credit codes, and addresses. Read by court staff's services only; never returned as such.
import { sql } from 'kysely';
import type { FieldCipher } from '../../infra/crypto.js';
import type { Db } from '../../infra/db.js';
import * as repo from './repo.js';

export interface PartyIdentityRow {
  filingId: string;
  role: 'plaintiff' | 'defendant';
  name: string;
  idNumber: string | null;
  creditCode: string | null;
  address: string | null;
}

export async function partyIdentitiesOf(deps: { db: Db; cipher: FieldCipher }, filingIds: readonly string[]): Promise<PartyIdentityRow[]> {
  const open = (v: string | null) => (v === null ? null : deps.cipher.decrypt(v));
  return (await repo.partiesOf(deps.db, filingIds)).map((p) => ({
    filingId: p.filing_id,
    role: p.role,
    name: p.name,
    idNumber: open(p.id_number_enc),
    creditCode: p.credit_code,
    address: open(p.address_enc),
  }));
}

/**
 * Submitted filings (any state but draft, any court) since `since`, other than `excludeId`, that name a party
 * with one of `names` (spaces ignored) or a credit code of `creditCodes`, or were filed by `createdBy`:
 * the candidates a duplicate check then compares in full.
 */
export function recentFilingsNaming(
  db: Db,
  q: { excludeId: string; since: Date; names: readonly string[]; creditCodes: readonly string[]; createdBy: string },
) {
  const names = q.names.length ? q.names : [''];
  const codes = q.creditCodes.length ? q.creditCodes : [''];
  return db
    .selectFrom('filings as f')
    .innerJoin('courts as c', 'c.id', 'f.court_id')
    .select([
      'f.id',
      'f.court_id',
      'f.created_by',
      'f.state',
      'f.assigned_judge_id',
      'f.receipt_number',
      'f.case_number',
      'f.submitted_at',
      'f.cause_of_action_code',
      'f.cause_of_action_version',
      'c.name as court_name',
    ])
    .where('f.id', '!=', q.excludeId)
    .where('f.state', '!=', 'draft')
    .where('f.submitted_at', '>=', q.since)
    .where((eb) =>
      eb.or([
        eb('f.created_by', '=', q.createdBy),
        eb.exists(
          eb
            .selectFrom('filing_parties as p')
            .select('p.id')
            .whereRef('p.filing_id', '=', 'f.id')
            .where((e) => e.or([e(sql<string>`replace(p.name, ' ', '')`, 'in', names), e('p.credit_code', 'in', codes)])),
        ),
      ]),
    )
    .orderBy('f.submitted_at', 'desc')
    .limit(200)
    .execute();
}
