// The route table: every page, the access it needs, and its lazily loaded chunk
// (so signing in does not download the workbench, and vice versa).
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Access } from './auth/access';

export interface AppRoute {
  path: string;
  access: Access;
  /** i18n key of the page title (document.title). */
  title: string;
  page: LazyExoticComponent<ComponentType>;
}

export const routeTable: readonly AppRoute[] = [
  { path: '/login', access: 'guest', title: 'auth.loginTitle', page: lazy(() => import('./pages/auth/login')) },
  { path: '/register', access: 'guest', title: 'auth.registerTitle', page: lazy(() => import('./pages/auth/register')) },
  {
    path: '/filings',
    access: ['litigant', 'lawyer'],
    title: 'filings.title',
    page: lazy(() => import('./pages/litigant/filings')),
  },
  {
    path: '/filings/:id/edit',
    access: ['litigant', 'lawyer'],
    title: 'editor.title',
    page: lazy(() => import('./pages/litigant/filing-edit')),
  },
  {
    path: '/filings/:id',
    access: ['litigant', 'lawyer'],
    title: 'detail.title',
    page: lazy(() => import('./pages/litigant/filing-detail')),
  },
  {
    path: '/workbench',
    access: ['filing_clerk'],
    title: 'workbench.title',
    page: lazy(() => import('./pages/workbench/queue')),
  },
  {
    path: '/workbench/filings/:id',
    access: ['filing_clerk'],
    title: 'workbench.reviewTitle',
    page: lazy(() => import('./pages/workbench/review')),
  },
  { path: '/account', access: 'signed-in', title: 'account.title', page: lazy(() => import('./pages/account')) },
  { path: '/login/authenticator', access: 'guest', title: 'mfa.enrolTitle', page: lazy(() => import('./pages/auth/enrol')) },
  { path: '/forgot-password', access: 'guest', title: 'reset.title', page: lazy(() => import('./pages/auth/reset')) },
  {
    path: '/verify/:code',
    access: 'public',
    title: 'verify.title',
    page: lazy(() => import('./pages/public/verify')),
  },
  { path: '/admin', access: ['court_admin', 'system_admin'], title: 'admin.staffTitle', page: lazy(() => import('./pages/admin/staff')) },
  {
    path: '/admin/lawyers',
    access: ['court_admin', 'system_admin'],
    title: 'admin.lawyersTitle',
    page: lazy(() => import('./pages/admin/lawyers')),
  },
  { path: '/audit', access: ['auditor'], title: 'audit.title', page: lazy(() => import('./pages/audit')) },
  { path: '/cases', access: ['judge'], title: 'judge.title', page: lazy(() => import('./pages/judge/cases')) },
  { path: '/cases/:id', access: ['judge'], title: 'judge.caseTitle', page: lazy(() => import('./pages/judge/case')) },
];

/** The route whose pattern matches a concrete path (":param" matches one segment). */
export function matchRoute(pathname: string): AppRoute | undefined {
  const segments = pathname.replace(/\/+$/, '').split('/');
  return routeTable.find((route) => {
    const pattern = route.path.split('/');
    return pattern.length === segments.length && pattern.every((p, i) => p.startsWith(':') || p === segments[i]);
  });
}
