// The authorization matrix's rows for the judge's workspace (authorization-matrix.test.ts spreads them into its
// route table). Which cases a judge sees, and the 404s for a case not theirs, are tested in judge-workspace.test.ts.
import type { Rule } from './matrix-rules.js';

export const judgeRouteRules: Record<string, Rule> = {
  'GET /api/judge/cases': { kind: 'user', roles: ['judge'] },
};
