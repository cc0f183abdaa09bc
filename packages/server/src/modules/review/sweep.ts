// Periods that run out, observed by the scheduler (never claimed by a person): a correction notice not
// answered by its deadline returns the filing (退回, 登记立案规定 Art. 7); a decision period that ran out on a
// submitted or corrected filing registers it first (先行立案, Art. 8). Each filing is its own transaction,
// locked with SKIP LOCKED so that several server processes can sweep at once without doing the work twice.
import { dateInZone, type FilingState, nextFilingState, suggestedProcedure } from '@lian/domain';
import type { Db } from '../../infra/db.js';
import { type AuditContext, appendAudit } from '../audit/service.js';
import { findCourt } from '../catalogue/service.js';
import type { DocumentDeps } from '../documents/service.js';
import { recordFilingEvent } from '../filing/service.js';
import { registerCase } from './registration.js';
import * as repo from './repo.js';

export interface SweepResult {
  returned: string[];
  registeredFirst: string[];
}

const schedulerCtx: AuditContext = { actorId: null, requestId: 'scheduler', ip: null };
const DECISION_STATES: readonly FilingState[] = ['submitted', 'under_review', 'corrected'];

/** The sweep issues the 先行立案 documents too: it needs the blob store and the public URL for their QR codes. */
type SweepDeps = DocumentDeps & { now?: () => Date };

export async function sweepDueFilings(deps: SweepDeps): Promise<SweepResult> {
  const now = deps.now?.() ?? new Date();
  const result: SweepResult = { returned: [], registeredFirst: [] };
  for (const { id } of await repo.dueFilings(deps.db, ['correction_requested'], 'correction_due_date', now)) {
    if (await returnUncorrected(deps.db, id, now)) result.returned.push(id);
  }
  for (const { id } of await repo.dueFilings(deps.db, DECISION_STATES, 'decision_due_date', now)) {
    if (await registerFirst(deps, id, now)) result.registeredFirst.push(id);
  }
  return result;
}

/** Today in the filing's court, and whether `due` has passed there; re-checked under the row lock. */
async function passed(trx: Db, courtId: string, due: string | null, now: Date) {
  const court = await findCourt(trx, courtId);
  if (!court || !due) return null;
  return dateInZone(now, court.timezone) > due ? court : null;
}

async function returnUncorrected(db: Db, id: string, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const f = await repo.lockIfFree(trx, id);
    if (!f) return false; // another process holds it, or it is gone
    const next = nextFilingState(f.state, 'correction_deadline_passed');
    if (!next.ok || !(await passed(trx, f.court_id, f.correction_due_date, now))) return false;
    await repo.transitionFiling(trx, id, f.state, next.state, { returned_at: now }, now);
    await recordFilingEvent(trx, {
      filing_id: id,
      actor_id: null,
      type: 'filing.returned',
      data: { reason: 'correction_deadline_passed', correctionDueDate: f.correction_due_date },
    });
    await appendAudit(trx, schedulerCtx, {
      action: 'filing.return',
      outcome: 'success',
      resourceType: 'filing',
      resourceId: id,
      detail: { correctionDueDate: f.correction_due_date },
    });
    return true;
  });
}

async function registerFirst(deps: SweepDeps, id: string, now: Date): Promise<boolean> {
  return deps.db.transaction().execute(async (trx) => {
    const f = await repo.lockIfFree(trx, id);
    if (!f || !nextFilingState(f.state, 'decision_period_expired').ok) return false;
    const court = await passed(trx, f.court_id, f.decision_due_date, now);
    if (!court) return false;
    await registerCase(trx, schedulerCtx, {
      filing: f,
      court,
      procedure: suggestedProcedure(),
      actorId: null,
      now,
      registeredFirst: true,
      documents: { deps },
    });
    return true;
  });
}
