// Sign-in throttling and lockout (kept in the database), session idle time-out, and the caller's
// own sessions: list, sign out everywhere else, end one. All through the HTTP API on a mutable clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/cli/seed.js';
import { Client } from './client.js';
import { startTestPlatform, type TestPlatform } from './harness.js';
import { userIdByLogin } from './second-factor.js';

type Err = { error: { code: string; details?: Array<{ path: string; code: string }> } };
type SessionRow = { id: string; createdAt: string; lastSeenAt: string; expiresAt: string; userAgent: string | null; current: boolean };

let p: TestPlatform;
let clock = new Date('2026-11-23T08:00:00Z');
const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));
const MINUTE = 60_000;

/** Signs in from a given client IP (the app trusts X-Forwarded-For, as behind the load balancer). */
const loginFrom = (c: Client, ip: string, login: string, password: string, userAgent?: string) =>
  c.call<Err>(
    'POST',
    '/api/auth/login',
    { login, password },
    {
      headers: { 'x-forwarded-for': ip, ...(userAgent ? { 'user-agent': userAgent } : {}) },
    },
  );

const auditRows = (action: string, outcome?: string) => {
  let q = p.deps.db.selectFrom('audit_log').selectAll().where('action', '=', action);
  if (outcome) q = q.where('outcome', '=', outcome as 'success');
  return q.orderBy('id').execute();
};

beforeAll(async () => {
  p = await startTestPlatform({ now: () => clock });
});
afterAll(async () => {
  await p?.stop();
});

describe('password guessing', () => {
  it('throttles an IP after 20 failures within a minute, even for a right password; other IPs still sign in', async () => {
    const ip = '198.51.100.7';
    // Four guesses at each of five logins (three unknown): below every account's lockout threshold.
    const logins = ['13900000001', '13900000002', 'nobody@example.com', '13800000001', 'clerk@chaoyang.court.example'];
    for (const login of logins) {
      for (let i = 0; i < 4; i++) expect((await loginFrom(new Client(p.app), ip, login, `wrong ${i}`)).status).toBe(401);
    }
    const refused = await loginFrom(new Client(p.app), ip, '13800000002', DEMO_PASSWORD);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(refused.headers['set-cookie']).toBeUndefined();

    expect((await loginFrom(new Client(p.app), '198.51.100.8', '13800000002', DEMO_PASSWORD)).status).toBe(200);
    const denied = await auditRows('session.sign_in', 'denied');
    expect(denied.map((r) => [r.ip, r.detail.reason])).toContainEqual([ip, 'ip_throttled']);

    // A minute later the IP may try again; the right password of an account with 4 failures clears them.
    advance(MINUTE + 1000);
    expect((await loginFrom(new Client(p.app), ip, '13800000001', DEMO_PASSWORD)).status).toBe(200);
    const left = await p.deps.db.selectFrom('sign_in_failures').select('ip').where('ip', '=', ip).execute();
    expect(left).toHaveLength(16);
  });

  it('locks an account after 5 failures: the right password is refused, audited, and it unlocks after 15 minutes', async () => {
    advance(MINUTE * 20);
    const ip = '192.0.2.10';
    const login = '13800000002';
    const user = { id: (await userIdByLogin(p.deps, login))! };
    for (let i = 0; i < 4; i++) {
      const r = await loginFrom(new Client(p.app), ip, login, `wrong ${i}`);
      expect([r.status, r.body.error.code]).toEqual([401, 'BAD_CREDENTIALS']);
    }
    // New failures prune the first test's, now older than every window: the table does not grow forever.
    expect(await p.deps.db.selectFrom('sign_in_failures').select('id').where('ip', '=', '198.51.100.7').execute()).toEqual([]);
    // The fifth failure locks; it comes from another IP, as a distributed guess would.
    const fifth = await loginFrom(new Client(p.app), '192.0.2.11', login, 'wrong 4');
    expect([fifth.status, fifth.body.error.code]).toEqual([429, 'ACCOUNT_LOCKED']);
    expect(fifth.headers['retry-after']).toBe('900');

    advance(MINUTE * 5);
    const right = await loginFrom(new Client(p.app), '192.0.2.12', login, DEMO_PASSWORD);
    expect([right.status, right.body.error.code]).toEqual([429, 'ACCOUNT_LOCKED']);
    expect(right.headers['retry-after']).toBe('600');
    expect(right.body.error.details).toEqual([expect.objectContaining({ path: 'retryAfterSeconds', code: '600' })]);
    expect(right.headers['set-cookie']).toBeUndefined();

    const lockouts = await auditRows('session.lockout');
    expect(lockouts.map((r) => [r.resource_id, r.ip])).toEqual([[user.id, '192.0.2.11']]);
    const failures = (await auditRows('session.sign_in', 'failure')).filter((r) => r.resource_id === user.id);
    expect(failures.length).toBe(5);
    const denials = (await auditRows('session.sign_in', 'denied')).filter((r) => r.resource_id === user.id);
    // The first test's throttled attempt was at this account too.
    expect(denials.map((r) => r.detail.reason)).toEqual(['ip_throttled', 'account_locked']);

    advance(MINUTE * 10);
    expect((await loginFrom(new Client(p.app), '192.0.2.12', login, DEMO_PASSWORD)).status).toBe(200);
    // The success cleared the count: four more failures do not lock again.
    for (let i = 0; i < 4; i++) expect((await loginFrom(new Client(p.app), ip, login, `again ${i}`)).status).toBe(401);
    expect((await loginFrom(new Client(p.app), ip, login, DEMO_PASSWORD)).status).toBe(200);
  });

  it('answers an unknown login being guessed exactly like a real one', async () => {
    advance(MINUTE * 20);
    const answers = async (login: string) => {
      const out: Array<[number, string, unknown]> = [];
      for (let i = 0; i < 6; i++) {
        const r = await loginFrom(new Client(p.app), `203.0.113.${i}`, login, `wrong ${i}`);
        out.push([r.status, r.body.error.code, r.headers['retry-after']]);
      }
      return out;
    };
    const unknown = await answers('13700000123');
    expect(unknown.at(-1)).toEqual([429, 'ACCOUNT_LOCKED', '900']);
    expect(await answers('admin@chaoyang.court.example')).toEqual(unknown);
  });
});

