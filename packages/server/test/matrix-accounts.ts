// Authorization-matrix rows of the account routes (registration kinds, real-name verification, court
// administration); spread into the route table of authorization-matrix.test.ts.
import type { Rule } from './matrix-rules.js';
import { lawyerCertificateRouteRules } from './matrix-export.js';

export const accountRouteRules: Record<string, Rule> = {
  'POST /api/auth/register/organisation': { kind: 'public' },
  'POST /api/auth/register/lawyer': { kind: 'public' },
  'GET /api/me/identity': { kind: 'user', roles: 'any' },
  'POST /api/me/identity/verify': { kind: 'user', roles: ['owner', 'otherLitigant', 'lawyer'] },
  'GET /api/admin/staff': { kind: 'user', roles: ['admin'] },
  'GET /api/admin/lawyers': { kind: 'user', roles: ['admin'] },
  // Staff administration and lawyer verification: escalation, other courts and oneself in accounts-admin.test.ts.
  'POST /api/admin/staff': { kind: 'signedIn', testedIn: 'accounts-admin.test.ts' },
  'PUT /api/admin/staff/:id': { kind: 'signedIn', testedIn: 'accounts-admin.test.ts' },
  'POST /api/admin/staff/:id/deactivate': { kind: 'signedIn', testedIn: 'accounts-admin.test.ts' },
  'POST /api/admin/staff/:id/reactivate': { kind: 'signedIn', testedIn: 'accounts-admin.test.ts' },
  'POST /api/admin/staff/:id/reset-second-factor': { kind: 'signedIn', testedIn: 'accounts-admin.test.ts' },
  'GET /api/admin/lawyers/:id/certificate': { kind: 'signedIn', testedIn: 'accounts-admin.test.ts' },
  'POST /api/admin/lawyers/:id/approve': { kind: 'signedIn', testedIn: 'accounts-admin.test.ts' },
  'POST /api/admin/lawyers/:id/refuse': { kind: 'signedIn', testedIn: 'accounts-admin.test.ts' },
  ...lawyerCertificateRouteRules,
};
