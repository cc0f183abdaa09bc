// The one-time code at sign-up, through the HTTP API: by SMS (local outbox) and by e-mail over a real
// SMTP server; the code proves the number or address before any account exists; wrong, expired,
// replaced and spent codes are refused with nothing written; a registered login is told so by message,
// never by the API; requests are throttled per destination and per IP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './client.js';
import { startTestPlatform, type TestPlatform } from './harness.js';
import { residentId } from './matrix-rules.js';
import { codeIn, lastMessageTo, nextSignUpIp } from './outbox.js';
import { type MailCatcher, startMailCatcher } from './smtp.js';

type Err = { error: { code: string; details?: Array<{ path: string }> } };

let p: TestPlatform;
let smtp: MailCatcher;
let clock = new Date('2026-11-28T05:00:00Z');
const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));
const MINUTE = 60_000;

beforeAll(async () => {
  smtp = await startMailCatcher();
  p = await startTestPlatform({ now: () => clock, config: { smtpUrl: smtp.url, mailFrom: '立案平台 <no-reply@court.example>' } });
});
afterAll(async () => {
  await p?.stop();
  await smtp?.close();
});

const ask = (login: string, ip = nextSignUpIp()) =>
  new Client(p.app).call<Err & { sent: true; expiresInSeconds: number }>(
    'POST',
    '/api/auth/register/code',
    { login },
    { headers: { 'x-forwarded-for': ip } },
  );
