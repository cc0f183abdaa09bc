// The escalation rules of the staff administration, pure: what a court or system administrator may grant
// and whom they may reach.
import { describe, expect, it } from 'vitest';
import { adminScopeOf, grantableRoles, keptOnUpdate, plannedMemberships, reachOf } from '../src/modules/accounts/staff-scope.js';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const courtAdminA = adminScopeOf({ userId: 'u1', realName: '', roles: [{ role: 'court_admin', courtId: A }] }, [A, B])!;
const system = adminScopeOf({ userId: 'u0', realName: '', roles: [{ role: 'system_admin', courtId: null }] }, [A, B])!;

describe('staff scope', () => {
  it('only administrators have a scope; a court administrator grants everything but system_admin', () => {
    expect(adminScopeOf({ userId: 'x', realName: '', roles: [{ role: 'filing_clerk', courtId: A }] }, [A, B])).toBeNull();
    expect([...courtAdminA.courtIds]).toEqual([A]);
    expect(grantableRoles(courtAdminA)).not.toContain('system_admin');
    expect(grantableRoles(system)).toContain('system_admin');
  });

  it.each([
    ['system_admin', courtAdminA, { roles: ['system_admin'], courtIds: [] }, 'ROLE_ESCALATION_REFUSED'],
    ['another court', courtAdminA, { roles: ['judge'], courtIds: [A, B] }, 'ROLE_ESCALATION_REFUSED'],
    ['a public role', system, { roles: ['lawyer'], courtIds: [A] }, 'VALIDATION_FAILED'],
    ['no court', system, { roles: ['auditor'], courtIds: [] }, 'VALIDATION_FAILED'],
  ] as const)('refuses %s', (_l, scope, a, code) => {
    const r = plannedMemberships(scope, { roles: [...a.roles], courtIds: [...a.courtIds] });
    expect(r.ok ? 'granted' : r.code).toBe(code);
  });

  it('plans one row per role and court, system_admin without a court', () => {
    const r = plannedMemberships(system, { roles: ['judge', 'mediator', 'system_admin'], courtIds: [A, B, A] });
    expect(r.ok && r.rows).toEqual([
      { role: 'judge', court_id: A },
      { role: 'judge', court_id: B },
      { role: 'mediator', court_id: A },
      { role: 'mediator', court_id: B },
      { role: 'system_admin', court_id: null },
    ]);
  });

  it('reach: own courts visible, elsewhere not whole, system administrators out of reach, oneself flagged', () => {
    expect(reachOf(courtAdminA, 'u1', 't', [{ role: 'judge', court_id: B }]).visible).toBe(false);
    expect(
      reachOf(courtAdminA, 'u1', 't', [
        { role: 'judge', court_id: A },
        { role: 'judge', court_id: B },
      ]),
    ).toMatchObject({ visible: true, whole: false });
    expect(
      reachOf(courtAdminA, 'u1', 't', [
        { role: 'judge', court_id: A },
        { role: 'system_admin', court_id: null },
      ]),
    ).toMatchObject({ outranks: true, whole: false });
    expect(reachOf(courtAdminA, 'u1', 'u1', [{ role: 'court_admin', court_id: A }]).self).toBe(true);
    expect(keptOnUpdate(courtAdminA)({ role: 'judge', court_id: B })).toBe(true);
    expect(keptOnUpdate(courtAdminA)({ role: 'judge', court_id: A })).toBe(false);
    expect(keptOnUpdate(system)({ role: 'judge', court_id: B })).toBe(false);
  });
});
