// The second factor through the HTTP API: court staff get no session from a password alone; TOTP
// codes (no replay, wrong ones counted toward the lockout), enrolment with QR code and recovery
// codes, recovery codes single use; litigants still sign in with a password only.
import type { Role } from '@lian/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRETS } from '../src/cli/seed.js';
import { createAccount } from '../src/modules/identity/service.js';
import { isStaff, isStaffRole } from '../src/modules/identity/sessions.js';
import { Client } from './client.js';
import { startTestPlatform, type TestPlatform } from './harness.js';
import { totpAt, userIdByLogin } from './second-factor.js';

type Err = { error: { code: string } };
type LoginBody = { user?: { roles: string[] }; challenge?: { step: 'totp' | 'enrol'; expiresAt: string } };

let p: TestPlatform;
let clock = new Date('2026-11-27T08:00:10Z');
const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));
const MINUTE = 60_000;
const CLERK = 'clerk@chaoyang.court.example';
const clerkCode = (steps = 0) => totpAt(DEMO_TOTP_SECRETS[CLERK]!, clock, steps);
/** A code that is certainly wrong now: from far outside the accepted window, and unlike any code inside it. */
const wrongCode = (secret: string) => {
  const near = [-1, 0, 1].map((s) => totpAt(secret, clock, s));
  for (let s = 20; ; s++) if (!near.includes(totpAt(secret, clock, s))) return totpAt(secret, clock, s);
};
const cookieNames = (headers: Record<string, unknown>) =>
  ([headers['set-cookie'] ?? []].flat() as string[]).filter((c) => !/expires=Thu, 01 Jan 1970/i.test(c)).map((c) => c.split('=')[0]);
