// Passkeys through the HTTP API with real WebAuthn ceremonies from a software authenticator
// (test/authenticator.ts): registration from the account, sign-in without a password, and every
// refusal a court's users rely on — another site (origin or RP ID), a replayed response, a cloned
// authenticator (counter going back), someone else's credential id, a removed passkey, no user
// verification, a locked account. Court staff signing in with a passkey need no TOTP code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInKey } from '../src/modules/identity/throttle.js';
import { Client } from './client.js';
import { SoftAuthenticator } from './authenticator.js';
import { startTestPlatform, type TestPlatform } from './harness.js';

type Err = { error: { code: string } };
type Options = { options: { challenge: string; rp: { id: string }; user: { id: string }; rpId: string } };
type Passkey = { id: string; name: string; lastUsedAt: string | null };

let p: TestPlatform;
let clock = new Date('2026-11-28T02:00:00Z');
const MINUTE = 60_000;
const LITIGANT = '13800000001';
const LAWYER = '13800000002';
const CLERK = 'clerk@chaoyang.court.example';

beforeAll(async () => {
  p = await startTestPlatform({ now: () => clock });
});
afterAll(async () => {
  await p?.stop();
});

const audit = (action: string) => p.deps.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();

/** Registers a passkey for a signed-in client; returns its id. */
async function register(c: Client, auth: SoftAuthenticator, name = '我的手机') {
  const o = await c.post<Options>('/api/me/passkeys/options');
  expect(o.status).toBe(200);
  const r = await c.post<{ passkey: Passkey } & Err>('/api/me/passkeys', { name, response: auth.create(o.body.options) });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.passkey.id;
}

/** A passkey sign-in on a fresh client; `ceremony` changes what the authenticator sends. */
async function signIn(auth: SoftAuthenticator, ceremony: Parameters<SoftAuthenticator['get']>[1] = {}, c = new Client(p.app)) {
  const o = await c.post<Options>('/api/auth/passkey/options');
  expect(o.status).toBe(200);
  const response = auth.get(o.body.options, ceremony);
  const r = await c.post<{ user: { realName: string; roles: string[] } } & Err>('/api/auth/passkey', response);
  return { c, r, response };
}

