// A lawyer puts a practising certificate on file from the account page (PUT /api/me/lawyer-certificate):
// an account from before certificates were asked at registration (a lawyer role, no certificate row),
// a refused lawyer correcting theirs, and a verified lawyer whose change starts verification again.
// Each goes to the administrators' queue; bad, taken or not-a-lawyer submissions change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/cli/seed.js';
import { createAccount } from '../src/modules/identity/service.js';
import { Client } from './client.js';
import { completeDrafts, signedInActor } from './fixtures.js';
import { startTestPlatform, type TestPlatform } from './harness.js';
import { residentId } from './matrix-rules.js';

type Err = { error: { code: string; details?: Array<{ path: string; code: string }> } };
type Lawyer = { certificateMasked: string; lawFirm: string; status: string; refusalReason: string | null };
type Identity = { identity: { kind: string; lawyer: Lawyer | null } };
type Queue = { lawyers: Array<{ userId: string; certificateMasked: string; lawFirm: string; status: string }> };

let p: TestPlatform;
let admin: Client;
beforeAll(async () => {
  p = await startTestPlatform();
  admin = await new Client(p.app).login('admin@chaoyang.court.example');
}, 60_000);
afterAll(async () => {
  await p?.stop();
});

const SEEDED_CERTIFICATE = '11101200910000001'; // the verified demo lawyer's
const row = (userId: string) => p.deps.db.selectFrom('lawyer_accounts').selectAll().where('user_id', '=', userId).executeTakeFirst();
const auditOf = (userId: string) =>
  p.deps.db
    .selectFrom('audit_log')
    .select(['action', 'outcome', 'detail'])
    .where('resource_id', '=', userId)
    .where('action', '=', 'lawyer.certificate_submit')
    .orderBy('id')
    .execute();
const queue = async (status = 'pending') => (await admin.get<Queue>(`/api/admin/lawyers?status=${status}`)).body.lawyers;
const put = (c: Client, certificateNumber: string, lawFirm = '北京补录律师事务所') =>
  c.call<Identity & Err>('PUT', '/api/me/lawyer-certificate', { certificateNumber, lawFirm });

/** A lawyer account as one made before migration 0011 looks: the lawyer role, a verified identity, no certificate. */
async function legacyLawyer(login: string, idFirst17: string) {
  const userId = await createAccount(p.deps, {
    login,
    password: DEMO_PASSWORD,
    realName: '林旧律',
    idNumber: residentId(idFirst17),
    roles: [{ role: 'lawyer', courtId: null }],
  });
  expect(await row(userId)).toBeUndefined();
  return { userId, c: await new Client(p.app).login(login) };
}

describe('a lawyer account from before certificates were asked', () => {
  it('cannot file; puts its certificate on file; the administrator verifies it; then it files for a client', async () => {
    const { userId, c } = await legacyLawyer('13900000701', '11010519790101123');
    expect((await c.get<Identity>('/api/me/identity')).body.identity).toMatchObject({ kind: 'lawyer', lawyer: null });
    const [draft] = await completeDrafts(p.deps, await signedInActor(p.deps, '13900000701'), p.court.id, 1);
    const refused = await c.post<Err>(`/api/filings/${draft}/submit`);
    expect([refused.status, refused.body.error.code, refused.body.error.details?.[0]?.code]).toEqual([
      403,
      'LAWYER_NOT_VERIFIED',
      'missing',
    ]);
    expect((await queue()).map((l) => l.userId)).not.toContain(userId);

    const r = await put(c, ' 11101201910000701 ');
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.identity.lawyer).toEqual({
      certificateMasked: '1110**********701',
      lawFirm: '北京补录律师事务所',
      status: 'pending',
      refusalReason: null,
    });
    expect(r.body.identity.lawyer?.certificateMasked).not.toContain('11101201910000701');
    const stored = await row(userId);
    expect(stored).toMatchObject({ status: 'pending', law_firm: '北京补录律师事务所', decided_at: null });
    // Encrypted at rest, found by its blind index.
    expect(stored?.certificate_enc).not.toContain('11101201910000701');
    expect(p.deps.cipher.decrypt(stored!.certificate_enc)).toBe('11101201910000701');
    expect((await auditOf(userId)).map((a) => [a.outcome, a.detail.from])).toEqual([['success', 'missing']]);

    const pending = (await queue()).find((l) => l.userId === userId);
    expect(pending).toMatchObject({ lawFirm: '北京补录律师事务所', status: 'pending' });
    expect((await admin.post(`/api/admin/lawyers/${userId}/approve`)).status).toBe(204);
    const ok = await c.post(`/api/filings/${draft}/submit`);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const filing = await p.deps.db.selectFrom('filings').select('state').where('id', '=', draft!).executeTakeFirstOrThrow();
    expect(filing.state).toBe('submitted');
  });

  it('refuses a number that is not 17 digits and one another account holds, writing nothing', async () => {
    const { userId, c } = await legacyLawyer('13900000702', '11010519790202123');
    const bad = await put(c, '1110120191000');
    expect([bad.status, bad.body.error.code, bad.body.error.details?.[0]?.path]).toEqual([
      422,
      'LAWYER_CERTIFICATE_INVALID',
      'certificateNumber',
    ]);
    const taken = await put(c, SEEDED_CERTIFICATE);
    expect([taken.status, taken.body.error.code]).toEqual([409, 'LAWYER_CERTIFICATE_TAKEN']);
    expect(await row(userId)).toBeUndefined();
    expect(await auditOf(userId)).toEqual([]);
  });
});