const audit = (action: string, outcome?: string) => {
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

async function passwordStep(login: string, password = DEMO_PASSWORD) {
  const c = new Client(p.app);
  const r = await c.post<LoginBody & Err>('/api/auth/login', { login, password });
  return { c, r };
}

describe('court staff sign-in', () => {
  it('a right password alone gives no session: only a pending challenge, and routes that need a session answer 401', async () => {
    const { c, r } = await passwordStep(CLERK);
    expect(r.status).toBe(200);
    expect(r.body.user).toBeUndefined();
    expect(r.body.challenge?.step).toBe('totp');
    expect(new Date(r.body.challenge!.expiresAt).getTime()).toBe(clock.getTime() + 5 * MINUTE);
    expect(cookieNames(r.headers)).toEqual(['lian_challenge']);
    expect(String(r.headers['set-cookie'])).toMatch(/HttpOnly/);
    expect((await c.get('/api/me')).status).toBe(401);
    expect((await c.get('/api/review/queue')).status).toBe(401);
    // Only the hash of the challenge token is stored.
    const rows = await p.deps.db.selectFrom('sign_in_challenges').selectAll().execute();
    const token = ([r.headers['set-cookie']].flat() as string[])[0]!.split(';')[0]!.split('=')[1]!;
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('the right code completes the sign-in with a new session token; the challenge is single use', async () => {
    const { c } = await passwordStep(CLERK);
    const ok = await c.post<{ user: { roles: string[] } }>('/api/auth/second-factor', { code: clerkCode() });
    expect(ok.status).toBe(200);
    expect(ok.body.user.roles).toEqual(['filing_clerk']);
    expect(cookieNames(ok.headers)).toEqual(['lian_session']);
    expect((await c.get('/api/review/queue')).status).toBe(200);
    const again = await c.post<Err>('/api/auth/second-factor', { code: clerkCode(1) });
    expect([again.status, again.body.error.code]).toEqual([401, 'CHALLENGE_EXPIRED']);
    const signIns = await audit('session.sign_in', 'success');
    expect(signIns.at(-1)!.detail).toEqual({ method: 'password', secondFactor: 'totp' });
  });

  it('refuses a replayed code (same time step), accepts the next step’s code', async () => {
    const used = clerkCode();
    const { c } = await passwordStep(CLERK);
    const replay = await c.post<Err>('/api/auth/second-factor', { code: used });
    expect([replay.status, replay.body.error.code]).toEqual([401, 'SECOND_FACTOR_INVALID']);
    // An older step is refused too, even inside the clock-drift window.
    expect((await c.post('/api/auth/second-factor', { code: clerkCode(-1) })).status).toBe(401);
    expect((await c.get('/api/me')).status).toBe(401);
    advance(30_000);
    expect((await c.post('/api/auth/second-factor', { code: clerkCode() })).status).toBe(200);
    expect((await c.get('/api/me')).status).toBe(200);
  });

  it('wrong codes are refused, audited, and count toward the lockout with the password attempt', async () => {
    advance(20 * MINUTE);
    const clerk = { id: (await userIdByLogin(p.deps, CLERK))! };
    const failuresBefore = (await audit('session.second_factor', 'failure')).filter((r) => r.resource_id === clerk.id).length;
    const { c } = await passwordStep(CLERK);
    const wrong = wrongCode(DEMO_TOTP_SECRETS[CLERK]!);
    // The accepted password stays counted until the second factor is right: 1 + 3 wrong codes…
    for (let i = 0; i < 3; i++) {
      const r = await c.post<Err>('/api/auth/second-factor', { code: wrong });
      expect([r.status, r.body.error.code]).toEqual([401, 'SECOND_FACTOR_INVALID']);
    }
    // …and the 4th wrong code is the 5th failure: the account locks.
    const fifth = await c.post<Err>('/api/auth/second-factor', { code: 'abcde-fghjk' });
    expect([fifth.status, fifth.body.error.code]).toEqual([429, 'ACCOUNT_LOCKED']);
    expect(fifth.headers['retry-after']).toBe('900');
    // Locked: even the right code, and then the right password, are refused.
    expect((await c.post<Err>('/api/auth/second-factor', { code: totpAt(DEMO_TOTP_SECRETS[CLERK]!, clock) })).status).toBe(429);
    expect((await passwordStep(CLERK)).r.status).toBe(429);
    const failures = (await audit('session.second_factor', 'failure')).filter((r) => r.resource_id === clerk.id);
    expect(failures.length - failuresBefore).toBe(4);
    expect((await audit('session.lockout')).map((r) => r.resource_id)).toContain(clerk.id);
    advance(16 * MINUTE);
    const { c: later } = await passwordStep(CLERK);
    expect((await later.post('/api/auth/second-factor', { code: totpAt(DEMO_TOTP_SECRETS[CLERK]!, clock) })).status).toBe(200);
  });

  it('a challenge ends after 5 minutes', async () => {
    advance(MINUTE);
    const { c } = await passwordStep(CLERK);
    advance(5 * MINUTE + 1000);
    const r = await c.post<Err>('/api/auth/second-factor', { code: clerkCode() });
    expect([r.status, r.body.error.code]).toEqual([401, 'CHALLENGE_EXPIRED']);
    // Without a challenge cookie at all: the same answer.
    const none = await new Client(p.app).post<Err>('/api/auth/second-factor', { code: clerkCode() });
    expect([none.status, none.body.error.code]).toEqual([401, 'CHALLENGE_EXPIRED']);
  });
});

describe('enrolment and recovery codes', () => {
  const login = 'newclerk@chaoyang.court.example';
  let secret = '';
  let recoveryCodes: string[] = [];

  it('a staff account without an authenticator must enrol: wrong confirmation refused, right one signs in with 10 recovery codes', async () => {
    advance(MINUTE);
    await createAccount(p.deps, {
      login,
      password: 'Another-clerk-2026',
      realName: '孙立案',
      idNumber: null,
      roles: [{ role: 'filing_clerk', courtId: p.court.id }],
    });
    const { c, r } = await passwordStep(login, 'Another-clerk-2026');
    expect(r.body.challenge?.step).toBe('enrol');
    expect((await c.get('/api/me')).status).toBe(401);
    // An enrolment challenge cannot be answered as a sign-in code.
    expect((await c.post<Err>('/api/auth/second-factor', { code: '123456' })).body.error.code).toBe('CHALLENGE_EXPIRED');

    const e = await c.post<{ secret: string; otpauthUri: string; qrDataUrl: string }>('/api/auth/second-factor/enrolment');
    expect(e.status).toBe(200);
    secret = e.body.secret;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(e.body.otpauthUri).toBe(`otpauth://totp/Lian:${encodeURIComponent(login)}?secret=${secret}&issuer=Lian`);
    expect(e.body.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(Buffer.from(e.body.qrDataUrl.split(',')[1]!, 'base64').subarray(1, 4).toString()).toBe('PNG');
    // Asking again (a reloaded page) shows the same secret.
    expect((await c.post<{ secret: string }>('/api/auth/second-factor/enrolment')).body.secret).toBe(secret);
    const stored = await p.deps.db.selectFrom('totp_factors').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(secret);

    const bad = await c.post<Err>('/api/auth/second-factor/enrolment/confirm', { code: wrongCode(secret) });
    expect([bad.status, bad.body.error.code]).toEqual([401, 'SECOND_FACTOR_INVALID']);
    expect((await c.get('/api/me')).status).toBe(401);
    expect((await audit('second_factor.enrol', 'failure')).length).toBe(1);

    const ok = await c.post<{ user: { roles: string[] }; recoveryCodes: string[] }>('/api/auth/second-factor/enrolment/confirm', {
      code: totpAt(secret, clock),
    });
    expect(ok.status).toBe(200);
    expect(ok.headers['cache-control']).toBe('no-store');
    recoveryCodes = ok.body.recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const rc of recoveryCodes) expect(rc).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect((await c.get('/api/me')).status).toBe(200);
    const hashes = await p.deps.db.selectFrom('recovery_codes').select('code_hash').execute();
    expect(JSON.stringify(hashes)).not.toMatch(new RegExp(recoveryCodes.map((x) => x.replace('-', '-?')).join('|')));
    // Enrolled: the next sign-in asks for a code, not for enrolment.
    expect((await passwordStep(login, 'Another-clerk-2026')).r.body.challenge?.step).toBe('totp');
  });

  it('a recovery code works once instead of a TOTP code', async () => {
    advance(MINUTE);
    const first = await passwordStep(login, 'Another-clerk-2026');
    const used = await first.c.post('/api/auth/second-factor', { code: recoveryCodes[0] });
    expect(used.status).toBe(200);
    expect((await audit('session.sign_in', 'success')).at(-1)!.detail).toEqual({ method: 'password', secondFactor: 'recovery_code' });

    const second = await passwordStep(login, 'Another-clerk-2026');
    const again = await second.c.post<Err>('/api/auth/second-factor', { code: recoveryCodes[0] });
    expect([again.status, again.body.error.code]).toEqual([401, 'SECOND_FACTOR_INVALID']);
    // Another code, typed in capitals without the hyphen, still works.
    const other = await second.c.post('/api/auth/second-factor', { code: recoveryCodes[1]!.replace('-', '').toUpperCase() });
    expect(other.status).toBe(200);
    const left = await p.deps.db.selectFrom('recovery_codes').select('used_at').where('used_at', 'is', null).execute();
    expect(left.length).toBeGreaterThanOrEqual(8);
  });

  it('Client.login enrols an unknown staff account on its own and signs it in again later', async () => {
    advance(MINUTE);
    await createAccount(p.deps, {
      login: 'third@chaoyang.court.example',
      password: 'Third-clerk-2026',
      realName: '周立案',
      idNumber: null,
      roles: [{ role: 'court_admin', courtId: p.court.id }],
    });
    const a = await new Client(p.app).login('third@chaoyang.court.example', 'Third-clerk-2026');
    expect((await a.get('/api/me')).status).toBe(200);
    const b = await new Client(p.app).login('third@chaoyang.court.example', 'Third-clerk-2026');
    expect((await b.get('/api/me')).status).toBe(200);
  });
});

describe('litigants and roles', () => {
  it('a litigant still signs in with a password only', async () => {
    const { c, r } = await passwordStep('13800000001');
    expect(r.status).toBe(200);
    expect(r.body.user?.roles).toEqual(['litigant']);
    expect(r.body.challenge).toBeUndefined();
    expect(cookieNames(r.headers)).toEqual(['lian_session']);
    expect((await c.get('/api/me')).status).toBe(200);
  });

  it('every role that is not litigant or lawyer counts as court staff (new staff roles included)', () => {
    expect(isStaffRole('litigant')).toBe(false);
    expect(isStaffRole('lawyer')).toBe(false);
    expect(isStaffRole('filing_clerk')).toBe(true);
    expect(isStaffRole('court_admin')).toBe(true);
    expect(isStaffRole('judge' as Role)).toBe(true);
    expect(isStaff([{ role: 'lawyer' }, { role: 'judge' as Role }])).toBe(true);
  });
});
