// Authorization-matrix rows of sign-in steps, the audit trail, passkeys and tus uploads (spread into
// authorization-matrix.test.ts, which fails on any route without a row).
import type { Rule } from './matrix-rules.js';
import { accountSecurityRoutes } from './matrix-account-security.js';

export const identityRouteRules: Record<string, Rule> = {
  // The pending sign-in challenge (HttpOnly cookie) or the one-time code is the credential; see second-factor.test.ts.
  'POST /api/auth/second-factor': { kind: 'public' },
  'POST /api/auth/second-factor/enrolment': { kind: 'public' },
  'POST /api/auth/second-factor/enrolment/confirm': { kind: 'public' },
  'POST /api/auth/password-reset/request': { kind: 'public' },
  'POST /api/auth/password-reset/confirm': { kind: 'public' },
  // Auditors only (none of the matrix's subjects); the auditor's 200 and court scope: audit-search.test.ts.
  'GET /api/audit/records': { kind: 'user', roles: [] },
  'POST /api/audit/verify': { kind: 'user', roles: [] },
  ...accountSecurityRoutes,
};

/** tus resumable uploads: authorized per filing by the upload's metadata; see uploads.test.ts. */
export const uploadRouteRules: Record<string, Rule> = {
  'POST /api/uploads': { kind: 'tus', action: 'filing.edit', test: 'uploads.test.ts' },
  'HEAD /api/uploads/:id': { kind: 'tus', action: 'filing.edit', test: 'uploads.test.ts' },
  'PATCH /api/uploads/:id': { kind: 'tus', action: 'filing.edit', test: 'uploads.test.ts' },
  'DELETE /api/uploads/:id': { kind: 'tus', action: 'filing.edit', test: 'uploads.test.ts' },
};
