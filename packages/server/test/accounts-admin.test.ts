// Court staff administration and lawyer verification through the HTTP API: creation with a set-up code
// by e-mail, role and court changes that end sessions, deactivation, authenticator reset, and every
// escalation attempt (system_admin by a court administrator, another court, one's own roles, a role
// through a non-admin account) refused with the data unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/cli/seed.js';
import { upsertCourt } from '../src/modules/catalogue/service.js';
import { createAccount } from '../src/modules/identity/service.js';
import { Client } from './client.js';
import { lastMessageTo } from './outbox.js';
import { startTestPlatform, type TestPlatform } from './harness.js';
import { userIdByLogin } from './second-factor.js';

let p: TestPlatform;
let courtB: string;
let admin: Client;
let sysadmin: Client;
const ids: Record<string, string> = {};
type Err = { error: { code: string } };
type Member = {
  id: string;
  login: string;
  roles: string[];
  courts: Array<{ id: string }>;
  active: boolean;
  secondFactorEnrolled: boolean;
  manageable: boolean;
};
type List = { staff: Member[]; scope: { courts: Array<{ id: string }>; roles: string[] } };

const idOf = async (login: string) => {
  const id = await userIdByLogin(p.deps, login);
  if (!id) throw new Error(`no account ${login}`);
  return id;
};
const rolesOf = async (login: string) =>
  (
    await p.deps.db
      .selectFrom('user_roles')
      .select(['role', 'court_id'])
      .where('user_id', '=', await idOf(login))
      .execute()
  )
    .map((r) => `${r.role}@${r.court_id === null ? '*' : r.court_id === courtB ? 'B' : 'A'}`)
    .sort();
const allRoles = async () =>
  JSON.stringify(await p.deps.db.selectFrom('user_roles').selectAll().orderBy('user_id').orderBy('role').orderBy('court_id').execute());

const setUpCode = async (login: string) => /设置码 (\d{6})/.exec((await lastMessageTo(p.deps, login))?.text ?? '')![1]!;

beforeAll(async () => {
  p = await startTestPlatform();
  courtB = await upsertCourt(p.deps.db, { code: '京0108', name: '北京市海淀区人民法院', timezone: 'Asia/Shanghai' });
  const make = (
    login: string,
    realName: string,
    roles: Array<{ role: 'filing_clerk' | 'court_admin' | 'system_admin' | 'judge'; courtId: string | null }>,
  ) => createAccount(p.deps, { login, password: DEMO_PASSWORD, realName, idNumber: null, roles });
  ids.sys = await make('sys@lian.example', '系统管理', [{ role: 'system_admin', courtId: null }]);
  ids.clerkB = await make('clerk@haidian.court.example', '海淀立案', [{ role: 'filing_clerk', courtId: courtB }]);
  ids.both = await make('both@court.example', '两院法官', [
    { role: 'judge', courtId: p.court.id },
    { role: 'judge', courtId: courtB },
  ]);
  admin = await new Client(p.app).login('admin@chaoyang.court.example');
  sysadmin = await new Client(p.app).login('sys@lian.example');
}, 90_000);
afterAll(async () => {
  await p?.stop();
});

describe('staff list', () => {
  it("a court administrator sees their own court's staff only, and may grant every role but system_admin", async () => {
    const r = await admin.get<List>('/api/admin/staff');
    expect(r.status).toBe(200);
    const logins = r.body.staff.map((m) => m.login);
    expect(logins).toEqual(expect.arrayContaining(['clerk@chaoyang.court.example', 'judge@chaoyang.court.example', 'both@court.example']));
    expect(logins).not.toContain('clerk@haidian.court.example');
    expect(logins).not.toContain('sys@lian.example');
    expect(r.body.staff.find((m) => m.login === 'admin@chaoyang.court.example')?.manageable).toBe(false);
    expect(r.body.scope.courts.map((c) => c.id)).toEqual([p.court.id]);
    expect(r.body.scope.roles).not.toContain('system_admin');
    expect((await sysadmin.get<List>('/api/admin/staff')).body.staff.map((m) => m.login)).toContain('clerk@haidian.court.example');
  });

  it('is refused to a filing clerk and a litigant', async () => {
    for (const login of ['clerk@chaoyang.court.example', '13800000001']) {
      const r = await (await new Client(p.app).login(login)).get<Err>('/api/admin/staff');
      expect([r.status, r.body.error.code]).toEqual([403, 'FORBIDDEN']);
    }
  });
});

