// The audit trail keeps no free text and no personal data (issue #5): it is append-only, so whatever its
// records hold outlives the retention of the filing or account they are about. Each action that takes
// free text or names — a ruling's reasoning, correction items, a lawyer's refusal, a new staff member's
// name, a filing's parties and facts — is performed through the API with a recognisable marker, and the
// whole audit table, read as text, must not contain it; the details keep codes, counts and a SHA-256 of
// the text that matches the text kept elsewhere. After retention the reasoning is gone from the database.
import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textDigest } from '../src/modules/audit/service.js';
import { defaultRetention, sweepRetention } from '../src/modules/privacy/retention.js';
import { searchCausesOfAction } from '@lian/domain';
import { Client, completeDraft } from './client.js';
import { findPlainText } from './db-scan.js';
import { completeDrafts, signedInActor } from './fixtures.js';
import { startTestPlatform, type TestPlatform } from './harness.js';

let p: TestPlatform;
const run = randomUUID().slice(0, 8);
const M = (what: string) => `MARKER-${what}-${run}`;
const markers = {
  reasoning: M('reasoning'),
  item: M('item'),
  refusal: M('refusal'),
  staff: M('staff'),
  defendant: M('defendant'),
  facts: M('facts'),
};
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const ids = { rejected: '', corrected: '', lawyer: '', staff: '' };

/** How many audit records hold `needle` anywhere: the whole row, as text. */
const inAudit = async (needle: string) =>
  Number(
    (await sql<{ n: string }>`SELECT count(*)::text AS n FROM audit_log a WHERE strpos(a::text, ${needle}) > 0`.execute(p.deps.db)).rows[0]!
      .n,
  );
const lastAudit = (action: string, resourceId: string) =>
  p.deps.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', action)
    .where('resource_id', '=', resourceId)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();

beforeAll(async () => {
  p = await startTestPlatform();
  const owner = await new Client(p.app).login('13800000001');
  [ids.rejected, ids.corrected] = (await completeDrafts(p.deps, await signedInActor(p.deps, '13800000001'), p.court.id, 2)) as [
    string,
    string,
  ];
  const draft = {
    ...completeDraft,
    causeOfActionCode: searchCausesOfAction('民间借贷', 1)[0]!.code,
    defendants: [{ ...completeDraft.defendants[0]!, name: markers.defendant }],
    factsAndReasons: `${completeDraft.factsAndReasons}${markers.facts}`,
  };
  for (const id of [ids.rejected, ids.corrected]) {
    expect((await owner.put(`/api/filings/${id}`, draft)).status).toBe(200);
    expect((await owner.post(`/api/filings/${id}/submit`)).status).toBe(200);
  }
  const clerk = await new Client(p.app).login('clerk@chaoyang.court.example');
  const rejected = await clerk.post(`/api/review/filings/${ids.rejected}/reject`, { ground: 'not_this_court', reason: markers.reasoning });
  expect(rejected.status).toBe(200);
  const dueDate = new Date(Date.now() + 7 * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  const corrected = await clerk.post(`/api/review/filings/${ids.corrected}/request-correction`, {
    items: [
      { section: 'claims', text: markers.item },
      { section: 'claims', text: '请明确诉讼请求' },
    ],
    dueDate,
  });
  expect(corrected.status).toBe(200);

  const admin = await new Client(p.app).login('admin@chaoyang.court.example');
  type Lawyers = { lawyers: Array<{ userId: string; realName: string }> };
  ids.lawyer = (await admin.get<Lawyers>('/api/admin/lawyers')).body.lawyers.find((l) => l.realName === '周律师')!.userId;
  expect((await admin.post(`/api/admin/lawyers/${ids.lawyer}/refuse`, { reason: markers.refusal })).status).toBe(204);
  const staff = await admin.post<{ member: { id: string } }>('/api/admin/staff', {
    login: `staff-${run}@chaoyang.court.example`,
    realName: markers.staff,
    roles: ['filing_clerk'],
    courtIds: [p.court.id],
  });
  expect(staff.status).toBe(201);
  ids.staff = staff.body.member.id;
}, 180_000);
afterAll(async () => {
  await p?.stop();
});

describe('audit records keep no free text and no personal data', () => {
  it('hold none of the markers, which the records of the filings and accounts themselves do hold', async () => {
    for (const [what, marker] of Object.entries(markers)) {
      expect({ what, records: await inAudit(marker) }).toEqual({ what, records: 0 });
      expect((await findPlainText(p.deps.db, marker)).length, `${what} was stored somewhere`).toBeGreaterThan(0);
    }
    expect(await findPlainText(p.deps.db, markers.reasoning)).toEqual(['filings.rejection_reason']);
    expect(await findPlainText(p.deps.db, markers.item)).toEqual(['filings.correction_items']);
    // Nor the staff member's sign-in name, nor the filer's phone or ID number.
    for (const v of [`staff-${run}`, '13800000001', '110105199003071239']) expect({ v, n: await inAudit(v) }).toEqual({ v, n: 0 });
  });

  it('keep codes, counts and a digest of the text that matches the text kept with the filing or account', async () => {
    const filing = (id: string) => p.deps.db.selectFrom('filings').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const reject = await lastAudit('filing.reject', ids.rejected);
    expect(reject.detail).toEqual({ ground: 'not_this_court', reasonSha256: sha(markers.reasoning), appealDueDate: expect.any(String) });
    expect(reject.detail.reasonSha256).toBe(sha((await filing(ids.rejected)).rejection_reason!));

    const correction = await lastAudit('filing.request_correction', ids.corrected);
    expect(correction.detail).toMatchObject({ items: 2, sections: ['claims'], dueDate: expect.any(String) });
    // Recomputed from the items as the filing keeps them (a jsonb round trip: the digest sorts keys).
    expect(correction.detail.itemsSha256).toBe(textDigest((await filing(ids.corrected)).correction_items));
    expect(correction.detail.itemsSha256).not.toBe(textDigest([{ section: 'claims', text: 'changed' }]));

    const refusal = await lastAudit('lawyer.refuse', ids.lawyer);
    const lawyer = await p.deps.db
      .selectFrom('lawyer_accounts')
      .select('refusal_reason')
      .where('user_id', '=', ids.lawyer)
      .executeTakeFirstOrThrow();
    expect(refusal.detail).toEqual({ from: 'pending', reasonSha256: sha(lawyer.refusal_reason!) });

    const created = await lastAudit('staff.create', ids.staff);
    expect(created.detail).toEqual({ memberships: [`filing_clerk@${p.court.id}`] });
  });

  it('so that after retention the ruling’s reasoning is nowhere in the database', async () => {
    const sweep = await sweepRetention(
      { ...p.deps, now: () => new Date(Date.now() + (defaultRetention.rejectedDays + 1) * 86_400_000) },
      {
        actorId: null,
        requestId: 'test:audit-minimal',
        ip: null,
      },
      defaultRetention,
    );
    expect(sweep.purged).toContain(ids.rejected);
    expect(await findPlainText(p.deps.db, markers.reasoning)).toEqual([]);
    expect(await inAudit(markers.reasoning)).toBe(0);
  });
});