describe('registering a passkey', () => {
  it('registers from the account with a name, lists it, and records passkey.registered', async () => {
    const c = await new Client(p.app).login(LITIGANT);
    const o = await c.post<Options>('/api/me/passkeys/options');
    expect(o.body.options).toMatchObject({
      rp: { id: 'localhost', name: '立案 Lian' },
      authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
      attestation: 'none',
    });
    const auth = new SoftAuthenticator();
    const r = await c.post<{ passkey: Passkey }>('/api/me/passkeys', { name: '我的手机', response: auth.create(o.body.options) });
    expect(r.status).toBe(201);
    expect(r.body.passkey).toMatchObject({ name: '我的手机', lastUsedAt: null });
    const list = await c.get<{ passkeys: Passkey[] }>('/api/me/passkeys');
    expect(list.body.passkeys.map((x) => x.name)).toEqual(['我的手机']);
    const row = await p.deps.db.selectFrom('passkeys').selectAll().where('id', '=', r.body.passkey.id).executeTakeFirstOrThrow();
    expect(row.credential_id).toBe(auth.credentials[0]!.id.toString('base64url'));
    expect((await audit('passkey.registered')).filter((a) => a.outcome === 'success').map((a) => a.resource_id)).toContain(row.id);
    // The challenge was used up: the same answer again registers nothing.
    const again = await c.post<Err>('/api/me/passkeys', { name: '再来一次', response: auth.create(o.body.options) });
    expect([again.status, again.body.error.code]).toEqual([401, 'CHALLENGE_EXPIRED']);
  });

  it('refuses a registration made for another site, without user verification, or with a challenge of another account', async () => {
    const c = await new Client(p.app).login(LAWYER);
    const auth = new SoftAuthenticator();
    const cases = [{ origin: 'https://lian.evil.example' }, { rpId: 'evil.example' }, { userVerified: false }, { type: 'webauthn.get' }];
    for (const ceremony of cases) {
      const o = await c.post<Options>('/api/me/passkeys/options');
      const r = await c.post<Err>('/api/me/passkeys', { name: 'x', response: auth.create(o.body.options, ceremony) });
      expect({ ceremony, status: r.status, code: r.body.error.code }).toEqual({ ceremony, status: 401, code: 'PASSKEY_INVALID' });
    }
    const other = await new Client(p.app).login(LITIGANT);
    const stolen = await other.post<Options>('/api/me/passkeys/options');
    const r = await c.post<Err>('/api/me/passkeys', { name: 'x', response: auth.create(stolen.body.options) });
    expect(r.body.error.code).toBe('CHALLENGE_EXPIRED');
    expect((await c.get<{ passkeys: Passkey[] }>('/api/me/passkeys')).body.passkeys).toEqual([]);
  });

  it('refuses an empty or overlong name and a credential already registered', async () => {
    const c = await new Client(p.app).login(LAWYER);
    const auth = new SoftAuthenticator();
    const o = await c.post<Options>('/api/me/passkeys/options');
    expect((await c.post('/api/me/passkeys', { name: '  ', response: auth.create(o.body.options) })).status).toBe(400);
    expect((await c.post('/api/me/passkeys', { name: '名'.repeat(51), response: auth.create(o.body.options) })).status).toBe(400);
    await register(c, auth, '办公室电脑');
    // The same credential once more (an authenticator ignoring excludeCredentials): refused by the unique index.
    const o2 = await c.post<Options>('/api/me/passkeys/options');
    expect((o2.body.options as unknown as { excludeCredentials: unknown[] }).excludeCredentials).toHaveLength(1);
    const r = await c.post<Err>('/api/me/passkeys', {
      name: '重复',
      response: auth.create(o2.body.options, { again: auth.credentials.at(-1)! }),
    });
    expect([r.status, r.body.error.code]).toEqual([401, 'PASSKEY_INVALID']);
    expect((await audit('passkey.registered')).at(-1)).toMatchObject({ outcome: 'failure', detail: { reason: 'credential_exists' } });
    expect((await c.get<{ passkeys: Passkey[] }>('/api/me/passkeys')).body.passkeys.map((x) => x.name)).toEqual(['办公室电脑']);
  });
});