describe('who may put a certificate on file', () => {
  it.each([
    ['a litigant', '13800000001'],
    ['a filing clerk', 'clerk@chaoyang.court.example'],
  ])('%s gets 403 and no certificate row', async (_who, login) => {
    const c = await new Client(p.app).login(login);
    const r = await put(c, '11101201910000799');
    expect([r.status, r.body.error.code]).toEqual([403, 'FORBIDDEN']);
    const userId = (await c.get<{ user: { id: string } }>('/api/me')).body.user.id;
    expect(await row(userId)).toBeUndefined();
  });

  it('a signed-out caller gets 401', async () => {
    expect((await put(new Client(p.app), '11101201910000798')).status).toBe(401);
  });
});

describe('a refused or verified lawyer changes the certificate', () => {
  it('a refused lawyer corrects it: back in the queue, the refusal cleared, audited', async () => {
    const { userId, c } = await legacyLawyer('13900000703', '11010519790303123');
    expect((await put(c, '11101201910000703')).status).toBe(200);
    expect((await admin.post(`/api/admin/lawyers/${userId}/refuse`, { reason: '证号与律所不符' })).status).toBe(204);
    expect((await c.get<Identity>('/api/me/identity')).body.identity.lawyer).toMatchObject({
      status: 'refused',
      refusalReason: '证号与律所不符',
    });
    expect((await queue()).map((l) => l.userId)).not.toContain(userId);

    const r = await put(c, '11101201910000713', '北京更正律师事务所');
    expect(r.status).toBe(200);
    expect(r.body.identity.lawyer).toMatchObject({ status: 'pending', refusalReason: null, lawFirm: '北京更正律师事务所' });
    expect(await row(userId)).toMatchObject({ status: 'pending', refusal_reason: null, decided_at: null, decided_by: null });
    expect((await queue()).map((l) => l.userId)).toContain(userId);
    expect((await queue('refused')).map((l) => l.userId)).not.toContain(userId);
    expect((await auditOf(userId)).map((a) => a.detail)).toEqual([
      { from: 'missing', certificateChanged: true, lawFirmChanged: true },
      { from: 'refused', certificateChanged: true, lawFirmChanged: true },
    ]);
  });

  it('a verified lawyer’s change is not silent: verification starts again and filing stops until it is verified', async () => {
    const { userId, c } = await legacyLawyer('13900000704', '11010519790404123');
    expect((await put(c, '11101201910000704')).status).toBe(200);
    expect((await admin.post(`/api/admin/lawyers/${userId}/approve`)).status).toBe(204);
    // The same details again change nothing (no new record, still verified).
    expect((await put(c, '11101201910000704')).body.identity.lawyer?.status).toBe('verified');
    expect(await auditOf(userId)).toHaveLength(1);

    const r = await put(c, '11101201910000714');
    expect(r.body.identity.lawyer?.status).toBe('pending');
    expect(await row(userId)).toMatchObject({ status: 'pending', decided_at: null });
    expect((await auditOf(userId)).at(-1)?.detail).toEqual({ from: 'verified', certificateChanged: true, lawFirmChanged: false });
    const [draft] = await completeDrafts(p.deps, await signedInActor(p.deps, '13900000704'), p.court.id, 1);
    const refused = await c.post<Err>(`/api/filings/${draft}/submit`);
    expect([refused.status, refused.body.error.code]).toEqual([403, 'LAWYER_NOT_VERIFIED']);
    // Its own old number is free to take back; another account's is not.
    expect((await put(c, SEEDED_CERTIFICATE)).body.error.code).toBe('LAWYER_CERTIFICATE_TAKEN');
  });
});
