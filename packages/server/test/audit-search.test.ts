// The auditor's search of the audit trail: only auditors may use it (court scope for court-bound ones),
// each filter narrows the result, actors appear only masked, no personal data is decrypted into the
// answer, each search is itself audited, and the chain verification reports a tampered record. A court's
// auditor sees the sign-ins of everyone with a filing at the court, not of others.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/cli/seed.js';
import { upsertCourt } from '../src/modules/catalogue/service.js';
import { createAccount } from '../src/modules/identity/service.js';
import { Client } from './client.js';
import { signedInActor, submitCompleteFilings } from './fixtures.js';
import { startTestPlatform, type TestPlatform } from './harness.js';

type Rec = {
  id: number;
  at: string;
  action: string;
  outcome: string;
  actor: { id: string; realName: string | null; loginMasked: string | null } | null;
  resourceType: string | null;
  resourceId: string | null;
  detail: Record<string, unknown>;
};
type Page = { records: Rec[]; nextBefore: number | null; error?: { code: string } };

let p: TestPlatform;
let auditor: Client;
let filingIds: string[];
let litigantId: string;

beforeAll(async () => {
  p = await startTestPlatform();
  const litigant = await signedInActor(p.deps, '13800000001');
  litigantId = litigant.userId;
  filingIds = await submitCompleteFilings(p.deps, litigant, p.court.id, 2);
  auditor = await new Client(p.app).login('auditor@chaoyang.court.example');
});
afterAll(async () => {
  await p?.stop();
});

const search = (c: Client, q: Record<string, string | number>) =>
  c.get<Page>(`/api/audit/records?${new URLSearchParams(Object.entries(q).map(([k, v]): [string, string] => [k, String(v)])).toString()}`);

/** The newest audit records of one action. */
const latest = (action: string, n: number) =>
  p.deps.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id', 'desc').limit(n).execute();

