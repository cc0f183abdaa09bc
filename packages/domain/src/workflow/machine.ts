// The filing workflow (网上立案) as data: states, events, who may fire each event, and the transition
// table with its side effects. The functions in ../workflow.ts read these tables; nothing here runs I/O.
// Sources: 民事诉讼法 (2023) Art. 122–127 (CPL); 最高人民法院关于人民法院登记立案若干问题的规定
// (法释〔2015〕8号, "Registration"); 民诉法解释 Art. 213 (Interp); 诉讼费用交纳办法 Art. 22 (Fees).
import { decisionPeriodDays } from '../deadlines.js';

export type FilingState =
  | 'draft'
  | 'submitted' // received, dated receipt issued (Registration Art. 2)
  | 'under_review' // a clerk is examining it
  | 'correction_requested' // one-time written correction notice issued (Registration Art. 7)
  | 'corrected' // corrections arrived in time; the decision period runs again (Registration Art. 7)
  | 'returned' // not corrected in time: complaint returned and recorded (Registration Art. 7)
  | 'insisted' // after return the filer insists: the court must rule not to accept (Registration Art. 7)
  | 'accepted' // registered as a case (立案) with a case number; fee notice running
  | 'fees_settled' // fee paid, or reduced/deferred/waived by the court: the case proceeds to trial
  | 'rejected' // ruling not to accept (裁定不予受理, CPL Art. 126; Registration Art. 9)
  | 'withdrawn' // the filer withdrew before registration
  | 'treated_as_withdrawn'; // fee not paid after notice: ruled as withdrawn (Interp Art. 213; Fees Art. 22)

export type FilingEvent =
  | 'submit'
  | 'start_review'
  | 'request_correction'
  | 'resubmit'
  | 'correction_deadline_passed'
  | 'insist'
  | 'accept'
  | 'reject'
  | 'withdraw'
  | 'decision_period_expired'
  | 'fee_unpaid_deadline_passed'
  | 'settle_fees';

export type ActorRole = 'litigant' | 'lawyer' | 'filing_clerk' | 'system';

/** isFiler: the actor is the one who drafted and submitted this filing; courtMatches: staff of the court it was filed with. */
export interface WorkflowActor {
  role: ActorRole;
  isFiler: boolean;
  courtMatches: boolean;
}

export type DeadlineKind = 'decision' | 'correction' | 'fee_payment';

export type FilingDocument =
  | 'receipt' // 收到起诉材料的书面凭证, dated (Registration Art. 2)
  | 'correction_notice' // 一次性书面告知补正 (Registration Art. 7)
  | 'acceptance_notice' // 受理案件通知书 (CPL Art. 126: register and notify the parties)
  | 'fee_payment_notice' // 交纳诉讼费用通知 (Fees Art. 22)
  | 'ruling_not_to_accept' // 不予受理裁定书 with reasons (CPL Art. 126; Registration Art. 9)
  | 'ruling_treated_as_withdrawn'; // 按撤诉处理裁定 (Interp Art. 213)

export type NotifyTemplate =
  | 'filing_received'
  | 'new_filing'
  | 'correction_notice'
  | 'correction_received'
  | 'filing_returned'
  | 'insistence_received'
  | 'filing_accepted'
  | 'registered_first'
  | 'filing_rejected'
  | 'filing_withdrawn'
  | 'treated_as_withdrawn'
  | 'fees_settled';

export type WorkflowEffect =
  | { kind: 'assign_case_number' }
  | { kind: 'start_deadline'; deadline: 'decision' | 'fee_payment'; days: number }
  /** The court names the correction period in its notice (指定期限, Registration Art. 7); the law fixes no number. */
  | { kind: 'start_deadline'; deadline: 'correction'; days: 'set_by_court' }
  | { kind: 'stop_deadline'; deadline: DeadlineKind }
  /** The decision period (start_deadline 'decision') starts again from the day the corrections arrive (Registration Art. 7). */
  | { kind: 'restart_decision_period' }
  | { kind: 'notify'; template: NotifyTemplate; to: 'filer' | 'court' }
  | { kind: 'issue_document'; document: FilingDocument }
  /** 退回诉状 (Registration Art. 7). */
  | { kind: 'return_materials' }
  /** 记录在册 after a return (Registration Art. 7); 先行立案 after the decision period ran out (Registration Art. 8). */
  | { kind: 'record'; entry: 'returned' | 'registered_first' };