describe('signing in with a passkey', () => {
  let auth: SoftAuthenticator;
  let passkeyId: string;
  beforeAll(async () => {
    auth = new SoftAuthenticator();
    passkeyId = await register(await new Client(p.app).login(LITIGANT), auth, '笔记本');
  });

  it('signs in without a password, records the method, and moves the counter on', async () => {
    const { c, r } = await signIn(auth);
    expect(r.status).toBe(200);
    expect(r.body.user.realName).toBe('张三');
    expect((await c.get('/api/me')).status).toBe(200);
    const row = await p.deps.db.selectFrom('passkeys').selectAll().where('id', '=', passkeyId).executeTakeFirstOrThrow();
    expect(Number(row.sign_count)).toBe(auth.credentials[0]!.counter);
    expect(row.last_used_at).not.toBeNull();
    const signIns = (await audit('session.sign_in')).filter((a) => a.outcome === 'success');
    expect(signIns.at(-1)!.detail).toMatchObject({ method: 'passkey', passkeyId });
  });

  it('ends the session the browser held before (rotation on sign-in)', async () => {
    const c = await new Client(p.app).login(LITIGANT);
    const before = c.sessionCookie()!;
    const { r } = await signIn(auth, {}, c);
    expect(r.status).toBe(200);
    expect(c.sessionCookie()).not.toBe(before);
    const old = await p.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: before } });
    expect(old.statusCode).toBe(401);
    expect((await c.get('/api/me')).status).toBe(200);
  });

  it.each([
    ['another origin', { origin: 'https://lian.evil.example' }],
    ['another RP ID', { rpId: 'evil.example' }],
    ['no user verification', { userVerified: false }],
    ['a registration instead of an assertion', { type: 'webauthn.create' }],
  ])('refuses %s with PASSKEY_INVALID and no session', async (_what, ceremony) => {
    const { c, r } = await signIn(auth, ceremony);
    expect([r.status, r.body.error.code]).toEqual([401, 'PASSKEY_INVALID']);
    expect((await c.get('/api/me')).status).toBe(401);
  });

  it('refuses a replayed response: the challenge is single use', async () => {
    const c = new Client(p.app);
    const o = await c.post<Options>('/api/auth/passkey/options');
    const response = auth.get(o.body.options);
    expect((await c.post('/api/auth/passkey', response)).status).toBe(200);
    const replay = await new Client(p.app).post<Err>('/api/auth/passkey', response);
    expect([replay.status, replay.body.error.code]).toEqual([401, 'CHALLENGE_EXPIRED']);
  });

  it('refuses a challenge older than 5 minutes', async () => {
    const c = new Client(p.app);
    const o = await c.post<Options>('/api/auth/passkey/options');
    clock = new Date(clock.getTime() + 5 * MINUTE + 1000);
    const r = await c.post<Err>('/api/auth/passkey', auth.get(o.body.options));
    expect(r.body.error.code).toBe('CHALLENGE_EXPIRED');
  });

  it('refuses a counter that goes back (a cloned authenticator)', async () => {
    const stored = Number(
      (await p.deps.db.selectFrom('passkeys').select('sign_count').where('id', '=', passkeyId).executeTakeFirstOrThrow()).sign_count,
    );
    const { r } = await signIn(auth, { counter: stored - 1 });
    expect([r.status, r.body.error.code]).toEqual([401, 'PASSKEY_INVALID']);
    const same = await signIn(auth, { counter: stored });
    expect(same.r.status).toBe(401);
    const after = await p.deps.db.selectFrom('passkeys').select('sign_count').where('id', '=', passkeyId).executeTakeFirstOrThrow();
    expect(Number(after.sign_count)).toBe(stored);
    expect((await signIn(auth, { counter: stored + 5 })).r.status).toBe(200);
  });

  it("refuses someone else's credential id signed with another key, and an unknown credential", async () => {
    const mallory = new SoftAuthenticator();
    await register(await new Client(p.app).login(LAWYER), mallory, '律师的钥匙');
    const victimId = auth.credentials[0]!.id.toString('base64url');
    const forged = await signIn(mallory, { claimId: victimId });
    expect([forged.r.status, forged.r.body.error.code]).toEqual([401, 'PASSKEY_INVALID']);
    const stranger = new SoftAuthenticator();
    stranger.create({ challenge: 'x', rp: { id: 'localhost' }, user: { id: 'AAAAAAAAAAAAAAAAAAAAAA' } });
    const unknown = await signIn(stranger);
    expect([unknown.r.status, unknown.r.body.error.code]).toEqual([401, 'PASSKEY_INVALID']);
    const failures = (await audit('session.sign_in')).filter((a) => a.outcome === 'failure');
    expect(failures.map((a) => (a.detail as { reason?: string }).reason)).toContain('unknown_credential');
  });

  it('a locked account cannot sign in with its passkey either', async () => {
    const c = await new Client(p.app).login('13800000002');
    const lawyerAuth = new SoftAuthenticator();
    await register(c, lawyerAuth, '第二把钥匙');
    for (let i = 0; i < 5; i++) await new Client(p.app).post('/api/auth/login', { login: LAWYER, password: 'wrong-password-1' });
    const { r } = await signIn(lawyerAuth);
    expect([r.status, r.body.error.code]).toEqual([429, 'ACCOUNT_LOCKED']);
    clock = new Date(clock.getTime() + 16 * MINUTE);
    expect((await signIn(lawyerAuth)).r.status).toBe(200);
  });
});

describe('session rotation', () => {
  it('a password sign-in ends the session the browser held before', async () => {
    const c = await new Client(p.app).login(LITIGANT);
    const before = c.sessionCookie()!;
    await c.login(LITIGANT);
    expect(c.sessionCookie()).not.toBe(before);
    expect((await p.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: before } })).statusCode).toBe(401);
    expect((await c.get('/api/me')).status).toBe(200);
    const signIns = (await audit('session.sign_in')).filter((a) => a.outcome === 'success');
    expect(signIns.at(-1)!.detail).toMatchObject({ method: 'password' });
  });
});

