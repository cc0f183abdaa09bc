import { describe, expect, test } from 'vitest';
import {
  actorRoles,
  allowedEvents,
  editableFields,
  filingEvents,
  filingStates,
  isEditable,
  isFieldEditable,
  isFinal,
  nextFilingState,
  transition,
  type FilingEvent,
  type FilingState,
  type WorkflowActor,
} from './workflow.js';

// Sources: 民事诉讼法 (2023) Art. 122–127 (CPL); 登记立案规定 法释〔2015〕8号 (Reg); 民诉法解释 Art. 213 (Interp);
// 诉讼费用交纳办法 Art. 22 (Fees).
const EDGES: Array<[FilingState, FilingEvent, FilingState]> = [
  ['draft', 'submit', 'submitted'], // Reg Art. 2: every complaint is received with a dated receipt
  ['submitted', 'start_review', 'under_review'],
  ['submitted', 'request_correction', 'correction_requested'], // Reg Art. 7: one-time written notice
  ['under_review', 'request_correction', 'correction_requested'], // Reg Art. 7
  ['submitted', 'accept', 'accepted'], // CPL Art. 126; Reg Art. 2: register what meets the law
  ['under_review', 'accept', 'accepted'], // CPL Art. 126
  ['corrected', 'accept', 'accepted'], // Reg Art. 7: decided after corrections
  ['submitted', 'reject', 'rejected'], // CPL Art. 126; Reg Art. 9: ruling not to accept
  ['under_review', 'reject', 'rejected'], // CPL Art. 126
  ['corrected', 'reject', 'rejected'], // Reg Art. 7: 经补正仍不符合要求的，裁定不予受理
  ['correction_requested', 'resubmit', 'corrected'], // Reg Art. 7: corrected in time
  ['correction_requested', 'correction_deadline_passed', 'returned'], // Reg Art. 7: 退回诉状并记录在册
  ['returned', 'insist', 'insisted'], // Reg Art. 7: 坚持起诉的
  ['insisted', 'reject', 'rejected'], // Reg Art. 7: …裁定不予受理
  ['submitted', 'decision_period_expired', 'accepted'], // Reg Art. 8: 应当先行立案
  ['under_review', 'decision_period_expired', 'accepted'], // Reg Art. 8
  ['corrected', 'decision_period_expired', 'accepted'], // Reg Art. 7 + 8: period runs again from the corrections
  ['submitted', 'withdraw', 'withdrawn'],
  ['under_review', 'withdraw', 'withdrawn'],
  ['correction_requested', 'withdraw', 'withdrawn'],
  ['corrected', 'withdraw', 'withdrawn'],
  ['insisted', 'withdraw', 'withdrawn'],
  ['accepted', 'fee_unpaid_deadline_passed', 'treated_as_withdrawn'], // Fees Art. 22; Interp Art. 213
  ['accepted', 'settle_fees', 'fees_settled'], // Fees Art. 22 (paid) and its reduction/deferral/waiver rules
];

// Who may fire what: the filer (litigant or lawyer who filed), the clerk of the court filed with, the scheduler.
type Who = 'filer' | 'clerk' | 'system' | 'system_or_clerk';
const WHO: Record<FilingEvent, Who> = {
  submit: 'filer',
  resubmit: 'filer',
  insist: 'filer',
  withdraw: 'filer',
  start_review: 'clerk',
  request_correction: 'clerk',
  accept: 'clerk',
  reject: 'clerk',
  correction_deadline_passed: 'system',
  decision_period_expired: 'system',
  fee_unpaid_deadline_passed: 'system',
  settle_fees: 'system_or_clerk',
};
function permitted(who: Who, a: WorkflowActor): boolean {
  const isFiler = (a.role === 'litigant' || a.role === 'lawyer') && a.isFiler;
  const isClerk = a.role === 'filing_clerk' && a.courtMatches;
  const isSystem = a.role === 'system';
  return { filer: isFiler, clerk: isClerk, system: isSystem, system_or_clerk: isSystem || isClerk }[who];
}

const ACTORS: WorkflowActor[] = actorRoles.flatMap((role) =>
  [true, false].flatMap((isFiler) => [true, false].map((courtMatches) => ({ role, isFiler, courtMatches }))),
);
const PAIRS = filingStates.flatMap((s) => filingEvents.map((e) => [s, e] as const));

describe('transition: every state × event × actor', () => {
  test('the table covers all 12 states, 12 events and 16 actor shapes', () => {
    expect(PAIRS).toHaveLength(144);
    expect(ACTORS).toHaveLength(16);
  });
  test.each(PAIRS)('%s + %s', (state, event) => {
    const edge = EDGES.find(([s, e]) => s === state && e === event);
    for (const actor of ACTORS) {
      const got = transition(state, event, actor);
      if (!permitted(WHO[event], actor)) expect(got, JSON.stringify(actor)).toEqual({ ok: false, code: 'FORBIDDEN' });
      else if (!edge) expect(got, JSON.stringify(actor)).toEqual({ ok: false, code: 'FILING_STATE_CONFLICT' });
      else expect(got, JSON.stringify(actor)).toMatchObject({ ok: true, state: edge[2] });
    }
  });
});

