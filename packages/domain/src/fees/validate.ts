// Checks of a fee input that the type system cannot guarantee at run time (inputs arrive as JSON):
// known category and kinds, required amounts present, amounts whole, non-negative, safe fen, and an
// appeal contesting at most the first-instance amount (Art. 17 "不服一审判决部分的上诉请求数额").
import data from './schedules.json' with { type: 'json' };
import type { FeeInput, FeeIssue } from './types.js';

const AMOUNT_FIELDS = ['amountFen', 'appealedFen', 'propertyFen', 'damagesFen', 'assetsFen'] as const;

/** Required amount field per category; null when the category has none or it is optional. */
const REQUIRED: Readonly<Record<FeeInput['category'], string | null>> = {
  property: 'amountFen',
  divorce: null,
  'personality-rights': null,
  'other-non-property': null,
  'intellectual-property': null,
  'labour-dispute': null,
  administrative: null,
  'jurisdiction-objection': null,
  'no-fee': null,
  enforcement: null,
  preservation: null,
  'payment-order': 'amountFen',
  'public-summons': null,
  'arbitration-review': null,
  bankruptcy: 'assetsFen',
  'maritime-application': null,
};

const ENUMS: Readonly<Record<string, { field: string; values: readonly string[] }>> = {
  administrative: { field: 'kind', values: Object.keys(data.administrative) },
  'no-fee': { field: 'ground', values: Object.keys(data.noFee) },
  'maritime-application': {
    field: 'kind',
    values: [
      'limitation-fund',
      'maritime-injunction',
      'ship-priority-summons',
      'maritime-claim-registration',
      'general-average-adjustment',
    ],
  },
};

export function validateFeeInput(input: FeeInput): FeeIssue[] {
  const record = input as unknown as Record<string, unknown>;
  if (!Object.hasOwn(REQUIRED, input.category)) return [{ field: 'category', code: 'UNKNOWN_VALUE' }];
  const issues: FeeIssue[] = [];
  const required = REQUIRED[input.category];
  if (required !== null && record[required] === undefined) issues.push({ field: required, code: 'REQUIRED' });
  const e = ENUMS[input.category];
  if (e && !e.values.includes(record[e.field] as string)) issues.push({ field: e.field, code: 'UNKNOWN_VALUE' });
  for (const field of AMOUNT_FIELDS) {
    const v = record[field];
    if (v !== undefined && (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)) issues.push({ field, code: 'NOT_A_FEN_AMOUNT' });
  }
  const { amountFen, appealedFen } = record;
  if (appealedFen !== undefined && amountFen === undefined) issues.push({ field: 'amountFen', code: 'REQUIRED' });
  if (issues.length === 0 && typeof appealedFen === 'number' && typeof amountFen === 'number' && appealedFen > amountFen) {
    issues.push({ field: 'appealedFen', code: 'APPEAL_EXCEEDS_AMOUNT' });
  }
  return issues;
}