describe('managing passkeys', () => {
  it("renames and removes one's own passkey (ending the other sessions); another account's answers 404", async () => {
    const c = await new Client(p.app).login(LITIGANT);
    const auth = new SoftAuthenticator();
    const id = await register(c, auth, '旧名字');
    const renamed = await c.put<{ passkey: Passkey }>(`/api/me/passkeys/${id}`, { name: '新名字' });
    expect(renamed.body.passkey.name).toBe('新名字');
    const lawyer = await new Client(p.app).login(LAWYER);
    expect((await lawyer.put(`/api/me/passkeys/${id}`, { name: '抢走' })).status).toBe(404);
    expect((await lawyer.post(`/api/me/passkeys/${id}/remove`, {})).status).toBe(404);
    // Removing it ends the account's other sessions (one may be on the lost device); this one goes on under a new token.
    const other = await new Client(p.app).login(LITIGANT);
    const before = c.sessionCookie();
    expect((await c.post(`/api/me/passkeys/${id}/remove`, {})).status).toBe(204);
    expect((await other.get('/api/me')).status).toBe(401);
    expect(c.sessionCookie()).not.toBe(before);
    expect((await p.app.inject({ url: '/api/me', headers: { cookie: before ?? '' } })).statusCode).toBe(401);
    expect((await c.get<{ passkeys: Passkey[] }>('/api/me/passkeys')).body.passkeys.map((x) => x.id)).not.toContain(id);
    expect((await audit('passkey.removed')).at(-1)).toMatchObject({ resource_id: id, outcome: 'success' });
    expect((await audit('passkey.removed')).at(-1)!.detail.sessionsEnded).toBeGreaterThanOrEqual(1);
    // A removed passkey signs no one in.
    const { r } = await signIn(auth);
    expect([r.status, r.body.error.code]).toEqual([401, 'PASSKEY_INVALID']);
  });

  it('needs the password again to remove a passkey when the sign-in is older than 10 minutes', async () => {
    const c = await new Client(p.app).login(LITIGANT);
    const id = await register(c, new SoftAuthenticator(), '平板');
    clock = new Date(clock.getTime() + 11 * MINUTE);
    const bare = await c.post<Err>(`/api/me/passkeys/${id}/remove`, {});
    expect([bare.status, bare.body.error.code]).toEqual([403, 'REAUTHENTICATION_REQUIRED']);
    const wrong = await c.post<Err>(`/api/me/passkeys/${id}/remove`, { password: 'not-the-password' });
    expect([wrong.status, wrong.body.error.code]).toEqual([401, 'BAD_CREDENTIALS']);
    expect((await c.get<{ passkeys: Passkey[] }>('/api/me/passkeys')).body.passkeys.map((x) => x.id)).toContain(id);
    expect((await c.post(`/api/me/passkeys/${id}/remove`, { password: 'Lian-demo-2026' })).status).toBe(204);
    expect((await audit('passkey.removed')).at(-1)!.detail).toMatchObject({ confirmedBy: 'password' });
    // The right password cleared the count: re-entering it never brings the account closer to a lockout.
    const failures = await p.deps.db
      .selectFrom('sign_in_failures')
      .select('id')
      .where('login_index', '=', signInKey(p.deps.cipher, LITIGANT))
      .execute();
    expect(failures).toEqual([]);
  });
});

describe('court staff', () => {
  it('a passkey with user verification is the second factor: no TOTP code asked', async () => {
    const c = await new Client(p.app).login(CLERK);
    const auth = new SoftAuthenticator();
    await register(c, auth, '立案窗口');
    const password = await new Client(p.app).post<{ challenge?: { step: string } }>('/api/auth/login', {
      login: CLERK,
      password: 'Lian-demo-2026',
    });
    expect(password.body.challenge?.step).toBe('totp');
    const { c: signedIn, r } = await signIn(auth);
    expect(r.status).toBe(200);
    expect(r.body.user.roles).toContain('filing_clerk');
    expect((await signedIn.get('/api/review/queue')).status).toBe(200);
    const last = (await audit('session.sign_in')).filter((a) => a.outcome === 'success').at(-1)!;
    expect(last.detail).toMatchObject({ method: 'passkey', secondFactor: 'passkey_user_verification' });
    expect((await signIn(auth, { userVerified: false })).r.status).toBe(401);
  });
});

