// A litigant's own authenticator app through the HTTP API: opting in from the account (QR code, a
// code, recovery codes once), the password sign-in then asking for a code, turning it off with a
// code or a recovery code (wrong codes counted toward the lockout); staff cannot turn theirs off; turning
// it on or off ends the account's other sessions and rotates this one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRETS } from '../src/cli/seed.js';
import { Client } from './client.js';
import { startTestPlatform, type TestPlatform } from './harness.js';
import { totpAt } from './second-factor.js';

type Err = { error: { code: string } };
type Status = { enrolled: boolean; required: boolean; recoveryCodesLeft: number };

let p: TestPlatform;
let clock = new Date('2026-11-28T03:00:05Z');
const step = () => (clock = new Date(clock.getTime() + 30_000));
const LITIGANT = '13800000001';
const CLERK = 'clerk@chaoyang.court.example';
/** A code that is certainly wrong now (far outside the accepted window and unlike any code in it). */
const wrongCode = (secret: string) => {
  const near = [-1, 0, 1].map((s) => totpAt(secret, clock, s));
  for (let s = 20; ; s++) if (!near.includes(totpAt(secret, clock, s))) return totpAt(secret, clock, s);
};

beforeAll(async () => {
  p = await startTestPlatform({ now: () => clock });
});
afterAll(async () => {
  await p?.stop();
});

const audit = (action: string) => p.deps.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();

