// Filing workflow (网上立案) as a pure state machine: a litigant or lawyer drafts and submits; the court
// reviews, asks once for corrections (一次性告知), registers (立案) or rules not to accept; periods running
// out are events fired by the scheduler. The tables and their legal sources live in ./workflow/machine.ts.
import {
  eventGuards,
  filingEvents,
  transitions,
  type FilingEvent,
  type FilingState,
  type WorkflowActor,
  type WorkflowEffect,
} from './workflow/machine.js';

export {
  actorRoles,
  filingEvents,
  filingStates,
  type ActorRole,
  type DeadlineKind,
  type FilingDocument,
  type FilingEvent,
  type FilingState,
  type NotifyTemplate,
  type WorkflowActor,
  type WorkflowEffect,
} from './workflow/machine.js';

export type TransitionResult =
  { ok: true; state: FilingState; effects: readonly WorkflowEffect[] } | { ok: false; code: 'FILING_STATE_CONFLICT' | 'FORBIDDEN' };

/**
 * Fire `event` on a filing in `state` as `actor`. Authorization is checked first, so an actor who may never
 * fire the event learns nothing about the state (FORBIDDEN); an allowed actor in the wrong state gets
 * FILING_STATE_CONFLICT (e.g. a clerk accepting twice).
 */
export function transition(state: FilingState, event: FilingEvent, actor: WorkflowActor): TransitionResult {
  if (!eventGuards[event](actor)) return { ok: false, code: 'FORBIDDEN' };
  const t = transitions[state][event];
  return t ? { ok: true, state: t.to, effects: t.effects } : { ok: false, code: 'FILING_STATE_CONFLICT' };
}

/** The events `actor` may fire now, in table order (for showing or hiding actions). */
export function allowedEvents(state: FilingState, actor: WorkflowActor): FilingEvent[] {
  return filingEvents.filter((e) => transition(state, e, actor).ok);
}

/** The state table alone, without actor checks; kept for callers that authorize elsewhere. */
export function nextFilingState(
  state: FilingState,
  event: FilingEvent,
): { ok: true; state: FilingState } | { ok: false; code: 'FILING_STATE_CONFLICT' } {
  const next = transitions[state][event];
  return next ? { ok: true, state: next.to } : { ok: false, code: 'FILING_STATE_CONFLICT' };
}

/** A state from which no event leads anywhere. 'returned' is not final: the filer may still insist. */
export function isFinal(state: FilingState): boolean {
  return Object.keys(transitions[state]).length === 0;
}

/**
 * The filer may edit a draft freely, and a filing under a correction notice only where the notice says
 * (Registration Art. 7); what the court received is otherwise fixed.
 */
export function isEditable(state: FilingState): boolean {
  return state === 'draft' || state === 'correction_requested';
}

/** The items a correction notice names: its `path`s (dotted, as in CompletenessIssue). */
export type CorrectionNotice = { items: ReadonlyArray<{ path: string }> } | ReadonlyArray<{ path: string }>;

/** 'all' for a draft; the notice's paths while correcting; [] otherwise (nothing may change). */
export function editableFields(state: FilingState, correctionNotice?: CorrectionNotice | null): 'all' | string[] {
  if (state === 'draft') return 'all';
  if (state !== 'correction_requested' || !correctionNotice) return [];
  const items = 'items' in correctionNotice ? correctionNotice.items : correctionNotice;
  return [...new Set(items.map((i) => i.path))];
}

/** Whether `path` may change: a path the notice names, or anything inside it ('defendants.0' covers 'defendants.0.address'). */
export function isFieldEditable(state: FilingState, correctionNotice: CorrectionNotice | null | undefined, path: string): boolean {
  const fields = editableFields(state, correctionNotice);
  if (fields === 'all') return true;
  return fields.some((f) => path === f || path.startsWith(`${f}.`));
}