describe('creating staff', () => {
  it('creates a member with roles at the court; the e-mailed set-up code sets the password (a reset request meanwhile does not replace it); the first sign-in enrols an authenticator', async () => {
    const r = await admin.post<{ member: Member }>('/api/admin/staff', {
      login: 'New.Clerk@chaoyang.court.example',
      realName: '新立案',
      roles: ['filing_clerk', 'mediator'],
      courtIds: [p.court.id],
    });
    expect(r.status).toBe(201);
    expect(r.body.member).toMatchObject({ login: 'new.clerk@chaoyang.court.example', active: true, secondFactorEnrolled: false });
    expect(await rolesOf('new.clerk@chaoyang.court.example')).toEqual(['filing_clerk@A', 'mediator@A']);
    const code = await setUpCode('new.clerk@chaoyang.court.example');
    // A password-reset request meanwhile (the member pressed "forgot password") does not replace the set-up code.
    const reset = await new Client(p.app).post('/api/auth/password-reset/request', { login: 'new.clerk@chaoyang.court.example' });
    expect(reset.status).toBe(202);
    expect((await lastMessageTo(p.deps, 'new.clerk@chaoyang.court.example'))?.text).toContain('重置立案平台的登录密码');
    const set = await new Client(p.app).post('/api/auth/password-reset/confirm', {
      login: 'new.clerk@chaoyang.court.example',
      code,
      newPassword: 'Chaoyang-clerk-2026',
    });
    expect(set.status).toBe(204);
    const login = await new Client(p.app).post<{ challenge: { step: string } }>('/api/auth/login', {
      login: 'new.clerk@chaoyang.court.example',
      password: 'Chaoyang-clerk-2026',
    });
    expect(login.body.challenge.step).toBe('enrol');
  });

  it.each([
    ['system_admin by a court administrator', { roles: ['system_admin'], courtIds: [] }, 403, 'ROLE_ESCALATION_REFUSED'],
    ['a role at another court', { roles: ['filing_clerk'], courtIds: ['B'] }, 403, 'ROLE_ESCALATION_REFUSED'],
    ['a litigant role', { roles: ['litigant'], courtIds: ['A'] }, 400, 'VALIDATION_FAILED'],
    ['a court role without a court', { roles: ['judge'], courtIds: [] }, 400, 'VALIDATION_FAILED'],
  ])('refuses %s and creates nothing', async (_label, a, status, code) => {
    const login = `refused-${Math.random().toString(36).slice(2, 8)}@chaoyang.court.example`;
    const courtIds = a.courtIds.map((c) => (c === 'B' ? courtB : p.court.id));
    const before = await allRoles();
    const r = await admin.post<Err>('/api/admin/staff', { login, realName: '越权', roles: a.roles, courtIds });
    expect([r.status, r.body.error.code]).toEqual([status, code]);
    expect(await userIdByLogin(p.deps, login)).toBeUndefined();
    expect(await allRoles()).toBe(before);
  });

  it('a system administrator grants system_admin and roles at any court', async () => {
    const r = await sysadmin.post<{ member: Member }>('/api/admin/staff', {
      login: 'ops@lian.example',
      realName: '运维',
      roles: ['system_admin', 'auditor'],
      courtIds: [courtB],
    });
    expect(r.status).toBe(201);
    expect(await rolesOf('ops@lian.example')).toEqual(['auditor@B', 'system_admin@*']);
  });
});