describe('the relying party from LIAN_PUBLIC_URL', () => {
  let court: TestPlatform;
  beforeAll(async () => {
    court = await startTestPlatform({ config: { publicUrl: 'https://lian.court.example' } });
  });
  afterAll(async () => {
    await court?.stop();
  });

  it('binds passkeys to its host and accepts only its origin', async () => {
    const c = await new Client(court.app).login(LITIGANT);
    const o = await c.post<Options>('/api/me/passkeys/options');
    expect(o.body.options.rp.id).toBe('lian.court.example');
    const local = new SoftAuthenticator('http://localhost:3000');
    const refused = await c.post<Err>('/api/me/passkeys', { name: '本地', response: local.create(o.body.options) });
    expect(refused.body.error.code).toBe('PASSKEY_INVALID');

    const auth = new SoftAuthenticator('https://lian.court.example');
    const o2 = await c.post<Options>('/api/me/passkeys/options');
    expect((await c.post('/api/me/passkeys', { name: '法院网站', response: auth.create(o2.body.options) })).status).toBe(201);
    const fresh = new Client(court.app);
    const so = await fresh.post<Options>('/api/auth/passkey/options');
    expect(so.body.options.rpId).toBe('lian.court.example');
    expect((await fresh.post('/api/auth/passkey', auth.get(so.body.options))).status).toBe(200);
    // The same key presented through another host (a look-alike site proxying the ceremony): refused.
    const phished = new Client(court.app);
    const po = await phished.post<Options>('/api/auth/passkey/options');
    const r = await phished.post<Err>('/api/auth/passkey', auth.get(po.body.options, { origin: 'https://lian.court.example.evil.cn' }));
    expect([r.status, r.body.error.code]).toEqual([401, 'PASSKEY_INVALID']);
  });

  it('bounds the public sign-in options per address: a flood gets 429 with Retry-After', async () => {
    const now = new Date();
    const live = await court.deps.db
      .selectFrom('webauthn_challenges')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('ip', '=', '127.0.0.1')
      .executeTakeFirstOrThrow();
    // A flood already under way from this address (the rows 300 requests would leave).
    await court.deps.db
      .insertInto('webauthn_challenges')
      .values(
        Array.from({ length: 300 - Number(live.n) }, (_, i) => ({
          challenge: `flood-${i}`,
          purpose: 'sign_in' as const,
          user_id: null,
          ip: '127.0.0.1',
          created_at: now,
          expires_at: new Date(now.getTime() + 5 * MINUTE),
        })),
      )
      .execute();
    const r = await new Client(court.app).post<Err>('/api/auth/passkey/options');
    expect([r.status, r.body.error.code]).toEqual([429, 'RATE_LIMITED']);
    expect(Number(r.headers['retry-after'])).toBeGreaterThan(200);
    await court.deps.db.deleteFrom('webauthn_challenges').where('challenge', 'like', 'flood-%').execute();
    expect((await new Client(court.app).post('/api/auth/passkey/options')).status).toBe(200);
  });

  it('holds at most 10 passkeys per account', async () => {
    const c = await new Client(court.app).login(LAWYER);
    const auth = new SoftAuthenticator('https://lian.court.example');
    for (let i = 0; i < 10; i++) {
      const o = await c.post<Options>('/api/me/passkeys/options');
      expect((await c.post('/api/me/passkeys', { name: `钥匙 ${i + 1}`, response: auth.create(o.body.options) })).status).toBe(201);
    }
    const more = await c.post<Err>('/api/me/passkeys/options');
    expect([more.status, more.body.error.code]).toEqual([422, 'PASSKEY_LIMIT_REACHED']);
    expect((await c.get<{ passkeys: Passkey[] }>('/api/me/passkeys')).body.passkeys).toHaveLength(10);
  });
});
