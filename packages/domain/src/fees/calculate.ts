// The litigation-fee calculator of 诉讼费用交纳办法 (State Council Decree No. 481, 2006): case
// acceptance fees (案件受理费, Arts. 8, 13, 15-18) and application fees (申请费, Art. 14). Pure: input in,
// result out. Money is integer fen; fractions of a fen are kept exact and rounded half up to the fen
// once, on the final amount (see exact.ts for the rule and why).
import { acceptancePlan, type AcceptanceInput } from './acceptance.js';
import { applicationPlan, type ApplicationInput } from './applications.js';
import { resolveFeeConfig, type FeeConfig, type RangedFeeKey } from './config.js';
import { finishPlan } from './explain.js';
import { rangedLine } from './steps.js';
import type { FeeInput, FeeResult } from './types.js';
import { validateFeeInput } from './validate.js';

const APPLICATION_CATEGORIES: ReadonlySet<FeeInput['category']> = new Set([
  'enforcement',
  'preservation',
  'payment-order',
  'public-summons',
  'arbitration-review',
  'bankruptcy',
  'maritime-application',
]);

/**
 * The fee for one case or application. `config` holds the court's figures for the ranges the Decree
 * leaves open (see config.ts; missing figures default to the lower bound of the legal range). Returns
 * INVALID_CONFIG when a configured figure lies outside its legal range, INVALID_INPUT for bad amounts.
 */
export function calculateFee(input: FeeInput, config?: Partial<FeeConfig>): FeeResult {
  const resolved = resolveFeeConfig(config);
  if (!resolved.ok) return { ok: false, reason: 'INVALID_CONFIG', issues: resolved.issues };
  const issues = validateFeeInput(input);
  if (issues.length > 0) return { ok: false, reason: 'INVALID_INPUT', issues };
  const used: string[] = [];
  const ranged = (key: RangedFeeKey) => rangedLine(key, resolved.config, resolved.defaultsUsed, used);
  const plan = APPLICATION_CATEGORIES.has(input.category)
    ? applicationPlan(input as ApplicationInput, ranged, used)
    : acceptancePlan(input as AcceptanceInput, resolved.config, ranged, used);
  return finishPlan(input.category, plan);
}
