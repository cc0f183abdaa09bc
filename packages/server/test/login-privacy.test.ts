// Sign-in names are personal data: after registration, sign-in, failed sign-ins, a password reset and
// a second-factor enrolment, no table holds a phone number or e-mail address in clear; accounts from
// before the encryption are sealed at start and still sign in; the blind-index key rotates.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFieldCipher, parseFieldKeys, parseIndexKeys } from '../src/infra/crypto.js';
import { loginIndexCandidates, sealClearLogins } from '../src/modules/identity/login-name.js';
import { findUserByLogin } from '../src/modules/identity/repo.js';
import { rotateIndexKeys } from '../src/modules/privacy/index-rotation.js';
import { verifyAuditChain } from '../src/modules/audit/service.js';
import { Client } from './client.js';
import { findPlainText } from './db-scan.js';
import { startTestPlatform, type TestPlatform } from './harness.js';
import { lastMessageTo } from './outbox.js';
import { residentId } from './matrix-rules.js';

let p: TestPlatform;
const PHONE = '13912345678';
const EMAIL = 'Wang.Wu@Example.org';
const PASSWORD = 'Quiet-river-2026';
const ctx = { actorId: null, requestId: 'test:login-privacy', ip: null };
type Err = { error: { code: string } };

beforeAll(async () => {
  p = await startTestPlatform();
});
afterAll(async () => {
  await p?.stop();
});

const register = (login: string, realName: string, idFirst17: string) =>
  new Client(p.app).register('/api/auth/register', { login, password: PASSWORD, realName, idNumber: residentId(idFirst17) });

describe('sign-in names at rest', () => {
  it('stores no phone number or e-mail address in clear anywhere in the database', async () => {
    expect((await register(PHONE, '王五', '11010519900101123')).status).toBe(201);
    expect((await register(EMAIL, '赵六', '11010519910202234')).status).toBe(201);
    // The same number typed with spaces is found taken: no code is sent, the message says it is registered.
    const again = await register(` ${PHONE} `, '王五二', '11010519920303345');
    expect([again.status, (again.body as Err).error.code]).toEqual([422, 'CODE_INVALID']);
    expect((await lastMessageTo(p.deps, PHONE))?.text).toContain('已经注册过');
    // A sign-in, a wrong password (throttle records), a reset request (outbox), staff enrolment.
    expect((await new Client(p.app).post('/api/auth/login', { login: PHONE, password: PASSWORD })).status).toBe(200);
    expect((await new Client(p.app).post('/api/auth/login', { login: EMAIL, password: 'wrong-password-1' })).status).toBe(401);
    expect((await new Client(p.app).post('/api/auth/password-reset/request', { login: EMAIL })).status).toBe(202);
    expect((await new Client(p.app).post('/api/auth/password-reset/request', { login: PHONE })).status).toBe(202);
    await p.deps.messaging.drain();
    await new Client(p.app).login('judge@chaoyang.court.example');
    await new Client(p.app).login('auditor@chaoyang.court.example');

    for (const needle of [PHONE, EMAIL.toLowerCase(), '13800000001', 'clerk@chaoyang.court.example', 'auditor@chaoyang']) {
      expect(await findPlainText(p.deps.db, needle), needle).toEqual([]);
    }
    // The scan itself finds what is there (it is not blind).
    expect(await findPlainText(p.deps.db, '王五')).toContain('users.real_name');
    const stored = await p.deps.db.selectFrom('users').select(['login', 'login_enc', 'login_index']).execute();
    expect(stored.every((u) => u.login === null && u.login_enc?.startsWith('v1:t1:') && /^[0-9a-f]{64}$/.test(u.login_index!))).toBe(true);
    // The owner still sees their own (masked) name.
    const me = await new Client(p.app).login(EMAIL, PASSWORD);
    expect((await me.get<{ user: { login: string } }>('/api/me')).body.user.login).toBe(EMAIL.toLowerCase());
  });

  it('seals accounts stored in clear before migration 0013, which then sign in as before', async () => {
    const template = await p.deps.db.selectFrom('users').select('password_hash').limit(1).executeTakeFirstOrThrow();
    await p.deps.db
      .insertInto('users')
      .values({
        login: '13700000077',
        login_kind: 'phone',
        password_hash: template.password_hash,
        real_name: '旧账号',
        id_number_enc: null,
        id_number_index: null,
      })
      .execute();
    expect(await findPlainText(p.deps.db, '13700000077')).toEqual(['users.login']);
    expect(await sealClearLogins(p.deps.db, p.deps.cipher)).toBe(1);
    expect(await sealClearLogins(p.deps.db, p.deps.cipher)).toBe(0);
    expect(await findPlainText(p.deps.db, '13700000077')).toEqual([]);
    const r = await new Client(p.app).post('/api/auth/login', { login: '13700000077', password: 'Lian-demo-2026' });
    expect(r.status).toBe(200);
  });
});