const person = (login: string, idFirst17: string, code: string) => ({
  login,
  code,
  password: 'Green-valley-2026',
  realName: '李注册',
  idNumber: residentId(idFirst17),
});
const smsCode = async (phone: string) => codeIn((await lastMessageTo(p.deps, phone))?.text);
const users = async () =>
  Number(
    (
      await p.deps.db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const audit = (action: string) => p.deps.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();

describe('sign-up by SMS', () => {
  it('sends a code to the number; registration with it signs in; the code is kept only hashed and is single use', async () => {
    const r = await ask('139 0000 5001');
    expect([r.status, r.body]).toEqual([202, { sent: true, expiresInSeconds: 600 }]);
    const message = await lastMessageTo(p.deps, '13900005001');
    expect(message?.text).toMatch(/^【立案】您正在注册立案平台账号，验证码 \d{6}，10 分钟内有效/);
    const code = codeIn(message?.text)!;
    expect(JSON.stringify(await p.deps.db.selectFrom('sign_up_codes').selectAll().execute())).not.toContain(code);

    const c = new Client(p.app);
    const done = await c.post<{ user: { roles: string[] } }>('/api/auth/register', person('13900005001', '11010519900505123', code));
    expect(done.status).toBe(201);
    expect(done.body.user.roles).toEqual(['litigant']);
    expect((await c.get('/api/me')).status).toBe(200);
    expect((await audit('account.register')).at(-1)!.detail).toMatchObject({ kind: 'person', contactProvenBy: 'sms' });

    // Spent: the same code registers nothing again (the account exists anyway, and no new code was sent).
    const before = await users();
    const again = await new Client(p.app).post<Err>('/api/auth/register', person('13900005001', '11010519900505234', code));
    expect([again.status, again.body.error.code]).toEqual([422, 'CODE_INVALID']);
    expect(await users()).toBe(before);
  });

  it('a wrong code is refused naming the field and counted; five wrong codes spend it; nothing is written', async () => {
    await ask('13900005002');
    const code = (await smsCode('13900005002'))!;
    const wrong = code === '000000' ? '000001' : '000000';
    const before = await users();
    for (let i = 1; i <= 5; i++) {
      const r = await new Client(p.app).post<Err>('/api/auth/register', person('13900005002', '11010519900505345', wrong));
      expect([r.status, r.body.error.code, r.body.error.details?.[0]?.path]).toEqual([422, 'CODE_INVALID', 'code']);
    }
    expect((await audit('sign_up.code_check')).slice(-5).map((a) => a.detail)).toEqual([1, 2, 3, 4, 5].map((attempts) => ({ attempts })));
    const right = await new Client(p.app).post<Err>('/api/auth/register', person('13900005002', '11010519900505345', code));
    expect([right.status, right.body.error.code]).toEqual([422, 'CODE_INVALID']);
    expect(await users()).toBe(before);
  });

  it('a code expires after 10 minutes, a new request replaces the last, and a code serves only its own number', async () => {
    await ask('13900005003');
    const first = (await smsCode('13900005003'))!;
    advance(11 * MINUTE);
    const late = await new Client(p.app).post<Err>('/api/auth/register', person('13900005003', '11010519900505456', first));
    expect(late.body.error.code).toBe('CODE_INVALID');

    await ask('13900005003');
    const second = (await smsCode('13900005003'))!;
    await ask('13900005003');
    const third = (await smsCode('13900005003'))!;
    if (second !== third) {
      const replaced = await new Client(p.app).post<Err>('/api/auth/register', person('13900005003', '11010519900505456', second));
      expect(replaced.body.error.code).toBe('CODE_INVALID');
    }
    const elsewhere = await new Client(p.app).post<Err>('/api/auth/register', person('13900005004', '11010519900505456', third));
    expect(elsewhere.body.error.code).toBe('CODE_INVALID');
    expect((await new Client(p.app).post('/api/auth/register', person('13900005003', '11010519900505456', third))).status).toBe(201);
  });

  it('refuses a registration without a code, and a code request for something that is no number or address', async () => {
    const bare = await new Client(p.app).post<Err>('/api/auth/register', {
      ...person('13900005005', '11010519900505567', ''),
      code: undefined,
    });
    expect([bare.status, bare.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(bare.body.error.details?.map((d) => d.path)).toContain('body.code');
    const r = await ask('12345');
    expect([r.status, r.body.error.code, r.body.error.details?.[0]?.path]).toEqual([400, 'VALIDATION_FAILED', 'login']);
  });
});

describe('sign-up by e-mail over SMTP', () => {
  it('mails the code with a Chinese subject; the code registers the address', async () => {
    advance(20 * MINUTE);
    expect((await ask('Li.Mail@Example.org')).status).toBe(202);
    const mail = await smtp.mailTo('li.mail@example.org', 1, () => p.deps.messaging.drain());
    expect(mail.subject).toBe('立案 · 注册验证码 / Lian sign-up code');
    expect(mail.text).toContain('Your Lian sign-up code is');
    const code = codeIn(mail.text)!;
    const r = await new Client(p.app).post('/api/auth/register', person('li.mail@example.org', '11010519900505678', code));
    expect(r.status).toBe(201);
    expect((await audit('account.register')).at(-1)!.detail).toMatchObject({ contactProvenBy: 'email' });
  });
});

describe('a login that is already registered', () => {
  it('gets the same answer as a new one; the message tells its holder, no code exists, and registration cannot tell', async () => {
    advance(20 * MINUTE);
    const known = await ask('13800000001');
    const unknown = await ask('13900005099');
    expect([known.status, known.body]).toEqual([unknown.status, unknown.body]);
    expect((await lastMessageTo(p.deps, '13800000001'))?.text).toMatch(/^【立案】有人正在用此手机号或邮箱注册.*已经注册过.*忘记密码/);
    expect(codeIn((await lastMessageTo(p.deps, '13800000001'))?.text)).toBeUndefined();
    const r = await new Client(p.app).post<Err>('/api/auth/register', person('13800000001', '11010519900505789', '123456'));
    expect([r.status, r.body.error.code]).toEqual([422, 'CODE_INVALID']);
    expect((await audit('sign_up.code_request')).slice(-2).map((a) => a.detail)).toEqual([{ known: true }, { known: false }]);
  });
});

describe('throttling', () => {
  it('allows 3 requests per destination and 10 per IP in 15 minutes, answering 429 with Retry-After, audited', async () => {
    advance(20 * MINUTE);
    for (let i = 0; i < 3; i++) expect((await ask('13900005010')).status).toBe(202);
    const fourth = await ask('13900005010');
    expect([fourth.status, fourth.body.error.code, fourth.headers['retry-after']]).toEqual([429, 'RATE_LIMITED', '900']);
    const ip = '198.51.100.77';
    for (let i = 0; i < 10; i++) expect((await ask(`1390000602${i}`, ip)).status).toBe(202);
    expect((await ask('13900006030', ip)).status).toBe(429);
    expect((await audit('sign_up.code_request')).filter((a) => a.outcome === 'denied').map((a) => a.detail)).toEqual([
      { reason: 'destination_throttled' },
      { reason: 'ip_throttled' },
    ]);
    advance(16 * MINUTE);
    expect((await ask('13900005010')).status).toBe(202);
  });
});
