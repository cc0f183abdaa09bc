// Authorization-matrix rows of passkeys and the account's own authenticator app (spread into routeTable).
import type { Rule } from './matrix-rules.js';

export const accountSecurityRoutes: Record<string, Rule> = {
  // Passkey sign-in: the signed assertion is the credential; see passkeys.test.ts.
  'POST /api/auth/passkey/options': { kind: 'public' },
  'POST /api/auth/passkey': { kind: 'public' },
  'GET /api/me/passkeys': { kind: 'user', roles: 'any' },
  'POST /api/me/passkeys/options': { kind: 'user', roles: 'any' },
  'POST /api/me/passkeys': { kind: 'signedIn', testedIn: 'passkeys.test.ts' },
  'PUT /api/me/passkeys/:id': { kind: 'signedIn', testedIn: 'passkeys.test.ts' },
  'POST /api/me/passkeys/:id/remove': { kind: 'signedIn', testedIn: 'passkeys.test.ts' },
  'GET /api/me/second-factor': { kind: 'user', roles: 'any' },
  'POST /api/me/second-factor/enrolment': { kind: 'signedIn', testedIn: 'self-factor.test.ts' },
  'POST /api/me/second-factor/enrolment/confirm': { kind: 'signedIn', testedIn: 'self-factor.test.ts' },
  'POST /api/me/second-factor/disable': { kind: 'signedIn', testedIn: 'self-factor.test.ts' },
};
