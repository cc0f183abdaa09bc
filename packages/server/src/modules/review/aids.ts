// Aids on the clerk's review screen: jurisdiction hints from the defendants' addresses and the cause of
// action (@lian/domain jurisdictionHints), and possible duplicates — the same plaintiff against the same
// defendant on the same cause, filed at any court in the last months. Only staff of the filing's court see
// them; another filing's details are shown only as far as the clerk may read that filing.
import type { ReviewAids } from '@lian/contract';
import { dateInZone, duplicateWindowStart, sectionOfPath, isPossibleDuplicate, jurisdictionHints, type PartyIdentity } from '@lian/domain';
import type { FieldCipher } from '../../infra/crypto.js';
import type { Db } from '../../infra/db.js';
import type { AuditContext } from '../audit/service.js';
import { findCourt } from '../catalogue/service.js';
import { completenessOf } from '../filing/completeness.js';
import { type PartyIdentityRow, partyIdentitiesOf, recentFilingsNaming } from '../filing/identities.js';
import { authorizeFiling, filingResource } from '../filing/service.js';
import { causeOfActionRef } from '../filing/view.js';
import { type Actor, can } from '../policy/policy.js';

export interface AidsDeps {
  db: Db;
  cipher: FieldCipher;
  now?: () => Date;
  duplicateWindowMonths?: number;
}

const sides = (rows: readonly PartyIdentityRow[], filingId: string) => {
  const of = (role: 'plaintiff' | 'defendant'): PartyIdentity[] =>
    rows
      .filter((r) => r.filingId === filingId && r.role === role)
      .map((r) => ({ name: r.name, idNumber: r.idNumber, creditCode: r.creditCode }));
  return { plaintiffs: of('plaintiff'), defendants: of('defendant') };
};

export async function reviewAids(
  deps: AidsDeps,
  ctx: AuditContext,
  actor: Actor,
  id: string,
  locale: 'zh-CN' | 'en' = 'zh-CN',
): Promise<ReviewAids> {
  const filing = await authorizeFiling(deps, ctx, actor, 'filing.reviewAids', id);
  const court = await findCourt(deps.db, filing.court_id);
  if (!court) throw new Error(`filing names a missing court ${filing.court_id}`);
  const own = await partyIdentitiesOf(deps, [id]);
  const cause = causeOfActionRef(filing.cause_of_action_code, filing.cause_of_action_version);

  const jurisdiction = jurisdictionHints({
    courtDesignation: court.code,
    defendants: own.filter((p) => p.role === 'defendant').map((p) => ({ name: p.name, address: p.address })),
    causeOfAction: cause ? { code: cause.code, version: filing.cause_of_action_version } : null,
  });

  const months = deps.duplicateWindowMonths ?? 6;
  const today = dateInZone(deps.now?.() ?? new Date(), court.timezone);
  const since = duplicateWindowStart(today, months);
  const items: ReviewAids['duplicates']['items'] = [];
  if (cause) {
    const candidates = await recentFilingsNaming(deps.db, {
      excludeId: id,
      // Start of that day in the court's zone is at most a day off a UTC midnight: look from the day before.
      since: new Date(Date.parse(`${since}T00:00:00Z`) - 86_400_000),
      names: [...new Set(own.map((p) => p.name.replace(/\s+/g, '')))],
      creditCodes: own.flatMap((p) => (p.creditCode ? [p.creditCode] : [])),
      createdBy: filing.created_by,
    });
    const theirs = await partyIdentitiesOf(
      deps,
      candidates.map((c) => c.id),
    );
    const mine = { ...sides(own, id), causeOfAction: cause.name };
    for (const c of candidates) {
      const submittedOn = dateInZone(c.submitted_at!, court.timezone);
      if (submittedOn < since) continue;
      const other = {
        ...sides(theirs, c.id),
        causeOfAction: causeOfActionRef(c.cause_of_action_code, c.cause_of_action_version)?.name ?? null,
      };
      if (!isPossibleDuplicate(mine, other)) continue;
      const base = { court: c.court_name, sameCourt: c.court_id === filing.court_id, submittedOn, causeOfAction: other.causeOfAction! };
      const readable = can(actor, 'filing.read', filingResource(c));
      items.push(
        readable
          ? {
              ...base,
              id: c.id,
              receiptNumber: c.receipt_number,
              caseNumber: c.case_number,
              state: c.state,
              plaintiffs: other.plaintiffs.map((p) => p.name),
              defendants: other.defendants.map((p) => p.name),
            }
          : base,
      );
    }
  }
  const completeness = (await completenessOf(deps.db, deps.cipher, filing, today, locale)).map((f) => ({
    section: sectionOfPath(f.path),
    path: f.path,
    text: f.message,
  }));
  return { completeness, jurisdiction, duplicates: { months, since, items } };
}