export const filingStates: readonly FilingState[] = [
  'draft',
  'submitted',
  'under_review',
  'correction_requested',
  'corrected',
  'returned',
  'insisted',
  'accepted',
  'fees_settled',
  'rejected',
  'withdrawn',
  'treated_as_withdrawn',
];

export const filingEvents: readonly FilingEvent[] = [
  'submit',
  'start_review',
  'request_correction',
  'resubmit',
  'correction_deadline_passed',
  'insist',
  'accept',
  'reject',
  'withdraw',
  'decision_period_expired',
  'fee_unpaid_deadline_passed',
  'settle_fees',
];

export const actorRoles: readonly ActorRole[] = ['litigant', 'lawyer', 'filing_clerk', 'system'];

type Guard = (a: WorkflowActor) => boolean;
const filer: Guard = (a) => (a.role === 'litigant' || a.role === 'lawyer') && a.isFiler;
const clerk: Guard = (a) => a.role === 'filing_clerk' && a.courtMatches;
const system: Guard = (a) => a.role === 'system';

/** Who may fire each event, whatever the state. */
export const eventGuards: Readonly<Record<FilingEvent, Guard>> = {
  // The filer acts on their own filing only: drafting, correcting, insisting and withdrawing are the party's acts.
  submit: filer,
  resubmit: filer,
  insist: filer,
  withdraw: filer,
  // The court's decisions are made by the court the complaint was filed with (CPL Art. 126; Registration Art. 2, 7–9).
  start_review: clerk,
  request_correction: clerk,
  accept: clerk,
  reject: clerk,
  // Periods running out are observed by the scheduler, never claimed by a person.
  correction_deadline_passed: system,
  decision_period_expired: system,
  fee_unpaid_deadline_passed: system,
  // Payment arrives from the payment system; a clerk records a cash payment or a granted reduction/deferral/waiver.
  settle_fees: (a) => system(a) || clerk(a),
};

const DECISION_DAYS = decisionPeriodDays.civil; // 7 days: CPL Art. 126; Registration Art. 8(1)
const FEE_DAYS = 7; // Fees Art. 22: within 7 days from the day after the payment notice arrives

const registration = (template: NotifyTemplate): WorkflowEffect[] => [
  { kind: 'stop_deadline', deadline: 'decision' },
  { kind: 'assign_case_number' },
  { kind: 'issue_document', document: 'acceptance_notice' },
  { kind: 'issue_document', document: 'fee_payment_notice' },
  // Counted by the caller from the day the fee notice is served (Fees Art. 22), not from registration.
  { kind: 'start_deadline', deadline: 'fee_payment', days: FEE_DAYS },
  { kind: 'notify', template, to: 'filer' },
];
const accept = { to: 'accepted', effects: registration('filing_accepted') } as const;
// Registration Art. 8: a court that cannot decide within the period must register first (应当先行立案).
const registerFirst = {
  to: 'accepted',
  effects: [...registration('registered_first'), { kind: 'record', entry: 'registered_first' }],
} as const satisfies Transition;
const rejectDuringDecision = {
  to: 'rejected',
  effects: [
    { kind: 'stop_deadline', deadline: 'decision' },
    { kind: 'issue_document', document: 'ruling_not_to_accept' },
    { kind: 'notify', template: 'filing_rejected', to: 'filer' },
  ],
} as const satisfies Transition;
const requestCorrection = {
  to: 'correction_requested',
  effects: [
    // Registration Art. 7: the decision period restarts only when the corrections arrive.
    { kind: 'stop_deadline', deadline: 'decision' },
    { kind: 'issue_document', document: 'correction_notice' },
    { kind: 'start_deadline', deadline: 'correction', days: 'set_by_court' },
    { kind: 'notify', template: 'correction_notice', to: 'filer' },
  ],
} as const satisfies Transition;
const withdrawWhile = (running: DeadlineKind | null): Transition => ({
  to: 'withdrawn',
  effects: [
    ...(running ? [{ kind: 'stop_deadline', deadline: running } as const] : []),
    { kind: 'notify', template: 'filing_withdrawn', to: 'court' },
  ],
});

