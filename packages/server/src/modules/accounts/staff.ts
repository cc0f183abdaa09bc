// Court staff administration: list, create (with a set-up code by e-mail), change roles and courts,
// deactivate, reset a lost authenticator. Each change ends the member's sessions and is audited in the
// same transaction; the escalation rules are in staff-scope.ts.
import { randomBytes } from 'node:crypto';
import { hash as argon2Hash } from '@node-rs/argon2';
import type { CreateStaffBody, StaffAssignment, StaffListResponse, StaffMember } from '@lian/contract';
import type { Db } from '../../infra/db.js';
import type { FieldCipher } from '../../infra/crypto.js';
import type { Messaging } from '../../infra/messaging.js';
import { AppError, notFound } from '../../http/errors.js';
import { type AuditContext, appendAudit } from '../audit/service.js';
import { normaliseLogin } from '../identity/login-name.js';
import { ARGON2, isUniqueViolation } from '../identity/service.js';
import type { Actor } from '../policy/policy.js';
import { codeHash } from '../identity/password-reset.js';
import { newCode } from '../identity/one-time-code.js';
import { plainLogin, sealedLogin } from '../identity/login-name.js';
import * as repo from './repo.js';
import {
  type AdminScope,
  type Membership,
  adminScopeOf,
  grantableRoles,
  keptOnUpdate,
  plannedMemberships,
  reachOf,
} from './staff-scope.js';

export interface StaffDeps {
  db: Db;
  cipher: FieldCipher;
  messaging: Messaging;
  publicUrl?: string;
  now?: () => Date;
}

/** How long the set-up code of a new staff account stays valid. */
export const SET_UP_CODE_HOURS = 72;

async function scopeOf(deps: StaffDeps, actor: Actor): Promise<AdminScope> {
  const courts = await repo.allCourts(deps.db);
  const scope = adminScopeOf(
    actor,
    courts.map((c) => c.id),
  );
  if (!scope) throw new AppError('FORBIDDEN', '仅法院管理员可用 / Court administrators only');
  return scope;
}

function memberView(
  u: { id: string; login: string; real_name: string; deactivated_at: Date | null; confirmed_at?: Date | null },
  rows: readonly Membership[],
  courts: ReadonlyMap<string, { id: string; code: string; name: string }>,
  manageable: boolean,
): StaffMember {
  const courtIds = [...new Set(rows.map((r) => r.court_id).filter((c): c is string => c !== null))];
  return {
    id: u.id,
    login: u.login,
    realName: u.real_name,
    roles: [...new Set(rows.map((r) => r.role))],
    courts: courtIds.map((id) => courts.get(id)).filter((c): c is { id: string; code: string; name: string } => Boolean(c)),
    active: u.deactivated_at === null,
    secondFactorEnrolled: Boolean(u.confirmed_at),
    manageable,
  };
}

export async function listStaff(deps: StaffDeps, actor: Actor): Promise<StaffListResponse> {
  const scope = await scopeOf(deps, actor);
  const [accounts, courts] = await Promise.all([repo.staffAccounts(deps.db), repo.allCourts(deps.db)]);
  const roles = await repo.rolesOfUsers(
    deps.db,
    accounts.map((a) => a.id),
  );
  const courtMap = new Map(courts.map((c) => [c.id, c]));
  const staff = accounts.flatMap((a) => {
    const rows = roles.filter((r) => r.user_id === a.id);
    const reach = reachOf(scope, actor.userId, a.id, rows);
    // A member with no role left is shown to system administrators only.
    if (!reach.visible && !(scope.system && rows.length === 0)) return [];
    return [memberView({ ...a, login: plainLogin(deps.cipher, a) }, rows, courtMap, !reach.self && !reach.outranks)];
  });
  return {
    staff,
    scope: { courts: courts.filter((c) => scope.courtIds.has(c.id)), roles: grantableRoles(scope) },
  };
}

async function describe(deps: StaffDeps, actor: Actor, userId: string): Promise<StaffMember> {
  const found = (await listStaff(deps, actor)).staff.find((m) => m.id === userId);
  if (!found) throw notFound();
  return found;
}

