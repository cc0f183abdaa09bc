// The account holder's data rights through the HTTP API: a complete, unmasked copy of their own data
// (and nobody else's), and deletion of an account that has no filing before a court — with its drafts
// and their files — refused for staff, for accounts with filings and without the right password.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { DataExport, FilingView } from '@lian/contract';
import { blobRelativePath } from '../src/infra/blobs.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, completeDraft, samplePdf } from './client.js';
import { signedInActor, submitCompleteFilings } from './fixtures.js';
import { startTestPlatform, type TestPlatform } from './harness.js';
import { residentId } from './matrix-rules.js';

type Err = { error: { code: string } };
let p: TestPlatform;

async function registered(login: string, idFirst17: string, realName: string): Promise<Client> {
  const c = new Client(p.app);
  const r = await c.register('/api/auth/register', { login, password: 'Quiet-river-2026', realName, idNumber: residentId(idFirst17) });
  expect(r.status).toBe(201);
  return c;
}

beforeAll(async () => {
  p = await startTestPlatform();
});
afterAll(async () => {
  await p?.stop();
});

describe('data export (PIPL Art. 45)', () => {
  it('gives the holder their own data in full — account, filings, sessions, activity — and is audited', async () => {
    const owner = await new Client(p.app).login('13800000001');
    await submitCompleteFilings(p.deps, await signedInActor(p.deps, '13800000001'), p.court.id, 1);
    const other = await registered('13700000011', '11010519850505123', '孙七');
    await other.post('/api/filings', { courtId: p.court.id });

    const res = await owner.call<DataExport>('GET', '/api/me/data-export');
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="lian-personal-data-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(res.headers['cache-control']).toBe('no-store');
    const data = res.body;
    expect(data.account).toMatchObject({ login: '13800000001', realName: '张三', idNumber: '110105199003071239' });
    expect(data.filings).toHaveLength(1);
    // Unmasked although submitted (a view would mask it): it is the holder's own data.
    expect(data.filings[0]!.personalData).toBe('full');
    expect(data.filings[0]!.plaintiffContact.phone).toBe(completeDraft.plaintiff.phone);
    expect(data.filings[0]!.defendants[0]!.phone).toBe(completeDraft.defendants[0]!.phone);
    expect(data.filings[0]!.timeline.map((e) => e.type)).toContain('filing.submitted');
    expect(data.sessions.some((s) => s.current)).toBe(true);
    expect(data.activity.map((a) => a.action)).toContain('session.sign_in');
    expect(JSON.stringify(data)).not.toContain('孙七');

    const audit = await p.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'account.data_export').execute();
    expect(audit.map((a) => a.resource_id)).toEqual([data.account.id]);
  });
});

describe('account deletion (PIPL Art. 47)', () => {
  it('deletes an account with only drafts: drafts, files no one else uses, sessions and the account go; the audit stays', async () => {
    const c = await registered('13700000022', '11010519870707123', '周八');
    const draft = await c.post<{ filing: FilingView }>('/api/filings', { courtId: p.court.id });
    const filingId = draft.body.filing.id;
    const pdf = samplePdf('only mine');
    const up = await c.upload<{ material: { sha256: string } }>(`/api/filings/${filingId}/materials?kind=complaint&fileName=c.pdf`, pdf);
    expect(up.status).toBe(201);
    const blob = path.join(p.config.dataDir, 'blobs', blobRelativePath(up.body.material.sha256));
    expect(existsSync(blob)).toBe(true);
    const me = (await c.get<{ user: { id: string } }>('/api/me')).body.user.id;
    const second = await new Client(p.app).login('13700000022', 'Quiet-river-2026');

    const res = await c.post('/api/me/delete', { password: 'Quiet-river-2026' });
    expect(res.status).toBe(204);
    expect(await p.deps.db.selectFrom('users').select('id').where('id', '=', me).execute()).toEqual([]);
    expect(await p.deps.db.selectFrom('filings').select('id').where('id', '=', filingId).execute()).toEqual([]);
    expect(await p.deps.db.selectFrom('sessions').select('id').where('user_id', '=', me).execute()).toEqual([]);
    expect(existsSync(blob)).toBe(false);
    expect((await second.get('/api/me')).status).toBe(401);
    expect((await new Client(p.app).post('/api/auth/login', { login: '13700000022', password: 'Quiet-river-2026' })).status).toBe(401);
    const audit = await p.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'account.delete').execute();
    expect(audit.map((a) => a.resource_id)).toEqual([me]);
    // The same person may register again: their ID number is free.
    await registered('13700000023', '11010519870707123', '周八');
  });

  it('keeps a file another filing still uses', async () => {
    const keeper = await registered('13700000033', '11010519880808123', '吴九');
    const leaver = await registered('13700000034', '11010519890909123', '郑十');
    const shared = samplePdf('shared bytes');
    let sha = '';
    for (const c of [keeper, leaver]) {
      const f = await c.post<{ filing: FilingView }>('/api/filings', { courtId: p.court.id });
      sha = (
        await c.upload<{ material: { sha256: string } }>(`/api/filings/${f.body.filing.id}/materials?kind=complaint&fileName=c.pdf`, shared)
      ).body.material.sha256;
    }
    expect((await leaver.post('/api/me/delete', { password: 'Quiet-river-2026' })).status).toBe(204);
    expect(existsSync(path.join(p.config.dataDir, 'blobs', blobRelativePath(sha)))).toBe(true);
  });

  it('refuses, changing nothing: a wrong password (counted as a failed sign-in), an account with a filing before a court, staff', async () => {
    const owner = await new Client(p.app).login('13800000001');
    const wrong = await owner.post<Err>('/api/me/delete', { password: 'not-my-password' });
    expect([wrong.status, wrong.body.error.code]).toEqual([401, 'BAD_CREDENTIALS']);
    const failures = await p.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'session.sign_in')
      .where('outcome', '=', 'failure')
      .execute();
    expect(failures.length).toBeGreaterThan(0);

    const withCase = await owner.post<Err>('/api/me/delete', { password: 'Lian-demo-2026' });
    expect([withCase.status, withCase.body.error.code]).toEqual([409, 'ACCOUNT_HAS_FILINGS']);
    expect((await owner.get('/api/me')).status).toBe(200);
    expect((await owner.get<{ filings: unknown[] }>('/api/filings')).body.filings.length).toBeGreaterThan(0);

    const clerk = await new Client(p.app).login('clerk@chaoyang.court.example');
    const staff = await clerk.post<Err>('/api/me/delete', { password: 'Lian-demo-2026' });
    expect([staff.status, staff.body.error.code]).toEqual([403, 'FORBIDDEN']);
    expect((await clerk.get('/api/me')).status).toBe(200);
  });

  it('refuses a request without the CSRF header', async () => {
    const c = await registered('13700000044', '11010519900101123', '冯一');
    const res = await c.call<Err>('POST', '/api/me/delete', { password: 'Quiet-river-2026' }, { csrf: false });
    expect(res.status).toBe(403);
    expect((await c.get('/api/me')).status).toBe(200);
  });
});
