// Who may open a route. The server enforces the same rules on every request; this only
// keeps people away from pages they cannot use and sends them where they belong.
import type { Me, Role } from '@lian/contract';

/** public: anyone; guest: only when signed out (sign-in, registration); signed-in: any account; or a list of roles (any one suffices). */
export type Access = 'public' | 'guest' | 'signed-in' | readonly Role[];

export type Decision = { kind: 'allow' } | { kind: 'login' } | { kind: 'forbidden' } | { kind: 'redirect'; to: string };

export function homePathFor(user: Pick<Me, 'roles'>): string {
  if (user.roles.includes('filing_clerk')) return '/workbench';
  if (isAdministrator(user)) return '/admin';
  // A judge (承办法官) who does not also file starts at the cases assigned to them.
  if (isJudge(user)) return '/cases';
  // An auditor who holds no filing role starts at the audit trail.
  if (user.roles.includes('auditor') && !user.roles.some((r) => r === 'litigant' || r === 'lawyer')) return '/audit';
  return '/filings';
}

/** Court and system administrators: the staff administration and lawyer verification. */
export const administratorRoles = ['court_admin', 'system_admin'] as const;
export const isJudge = (user: Pick<Me, 'roles'>) =>
  user.roles.includes('judge') && !user.roles.some((r) => r === 'litigant' || r === 'lawyer');
export const isAdministrator = (user: Pick<Me, 'roles'>) => user.roles.some((r) => (administratorRoles as readonly Role[]).includes(r));

export function decideAccess(access: Access, user: Pick<Me, 'roles'> | null): Decision {
  if (access === 'public') return { kind: 'allow' };
  if (access === 'guest') return user ? { kind: 'redirect', to: homePathFor(user) } : { kind: 'allow' };
  if (!user) return { kind: 'login' };
  if (access === 'signed-in') return { kind: 'allow' };
  return access.some((role) => user.roles.includes(role)) ? { kind: 'allow' } : { kind: 'forbidden' };
}

/** Where to go after signing in: back to the page that asked for it if the user may open it, else home. */
export function safeNext(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login') || next.startsWith('/register')) return null;
  return next;
}