describe('rotation of the blind-index key', () => {
  it('finds accounts under the old key during rotation, recomputes every index, then needs only the new key', async () => {
    const oldKeys = parseIndexKeys(p.config.indexKey!);
    const fieldKeys = parseFieldKeys(p.config.fieldKeys!);
    const newKey = { id: 'i2', key: randomBytes(32) };
    const rotating = createFieldCipher({ fieldKeys, indexKeys: [newKey, ...oldKeys] });
    const onlyNew = createFieldCipher({ fieldKeys, indexKeys: [newKey] });
    // Before the run: found through the older key.
    expect(await findUserByLogin(p.deps.db, loginIndexCandidates(rotating, PHONE))).toBeDefined();
    expect(await findUserByLogin(p.deps.db, loginIndexCandidates(onlyNew, PHONE))).toBeUndefined();

    const r = await rotateIndexKeys(p.deps.db, rotating, ctx, { batchSize: 2 });
    const users = await p.deps.db.selectFrom('users').select(['login_index', 'id_number_index', 'id_number_enc']).execute();
    expect(r.recomputed['users.login_index']).toBe(users.length);
    expect(r.recomputed['users.id_number_index']).toBe(users.filter((u) => u.id_number_enc).length);
    expect(users.every((u) => u.login_index!.startsWith('i2:'))).toBe(true);
    expect(users.filter((u) => u.id_number_index).every((u) => u.id_number_index!.startsWith('i2:'))).toBe(true);
    // Recovery codes of the staff who enrolled are hashes of secrets never kept: they stay under k0.
    expect(r.remainingUnderOlderKeys['recovery_codes.code_hash']).toBeGreaterThan(0);
    expect(await findUserByLogin(p.deps.db, loginIndexCandidates(onlyNew, PHONE))).toBeDefined();
    expect((await rotateIndexKeys(p.deps.db, rotating, ctx)).recomputed).toEqual({ 'users.login_index': 0, 'users.id_number_index': 0 });

    // The running platform with the rotated keys: sign-in and duplicate checks work.
    Object.assign(p.deps, { cipher: rotating });
    expect((await new Client(p.app).post('/api/auth/login', { login: EMAIL, password: PASSWORD })).status).toBe(200);
    const dup = await register(EMAIL, '赵六', '11010519930404456');
    expect([dup.status, (dup.body as Err).error.code]).toEqual([422, 'CODE_INVALID']);
    expect(await lastMessageTo(p.deps, EMAIL)).toMatchObject({ subject: '立案 · 该账号已注册 / Lian: already registered' });
    const dupId = await register('13912349999', '赵六', '11010519910202234');
    expect([dupId.status, (dupId.body as Err).error.code]).toEqual([409, 'ID_NUMBER_TAKEN']);
    const audit = await p.deps.db.selectFrom('audit_log').select('detail').where('action', '=', 'index_keys.rotated').execute();
    expect(audit.map((a) => a.detail.keyId)).toEqual(['i2', 'i2']);
    expect(await verifyAuditChain(p.deps.db)).toMatchObject({ ok: true });
  });
});