describe('changing roles and courts', () => {
  it('a role change ends the member’s sessions', async () => {
    const judge = await new Client(p.app).login('judge@chaoyang.court.example');
    expect((await judge.get('/api/me')).status).toBe(200);
    const r = await admin.call<{ member: Member }>('PUT', `/api/admin/staff/${await idOf('judge@chaoyang.court.example')}`, {
      roles: ['judge', 'mediator'],
      courtIds: [p.court.id],
    });
    expect(r.status).toBe(200);
    expect(r.body.member.roles.sort()).toEqual(['judge', 'mediator']);
    expect((await judge.get('/api/me')).status).toBe(401);
  });

  it("a court administrator's change leaves the member's roles at other courts alone", async () => {
    const r = await admin.call('PUT', `/api/admin/staff/${ids.both}`, { roles: ['mediator'], courtIds: [p.court.id] });
    expect(r.status).toBe(200);
    expect(await rolesOf('both@court.example')).toEqual(['judge@B', 'mediator@A']);
  });

  it.each([
    ['their own roles', () => idOf('admin@chaoyang.court.example'), { roles: ['court_admin', 'system_admin'] }, 403, 'SELF_CHANGE_REFUSED'],
    ['a member of another court', () => Promise.resolve(ids.clerkB!), { roles: ['filing_clerk'] }, 404, 'NOT_FOUND'],
    ['a system administrator', () => Promise.resolve(ids.sys!), { roles: ['filing_clerk'] }, 404, 'NOT_FOUND'],
    [
      'system_admin for a clerk',
      () => idOf('clerk@chaoyang.court.example'),
      { roles: ['filing_clerk', 'system_admin'] },
      403,
      'ROLE_ESCALATION_REFUSED',
    ],
  ])('a court administrator changing %s is refused, nothing changes', async (_label, target, a, status, code) => {
    const before = await allRoles();
    const r = await admin.call<Err>('PUT', `/api/admin/staff/${await target()}`, { ...a, courtIds: [p.court.id] });
    expect([r.status, r.body.error.code]).toEqual([status, code]);
    expect(await allRoles()).toBe(before);
  });

  it('a system administrator cannot change their own roles either', async () => {
    const before = await allRoles();
    const r = await sysadmin.call<Err>('PUT', `/api/admin/staff/${ids.sys}`, {
      roles: ['system_admin', 'court_admin'],
      courtIds: [p.court.id],
    });
    expect([r.status, r.body.error.code]).toEqual([403, 'SELF_CHANGE_REFUSED']);
    expect(await allRoles()).toBe(before);
  });

  it('a refused escalation is audited', async () => {
    const rows = await p.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'access.denied').execute();
    expect(rows.some((r) => JSON.stringify(r.detail).includes('role_escalation'))).toBe(true);
  });
});

describe('deactivation and authenticator reset', () => {
  it('deactivating ends the sessions and stops sign-in; a member also serving elsewhere needs a system administrator', async () => {
    const partial = await admin.post<Err>(`/api/admin/staff/${ids.both}/deactivate`);
    expect([partial.status, partial.body.error.code]).toEqual([403, 'ROLE_ESCALATION_REFUSED']);
    expect(
      (await p.deps.db.selectFrom('users').select('deactivated_at').where('id', '=', ids.both!).executeTakeFirstOrThrow()).deactivated_at,
    ).toBeNull();

    const target = await idOf('new.clerk@chaoyang.court.example');
    const clerk = await new Client(p.app).login('new.clerk@chaoyang.court.example', 'Chaoyang-clerk-2026');
    const r = await admin.post<{ member: Member }>(`/api/admin/staff/${target}/deactivate`);
    expect([r.status, r.body.member.active]).toEqual([200, false]);
    expect((await clerk.get('/api/me')).status).toBe(401);
    const again = await new Client(p.app).post<Err>('/api/auth/login', {
      login: 'new.clerk@chaoyang.court.example',
      password: 'Chaoyang-clerk-2026',
    });
    expect([again.status, again.body.error.code]).toEqual([401, 'BAD_CREDENTIALS']);
    expect((await admin.post<{ member: Member }>(`/api/admin/staff/${target}/reactivate`)).body.member.active).toBe(true);
  });

  it('resetting a lost authenticator makes the member enrol again at the next sign-in and ends their sessions', async () => {
    const clerk = await new Client(p.app).login('clerk@chaoyang.court.example');
    const r = await admin.post<{ member: Member }>(`/api/admin/staff/${await idOf('clerk@chaoyang.court.example')}/reset-second-factor`);
    expect([r.status, r.body.member.secondFactorEnrolled]).toEqual([200, false]);
    expect((await clerk.get('/api/me')).status).toBe(401);
    const login = await new Client(p.app).post<{ challenge: { step: string } }>('/api/auth/login', {
      login: 'clerk@chaoyang.court.example',
      password: DEMO_PASSWORD,
    });
    expect(login.body.challenge.step).toBe('enrol');
    const audit = await p.deps.db.selectFrom('audit_log').select('action').where('action', '=', 'staff.reset_second_factor').execute();
    expect(audit).toHaveLength(1);
  });

  it('nobody resets their own authenticator or deactivates themselves here', async () => {
    const self = await idOf('admin@chaoyang.court.example');
    for (const action of ['deactivate', 'reset-second-factor']) {
      const r = await admin.post<Err>(`/api/admin/staff/${self}/${action}`);
      expect([r.status, r.body.error.code]).toEqual([403, 'SELF_CHANGE_REFUSED']);
    }
  });
});

