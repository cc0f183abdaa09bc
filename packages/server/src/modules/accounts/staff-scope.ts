// Who may administer which staff: the rules against role escalation, pure. A court administrator acts
// within the courts they administer and never grants system_admin; a system administrator acts on every
// court. Nobody changes their own account through the administration.
import { type Role, type StaffAssignment, type StaffRole, staffRoles } from '@lian/contract';
import type { ErrorCode, ErrorDetail } from '@lian/contract';
import type { Actor } from '../policy/policy.js';

export interface AdminScope {
  system: boolean;
  /** Courts the actor administers (every court when `system`). */
  courtIds: ReadonlySet<string>;
}

export type Membership = { role: Role; court_id: string | null };
export type Refusal = { ok: false; code: ErrorCode; details: ErrorDetail[] };

const refusal = (code: ErrorCode, path: string, detail: string, message: string): Refusal => ({
  ok: false,
  code,
  details: [{ path, code: detail, message }],
});

export function adminScopeOf(actor: Actor, allCourtIds: readonly string[]): AdminScope | null {
  if (actor.roles.some((r) => r.role === 'system_admin')) return { system: true, courtIds: new Set(allCourtIds) };
  const own = actor.roles.filter((r) => r.role === 'court_admin' && r.courtId !== null).map((r) => r.courtId as string);
  return own.length ? { system: false, courtIds: new Set(own) } : null;
}

export const grantableRoles = (scope: AdminScope): StaffRole[] => staffRoles.filter((r) => scope.system || r !== 'system_admin');

const isStaffRole = (r: Role): r is StaffRole => (staffRoles as readonly string[]).includes(r);

/** The membership rows an assignment asks for, if the actor may grant them. */
export function plannedMemberships(scope: AdminScope, a: StaffAssignment): { ok: true; rows: Membership[] } | Refusal {
  const roles = [...new Set(a.roles)];
  const courtIds = [...new Set(a.courtIds)];
  const notStaff = roles.filter((r) => !isStaffRole(r));
  if (notStaff.length) return refusal('VALIDATION_FAILED', 'roles', 'not_staff_role', `not a staff role: ${notStaff.join(', ')}`);
  if (roles.includes('system_admin') && !scope.system)
    return refusal(
      'ROLE_ESCALATION_REFUSED',
      'roles',
      'system_admin',
      '只有系统管理员可以授予系统管理员角色 / Only a system administrator grants that role',
    );
  const outside = courtIds.filter((c) => !scope.courtIds.has(c));
  if (outside.length)
    return refusal(
      'ROLE_ESCALATION_REFUSED',
      'courtIds',
      'court_out_of_scope',
      '不能在您不管理的法院授予角色 / Not a court you administer',
    );
  const bound = roles.filter((r) => r !== 'system_admin');
  if (bound.length && courtIds.length === 0)
    return refusal('VALIDATION_FAILED', 'courtIds', 'required', '请选择至少一个法院 / Choose at least one court');
  return {
    ok: true,
    rows: [
      ...bound.flatMap((role) => courtIds.map((court_id) => ({ role, court_id }))),
      ...(roles.includes('system_admin') ? [{ role: 'system_admin' as const, court_id: null }] : []),
    ],
  };
}

/**
 * Whether the actor may act on a staff member holding `memberships`: `visible` false means the member is
 * none of the actor's business (answered as not found); `whole` whether the actor's powers cover every one
 * of the member's memberships (needed to deactivate the account or reset its authenticator); `outranks`
 * whether the member is a system administrator the actor may not touch.
 */
export function reachOf(scope: AdminScope, actorId: string, targetId: string, memberships: readonly Membership[]) {
  const self = actorId === targetId;
  if (scope.system) return { visible: true, self, whole: true, outranks: false };
  const inScope = memberships.filter((m) => m.court_id !== null && scope.courtIds.has(m.court_id));
  const whole = memberships.every((m) => m.court_id !== null && scope.courtIds.has(m.court_id));
  // A system administrator is changed only by their peers.
  const outranks = memberships.some((m) => m.role === 'system_admin');
  return { visible: inScope.length > 0, self, whole: whole && !outranks, outranks };
}

/** Which of a member's memberships an update by this actor leaves alone: those outside the actor's courts. */
export const keptOnUpdate = (scope: AdminScope) => (m: Membership) =>
  !scope.system && (m.court_id === null ? m.role === 'system_admin' : !scope.courtIds.has(m.court_id));
