// The demo judge's cases (`serve --demo`): registered and assigned through the real use cases, once, so the
// judge's workspace shows a case with the fee due and one with a deferral application awaiting the clerk.
import type { JudgeCasesResponse, ReviewQueueItem } from '@lian/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoJudgeCases } from '../src/cli/demo-judge-cases.js';
import { Client } from './client.js';
import { startTestPlatform, type TestPlatform } from './harness.js';

// Monday 2026-11-30, 10:00 in Beijing.
const NOW = new Date('2026-11-30T02:00:00Z');
let p: TestPlatform;

beforeAll(async () => {
  p = await startTestPlatform({ now: () => NOW });
}, 120_000);
afterAll(async () => {
  await p?.stop();
});

describe('the demo judge’s cases', () => {
  it('are registered by the demo clerk and assigned to the demo judge, once, outside the review queue', async () => {
    expect(await seedDemoJudgeCases(p.deps, NOW)).toBe(2);
    expect(await seedDemoJudgeCases(p.deps, NOW), 'idempotent').toBe(0);
    const judge = await new Client(p.app).login('judge@chaoyang.court.example');
    const r = await judge.get<JudgeCasesResponse>('/api/judge/cases');
    expect(r.status).toBe(200);
    expect(r.body.items.map((i) => [i.causeOfAction?.name, i.plaintiffNames, i.fee.state])).toEqual([
      ['机动车交通事故责任纠纷', ['马秀英'], 'aid_pending'],
      ['民间借贷纠纷', ['黄志强'], 'due'],
    ]);
    for (const item of r.body.items) {
      expect(item.caseNumber).toMatch(/^（2026）京0105民初\d+号$/);
      expect(item.fee.daysLeft).toBeGreaterThan(0);
      const view = await judge.get<{ filing: { timeline: Array<{ type: string; at: string }> } }>(`/api/filings/${item.id}`);
      expect(view.body.filing.timeline.map((e) => e.type)).toEqual(expect.arrayContaining(['filing.accepted', 'filing.assigned']));
    }
    const clerk = await new Client(p.app).login('clerk@chaoyang.court.example');
    const queue = await clerk.get<{ items: ReviewQueueItem[] }>('/api/review/queue');
    expect(queue.body.items.filter((q) => r.body.items.some((i) => i.id === q.id))).toEqual([]);
  });
});
