// Authorization in one place: `can(actor, action, resource)` decides every request.
// Level 1 is the static role → action table (the web UI reads the same roles to show or hide
// actions); level 2 is the resource check: ownership, court membership and the filing's state.
import type { Role } from '@lian/contract';
import type { FilingState } from '@lian/domain';

export interface Actor {
  userId: string;
  realName: string;
  roles: ReadonlyArray<{ role: Role; courtId: string | null }>;
}

export const actions = [
  'account.read',
  'court.list',
  'causeOfAction.search',
  'filing.create',
  'filing.list',
  'filing.read',
  'filing.edit',
  'filing.submit',
  'filing.accept',
  'review.queue',
  'filing.requestCorrection',
  'filing.reject',
  'filing.assign',
  'filing.insist',
  'review.judges',
  'filing.reviewAids',
  'fee.pay',
  'fee.applyAid',
  'fee.decideAid',
  'account.identity',
  'staff.manage',
  'lawyer.review',
  'audit.search',
  'audit.verify',
  'account.passkeys',
  'account.secondFactor',
  'lawyer.certificate',
  'case.listAssigned',
] as const;
export type Action = (typeof actions)[number];

/** Which roles may attempt an action at all. */
export const rolePermissions: Record<Action, readonly Role[]> = {
  'account.read': ['litigant', 'lawyer', 'filing_clerk', 'court_admin', 'judge', 'mediator', 'auditor', 'system_admin'],
  'court.list': ['litigant', 'lawyer', 'filing_clerk', 'court_admin', 'judge', 'mediator', 'auditor', 'system_admin'],
  'causeOfAction.search': ['litigant', 'lawyer', 'filing_clerk', 'court_admin', 'judge', 'mediator', 'auditor', 'system_admin'],
  'filing.create': ['litigant', 'lawyer'],
  'filing.list': ['litigant', 'lawyer'],
  'filing.read': ['litigant', 'lawyer', 'filing_clerk', 'court_admin', 'judge'],
  'filing.edit': ['litigant', 'lawyer'],
  'filing.submit': ['litigant', 'lawyer'],
  'filing.accept': ['filing_clerk'],
  'review.queue': ['filing_clerk'],
  'filing.requestCorrection': ['filing_clerk'],
  'filing.reject': ['filing_clerk'],
  'filing.assign': ['filing_clerk'],
  'filing.insist': ['litigant', 'lawyer'],
  'review.judges': ['filing_clerk'],
  'filing.reviewAids': ['filing_clerk'],
  'fee.pay': ['litigant', 'lawyer'],
  'fee.applyAid': ['litigant', 'lawyer'],
  'fee.decideAid': ['filing_clerk'],
  /** Real-name verification of one's own account: those who file. */
  'account.identity': ['litigant', 'lawyer'],
  /** Staff administration; a court administrator within their courts only (accounts/staff-scope.ts). */
  'staff.manage': ['court_admin', 'system_admin'],
  'lawyer.review': ['court_admin', 'system_admin'],
  // The audit trail: read-only, for auditors (bound to one court, or with no court to every court).
  'audit.search': ['auditor'],
  'audit.verify': ['auditor'],
  // One's own passkeys and authenticator app (staff cannot turn theirs off: see self-factor.ts).
  'account.passkeys': ['litigant', 'lawyer', 'filing_clerk', 'court_admin', 'judge'],
  'account.secondFactor': ['litigant', 'lawyer', 'filing_clerk', 'court_admin', 'judge'],
  /** Putting one's practising certificate on file (accounts/lawyer-certificate.ts). */
  'lawyer.certificate': ['lawyer'],
  // The judge's workspace: the cases assigned to them, in the courts where they hold the judge role.
  'case.listAssigned': ['judge'],
};

export interface FilingResource {
  kind: 'filing';
  courtId: string;
  createdBy: string;
  state: FilingState;
  /** The judge the case is assigned to, once registered. */
  assignedJudgeId?: string | null;
}
export interface CourtResource {
  kind: 'court';
  courtId: string;
}
export type Resource = FilingResource | CourtResource;

const hasRole = (actor: Actor, role: Role, courtId?: string) =>
  actor.roles.some((r) => r.role === role && (courtId === undefined || r.courtId === courtId));

export function can(actor: Actor, action: Action, resource?: Resource): boolean {
  const allowedRoles = rolePermissions[action];
  if (!actor.roles.some((r) => allowedRoles.includes(r.role))) return false;
  if (!resource) return true;
  if (resource.kind === 'court') {
    return actor.roles.some((r) => allowedRoles.includes(r.role) && (r.courtId === null || r.courtId === resource.courtId));
  }
  const own = resource.createdBy === actor.userId;
  switch (action) {
    case 'filing.read':
      // Court staff see what was submitted to their court, never a litigant's unsent draft.
      // A judge sees the cases assigned to them.
      return (
        own ||
        (resource.state !== 'draft' &&
          (hasRole(actor, 'filing_clerk', resource.courtId) || hasRole(actor, 'court_admin', resource.courtId))) ||
        (resource.assignedJudgeId === actor.userId && hasRole(actor, 'judge', resource.courtId))
      );
    case 'filing.edit':
    case 'filing.submit':
    case 'filing.insist':
    case 'fee.pay':
    case 'fee.applyAid':
      return own;
    case 'filing.accept':
    case 'filing.requestCorrection':
    case 'filing.reject':
    case 'filing.assign':
    case 'filing.reviewAids':
    case 'fee.decideAid':
      return resource.state !== 'draft' && hasRole(actor, 'filing_clerk', resource.courtId);
    default:
      return false;
  }
}

/** Courts where the actor holds one of the roles allowed to do `action`. */
export function courtsFor(actor: Actor, action: Action): string[] {
  const allowed = rolePermissions[action];
  return actor.roles.filter((r) => allowed.includes(r.role) && r.courtId !== null).map((r) => r.courtId as string);
}
