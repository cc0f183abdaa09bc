// The review screen's aids through the HTTP API: jurisdiction hints from the defendant's address, and
// possible duplicates (same plaintiff, defendant and cause, any court, last months) — shown only to the
// filing court's clerks, with another court's filing reduced to where and when it was filed.
import type { ReviewAids } from '@lian/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './client.js';
import { secondCourtWithClerk, signedInActor, submitCompleteFilings } from './fixtures.js';
import { startTestPlatform, type TestPlatform } from './harness.js';

let p: TestPlatform;
let clerk: Client;
let otherClerk: Client;
let litigant: Client;
let courtB: string;

beforeAll(async () => {
  p = await startTestPlatform();
  courtB = await secondCourtWithClerk(p.deps);
  clerk = await new Client(p.app).login('clerk@chaoyang.court.example');
  otherClerk = await new Client(p.app).login('clerk@haidian.court.example');
  litigant = await new Client(p.app).login('13800000001');
});
afterAll(async () => {
  await p?.stop();
});

const aids = (c: Client, id: string) => c.get<ReviewAids>(`/api/review/filings/${id}/aids`);

describe('review aids', () => {
  it('hint that the defendant is domiciled in the court area (CPL Art. 22) and list the duplicates with links', async () => {
    const owner = await signedInActor(p.deps, '13800000001');
    const [first, second] = await submitCompleteFilings(p.deps, owner, p.court.id, 2);
    const [elsewhere] = await submitCompleteFilings(p.deps, owner, courtB, 1);
    // Same parties, another cause: not a duplicate.
    const [otherCause] = await submitCompleteFilings(p.deps, owner, p.court.id, 1);
    await p.deps.db
      .updateTable('filings')
      .set({ cause_of_action_code: '88', cause_of_action_version: '2025' })
      .where('id', '=', otherCause!)
      .execute();

    const res = await aids(clerk, first!);
    expect(res.status).toBe(200);
    expect(res.body.completeness).toEqual([]); // a complete filing: the rules find nothing missing
    expect(res.body.jurisdiction.area).toBe('北京市朝阳区');
    expect(res.body.jurisdiction.overall).toBe('within');
    expect(res.body.jurisdiction.hints[0]).toMatchObject({
      ground: 'defendant_domicile',
      subject: '李四',
      result: 'within',
      basis: '民事诉讼法第二十二条',
    });

    expect(res.body.duplicates.months).toBe(6);
    const items = res.body.duplicates.items;
    expect(items).toHaveLength(2);
    const here = items.find((i) => i.sameCourt)!;
    expect(here).toMatchObject({ id: second, court: '北京市朝阳区人民法院', plaintiffs: ['张三'], defendants: ['李四'] });
    expect(here.receiptNumber).toMatch(/^京0105网立/);
    // The other court's filing: that it exists, where and when — no id, names or numbers for this clerk.
    const there = items.find((i) => !i.sameCourt)!;
    expect(there).toEqual({
      court: '北京市海淀区人民法院',
      sameCourt: false,
      submittedOn: there.submittedOn,
      causeOfAction: here.causeOfAction,
    });
    expect(items.some((i) => i.id === otherCause || i.id === elsewhere)).toBe(false);

    // The other court's clerk sees this court's filing the same reduced way from theirs.
    const fromB = await aids(otherClerk, elsewhere!);
    expect(fromB.status).toBe(200);
    expect(fromB.body.duplicates.items.every((i) => i.id === undefined && i.court === '北京市朝阳区人民法院')).toBe(true);
    expect(fromB.body.jurisdiction).toMatchObject({ area: null, overall: 'unknown' });
  });

  it('refuse the filer and another court’s clerk with 404 and an audit record', async () => {
    const owner = await signedInActor(p.deps, '13800000001');
    const [id] = await submitCompleteFilings(p.deps, owner, p.court.id, 1);
    for (const c of [litigant, otherClerk]) {
      const res = await c.call<{ error: { code: string } }>('GET', `/api/review/filings/${id}/aids`, undefined, {
        headers: { 'x-request-id': 'aids-denied' },
      });
      expect(res.status).toBe(404);
    }
    const denied = await p.deps.db.selectFrom('audit_log').select(['action', 'outcome']).where('request_id', '=', 'aids-denied').execute();
    expect(denied).toEqual([
      { action: 'filing.reviewAids', outcome: 'denied' },
      { action: 'filing.reviewAids', outcome: 'denied' },
    ]);
  });
});