export interface Transition {
  to: FilingState;
  effects: readonly WorkflowEffect[];
}

/** Every permitted (state, event) pair; any other pair is a state conflict. */
export const transitions: Readonly<Record<FilingState, Partial<Record<FilingEvent, Transition>>>> = {
  draft: {
    submit: {
      to: 'submitted',
      effects: [
        { kind: 'issue_document', document: 'receipt' },
        { kind: 'start_deadline', deadline: 'decision', days: DECISION_DAYS },
        { kind: 'notify', template: 'filing_received', to: 'filer' },
        { kind: 'notify', template: 'new_filing', to: 'court' },
      ],
    },
  },
  submitted: {
    start_review: { to: 'under_review', effects: [] },
    request_correction: requestCorrection,
    accept,
    reject: rejectDuringDecision,
    withdraw: withdrawWhile('decision'),
    decision_period_expired: registerFirst,
  },
  under_review: {
    request_correction: requestCorrection,
    accept,
    reject: rejectDuringDecision,
    withdraw: withdrawWhile('decision'),
    decision_period_expired: registerFirst,
  },
  correction_requested: {
    resubmit: {
      to: 'corrected',
      effects: [
        { kind: 'stop_deadline', deadline: 'correction' },
        { kind: 'restart_decision_period' },
        { kind: 'notify', template: 'correction_received', to: 'court' },
      ],
    },
    correction_deadline_passed: {
      to: 'returned',
      effects: [
        { kind: 'stop_deadline', deadline: 'correction' },
        { kind: 'return_materials' },
        { kind: 'record', entry: 'returned' },
        { kind: 'notify', template: 'filing_returned', to: 'filer' },
      ],
    },
    withdraw: withdrawWhile('correction'),
  },
  // Registration Art. 7: still not compliant after correction → ruling not to accept; no second correction round.
  corrected: {
    accept,
    reject: rejectDuringDecision,
    withdraw: withdrawWhile('decision'),
    decision_period_expired: registerFirst,
  },
  returned: {
    insist: { to: 'insisted', effects: [{ kind: 'notify', template: 'insistence_received', to: 'court' }] },
  },
  // Registration Art. 7: 坚持起诉的，裁定不予受理 — the court must rule; registering is not open here.
  insisted: {
    reject: {
      to: 'rejected',
      effects: [
        { kind: 'issue_document', document: 'ruling_not_to_accept' },
        { kind: 'notify', template: 'filing_rejected', to: 'filer' },
      ],
    },
    withdraw: withdrawWhile(null),
  },
  accepted: {
    settle_fees: {
      to: 'fees_settled',
      effects: [
        { kind: 'stop_deadline', deadline: 'fee_payment' },
        { kind: 'notify', template: 'fees_settled', to: 'filer' },
      ],
    },
    fee_unpaid_deadline_passed: {
      to: 'treated_as_withdrawn',
      effects: [
        { kind: 'stop_deadline', deadline: 'fee_payment' },
        { kind: 'issue_document', document: 'ruling_treated_as_withdrawn' },
        { kind: 'notify', template: 'treated_as_withdrawn', to: 'filer' },
      ],
    },
  },
  fees_settled: {},
  rejected: {},
  withdrawn: {},
  treated_as_withdrawn: {},
};
