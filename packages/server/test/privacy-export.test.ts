// The holder's copy of their data (PIPL Art. 45) for an organisation account and for a lawyer with a
// passkey, an authenticator app, a refused certificate, a password-reset code and a failed sign-in:
// every kind of personal data the platform holds about them is in the copy, decrypted; nothing that
// would let someone sign in as them (secrets, hashes, key material, encrypted values) is.
import { creditCodeCheckChar } from '@lian/domain';
import type { DataExport } from '@lian/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/cli/seed.js';
import { SoftAuthenticator } from './authenticator.js';
import { Client } from './client.js';
import { startTestPlatform, type TestPlatform } from './harness.js';
import { residentId } from './matrix-rules.js';
import { totpAt } from './second-factor.js';

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform();
}, 60_000);
afterAll(async () => {
  await p?.stop();
});

const exportOf = async (c: Client) => {
  const r = await c.call<DataExport>('GET', '/api/me/data-export');
  expect(r.status).toBe(200);
  return r.body;
};

/** Every stored secret, hash and ciphertext about one account, in each form it could leak in. */
async function secretsOf(userId: string): Promise<string[]> {
  const db = p.deps.db;
  const user = await db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();
  const [factor, recovery, passkeys, sessions, codes, lawyer] = await Promise.all([
    db.selectFrom('totp_factors').selectAll().where('user_id', '=', userId).executeTakeFirst(),
    db.selectFrom('recovery_codes').selectAll().where('user_id', '=', userId).execute(),
    db.selectFrom('passkeys').selectAll().where('user_id', '=', userId).execute(),
    db.selectFrom('sessions').selectAll().where('user_id', '=', userId).execute(),
    db.selectFrom('one_time_codes').selectAll().where('user_id', '=', userId).execute(),
    db.selectFrom('lawyer_accounts').selectAll().where('user_id', '=', userId).executeTakeFirst(),
  ]);
  const keyForms = (k: Uint8Array) => ['base64', 'base64url', 'hex'].map((f) => Buffer.from(k).toString(f as BufferEncoding));
  return [
    user.password_hash,
    user.id_number_enc,
    user.id_number_index,
    user.login_enc,
    user.login_index,
    user.phone_enc,
    factor?.secret_enc,
    factor ? p.deps.cipher.decrypt(factor.secret_enc) : undefined,
    ...recovery.map((r) => r.code_hash),
    ...passkeys.flatMap((k) => [k.credential_id, ...keyForms(k.public_key)]),
    ...sessions.map((s) => s.token_hash),
    ...codes.map((c) => c.code_hash),
    lawyer?.certificate_enc,
    lawyer?.certificate_index,
  ].filter((s): s is string => typeof s === 'string' && s.length > 0);
}

describe('the copy of an organisation account', () => {
  it('holds the organisation, the acting person’s phone and the real-name check, decrypted', async () => {
    const c = new Client(p.app);
    const creditCode = '91110105MA01C3DE7' + creditCodeCheckChar('91110105MA01C3DE7');
    const r = await c.register('/api/auth/register/organisation', {
      login: 'legal@export.example',
      password: DEMO_PASSWORD,
      realName: '钱经办',
      idNumber: residentId('11010519850303123'),
      phone: '13900000611',
      organisationName: '北京导出科技有限公司',
      creditCode,
      legalRepresentative: '孙法代',
    });
    expect(r.status).toBe(201);
    const data = await exportOf(c);
    expect(data.account).toMatchObject({ login: 'legal@export.example', kind: 'organisation', phone: '13900000611', deactivatedAt: null });
    expect(data.account.idNumber).toBe(residentId('11010519850303123'));
    expect(data.organisation).toEqual({ name: '北京导出科技有限公司', creditCode, legalRepresentative: '孙法代' });
    expect(data.identityVerification.verifiedAt).not.toBeNull();
    expect(data.identityVerification.lastCheck).toMatchObject({ method: 'local_checksum', result: 'verified', reason: null });
    expect(data.lawyer).toBeNull();
    expect(data.passkeys).toEqual([]);
    expect(data.authenticator).toEqual({
      enrolled: false,
      enrolledAt: null,
      pendingSince: null,
      recoveryCodesLeft: 0,
      recoveryCodesUsed: [],
    });
    expect(data.activity.map((a) => a.action)).toContain('account.register');
    const json = JSON.stringify(data);
    for (const s of await secretsOf(data.account.id)) expect(json).not.toContain(s);
  });
});

