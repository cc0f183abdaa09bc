// Password reset with a one-time code: e-mail over a real SMTP server (smtp-server + mailparser in
// the test), SMS through the local outbox; attempts, expiry, single use, throttling, and the same
// answers for unknown logins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/cli/seed.js';
import { Client } from './client.js';
import { startTestPlatform, type TestPlatform } from './harness.js';
import { codeIn as code, lastMessageTo } from './outbox.js';
import { type MailCatcher, startMailCatcher } from './smtp.js';

type Err = { error: { code: string; message: string } };

let p: TestPlatform;
let smtp: MailCatcher;
let clock = new Date('2026-11-27T09:00:00Z');
const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));
const MINUTE = 60_000;
const ADMIN = 'admin@chaoyang.court.example';

beforeAll(async () => {
  smtp = await startMailCatcher();
  p = await startTestPlatform({
    now: () => clock,
    config: { smtpUrl: smtp.url, mailFrom: '立案平台 <no-reply@court.example>' },
  });
});
afterAll(async () => {
  await p?.stop();
  await smtp?.close();
});

const request = (login: string, ip = '203.0.113.1') =>
  new Client(p.app).call<{ sent: true; expiresInSeconds: number } & Err>(
    'POST',
    '/api/auth/password-reset/request',
    { login },
    {
      headers: { 'x-forwarded-for': ip },
    },
  );
const confirm = (login: string, code: string, newPassword: string) =>
  new Client(p.app).post<Err>('/api/auth/password-reset/confirm', { login, code, newPassword });

const mailTo = (address: string, count: number) => smtp.mailTo(address, count, () => p.deps.messaging.drain());
const codeIn = (text: string | undefined) => code(text)!;
const smsCodeTo = async (phone: string) => codeIn((await lastMessageTo(p.deps, phone))?.text);

describe('password reset by e-mail over SMTP', () => {
  it('sends a code by e-mail (Chinese subject); the code sets a new password, the old one stops working, other sessions end', async () => {
    const desk = await new Client(p.app).login(ADMIN);
    const laptop = await new Client(p.app).login(ADMIN);
    const r = await request(ADMIN);
    expect(r.status).toBe(202);
    expect(r.body).toEqual({ sent: true, expiresInSeconds: 600 });

    const mail = await mailTo(ADMIN, 1);
    expect(mail.subject).toBe('立案 · 密码重置验证码 / Lian password reset code');
    expect(mail.from?.value[0]).toEqual({ address: 'no-reply@court.example', name: '立案平台' });
    const code = codeIn(mail.text);
    expect(code).toMatch(/^\d{6}$/);
    // Only a keyed hash of the code is stored.
    expect(JSON.stringify(await p.deps.db.selectFrom('one_time_codes').selectAll().execute())).not.toContain(code);

    expect((await confirm(ADMIN, code, 'Brand-new-secret-77')).status).toBe(204);
    expect((await desk.get('/api/me')).status).toBe(401);
    expect((await laptop.get('/api/me')).status).toBe(401);
    const old = await new Client(p.app).post<Err>('/api/auth/login', { login: ADMIN, password: DEMO_PASSWORD });
    expect([old.status, old.body.error.code]).toEqual([401, 'BAD_CREDENTIALS']);
    // The new password signs in (with the second factor, which a reset does not bypass).
    const fresh = await new Client(p.app).login(ADMIN, 'Brand-new-secret-77');
    expect((await fresh.get('/api/me')).status).toBe(200);
    // Single use.
    const reused = await confirm(ADMIN, code, 'Yet-another-secret-88');
    expect([reused.status, reused.body.error.code]).toEqual([422, 'CODE_INVALID']);
    const audit = await p.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'password_reset.confirm')
      .where('outcome', '=', 'success')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).toEqual({ sessionsEnded: 2 });
  });
});