const FILER: WorkflowActor = { role: 'litigant', isFiler: true, courtMatches: false };
const LAWYER: WorkflowActor = { role: 'lawyer', isFiler: true, courtMatches: false };
const CLERK: WorkflowActor = { role: 'filing_clerk', isFiler: false, courtMatches: true };
const SYSTEM: WorkflowActor = { role: 'system', isFiler: false, courtMatches: false };

function effectsOf(state: FilingState, event: FilingEvent, actor: WorkflowActor) {
  const r = transition(state, event, actor);
  if (!r.ok) throw new Error(`${state} + ${event} refused: ${r.code}`);
  return r.effects;
}

describe('side effects as data', () => {
  test('submit: dated receipt and the 7-day decision period start (Reg Art. 2, 8(1); CPL Art. 126)', () => {
    const fx = effectsOf('draft', 'submit', LAWYER);
    expect(fx).toContainEqual({ kind: 'issue_document', document: 'receipt' });
    expect(fx).toContainEqual({ kind: 'start_deadline', deadline: 'decision', days: 7 });
  });
  test('correction notice is written, pauses the decision period and starts the court-set period (Reg Art. 7)', () => {
    const fx = effectsOf('under_review', 'request_correction', CLERK);
    expect(fx).toContainEqual({ kind: 'issue_document', document: 'correction_notice' });
    expect(fx).toContainEqual({ kind: 'notify', template: 'correction_notice', to: 'filer' });
    expect(fx).toContainEqual({ kind: 'stop_deadline', deadline: 'decision' });
    expect(fx).toContainEqual({ kind: 'start_deadline', deadline: 'correction', days: 'set_by_court' });
  });
  test('corrections in time restart the decision period from their arrival (Reg Art. 7)', () => {
    const fx = effectsOf('correction_requested', 'resubmit', FILER);
    expect(fx).toContainEqual({ kind: 'restart_decision_period' });
    expect(fx).toContainEqual({ kind: 'stop_deadline', deadline: 'correction' });
  });
  test('not corrected in time: returned and recorded (Reg Art. 7)', () => {
    const fx = effectsOf('correction_requested', 'correction_deadline_passed', SYSTEM);
    expect(fx).toContainEqual({ kind: 'return_materials' });
    expect(fx).toContainEqual({ kind: 'record', entry: 'returned' });
  });
  test.each(['submitted', 'under_review', 'corrected'] as const)(
    'accept from %s: case number, notices, 7-day fee period (CPL 126; Fees 22)',
    (s) => {
      const fx = effectsOf(s, 'accept', CLERK);
      expect(fx).toContainEqual({ kind: 'assign_case_number' });
      expect(fx).toContainEqual({ kind: 'issue_document', document: 'acceptance_notice' });
      expect(fx).toContainEqual({ kind: 'issue_document', document: 'fee_payment_notice' });
      expect(fx).toContainEqual({ kind: 'start_deadline', deadline: 'fee_payment', days: 7 });
      expect(fx).toContainEqual({ kind: 'stop_deadline', deadline: 'decision' });
      expect(fx).not.toContainEqual({ kind: 'record', entry: 'registered_first' });
    },
  );
  test.each(['submitted', 'under_review', 'corrected'] as const)('先行立案 from %s: registered with a case number (Reg Art. 8)', (s) => {
    const r = transition(s, 'decision_period_expired', SYSTEM);
    expect(r).toMatchObject({ ok: true, state: 'accepted' });
    const fx = effectsOf(s, 'decision_period_expired', SYSTEM);
    expect(fx).toContainEqual({ kind: 'assign_case_number' });
    expect(fx).toContainEqual({ kind: 'record', entry: 'registered_first' });
    expect(fx).toContainEqual({ kind: 'issue_document', document: 'acceptance_notice' });
  });
  test('no 先行立案 while awaiting corrections: the period runs only from their arrival (Reg Art. 7)', () => {
    expect(transition('correction_requested', 'decision_period_expired', SYSTEM)).toEqual({ ok: false, code: 'FILING_STATE_CONFLICT' });
  });
  test('after return and insistence the court must rule not to accept, not register (Reg Art. 7)', () => {
    expect(transition('insisted', 'accept', CLERK)).toEqual({ ok: false, code: 'FILING_STATE_CONFLICT' });
    expect(effectsOf('insisted', 'reject', CLERK)).toContainEqual({ kind: 'issue_document', document: 'ruling_not_to_accept' });
  });
  test('no second correction round: a corrected filing is accepted or rejected (Reg Art. 7)', () => {
    expect(transition('corrected', 'request_correction', CLERK)).toEqual({ ok: false, code: 'FILING_STATE_CONFLICT' });
    expect(effectsOf('corrected', 'reject', CLERK)).toContainEqual({ kind: 'issue_document', document: 'ruling_not_to_accept' });
  });
  test('unpaid fee: ruled as withdrawn (Fees Art. 22; Interp Art. 213)', () => {
    expect(effectsOf('accepted', 'fee_unpaid_deadline_passed', SYSTEM)).toContainEqual({
      kind: 'issue_document',
      document: 'ruling_treated_as_withdrawn',
    });
    expect(effectsOf('accepted', 'settle_fees', CLERK)).toContainEqual({ kind: 'stop_deadline', deadline: 'fee_payment' });
  });
  test('withdrawal stops whichever period is running', () => {
    expect(effectsOf('submitted', 'withdraw', FILER)).toContainEqual({ kind: 'stop_deadline', deadline: 'decision' });
    expect(effectsOf('correction_requested', 'withdraw', FILER)).toContainEqual({ kind: 'stop_deadline', deadline: 'correction' });
    expect(effectsOf('insisted', 'withdraw', FILER)).toEqual([{ kind: 'notify', template: 'filing_withdrawn', to: 'court' }]);
  });
});