describe('a litigant opts in to an authenticator app', () => {
  let secret = '';
  let recoveryCodes: string[] = [];

  it('enrols from the account with a QR code; a wrong code confirms nothing; recovery codes come once', async () => {
    const c = await new Client(p.app).login(LITIGANT);
    expect((await c.get<Status>('/api/me/second-factor')).body).toEqual({ enrolled: false, required: false, recoveryCodesLeft: 0 });
    const e = await c.post<{ secret: string; otpauthUri: string; qrDataUrl: string }>('/api/me/second-factor/enrolment');
    expect(e.status).toBe(200);
    expect(e.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/Lian:/);
    expect(e.body.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    secret = e.body.secret;
    const wrong = await c.post<Err>('/api/me/second-factor/enrolment/confirm', { code: wrongCode(secret) });
    expect([wrong.status, wrong.body.error.code]).toEqual([401, 'SECOND_FACTOR_INVALID']);
    expect((await c.get<Status>('/api/me/second-factor')).body.enrolled).toBe(false);
    const ok = await c.post<{ recoveryCodes: string[] }>('/api/me/second-factor/enrolment/confirm', { code: totpAt(secret, clock) });
    expect(ok.status).toBe(200);
    expect(ok.headers['cache-control']).toBe('no-store');
    recoveryCodes = ok.body.recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect((await c.get<Status>('/api/me/second-factor')).body).toEqual({ enrolled: true, required: false, recoveryCodesLeft: 10 });
    // Once confirmed, neither a new enrolment nor a second confirmation can replace it.
    expect((await c.post<Err>('/api/me/second-factor/enrolment')).body.error.code).toBe('SECOND_FACTOR_ALREADY_ENROLLED');
    step();
    const again = await c.post<Err>('/api/me/second-factor/enrolment/confirm', { code: totpAt(secret, clock) });
    expect(again.body.error.code).toBe('SECOND_FACTOR_ALREADY_ENROLLED');
    expect((await audit('second_factor.enrol')).at(-1)).toMatchObject({ outcome: 'success', detail: { from: 'account' } });
  });

  it('then a password sign-in asks for the code, and only the code gives a session', async () => {
    const c = new Client(p.app);
    const r = await c.post<{ challenge?: { step: string } }>('/api/auth/login', { login: LITIGANT, password: DEMO_PASSWORD });
    expect(r.body.challenge?.step).toBe('totp');
    expect((await c.get('/api/me')).status).toBe(401);
    step();
    const done = await c.post('/api/auth/second-factor', { code: totpAt(secret, clock) });
    expect(done.status).toBe(200);
    expect((await c.get('/api/me')).status).toBe(200);
  });

  it('turns it off with a recovery code (a wrong code is refused and counted), then sign-in needs the password only', async () => {
    const c = new Client(p.app);
    const r = await c.post('/api/auth/login', { login: LITIGANT, password: DEMO_PASSWORD });
    expect(r.status).toBe(200);
    step();
    expect((await c.post('/api/auth/second-factor', { code: totpAt(secret, clock) })).status).toBe(200);
    const wrong = await c.post<Err>('/api/me/second-factor/disable', { code: wrongCode(secret) });
    expect([wrong.status, wrong.body.error.code]).toEqual([401, 'SECOND_FACTOR_INVALID']);
    expect((await audit('second_factor.disable')).at(-1)).toMatchObject({ outcome: 'failure' });
    expect((await c.get<Status>('/api/me/second-factor')).body.enrolled).toBe(true);
    expect((await c.post('/api/me/second-factor/disable', { code: recoveryCodes[0] })).status).toBe(204);
    expect((await c.get<Status>('/api/me/second-factor')).body).toEqual({ enrolled: false, required: false, recoveryCodesLeft: 0 });
    const me = (await c.get<{ user: { id: string } }>('/api/me')).body.user.id;
    expect(await p.deps.db.selectFrom('recovery_codes').select('id').where('user_id', '=', me).execute()).toEqual([]);
    expect(await p.deps.db.selectFrom('totp_factors').select('user_id').where('user_id', '=', me).execute()).toEqual([]);
    expect((await audit('second_factor.disable')).at(-1)).toMatchObject({ outcome: 'success', detail: { method: 'recovery_code' } });
    const plain = await new Client(p.app).post<{ user?: unknown; challenge?: unknown }>('/api/auth/login', {
      login: LITIGANT,
      password: DEMO_PASSWORD,
    });
    expect(plain.body.challenge).toBeUndefined();
    expect(plain.body.user).toBeDefined();
  });

  it('turning off with a current code works too; a code already used to sign in is not accepted again', async () => {
    const c = await new Client(p.app).login(LITIGANT);
    const e = await c.post<{ secret: string }>('/api/me/second-factor/enrolment');
    step();
    const code = totpAt(e.body.secret, clock);
    expect((await c.post('/api/me/second-factor/enrolment/confirm', { code })).status).toBe(200);
    // The code that confirmed the authenticator cannot also switch it off (no replay).
    expect((await c.post<Err>('/api/me/second-factor/disable', { code })).body.error.code).toBe('SECOND_FACTOR_INVALID');
    step();
    expect((await c.post('/api/me/second-factor/disable', { code: totpAt(e.body.secret, clock) })).status).toBe(204);
    expect((await audit('second_factor.disable')).at(-1)).toMatchObject({ outcome: 'success', detail: { method: 'totp' } });
  });
});

describe('court staff', () => {
  it('see that theirs is required and cannot turn it off, even with a right code', async () => {
    const c = await new Client(p.app).login(CLERK);
    expect((await c.get<Status>('/api/me/second-factor')).body).toMatchObject({ enrolled: true, required: true });
    step();
    const r = await c.post<Err>('/api/me/second-factor/disable', { code: totpAt(DEMO_TOTP_SECRETS[CLERK]!, clock) });
    expect([r.status, r.body.error.code]).toEqual([409, 'SECOND_FACTOR_REQUIRED']);
    expect((await c.get<Status>('/api/me/second-factor')).body.enrolled).toBe(true);
  });
});

describe('a change of authenticator is a change of privilege for the sessions', () => {
  const LAWYER = '13800000002';
  const me = (cookie: string | undefined) => p.app.inject({ url: '/api/me', headers: { cookie: cookie ?? '' } });

  it('turning it on or off ends every other session of the account and gives this one a new token', async () => {
    const phone = await new Client(p.app).login(LAWYER);
    const laptop = await new Client(p.app).login(LAWYER);
    const before = laptop.sessionCookie();
    const e = await laptop.post<{ secret: string }>('/api/me/second-factor/enrolment');
    step();
    expect((await laptop.post('/api/me/second-factor/enrolment/confirm', { code: totpAt(e.body.secret, clock) })).status).toBe(200);
    expect((await phone.get('/api/me')).status).toBe(401);
    expect(laptop.sessionCookie()).not.toBe(before);
    expect((await laptop.get('/api/me')).status).toBe(200);
    expect((await me(before)).statusCode).toBe(401); // the token of before the change works no more
    expect((await audit('second_factor.enrol')).at(-1)).toMatchObject({ detail: { from: 'account', sessionsEnded: 1 } });

    step();
    await phone.post('/api/auth/login', { login: LAWYER, password: DEMO_PASSWORD });
    expect((await phone.post('/api/auth/second-factor', { code: totpAt(e.body.secret, clock) })).status).toBe(200);
    const enrolled = laptop.sessionCookie();
    step();
    expect((await laptop.post('/api/me/second-factor/disable', { code: totpAt(e.body.secret, clock) })).status).toBe(204);
    expect((await phone.get('/api/me')).status).toBe(401);
    expect((await laptop.get('/api/me')).status).toBe(200);
    expect((await me(enrolled)).statusCode).toBe(401);
    expect((await audit('second_factor.disable')).at(-1)).toMatchObject({ detail: { method: 'totp', sessionsEnded: 1 } });
  });
});