describe('password reset by SMS (local outbox)', () => {
  it('keeps the SMS in the outbox and logs it with the phone number masked', async () => {
    advance(20 * MINUTE);
    const logged: object[] = [];
    const log = p.deps.messaging.log;
    p.deps.messaging.log = { info: (o) => logged.push(o), warn: () => {}, error: (o) => logged.push(o) };
    try {
      expect((await request('13800000002')).status).toBe(202);
      const code = await smsCodeTo('13800000002');
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatchObject({ channel: 'sms', to: '138****0002' });
      expect(JSON.stringify(logged)).not.toContain('13800000002');
      expect(JSON.stringify(logged)).toContain(code); // development and tests print the code for the demo
      const row = await p.deps.db
        .selectFrom('outbox_messages')
        .selectAll()
        .where('recipient_masked', '=', '138****0002')
        .executeTakeFirstOrThrow();
      expect(row.recipient_enc).not.toContain('13800000002');
      expect(p.deps.cipher.decrypt(row.recipient_enc)).toBe('13800000002');
    } finally {
      p.deps.messaging.log = log;
    }
  });

  it('a weak new password is refused without spending the code', async () => {
    advance(MINUTE);
    const code = await smsCodeTo('13800000002');
    const weak = await confirm('13800000002', code, 'password1');
    expect([weak.status, weak.body.error.code]).toEqual([422, 'PASSWORD_TOO_WEAK']);
    expect((await confirm('13800000002', code, 'Lawyer-new-pass-2026')).status).toBe(204);
    expect((await new Client(p.app).post('/api/auth/login', { login: '13800000002', password: 'Lawyer-new-pass-2026' })).status).toBe(200);
  });

  it('5 wrong codes kill the code: the right one is refused afterwards and the password is unchanged', async () => {
    advance(20 * MINUTE);
    expect((await request('13800000001')).status).toBe(202);
    const code = await smsCodeTo('13800000001');
    const wrong = code === '000000' ? '000001' : '000000';
    for (let i = 0; i < 5; i++) {
      const r = await confirm('13800000001', wrong, 'Litigant-new-pass-2026');
      expect([r.status, r.body.error.code]).toEqual([422, 'CODE_INVALID']);
    }
    const right = await confirm('13800000001', code, 'Litigant-new-pass-2026');
    expect([right.status, right.body.error.code]).toEqual([422, 'CODE_INVALID']);
    expect((await new Client(p.app).post('/api/auth/login', { login: '13800000001', password: DEMO_PASSWORD })).status).toBe(200);
  });

  it('a code ends after 10 minutes', async () => {
    advance(20 * MINUTE);
    expect((await request('13800000001')).status).toBe(202);
    const code = await smsCodeTo('13800000001');
    advance(10 * MINUTE + 1000);
    expect((await confirm('13800000001', code, 'Litigant-new-pass-2026')).body.error.code).toBe('CODE_INVALID');
  });
});

describe('unknown logins and throttling', () => {
  it('answers an unknown login exactly like a known one, and sends nothing', async () => {
    advance(20 * MINUTE);
    const before = smtp.mails.length;
    const outbox = (await p.deps.db.selectFrom('outbox_messages').select('id').execute()).length;
    const known = await request('clerk@chaoyang.court.example');
    const unknown = await request('nobody@chaoyang.court.example');
    const unknownPhone = await request('13700000000');
    expect([unknown.status, unknown.body]).toEqual([known.status, known.body]);
    expect([unknownPhone.status, unknownPhone.body]).toEqual([known.status, known.body]);
    await mailTo('clerk@chaoyang.court.example', 1);
    expect(smtp.mails.length).toBe(before + 1);
    expect((await p.deps.db.selectFrom('outbox_messages').select('id').execute()).length).toBe(outbox);

    const wrongKnown = await confirm('clerk@chaoyang.court.example', '123456', 'Whatever-pass-2026');
    const wrongUnknown = await confirm('nobody@chaoyang.court.example', '123456', 'Whatever-pass-2026');
    expect([wrongUnknown.status, wrongUnknown.body]).toEqual([wrongKnown.status, wrongKnown.body]);
  });

  it('throttles requests per destination (3 in 15 min) and per IP (10), known or unknown alike', async () => {
    advance(20 * MINUTE);
    for (const login of ['13800000001', '13700000009']) {
      for (let i = 0; i < 3; i++) expect((await request(login, `198.51.100.${i}`)).status).toBe(202);
      const fourth = await request(login, '198.51.100.99');
      expect([fourth.status, fourth.body.error.code]).toEqual([429, 'RATE_LIMITED']);
      expect(Number(fourth.headers['retry-after'])).toBeGreaterThan(0);
    }
    const ip = '192.0.2.77';
    for (let i = 0; i < 10; i++) expect((await request(`someone${i}@example.com`, ip)).status).toBe(202);
    expect((await request('someone-else@example.com', ip)).status).toBe(429);
    expect((await request('someone-else@example.com', '192.0.2.78')).status).toBe(202);
    const denied = await p.deps.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'password_reset.request')
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied.map((d) => d.detail.reason)).toEqual(['destination_throttled', 'destination_throttled', 'ip_throttled']);
  });
});
