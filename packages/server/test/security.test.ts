// The rules that must already hold: no reading or changing another's filing (404, audited), no edits
// after submission, specific errors for bad input that leave nothing half-written, checked uploads.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { FilingView } from '@lian/contract';
import { searchCausesOfAction } from '@lian/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/cli/seed.js';
import { Client, completeDraft, samplePdf, samplePng } from './client.js';
import { startTestPlatform, type TestPlatform } from './harness.js';

type Err = { error: { code: string; message: string; details?: Array<{ path: string; code: string; message: string }> } };

let p: TestPlatform;
let owner: Client;
let stranger: Client;
let filingId: string;
const causeCode = () => searchCausesOfAction('民间借贷', 1)[0]!.code;

async function newDraft(c: Client): Promise<string> {
  const r = await c.post<{ filing: FilingView }>('/api/filings', { courtId: p.court.id });
  expect(r.status).toBe(201);
  return r.body.filing.id;
}
const countRows = async (table: 'materials' | 'users' | 'filings') =>
  Number(
    (
      await p.deps.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
async function blobFiles(): Promise<string[]> {
  const root = path.join(p.config.dataDir, 'blobs');
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true }).catch(() => [])) {
      if (e.isDirectory()) await walk(path.join(d, e.name));
      else out.push(path.join(d, e.name));
    }
  };
  await walk(root);
  return out;
}

const auditOf = (requestId: string) => p.deps.db.selectFrom('audit_log').selectAll().where('request_id', '=', requestId).execute();

beforeAll(async () => {
  p = await startTestPlatform();
  owner = await new Client(p.app).login('13800000001');
  stranger = await new Client(p.app).login('13800000002');
  filingId = await newDraft(owner);
  expect((await owner.put(`/api/filings/${filingId}`, { ...completeDraft, causeOfActionCode: causeCode() })).status).toBe(200);
});
afterAll(async () => {
  await p?.stop();
});

describe('another litigant', () => {
  it('gets 404 for every route of a filing that is not theirs, each attempt audited, nothing changed', async () => {
    const before = await owner.get<{ filing: FilingView }>(`/api/filings/${filingId}`);
    const attempts = [
      await stranger.get(`/api/filings/${filingId}`),
      await stranger.put(`/api/filings/${filingId}`, { ...completeDraft, factsAndReasons: 'hijacked' }),
      await stranger.upload(`/api/filings/${filingId}/materials?kind=evidence&fileName=x.pdf`, samplePdf()),
      await stranger.post(`/api/filings/${filingId}/submit`),
    ];
    for (const a of attempts) {
      expect(a.status).toBe(404);
      expect((a.body as Err).error.code).toBe('NOT_FOUND');
    }
    const denied = await p.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('resource_id', '=', filingId)
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied).toHaveLength(4);
    const strangerId = (await stranger.get<{ user: { id: string } }>('/api/me')).body.user.id;
    expect(new Set(denied.map((d) => d.actor_id))).toEqual(new Set([strangerId]));
    const after = await owner.get<{ filing: FilingView }>(`/api/filings/${filingId}`);
    expect(after.body.filing.factsAndReasons).toBe(before.body.filing.factsAndReasons);
    expect(after.body.filing.materials).toHaveLength(0);
  });

  it('answers an unknown id exactly like a foreign one', async () => {
    const r = await stranger.get<Err>('/api/filings/00000000-0000-4000-8000-000000000000');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('NOT_FOUND');
  });

  it('does not list it', async () => {
    const r = await stranger.get<{ filings: unknown[] }>('/api/filings');
    expect(r.body.filings).toEqual([]);
  });

  it('a filing clerk cannot see a draft that was never submitted', async () => {
    const clerk = await new Client(p.app).login('clerk@chaoyang.court.example');
    expect((await clerk.get(`/api/filings/${filingId}`)).status).toBe(404);
    expect((await clerk.post(`/api/review/filings/${filingId}/accept`)).status).toBe(404);
  });

  it('a litigant cannot accept a filing or read the review queue; the refusal is audited with the route', async () => {
    const r = await owner.call<Err>('GET', '/api/review/queue', undefined, { headers: { 'x-request-id': 'escalation-1' } });
    expect([r.status, r.body.error.code]).toEqual([403, 'FORBIDDEN']);
    const audit = await auditOf('escalation-1');
    expect(audit.map((a) => [a.action, a.outcome, a.detail.route, a.detail.reason])).toEqual([
      ['access.denied', 'denied', 'GET /api/review/queue', 'forbidden'],
    ]);
    expect(audit[0]!.actor_id).toBe((await owner.get<{ user: { id: string } }>('/api/me')).body.user.id);
  });

  it('cannot give itself a role by registering with one', async () => {
    const c = new Client(p.app);
    const r = await c.register<{ user: { roles: string[] } }>('/api/auth/register', {
      login: '13800000066',
      password: 'Harbour-lights-2026',
      realName: '韩梅',
      idNumber: '110105199001011232',
      roles: ['filing_clerk', 'court_admin'],
      role: 'court_admin',
    });
    expect(r.status).toBe(201);
    expect(r.body.user.roles).toEqual(['litigant']);
    expect((await c.get('/api/review/queue')).status).toBe(403);
  });
});

