// The authorization matrix's rows for fees and payment (authorization-matrix.test.ts spreads them into its
// route table). Who does what is tested in depth in fees-payment.test.ts and fees-aid.test.ts; the
// gateway's own routes (callback, simulated checkout page) carry their own signature and are public.
import { type Rule, filerOfRegistered, readers } from './matrix-rules.js';

export const feeRouteRules: Record<string, Rule> = {
  // Fees and payment (fees-payment.test.ts, fees-aid.test.ts): the gateway's routes carry their own signature.
  // Listed after the assign row, which gave the accepted filing to the judge: they read its fees too.
  'GET /api/filings/:id/fees': {
    kind: 'filing',
    action: 'filing.read',
    expect: (s, st) => (s === 'judge' && st === 'accepted' ? 200 : readers(s, st)),
  },
  'POST /api/filings/:id/fees/payments': { kind: 'filing', action: 'fee.pay', expect: filerOfRegistered(200) },
  'POST /api/filings/:id/fees/judicial-aid': {
    kind: 'filing',
    action: 'fee.applyAid',
    expect: filerOfRegistered(201),
    consumes: true,
    body: () => ({
      type: 'deferral',
      grounds: ['other-deferral'],
      otherDescription: '失业',
      statement: '本人近期失业，无力一次交纳受理费。',
    }),
  },
  'POST /api/review/filings/:id/judicial-aid/decision': {
    kind: 'filing',
    action: 'fee.decideAid',
    // No application is pending on the matrix's filings: the clerk of the court gets 409, everyone else 404.
    expect: (s, st) => (s !== 'clerk' || st === 'draft' ? 404 : 409),
    body: () => ({ grant: false, reason: '证明材料不足' }),
  },
  'GET /api/fees/judicial-aid-kinds': { kind: 'user', roles: 'any' },
  'POST /pay/callback/:gateway': { kind: 'public' },
  'GET /pay/sim': { kind: 'public' },
  'POST /pay/sim/cancel': { kind: 'public' },
  'POST /pay/sim/confirm': { kind: 'public' },
};