/**
 * Writes a staff account with no usable password, its memberships and a set-up code (confirmed like a
 * password-reset code, in its own slot, valid SET_UP_CODE_HOURS) in one audited transaction; returns the code for the caller to deliver.
 */
export async function insertStaff(
  deps: Pick<StaffDeps, 'db' | 'cipher' | 'now'>,
  ctx: AuditContext,
  input: { login: string; realName: string; rows: Membership[] },
): Promise<{ userId: string; code: string }> {
  const now = deps.now?.() ?? new Date();
  // No password anyone knows: the member chooses one with the set-up code.
  const unusable = await argon2Hash(randomBytes(32).toString('base64url'), ARGON2);
  const code = newCode();
  const userId = await deps.db
    .transaction()
    .execute(async (trx) => {
      const row = await trx
        .insertInto('users')
        .values({
          ...sealedLogin(deps.cipher, input.login),
          login_kind: 'email',
          password_hash: unusable,
          real_name: input.realName,
          account_kind: 'staff',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await repo.replaceRoles(trx, row.id, () => true, input.rows);
      await trx
        .insertInto('one_time_codes')
        .values({
          user_id: row.id,
          purpose: 'account_setup',
          code_hash: codeHash(deps.cipher, 'account_setup', row.id, code),
          created_at: now,
          expires_at: new Date(now.getTime() + SET_UP_CODE_HOURS * 3600_000),
          used_at: null,
        })
        .execute();
      await appendAudit(trx, ctx, {
        action: 'staff.create',
        outcome: 'success',
        resourceType: 'user',
        resourceId: row.id,
        detail: { memberships: input.rows.map((r) => `${r.role}@${r.court_id ?? '*'}`) },
      });
      return row.id;
    })
    .catch((e: unknown) => {
      if (isUniqueViolation(e)) throw new AppError('LOGIN_TAKEN', '该邮箱已注册');
      throw e;
    });
  return { userId, code };
}

export async function createStaff(deps: StaffDeps, ctx: AuditContext, actor: Actor, body: CreateStaffBody): Promise<StaffMember> {
  const scope = await scopeOf(deps, actor);
  const login = normaliseLogin(body.login);
  if (!login.ok || login.kind !== 'email')
    throw new AppError('VALIDATION_FAILED', '请填写工作电子邮箱', [
      { path: 'login', code: 'email', message: '请填写电子邮箱 / Enter an e-mail address' },
    ]);
  const planned = plannedMemberships(scope, body);
  if (!planned.ok) throw escalationOrInvalid(planned);
  const { userId, code } = await insertStaff(deps, ctx, { login: login.login, realName: body.realName, rows: planned.rows });
  const link = `${deps.publicUrl ?? ''}/forgot-password`;
  deps.messaging.dispatch('email', {
    to: login.login,
    subject: '立案 · 工作账户已开通 / Your Lian staff account',
    text:
      `${body.realName}，您好：\n法院管理员已为您开通立案平台工作账户（登录名 ${login.login}）。请在 ${SET_UP_CODE_HOURS} 小时内打开 ${link} ，` +
      `输入设置码 ${code} 并设定密码；首次登录时需绑定身份验证器。\n\n` +
      `A court administrator opened a Lian staff account for you (sign-in ${login.login}). Within ${SET_UP_CODE_HOURS} hours open ${link}, ` +
      `enter the set-up code ${code} and choose a password; at your first sign-in you will set up an authenticator app.\n`,
  });
  return describe(deps, actor, userId);
}

function escalationOrInvalid(r: { code: AppError['code']; details: NonNullable<AppError['details']> }): AppError {
  return r.code === 'ROLE_ESCALATION_REFUSED'
    ? new AppError(r.code, '超出您的管理权限 / Beyond your administrative powers', r.details, 'role_escalation')
    : new AppError(r.code, r.details[0]?.message ?? '输入有误', r.details);
}

/** Loads the member under lock and checks the actor's reach; `whole` demands every membership be in reach. */
async function reachable(trx: Db, scope: AdminScope, actor: Actor, userId: string, need: 'update' | 'whole') {
  const member = await repo.staffAccount(trx, userId, { forUpdate: true });
  if (!member) throw notFound();
  const rows = await repo.rolesOfUsers(trx, [userId]);
  const reach = reachOf(scope, actor.userId, userId, rows);
  if (!reach.visible && !scope.system) throw notFound();
  if (reach.self)
    throw new AppError('SELF_CHANGE_REFUSED', '不能更改自己的账户 / You cannot change your own account', undefined, 'self_change');
  if (reach.outranks || (need === 'whole' && !reach.whole))
    throw new AppError(
      'ROLE_ESCALATION_REFUSED',
      '该人员也在您不管理的法院任职，请联系系统管理员 / This member also serves elsewhere: ask a system administrator',
      [{ path: 'id', code: reach.outranks ? 'system_admin' : 'court_out_of_scope', message: '' }],
      'role_escalation',
    );
  return member;
}

export async function updateStaff(
  deps: StaffDeps,
  ctx: AuditContext,
  actor: Actor,
  userId: string,
  body: StaffAssignment,
): Promise<StaffMember> {
  const scope = await scopeOf(deps, actor);
  await deps.db.transaction().execute(async (trx) => {
    await reachable(trx, scope, actor, userId, 'update');
    const planned = plannedMemberships(scope, body);
    if (!planned.ok) throw escalationOrInvalid(planned);
    const before = await repo.rolesOfUsers(trx, [userId]);
    await repo.replaceRoles(trx, userId, keptOnUpdate(scope), planned.rows);
    // New powers (or fewer) take effect at the next sign-in: every session of the member ends now.
    const ended = await repo.endSessions(trx, userId);
    await appendAudit(trx, ctx, {
      action: 'staff.update',
      outcome: 'success',
      resourceType: 'user',
      resourceId: userId,
      detail: {
        before: before.map((r) => `${r.role}@${r.court_id ?? '*'}`),
        after: planned.rows.map((r) => `${r.role}@${r.court_id ?? '*'}`),
        sessionsEnded: ended,
      },
    });
  });
  return describe(deps, actor, userId);
}

export async function deactivateStaff(deps: StaffDeps, ctx: AuditContext, actor: Actor, userId: string): Promise<StaffMember> {
  const scope = await scopeOf(deps, actor);
  const now = deps.now?.() ?? new Date();
  await deps.db.transaction().execute(async (trx) => {
    const member = await reachable(trx, scope, actor, userId, 'whole');
    if (member.deactivated_at) return;
    await repo.updateUser(trx, userId, { deactivated_at: now });
    const ended = await repo.endSessions(trx, userId);
    await appendAudit(trx, ctx, {
      action: 'staff.deactivate',
      outcome: 'success',
      resourceType: 'user',
      resourceId: userId,
      detail: { sessionsEnded: ended },
    });
  });
  return describe(deps, actor, userId);
}

export async function reactivateStaff(deps: StaffDeps, ctx: AuditContext, actor: Actor, userId: string): Promise<StaffMember> {
  const scope = await scopeOf(deps, actor);
  await deps.db.transaction().execute(async (trx) => {
    const member = await reachable(trx, scope, actor, userId, 'whole');
    if (!member.deactivated_at) return;
    await repo.updateUser(trx, userId, { deactivated_at: null });
    await appendAudit(trx, ctx, { action: 'staff.reactivate', outcome: 'success', resourceType: 'user', resourceId: userId });
  });
  return describe(deps, actor, userId);
}

/** For a lost authenticator: clears it and its recovery codes; the member enrols a new one at the next sign-in. */
export async function resetSecondFactor(deps: StaffDeps, ctx: AuditContext, actor: Actor, userId: string): Promise<StaffMember> {
  const scope = await scopeOf(deps, actor);
  await deps.db.transaction().execute(async (trx) => {
    await reachable(trx, scope, actor, userId, 'whole');
    const cleared = await repo.clearSecondFactor(trx, userId);
    const ended = await repo.endSessions(trx, userId);
    await appendAudit(trx, ctx, {
      action: 'staff.reset_second_factor',
      outcome: 'success',
      resourceType: 'user',
      resourceId: userId,
      detail: { hadFactor: cleared, sessionsEnded: ended },
    });
  });
  return describe(deps, actor, userId);
}