describe('requests without a session or the CSRF header', () => {
  it('401 without a session, 401 with a forged cookie; only the forged token is an audited event', async () => {
    const anon = new Client(p.app);
    const plain = await anon.call<Err>('GET', `/api/filings/${filingId}`, undefined, { headers: { 'x-request-id': 'anon-1' } });
    expect(plain.status).toBe(401);
    expect(await auditOf('anon-1')).toEqual([]);
    const forged = await p.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: 'lian_session=forged-token-value', 'x-request-id': 'forged-1' },
    });
    expect(forged.statusCode).toBe(401);
    const audit = await auditOf('forged-1');
    expect(audit.map((a) => [a.action, a.outcome, a.actor_id, a.detail.route, a.detail.reason])).toEqual([
      ['session.refused', 'denied', null, 'GET /api/me', 'session_unknown_or_expired'],
    ]);
    // Nor does the token itself appear anywhere in the trail.
    expect(JSON.stringify(audit)).not.toContain('forged-token-value');
  });

  it('401 for a session that was signed out, audited', async () => {
    const signedIn = await p.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-requested-with': 'lian' },
      payload: { login: '13800000002', password: DEMO_PASSWORD },
    });
    const cookie = String(signedIn.headers['set-cookie']).split(';')[0]!;
    const out = await p.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, 'x-requested-with': 'lian' } });
    expect(out.statusCode).toBe(204);
    const replayed = await p.app.inject({ method: 'GET', url: '/api/filings', headers: { cookie, 'x-request-id': 'replay-1' } });
    expect(replayed.statusCode).toBe(401);
    expect((await auditOf('replay-1')).map((a) => a.action)).toEqual(['session.refused']);
  });
  it('403 for a state-changing request without X-Requested-With, and nothing changes', async () => {
    const r = await owner.call<Err>('PUT', `/api/filings/${filingId}`, { ...completeDraft, factsAndReasons: 'csrf' }, { csrf: false });
    expect(r.status).toBe(403);
    const audit = await p.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'access.denied').execute();
    expect(audit.map((a) => [a.detail.route, a.detail.reason])).toContainEqual(['PUT /api/filings/:id', 'csrf_header_missing']);
    expect((await owner.get<{ filing: FilingView }>(`/api/filings/${filingId}`)).body.filing.factsAndReasons).toBe(
      completeDraft.factsAndReasons,
    );
  });
});