describe('the copy of a lawyer account with a passkey and an authenticator app', () => {
  it('holds the certificate and its refusal, passkeys, authenticator, codes and sign-in events — and no secret', async () => {
    const c = new Client(p.app);
    const reg = await c.register('/api/auth/register/lawyer', {
      login: '13900000621',
      password: DEMO_PASSWORD,
      realName: '吴导出',
      idNumber: residentId('11010519800101123'),
      certificateNumber: '11101201510000621',
      lawFirm: '北京导出律师事务所',
    });
    expect(reg.status).toBe(201);
    const userId = (await c.get<{ user: { id: string } }>('/api/me')).body.user.id;

    const auth = new SoftAuthenticator();
    const o = await c.post<{ options: Parameters<SoftAuthenticator['create']>[0] }>('/api/me/passkeys/options');
    const pk = await c.post<{ passkey: { id: string } }>('/api/me/passkeys', { name: '办公室电脑', response: auth.create(o.body.options) });
    expect(pk.status).toBe(201);

    const e = await c.post<{ secret: string }>('/api/me/second-factor/enrolment');
    const ok = await c.post<{ recoveryCodes: string[] }>('/api/me/second-factor/enrolment/confirm', {
      code: totpAt(e.body.secret, new Date()),
    });
    expect(ok.status).toBe(200);
    const recoveryCodes = ok.body.recoveryCodes;

    const admin = await new Client(p.app).login('admin@chaoyang.court.example');
    expect((await admin.post(`/api/admin/lawyers/${userId}/refuse`, { reason: '执业证号与律所不符' })).status).toBe(204);
    expect((await new Client(p.app).post('/api/auth/password-reset/request', { login: '13900000621' })).status).toBe(202);
    expect((await new Client(p.app).post('/api/auth/login', { login: '13900000621', password: 'Wrong-password-2026' })).status).toBe(401);

    const data = await exportOf(c);
    expect(data.account).toMatchObject({ id: userId, kind: 'lawyer', login: '13900000621', realName: '吴导出', phone: null });
    expect(data.lawyer).toMatchObject({
      certificateNumber: '11101201510000621',
      lawFirm: '北京导出律师事务所',
      status: 'refused',
      refusalReason: '执业证号与律所不符',
    });
    expect(data.lawyer?.decidedAt).toEqual(expect.any(String));
    expect(data.passkeys).toEqual([
      { id: pk.body.passkey.id, name: '办公室电脑', createdAt: expect.any(String), lastUsedAt: null, synced: false },
    ]);
    expect(data.authenticator).toMatchObject({
      enrolled: true,
      pendingSince: null,
      recoveryCodesLeft: recoveryCodes.length,
      recoveryCodesUsed: [],
    });
    expect(data.authenticator.enrolledAt).toEqual(expect.any(String));
    expect(data.oneTimeCodes).toEqual([
      { purpose: 'password_reset', createdAt: expect.any(String), expiresAt: expect.any(String), usedAt: null, attempts: 0 },
    ]);
    expect(data.signInEvents.codeRequests).toHaveLength(2); // the sign-up code and the reset code
    expect(data.signInEvents.failedSignIns).toHaveLength(1);
    expect(data.sessions.filter((s) => s.current)).toHaveLength(1);
    expect(data.activity.map((a) => a.action)).toEqual(expect.arrayContaining(['passkey.registered', 'account.register']));
    // What others did to the account (the administrator's refusal, the anonymous reset request) is there, not who.
    expect(data.actionsOnAccount.map((a) => [a.action, a.outcome]).sort()).toEqual([
      ['lawyer.refuse', 'success'],
      ['password_reset.request', 'success'],
    ]);

    const json = JSON.stringify(data);
    const secrets = await secretsOf(userId);
    expect(secrets.length).toBeGreaterThanOrEqual(10 + recoveryCodes.length);
    for (const s of [...secrets, ...recoveryCodes, e.body.secret]) expect(json).not.toContain(s);
    expect(json).not.toContain('admin@chaoyang.court.example');
  });
});