describe('lawyer verification', () => {
  type Lawyers = {
    lawyers: Array<{ userId: string; realName: string; certificateMasked: string; status: string; refusalReason: string | null }>;
  };
  it('lists pending lawyers with masked certificates; the full number is shown on request and the viewing audited', async () => {
    const r = await admin.get<Lawyers>('/api/admin/lawyers');
    const pending = r.body.lawyers.find((l) => l.realName === '周律师')!;
    expect(pending).toMatchObject({ status: 'pending', certificateMasked: '1110**********002' });
    expect(r.body.lawyers.map((l) => l.realName)).not.toContain('李律师');
    const full = await admin.get<{ certificateNumber: string }>(`/api/admin/lawyers/${pending.userId}/certificate`);
    expect(full.body.certificateNumber).toBe('11101201810000002');
    const audit = await p.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'lawyer.certificate_view').execute();
    expect(audit.map((a) => a.resource_id)).toEqual([pending.userId]);
  });

  it('refuses with a reason the lawyer sees, then approves; a litigant cannot approve', async () => {
    const pending = (await admin.get<Lawyers>('/api/admin/lawyers')).body.lawyers.find((l) => l.realName === '周律师')!;
    const litigant = await new Client(p.app).login('13800000001');
    const forbidden = await litigant.post<Err>(`/api/admin/lawyers/${pending.userId}/approve`);
    expect([forbidden.status, forbidden.body.error.code]).toEqual([403, 'FORBIDDEN']);
    expect((await admin.get<Lawyers>('/api/admin/lawyers')).body.lawyers.map((l) => l.userId)).toContain(pending.userId);

    expect((await admin.post(`/api/admin/lawyers/${pending.userId}/refuse`, { reason: '执业证号与证书不符' })).status).toBe(204);
    const lawyer = await new Client(p.app).login('13800000003');
    const seen = await lawyer.get<{ identity: { lawyer: { status: string; refusalReason: string } } }>('/api/me/identity');
    expect(seen.body.identity.lawyer).toMatchObject({ status: 'refused', refusalReason: '执业证号与证书不符' });
    expect((await admin.post<Err>(`/api/admin/lawyers/${pending.userId}/refuse`, { reason: 'again' })).body.error.code).toBe('CONFLICT');
    expect((await admin.post(`/api/admin/lawyers/${pending.userId}/approve`)).status).toBe(204);
    expect((await admin.get<Lawyers>('/api/admin/lawyers?status=verified')).body.lawyers.map((l) => l.realName)).toContain('周律师');
  });
});

describe('the first administrator (lian create-admin)', () => {
  it('creates a system administrator whose set-up code sets the password; an unknown court is refused and nothing is written', async () => {
    const { bootstrapAdministrator } = await import('../src/modules/accounts/bootstrap.js');
    const before = await allRoles();
    await expect(bootstrapAdministrator(p.deps, { login: 'x@court.example', realName: '某', courtCode: '京9999' })).rejects.toThrow(
      /京9999/,
    );
    expect(await allRoles()).toBe(before);
    const r = await bootstrapAdministrator(p.deps, { login: 'Root@Lian.example', realName: '首任管理员', courtCode: null });
    expect(await rolesOf('root@lian.example')).toEqual(['system_admin@*']);
    const set = await new Client(p.app).post('/api/auth/password-reset/confirm', {
      login: 'root@lian.example',
      code: r.code,
      newPassword: 'First-admin-2026',
    });
    expect(set.status).toBe(204);
    const login = await new Client(p.app).post<{ challenge: { step: string } }>('/api/auth/login', {
      login: 'root@lian.example',
      password: 'First-admin-2026',
    });
    expect(login.body.challenge.step).toBe('enrol');
    const courtAdmin = await bootstrapAdministrator(p.deps, {
      login: 'head@haidian.court.example',
      realName: '海淀管理',
      courtCode: '京0108',
    });
    expect(courtAdmin.login).toBe('head@haidian.court.example');
    expect(await rolesOf('head@haidian.court.example')).toEqual(['court_admin@B']);
  });
});
