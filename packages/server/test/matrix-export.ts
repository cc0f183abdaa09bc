// Authorization-matrix rows of a lawyer's practising certificate put on file from the account page
// (spread into authorization-matrix.test.ts, which fails on any route without a row).
import type { Rule } from './matrix-rules.js';

export const lawyerCertificateRouteRules: Record<string, Rule> = {
  // Lawyers only: a litigant's 403, a staff member's 403 and the lawyer's own flow in lawyer-certificate.test.ts.
  'PUT /api/me/lawyer-certificate': { kind: 'signedIn', testedIn: 'lawyer-certificate.test.ts' },
};
