// The foundation journey through the real HTTP API: a litigant registers, files a civil case with a
// complaint and evidence, submits it; a filing clerk sees it in the queue and accepts it with a case number.
import { formatCaseNumber, searchCausesOfAction } from '@lian/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilingView, ReviewQueueItem } from '@lian/contract';
import { verifyAuditChain } from '../src/modules/audit/service.js';
import { Client, completeDraft, samplePdf, samplePng } from './client.js';
import { signedInActor, submitCompleteFilings } from './fixtures.js';
import { startTestPlatform, type TestPlatform } from './harness.js';

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform();
});
afterAll(async () => {
  await p?.stop();
});

describe('online filing journey', () => {
  it('goes from registration to an accepted case with a case number and a full timeline', async () => {
    const litigant = new Client(p.app);
    const reg = await litigant.register('/api/auth/register', {
      login: 'wangwu@example.com',
      password: 'correct horse battery',
      realName: '王五',
      idNumber: '11010519920815246' + checkChar('11010519920815246'),
    });
    expect(reg.status, JSON.stringify(reg.body)).toBe(201);
    expect((reg.body as { user: { idNumberMasked: string } }).user.idNumberMasked).toMatch(/^110105\*{8}246.$/);

    const me = await litigant.get<{ user: { realName: string; roles: string[] } }>('/api/me');
    expect(me.body.user).toMatchObject({ realName: '王五', roles: ['litigant'] });

    const created = await litigant.post<{ filing: FilingView }>('/api/filings', { courtId: p.court.id, caseType: 'civil_first_instance' });
    expect(created.status).toBe(201);
    const id = created.body.filing.id;
    expect(created.body.filing).toMatchObject({ state: 'draft', receiptNumber: null, caseNumber: null });
    expect(created.body.filing.plaintiffs[0]).toMatchObject({ name: '王五' });

    const cause = searchCausesOfAction('民间借贷', 1)[0];
    expect(cause?.name).toBe('民间借贷纠纷');
    const saved = await litigant.put<{ filing: FilingView }>(`/api/filings/${id}`, { ...completeDraft, causeOfActionCode: cause!.code });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.filing.claimAmountFen).toBe(5_000_000);
    expect(saved.body.filing.personalData).toBe('full');
    expect(saved.body.filing.defendants[0]).toMatchObject({ name: '李四', phone: '13900000000' });

    const complaint = samplePdf('complaint');
    const up1 = await litigant.upload<{ material: { sha256: string; mediaType: string } }>(
      `/api/filings/${id}/materials?kind=complaint&fileName=${encodeURIComponent('起诉状.pdf')}`,
      complaint,
    );
    expect(up1.status, JSON.stringify(up1.body)).toBe(201);
    expect(up1.body.material.mediaType).toBe('application/pdf');
    const up2 = await litigant.upload<{ material: { id: string } }>(
      `/api/filings/${id}/materials?kind=evidence&fileName=${encodeURIComponent('借条照片.png')}`,
      samplePng(),
    );
    expect(up2.status).toBe(201);
    const listed = await litigant.put(`/api/filings/${id}/materials/${up2.body.material.id}/evidence`, {
      name: '借条',
      source: '原告持有',
      purpose: '证明被告向原告借款50000元',
      original: 'original',
      pageCount: 1,
    });
    expect(listed.status, JSON.stringify(listed.body)).toBe(200);
    const up3 = await litigant.upload(
      `/api/filings/${id}/materials?kind=identity&fileName=${encodeURIComponent('身份证.png')}`,
      samplePng(),
    );
    expect(up3.status).toBe(201);

    const submitted = await litigant.post<{ filing: FilingView }>(`/api/filings/${id}/submit`);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    const f = submitted.body.filing;
    expect(f.state).toBe('submitted');
    expect(f.receiptNumber).toMatch(/^京0105网立\d{8}\d{6}$/);
    expect(f.submittedAt).not.toBeNull();
    expect(f.decisionDueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(f.daysLeft).toBeGreaterThanOrEqual(7);
    expect(f.allowed).toEqual({
      edit: false,
      submit: false,
      accept: false,
      requestCorrection: false,
      reject: false,
      assign: false,
      insist: false,
    });

    const clerk = await new Client(p.app).login('clerk@chaoyang.court.example');
    const queue = await clerk.get<{ items: ReviewQueueItem[] }>('/api/review/queue');
    expect(queue.status).toBe(200);
    const item = queue.body.items.find((i) => i.id === id);
    expect(item).toMatchObject({
      receiptNumber: f.receiptNumber,
      plaintiffNames: ['王五'],
      defendantNames: ['李四'],
      claimAmountFen: 5_000_000,
      materialCount: 3,
      urgency: 'normal',
    });

    const asClerk = await clerk.get<{ filing: FilingView }>(`/api/filings/${id}`);
    expect(asClerk.body.filing.personalData).toBe('masked');
    expect(asClerk.body.filing.defendants[0]!.phone).toBe('139****0000');
    expect(asClerk.body.filing.allowed.accept).toBe(true);
    const file = await clerk.get(await clerk.linkTo(id, asClerk.body.filing.materials[0]!.id));
    expect(file.status).toBe(200);
    expect(file.raw.equals(complaint)).toBe(true);

    const accepted = await clerk.post<{ filing: FilingView }>(`/api/review/filings/${id}/accept`);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
    expect(accepted.body.filing.caseNumber).toBe(formatCaseNumber({ year, courtCode: '京0105', typeCode: '民初', serial: 1 }));
    expect(accepted.body.filing.caseNumber).toBe(`（${year}）京0105民初1号`);

    const again = await clerk.post<{ error: { code: string } }>(`/api/review/filings/${id}/accept`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('FILING_STATE_CONFLICT');

    const seen = await litigant.get<{ filing: FilingView }>(`/api/filings/${id}`);
    expect(seen.body.filing.state).toBe('accepted');
    // Once submitted, even the filer's own view is masked.
    expect(seen.body.filing.personalData).toBe('masked');
    expect(seen.body.filing.defendants[0]!.phone).toBe('139****0000');
    expect(seen.body.filing.caseNumber).toBe(`（${year}）京0105民初1号`);
    expect(seen.body.filing.timeline.map((e) => e.type)).toEqual([
      'filing.created',
      'material.added',
      'material.added',
      'material.added',
      'filing.submitted',
      'document.issued',
      'filing.accepted',
      // The acceptance notice and the payment notice.
      'document.issued',
      'document.issued',
    ]);
    expect(seen.body.filing.timeline.find((e) => e.type === 'filing.accepted')).toMatchObject({
      actorName: '王立案',
      data: { caseNumber: `（${year}）京0105民初1号` },
    });

    const list = await litigant.get<{ filings: Array<{ id: string; caseNumber: string }> }>('/api/filings');
    expect(list.body.filings).toEqual([expect.objectContaining({ id, caseNumber: `（${year}）京0105民初1号` })]);

    // The acceptance, its timeline event and its audit record were written together.
    const audit = await p.deps.db
      .selectFrom('audit_log')
      .select(['action', 'outcome'])
      .where('resource_id', '=', id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'filing.create',
      'filing.edit',
      'material.add',
      'material.add',
      'evidence.edit',
      'material.add',
      'document.issue',
      'filing.submit',
      'document.issue',
      'document.issue',
      'filing.accept',
    ]);
    expect(await verifyAuditChain(p.deps.db)).toMatchObject({ ok: true });
  });
});

/** GB 11643 check character, computed independently of the domain package. */
function checkChar(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * w[i]!, 0);
  return '10X98765432'[sum % 11]!;
}

describe('a filing submitted when next year has no holiday calendar yet', () => {
  it('still gets its receipt; the due date is taken without roll-over and the missing year is recorded', async () => {
    // 2026-12-28 + 7 days ends on 2027-01-04; the State Council's 2027 arrangement is not in the domain data.
    const q = await startTestPlatform({ now: () => new Date('2026-12-28T02:00:00Z') });
    try {
      const litigant = await new Client(q.app).login('13800000001');
      const id = (await submitCompleteFilings(q.deps, await signedInActor(q.deps, '13800000001'), q.court.id, 1))[0]!;
      const f = (await litigant.get<{ filing: FilingView }>(`/api/filings/${id}`)).body.filing;
      expect(f.state).toBe('submitted');
      expect(f.decisionDueDate).toBe('2027-01-04');
      expect(f.timeline.find((e) => e.type === 'filing.submitted')?.data).toMatchObject({ calendarMissing: 2027 });
    } finally {
      await q.stop();
    }
  });
});
