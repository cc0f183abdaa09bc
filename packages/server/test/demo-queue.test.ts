// The demo review queue (`serve --demo`): twenty submitted filings at the demo court through the real use
// cases, idempotent, with the defects the clerk's correction preview then finds, the duplicates the review
// aids show, and decision periods that make the queue's warning and last-day rows appear.
import type { ReviewAids, ReviewQueueItem } from '@lian/contract';
import { validateCreditCode, validateResidentId } from '@lian/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheck, residentIdCheck, seedDemoQueue } from '../src/cli/demo-queue.js';
import { demoQueue } from '../src/cli/demo-queue-data.js';
import { Client } from './client.js';
import { startTestPlatform, type TestPlatform } from './harness.js';

// Monday 2026-11-30, 10:00 in Beijing.
const NOW = new Date('2026-11-30T02:00:00Z');
let p: TestPlatform;
let clerk: Client;

beforeAll(async () => {
  p = await startTestPlatform({ now: () => NOW });
  expect(await seedDemoQueue(p.deps, NOW)).toBe(20);
  clerk = await new Client(p.app).login('clerk@chaoyang.court.example');
});
afterAll(async () => {
  await p?.stop();
});

describe('the demo review queue', () => {
  it('computes check digits that the domain accepts (GB 11643, GB 32100)', () => {
    expect(residentIdCheck('11010519491231002')).toBe('X'); // the GB 11643 example number
    expect(validateResidentId(`11010519860312402${residentIdCheck('11010519860312402')}`, '2026-11-30').ok).toBe(true);
    expect(validateCreditCode(`91110105MA01ABCD2${creditCodeCheck('91110105MA01ABCD2')}`).ok).toBe(true);
  });

  it('puts twenty submitted filings with receipts in the clerk’s queue, once', async () => {
    expect(await seedDemoQueue(p.deps, NOW)).toBe(0);
    const rows = await p.deps.db.selectFrom('filings').select(['state', 'receipt_number']).where('state', '!=', 'draft').execute();
    expect(rows).toHaveLength(20);
    expect(new Set(rows.map((r) => r.receipt_number)).size).toBe(20);
    const receipts = await p.deps.db.selectFrom('documents').select('kind').where('kind', '=', 'filing_receipt').execute();
    expect(receipts).toHaveLength(20);
    const queue = await clerk.get<{ items: ReviewQueueItem[] }>('/api/review/queue');
    expect(queue.status).toBe(200);
    expect(queue.body.items).toHaveLength(20);
    const urgencies = new Set(queue.body.items.map((i) => i.urgency));
    expect(urgencies).toContain('due_today');
    expect(urgencies).toContain('warning');
    expect(urgencies).toContain('normal');
    expect(urgencies).not.toContain('overdue');
  });

  it('has defects the correction preview finds: the filing with several lists each of them', async () => {
    const queue = await clerk.get<{ items: ReviewQueueItem[] }>('/api/review/queue');
    const several = queue.body.items.find((i) => i.defendantNames.includes('彭建华'))!;
    const preview = await clerk.get<{ items: Array<{ section: string; text: string }> }>(
      `/api/review/filings/${several.id}/correction-preview`,
    );
    const text = preview.body.items.map((i) => i.text).join('\n');
    expect(preview.body.items.length).toBeGreaterThanOrEqual(3);
    expect(text).toMatch(/身份/);
    expect(text).toMatch(/住所|地址/);
    expect(text).toMatch(/证据/);
    // The review screen shows the same findings before the clerk opens the notice.
    const aids = await clerk.get<ReviewAids>(`/api/review/filings/${several.id}/aids`);
    expect(aids.body.completeness.map((i) => i.text)).toEqual(preview.body.items.map((i) => i.text));
    const clean = queue.body.items.find((i) => i.defendantNames.includes('李建国'))!;
    const none = await clerk.get<{ items: unknown[] }>(`/api/review/filings/${clean.id}/correction-preview`);
    expect(none.body.items).toEqual([]);
  });

  it('shows the pair of duplicates to each other and the wrong court as outside the area', async () => {
    const queue = await clerk.get<{ items: ReviewQueueItem[] }>('/api/review/queue');
    const pair = queue.body.items.filter((i) => i.defendantNames.includes('钱光明'));
    expect(pair).toHaveLength(2);
    const aids = await clerk.get<ReviewAids>(`/api/review/filings/${pair[0]!.id}/aids`);
    expect(aids.body.duplicates.items.map((i) => i.id)).toEqual([pair[1]!.id]);
    const wrongCourt = queue.body.items.find((i) => i.defendantNames.includes('林志远'))!;
    const hints = await clerk.get<ReviewAids>(`/api/review/filings/${wrongCourt.id}/aids`);
    expect(hints.body.jurisdiction.overall).toBe('outside');
    expect(demoQueue.filter((f) => f.defect.startsWith('无'))).toHaveLength(5);
  });
});