describe('guards', () => {
  test.each([
    ['a clerk of another court cannot accept', { ...CLERK, courtMatches: false }, 'submitted', 'accept'],
    ['a litigant who did not file cannot submit', { ...FILER, isFiler: false }, 'draft', 'submit'],
    ['a clerk cannot submit for the filer', { ...CLERK, isFiler: true }, 'draft', 'submit'],
    ['a person cannot claim the decision period expired', CLERK, 'submitted', 'decision_period_expired'],
    ['the filer cannot settle fees on the court’s books', FILER, 'accepted', 'settle_fees'],
  ] as const)('%s', (_name, actor, state, event) => {
    expect(transition(state, event, actor)).toEqual({ ok: false, code: 'FORBIDDEN' });
  });
});

test.each([
  ['draft', FILER, ['submit']],
  ['submitted', CLERK, ['start_review', 'request_correction', 'accept', 'reject']],
  ['submitted', FILER, ['withdraw']],
  ['submitted', SYSTEM, ['decision_period_expired']],
  ['correction_requested', LAWYER, ['resubmit', 'withdraw']],
  ['returned', FILER, ['insist']],
  ['accepted', SYSTEM, ['fee_unpaid_deadline_passed', 'settle_fees']],
  ['rejected', CLERK, []],
] as const)('allowedEvents(%s, %o)', (state, actor, events) => {
  expect(allowedEvents(state, actor)).toEqual(events);
});

describe('nextFilingState (actor-free, kept for existing callers)', () => {
  test.each(EDGES)('%s --%s--> %s', (state, event, next) => {
    expect(nextFilingState(state, event)).toEqual({ ok: true, state: next });
  });
  test('every other pair is a conflict (cannot accept twice, cannot accept a draft)', () => {
    const refused = PAIRS.filter(([s, e]) => !EDGES.some(([a, b]) => a === s && b === e));
    expect(refused).toHaveLength(144 - EDGES.length);
    for (const [s, e] of refused) expect(nextFilingState(s, e)).toEqual({ ok: false, code: 'FILING_STATE_CONFLICT' });
  });
});

test.each(filingStates.map((s) => [s, ['fees_settled', 'rejected', 'withdrawn', 'treated_as_withdrawn'].includes(s)] as const))(
  'isFinal(%s) = %s',
  (state, final) => {
    expect(isFinal(state)).toBe(final);
  },
);

describe('editing', () => {
  test.each(filingStates.map((s) => [s, s === 'draft' || s === 'correction_requested'] as const))(
    'isEditable(%s) = %s',
    (state, editable) => {
      expect(isEditable(state)).toBe(editable);
    },
  );
  const notice = { items: [{ path: 'plaintiff.address' }, { path: 'defendants.0' }, { path: 'plaintiff.address' }] };
  test('a draft is editable throughout', () => {
    expect(editableFields('draft', notice)).toBe('all');
    expect(isFieldEditable('draft', null, 'claims.0.text')).toBe(true);
  });
  test('under a correction notice only the named items (Reg Art. 7)', () => {
    expect(editableFields('correction_requested', notice)).toEqual(['plaintiff.address', 'defendants.0']);
    expect(editableFields('correction_requested', notice.items)).toEqual(['plaintiff.address', 'defendants.0']);
    expect(isFieldEditable('correction_requested', notice, 'plaintiff.address')).toBe(true);
    expect(isFieldEditable('correction_requested', notice, 'defendants.0.name')).toBe(true);
    expect(isFieldEditable('correction_requested', notice, 'defendants.01')).toBe(false);
    expect(isFieldEditable('correction_requested', notice, 'plaintiff.name')).toBe(false);
  });
  test('nothing is editable without a notice or in any other state', () => {
    expect(editableFields('correction_requested', null)).toEqual([]);
    expect(editableFields('submitted', notice)).toEqual([]);
    expect(isFieldEditable('accepted', notice, 'plaintiff.address')).toBe(false);
  });
});