describe('bad input', () => {
  it('registration with a wrong ID checksum: ID_NUMBER_INVALID and no account', async () => {
    const users = await countRows('users');
    const r = await new Client(p.app).register<Err>('/api/auth/register', {
      login: '13700000009',
      password: 'a long enough pass 1',
      realName: '赵六',
      idNumber: '110105199003071231',
    });
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('ID_NUMBER_INVALID');
    expect(await countRows('users')).toBe(users);
  });

  it('registration with a malformed body: VALIDATION_FAILED naming the field', async () => {
    const r = await new Client(p.app).post<Err>('/api/auth/register', { login: '13700000009', password: 'x' });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION_FAILED');
    expect(r.body.error.details?.map((d) => d.path)).toEqual(expect.arrayContaining(['body.realName', 'body.idNumber']));
  });

  it('a wrong password: BAD_CREDENTIALS, audited as a failure', async () => {
    const r = await new Client(p.app).post<Err>('/api/auth/login', { login: '13800000001', password: 'not the password' });
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('BAD_CREDENTIALS');
    const failures = await p.deps.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'session.sign_in')
      .where('outcome', '=', 'failure')
      .execute();
    expect(failures.length).toBeGreaterThan(0);
  });

  it('a defendant with a bad ID number and a bad credit code: every problem listed, draft unchanged', async () => {
    const r = await owner.put<Err>(`/api/filings/${filingId}`, {
      ...completeDraft,
      defendants: [
        { kind: 'person', name: '甲', idNumber: '110105199003071231', address: '某地' },
        { kind: 'organization', name: '乙公司', creditCode: '91110000600000000X', legalRepresentative: '丙', address: '某地' },
      ],
    });
    expect(r.status).toBe(422);
    expect(r.body.error.details?.map((d) => [d.path, d.code])).toEqual([
      ['defendants.0.idNumber', 'ID_NUMBER_INVALID'],
      ['defendants.1.creditCode', 'CREDIT_CODE_INVALID'],
    ]);
    const f = (await owner.get<{ filing: FilingView }>(`/api/filings/${filingId}`)).body.filing;
    expect(f.defendants.map((d) => d.name)).toEqual(['李四']);
  });

  it('script and SQL fragments are stored as text', async () => {
    const id = await newDraft(owner);
    const evil = `<script>alert(1)</script>'); DROP TABLE filings;--`;
    const r = await owner.put<{ filing: FilingView }>(`/api/filings/${id}`, {
      ...completeDraft,
      defendants: [{ ...completeDraft.defendants[0], name: evil }],
      factsAndReasons: evil,
    });
    expect(r.status).toBe(200);
    expect(r.body.filing.defendants[0]!.name).toBe(evil);
    expect(r.body.filing.factsAndReasons).toBe(evil);
    expect(await countRows('filings')).toBeGreaterThan(0);
  });

  it('submitting an incomplete filing lists everything missing at once and keeps the draft', async () => {
    const id = await newDraft(owner);
    const r = await owner.post<Err>(`/api/filings/${id}/submit`);
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('FILING_INCOMPLETE');
    const paths = r.body.error.details!.map((d) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining(['defendants', 'claims', 'factsAndReasons', 'causeOfActionCode', 'plaintiff.phone', 'plaintiff.address']),
    );
    expect(paths.some((x) => x.startsWith('materials'))).toBe(true);
    for (const d of r.body.error.details!) expect(d.message.length).toBeGreaterThan(0);
    const f = (await owner.get<{ filing: FilingView }>(`/api/filings/${id}`)).body.filing;
    expect(f).toMatchObject({ state: 'draft', receiptNumber: null });
  });
});