describe('sessions', () => {
  it('ends a session left unused past the idle limit (staff 30 min, litigant 2 h)', async () => {
    advance(MINUTE * 30);
    const clerk = await new Client(p.app).login('clerk@chaoyang.court.example');
    const litigant = await new Client(p.app).login('13800000001');
    advance(MINUTE * 29);
    expect((await clerk.get('/api/me')).status).toBe(200);
    advance(MINUTE * 29); // 29 minutes after its last use: still alive
    expect((await clerk.get('/api/me')).status).toBe(200);
    advance(MINUTE * 31);
    expect((await clerk.get('/api/me')).status).toBe(401);
    // The litigant's session was last used 89 minutes ago: within the 2-hour limit, until it is not.
    expect((await litigant.get('/api/me')).status).toBe(200);
    advance(MINUTE * 121);
    expect((await litigant.get('/api/me')).status).toBe(401);
  });

  it('lists only the caller’s own active sessions, without tokens, and marks the current one', async () => {
    advance(MINUTE * 10);
    const phone = new Client(p.app);
    await loginFrom(phone, '192.0.2.50', '13800000001', DEMO_PASSWORD, '  Mozilla/5.0 (iPhone) ' + 'x'.repeat(300));
    const laptop = await new Client(p.app).login('13800000001');
    await new Client(p.app).login('13800000002');
    const r = await laptop.get<{ sessions: SessionRow[] }>('/api/auth/sessions');
    expect(r.status).toBe(200);
    // The sessions idled out in the previous test are not listed.
    expect(r.body.sessions).toHaveLength(2);
    const current = r.body.sessions.filter((s) => s.current);
    expect(current).toHaveLength(1);
    const other = r.body.sessions.find((s) => !s.current)!;
    expect(other.userAgent).toBe('Mozilla/5.0 (iPhone) ' + 'x'.repeat(179));
    expect(other.expiresAt).toBe(new Date(clock.getTime() + 120 * MINUTE).toISOString());
    expect(Object.keys(other).sort()).toEqual(['createdAt', 'current', 'expiresAt', 'id', 'lastSeenAt', 'userAgent']);
    expect(JSON.stringify(r.body)).not.toMatch(/token|hash/i);
    expect((await new Client(p.app).get<Err>('/api/auth/sessions')).status).toBe(401);
  });

  it('signs out everywhere else: the other devices’ next request is 401, this one stays', async () => {
    advance(MINUTE);
    const a = await new Client(p.app).login('13800000002');
    const b = await new Client(p.app).login('13800000002');
    const stranger = await new Client(p.app).login('13800000001');
    const r = await a.post<{ revoked: number }>('/api/auth/sessions/revoke-others');
    expect(r.status).toBe(200);
    expect(r.body.revoked).toBeGreaterThanOrEqual(1);
    expect((await b.get('/api/me')).status).toBe(401);
    expect((await a.get('/api/me')).status).toBe(200);
    expect((await stranger.get('/api/me')).status).toBe(200);
    const left = await a.get<{ sessions: SessionRow[] }>('/api/auth/sessions');
    expect(left.body.sessions.map((s) => s.current)).toEqual([true]);
    const audit = await auditRows('session.revoke_others', 'success');
    expect(audit).toHaveLength(1);
    expect((audit[0]!.detail.sessions as string[]).length).toBe(r.body.revoked);
  });

  it('ends one of one’s own sessions; another account’s session id answers 404 and stays', async () => {
    advance(MINUTE);
    const mine = await new Client(p.app).login('13800000001');
    const mySecond = await new Client(p.app).login('13800000001');
    const theirs = await new Client(p.app).login('13800000002');
    const theirId = (await theirs.get<{ sessions: SessionRow[] }>('/api/auth/sessions')).body.sessions.find((s) => s.current)!.id;
    const secondId = (await mySecond.get<{ sessions: SessionRow[] }>('/api/auth/sessions')).body.sessions.find((s) => s.current)!.id;

    const foreign = await mine.del<Err>(`/api/auth/sessions/${theirId}`);
    expect([foreign.status, foreign.body.error.code]).toEqual([404, 'NOT_FOUND']);
    const unknown = await mine.del<Err>('/api/auth/sessions/00000000-0000-4000-8000-000000000000');
    expect(unknown.body).toEqual(foreign.body);
    expect((await theirs.get('/api/me')).status).toBe(200);

    expect((await mine.del(`/api/auth/sessions/${secondId}`)).status).toBe(204);
    expect((await mySecond.get('/api/me')).status).toBe(401);
    expect((await mine.get('/api/me')).status).toBe(200);
    const audit = await auditRows('session.revoke');
    expect(audit.map((r) => [r.resource_id, r.outcome])).toEqual([
      [theirId, 'denied'],
      ['00000000-0000-4000-8000-000000000000', 'denied'],
      [secondId, 'success'],
    ]);
  });
});