describe('audit search', () => {
  it('refuses litigants, lawyers and filing clerks (403, audited) and anonymous callers (401)', async () => {
    for (const login of ['13800000001', '13800000002', 'clerk@chaoyang.court.example']) {
      const c = await new Client(p.app).login(login);
      const r = await search(c, {});
      expect([login, r.status, r.body.error?.code]).toEqual([login, 403, 'FORBIDDEN']);
      expect((await c.post('/api/audit/verify')).status).toBe(403);
    }
    expect((await search(new Client(p.app), {})).status).toBe(401);
    const denied = await p.deps.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'access.denied')
      .where(sql`detail->>'route'`, 'like', '% /api/audit/%')
      .execute();
    expect(denied.length).toBeGreaterThanOrEqual(6);
  });

  it('filters by actor (sign-in name or id), action prefix, outcome, filing and time; actors masked, nothing decrypted', async () => {
    // The litigant acts on a filing at this court through the API (the fixtures act as the system).
    const litigant = await new Client(p.app).login('13800000001');
    for (let i = 0; i < 2; i++) {
      expect((await litigant.post('/api/filings', { courtId: p.court.id, caseType: 'civil_first_instance' })).status).toBe(201);
    }
    const byLogin = await search(auditor, { actor: '13800000001', limit: 200 });
    expect(byLogin.status).toBe(200);
    const actions = byLogin.body.records.map((r) => r.action);
    expect(actions.filter((a) => a === 'filing.create')).toHaveLength(2);
    expect(actions).toContain('session.sign_in');
    expect(byLogin.body.records.every((r) => r.actor?.id === litigantId)).toBe(true);
    expect(byLogin.body.records[0]!.actor).toEqual({ id: litigantId, realName: '张三', loginMasked: '138****0001' });
    const clerkRecords = await search(auditor, { actor: 'Clerk@Chaoyang.court.example', limit: 200 });
    expect(clerkRecords.body.records.length).toBeGreaterThan(1);
    expect(clerkRecords.body.records.every((r) => r.actor?.loginMasked === 'c***@chaoyang.court.example')).toBe(true);
    const byId = await search(auditor, { actor: litigantId, limit: 200 });
    expect(byId.body.records.map((r) => r.id)).toEqual(byLogin.body.records.map((r) => r.id));
    // Newest first.
    const ids = byLogin.body.records.map((r) => r.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const text = JSON.stringify(byLogin.body);
    for (const secret of ['13800000001', '110105199003071239', 'v1:t1:']) expect(text).not.toContain(secret);

    const submits = await search(auditor, { action: 'filing.submit' });
    expect(submits.body.records.map((r) => r.resourceId).sort()).toEqual([...filingIds].sort());
    const sessions = await search(auditor, { action: 'session.', limit: 200 });
    expect(sessions.body.records.length).toBeGreaterThan(0);
    expect(sessions.body.records.every((r) => r.action.startsWith('session.'))).toBe(true);

    expect((await new Client(p.app).post('/api/auth/login', { login: '13800000002', password: 'wrong-Password-9' })).status).toBe(401);
    expect(
      (await new Client(p.app).post('/api/auth/login', { login: 'judge@chaoyang.court.example', password: 'wrong-Password-9' })).status,
    ).toBe(401);
    const failures = await search(auditor, { outcome: 'failure', action: 'session.sign_in' });
    expect(failures.body.records.map((r) => r.actor?.loginMasked)).toEqual(['j***@chaoyang.court.example', '138****0002']);

    const one = await search(auditor, { filing: filingIds[0]! });
    expect(one.body.records.length).toBeGreaterThan(0);
    expect(one.body.records.every((r) => r.resourceType === 'filing' && r.resourceId === filingIds[0])).toBe(true);
    expect((await search(auditor, { filing: '(2099)京0105民初99999号' })).body.records).toEqual([]);

    const future = new Date(Date.now() + 3600_000).toISOString();
    expect((await search(auditor, { from: future })).body.records).toEqual([]);
    const bad = await search(auditor, { from: future, to: new Date().toISOString() });
    expect([bad.status, bad.body.error?.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await search(auditor, { action: "x'; DROP TABLE audit_log; --" })).status).toBe(400);
  });

  it('pages with nextBefore and audits each search with its filters (a sign-in name only as the account id)', async () => {
    const first = await search(auditor, { limit: 3 });
    expect(first.body.records).toHaveLength(3);
    const second = await search(auditor, { limit: 3, before: first.body.nextBefore! });
    expect(second.body.records[0]!.id).toBeLessThan(first.body.records[2]!.id);
    const last = await latest('audit.search', 20);
    const byLogin = last.find((r) => (r.detail.filters as { actorId: string | null }).actorId === litigantId)!;
    expect(byLogin).toBeDefined();
    expect(JSON.stringify(last)).not.toContain('13800000001');
    // The auditor's own searches can be found like anything else.
    const own = await search(auditor, { action: 'audit.search', limit: 1 });
    expect(own.body.records[0]!.actor?.loginMasked).toBe('a***@chaoyang.court.example');
  });

  it('shows a court-bound auditor the records of its court (its filings, its staff) and nothing of another', async () => {
    const other = await upsertCourt(p.deps.db, { code: '京0108', name: '北京市海淀区人民法院', timezone: 'Asia/Shanghai' });
    const boundAuditor = async (login: string, courtId: string) => {
      await createAccount(p.deps, {
        login,
        password: DEMO_PASSWORD,
        realName: '孙审计',
        idNumber: null,
        roles: [{ role: 'auditor', courtId }],
      });
      return new Client(p.app).login(login);
    };
    const haidian = await boundAuditor('auditor@haidian.court.example', other);
    expect((await search(haidian, { action: 'filing.submit' })).body.records).toEqual([]);
    expect((await search(haidian, { actor: '13800000001' })).body.records).toEqual([]);
    expect((await search(haidian, { actor: 'clerk@chaoyang.court.example' })).body.records).toEqual([]);

    const chaoyang = await boundAuditor('auditor2@chaoyang.court.example', p.court.id);
    expect((await search(chaoyang, { action: 'filing.submit' })).body.records).toHaveLength(2);
    expect((await search(chaoyang, { actor: 'clerk@chaoyang.court.example' })).body.records.length).toBeGreaterThan(0);
    // The lawyer is no staff of this court and has no filing at it: their failed sign-in is out of scope.
    const failures = await search(chaoyang, { outcome: 'failure', action: 'session.sign_in' });
    expect(failures.body.records.map((r) => r.actor?.loginMasked)).toEqual(['j***@chaoyang.court.example']);
    // Everyone with a filing at the court: their sign-ins are in scope, here and not at another court.
    const signIns = (await search(chaoyang, { actor: litigantId, action: 'session.sign_in', limit: 200 })).body.records;
    expect(signIns.length).toBeGreaterThan(0);
    expect(signIns.every((r) => r.actor?.id === litigantId)).toBe(true);
    expect((await search(haidian, { action: 'session.', limit: 200 })).body.records.filter((r) => r.actor?.id === litigantId)).toEqual([]);
    // The all-courts auditor sees everything.
    expect((await search(auditor, { action: 'filing.submit' })).body.records).toHaveLength(2);
  });
});

describe('chain verification', () => {
  it('reports an intact chain, then the first tampered record; the table refuses changes', async () => {
    const ok = await auditor.post<{ ok: boolean; records: number; brokenAtId: number | null }>('/api/audit/verify');
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ ok: true, brokenAtId: null });
    expect(ok.body.records).toBeGreaterThan(10);

    await expect(sql`UPDATE audit_log SET outcome = 'success' WHERE id = 5`.execute(p.deps.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log WHERE id = 5`.execute(p.deps.db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_log`.execute(p.deps.db)).rejects.toThrow(/append-only/);

    // Someone with the database owner's rights switches the trigger off and edits a record.
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(p.deps.db);
    await sql`UPDATE audit_log SET detail = '{"forged": true}'::jsonb WHERE id = 7`.execute(p.deps.db);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(p.deps.db);
    const broken = await auditor.post<{ ok: boolean; records: number; brokenAtId: number | null; reason: string }>('/api/audit/verify');
    expect(broken.body).toMatchObject({ ok: false, records: 6, brokenAtId: 7, reason: 'hash does not match content' });
    const [rec] = await latest('audit.verify', 1);
    if (!rec) throw new Error('verification not audited');
    expect([rec.outcome, rec.detail.brokenAtId]).toEqual(['failure', 7]);
  });
});