describe('uploads', () => {
  const upload = (name: string, bytes: Buffer, kind = 'evidence') =>
    owner.upload<Err>(`/api/filings/${filingId}/materials?kind=${kind}&fileName=${encodeURIComponent(name)}`, bytes);

  it.each([
    [
      'an executable renamed .pdf',
      'contract.pdf',
      Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(512, 1)]),
      415,
      'MATERIAL_TYPE_REFUSED',
    ],
    ['a PNG named .pdf', 'scan.pdf', samplePng(), 415, 'MATERIAL_TYPE_REFUSED'],
    ['plain text', 'notes.pdf', Buffer.from('just some text, no magic bytes at all'), 415, 'MATERIAL_TYPE_REFUSED'],
    ['an empty file', 'empty.pdf', Buffer.alloc(0), 422, 'MATERIAL_EMPTY'],
    ['a path in the name', '../../etc/passwd.pdf', samplePdf(), 422, 'MATERIAL_NAME_INVALID'],
    ['a control character in the name', 'a\u0007b.pdf', samplePdf(), 422, 'MATERIAL_NAME_INVALID'],
    ['a file over the size limit', 'big.pdf', Buffer.concat([samplePdf(), Buffer.alloc(2 * 1024 * 1024)]), 413, 'MATERIAL_TOO_LARGE'],
  ])('refuses %s and leaves nothing behind', async (_label, name, bytes, status, code) => {
    const [materials, blobs] = [await countRows('materials'), (await blobFiles()).length];
    const r = await upload(name, bytes);
    expect(r.status).toBe(status);
    expect(r.body.error.code).toBe(code);
    expect(await countRows('materials')).toBe(materials);
    expect((await blobFiles()).length).toBe(blobs);
  });

  it('stores identical files once and removes the blob with its last reference', async () => {
    const pdf = samplePdf('same bytes');
    const a = await owner.upload<{ material: { id: string; sha256: string } }>(
      `/api/filings/${filingId}/materials?kind=complaint&fileName=a.pdf`,
      pdf,
    );
    const b = await owner.upload<{ material: { id: string; sha256: string } }>(
      `/api/filings/${filingId}/materials?kind=evidence&fileName=b.pdf`,
      pdf,
    );
    expect(a.body.material.sha256).toBe(b.body.material.sha256);
    const named = (await blobFiles()).filter((f) => path.basename(f) === a.body.material.sha256);
    expect(named).toHaveLength(1);
    expect((await owner.del(`/api/filings/${filingId}/materials/${a.body.material.id}`)).status).toBe(204);
    expect((await blobFiles()).some((f) => path.basename(f) === a.body.material.sha256)).toBe(true);
    expect((await owner.del(`/api/filings/${filingId}/materials/${b.body.material.id}`)).status).toBe(204);
    expect((await blobFiles()).some((f) => path.basename(f) === a.body.material.sha256)).toBe(false);
  });
});

describe('a submitted filing', () => {
  it('cannot be edited, have materials added or removed, or be submitted again', async () => {
    const id = await newDraft(owner);
    await owner.put(`/api/filings/${id}`, { ...completeDraft, causeOfActionCode: causeCode() });
    const m = await owner.upload<{ material: { id: string } }>(`/api/filings/${id}/materials?kind=complaint&fileName=c.pdf`, samplePdf());
    const e = await owner.upload<{ material: { id: string } }>(`/api/filings/${id}/materials?kind=evidence&fileName=e.png`, samplePng());
    await owner.upload(`/api/filings/${id}/materials?kind=identity&fileName=id.png`, samplePng());
    const evidence = { name: '借条', source: '原告持有', purpose: '证明借款事实', original: 'copy', pageCount: null };
    expect((await owner.put(`/api/filings/${id}/materials/${e.body.material.id}/evidence`, evidence)).status).toBe(200);
    const submitted = await owner.post(`/api/filings/${id}/submit`);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);

    const edit = await owner.put<Err>(`/api/filings/${id}`, { ...completeDraft, factsAndReasons: 'changed afterwards' });
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('FILING_NOT_EDITABLE');
    expect(
      (await owner.upload<Err>(`/api/filings/${id}/materials?kind=evidence&fileName=late.pdf`, samplePdf('late'))).body.error.code,
    ).toBe('FILING_NOT_EDITABLE');
    expect((await owner.del<Err>(`/api/filings/${id}/materials/${m.body.material.id}`)).body.error.code).toBe('FILING_NOT_EDITABLE');
    expect((await owner.post<Err>(`/api/filings/${id}/submit`)).body.error.code).toBe('FILING_NOT_EDITABLE');
    const f = (await owner.get<{ filing: FilingView }>(`/api/filings/${id}`)).body.filing;
    expect(f.factsAndReasons).toBe(completeDraft.factsAndReasons);
    expect(f.materials).toHaveLength(3);
  });
});

describe('the audit trail', () => {
  it('refuses updates and deletes at the database', async () => {
    await expect(p.deps.db.updateTable('audit_log').set({ action: 'x' }).execute()).rejects.toThrow(/append-only/);
    await expect(p.deps.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
  });
});
