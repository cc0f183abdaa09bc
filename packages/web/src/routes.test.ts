import type { Me, Role } from '@lian/contract';
import { describe, expect, test } from 'vitest';
import { decideAccess, homePathFor, safeNext } from './auth/access';
import { matchRoute, routeTable } from './routes';

const user = (...roles: Role[]): Pick<Me, 'roles'> => ({ roles });

function decide(path: string, who: Pick<Me, 'roles'> | null) {
  const route = matchRoute(path);
  if (!route) throw new Error(`no route for ${path}`);
  return decideAccess(route.access, who).kind;
}

describe('route table role guard', () => {
  test('every route is listed with its access', () => {
    expect(routeTable.map((r) => [r.path, r.access])).toEqual([
      ['/login', 'guest'],
      ['/register', 'guest'],
      ['/filings', ['litigant', 'lawyer']],
      ['/filings/:id/edit', ['litigant', 'lawyer']],
      ['/filings/:id', ['litigant', 'lawyer']],
      ['/workbench', ['filing_clerk']],
      ['/workbench/filings/:id', ['filing_clerk']],
      ['/account', 'signed-in'],
      ['/login/authenticator', 'guest'],
      ['/forgot-password', 'guest'],
      ['/verify/:code', 'public'],
      ['/admin', ['court_admin', 'system_admin']],
      ['/admin/lawyers', ['court_admin', 'system_admin']],
      ['/audit', ['auditor']],
      ['/cases', ['judge']],
      ['/cases/:id', ['judge']],
    ]);
  });

  test.each([
    ['/filings', null, 'login'],
    ['/filings', user('litigant'), 'allow'],
    ['/filings', user('lawyer'), 'allow'],
    ['/filings', user('filing_clerk'), 'forbidden'],
    ['/filings/0b6c/edit', user('litigant'), 'allow'],
    ['/filings/0b6c', user('court_admin'), 'forbidden'],
    ['/workbench', null, 'login'],
    ['/workbench', user('litigant'), 'forbidden'],
    ['/workbench', user('filing_clerk'), 'allow'],
    ['/workbench/filings/0b6c', user('lawyer'), 'forbidden'],
    ['/workbench/filings/0b6c', user('litigant', 'filing_clerk'), 'allow'],
    ['/account', null, 'login'],
    ['/account', user('filing_clerk'), 'allow'],
    ['/account', user('litigant'), 'allow'],
    ['/login', null, 'allow'],
    ['/register', null, 'allow'],
    ['/login', user('litigant'), 'redirect'],
    ['/verify/ABCD-1234-EFGH-5678', null, 'allow'],
    ['/verify/ABCD-1234-EFGH-5678', user('filing_clerk'), 'allow'],
    ['/audit', null, 'login'],
    ['/audit', user('auditor'), 'allow'],
    ['/audit', user('filing_clerk'), 'forbidden'],
    ['/audit', user('court_admin'), 'forbidden'],
    ['/audit', user('litigant'), 'forbidden'],
  ] as const)('%s as %j → %s', (path, who, kind) => {
    expect(decide(path, who)).toBe(kind);
  });

  test('signed-in users are sent home from the sign-in page', () => {
    expect(decideAccess('guest', user('filing_clerk'))).toEqual({ kind: 'redirect', to: '/workbench' });
    expect(decideAccess('guest', user('litigant'))).toEqual({ kind: 'redirect', to: '/filings' });
    expect(decideAccess('guest', user('auditor'))).toEqual({ kind: 'redirect', to: '/audit' });
  });

  test('after sign-in a clerk goes to the workbench, everyone else to their filings', () => {
    expect(homePathFor(user('filing_clerk'))).toBe('/workbench');
    expect(homePathFor(user('litigant'))).toBe('/filings');
    expect(homePathFor(user('lawyer'))).toBe('/filings');
    // The administrators' home is the administration, not a page their role may not open.
    expect(homePathFor(user('court_admin'))).toBe('/admin');
    expect(homePathFor(user('system_admin'))).toBe('/admin');
    expect(decide(homePathFor(user('court_admin')), user('court_admin'))).toBe('allow');
    expect(decide('/admin/lawyers', user('litigant'))).toBe('forbidden');
    expect(decide('/admin', user('filing_clerk'))).toBe('forbidden');
    // A judge starts at the cases assigned to them, a page their role may open; a litigant may not.
    expect(homePathFor(user('judge'))).toBe('/cases');
    expect(decide(homePathFor(user('judge')), user('judge'))).toBe('allow');
    expect(decide('/cases/1', user('judge'))).toBe('allow');
    expect(decide('/cases', user('litigant'))).toBe('forbidden');
    expect(decide('/filings', user('judge'))).toBe('forbidden');
  });

  test('only local paths are followed after sign-in', () => {
    expect(safeNext('/filings/1')).toBe('/filings/1');
    expect(safeNext('//evil.example')).toBeNull();
    expect(safeNext('https://evil.example')).toBeNull();
    expect(safeNext('/login')).toBeNull();
    expect(safeNext(null)).toBeNull();
  });

  test('unknown paths match no route', () => {
    expect(matchRoute('/nowhere')).toBeUndefined();
    expect(matchRoute('/filings/1/2/3')).toBeUndefined();
  });
});
