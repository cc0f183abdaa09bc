// Statutory deadlines: how periods are counted (民事诉讼法 Art. 85, deadlines/counting.ts), the named periods with
// their legal sources (deadlines/statutory.ts), and how close a deadline is (deadlines/state.ts).
// Input-checking helpers stay internal to deadlines/.
export {
  type DeadlineOutcome,
  type DeadlineResult,
  type InvalidDeadlineInput,
  type NoCalendarData,
  type Period,
  countPeriod,
  periodEnd,
  periodEndInMonths,
  rollToWorkingDay,
} from './deadlines/counting.js';
export {
  type AppealDocument,
  type DecisionKind,
  type FeePaymentKind,
  type PartyDomicile,
  type StatutoryDeadlineKind,
  type StatutoryPeriod,
  appealDueDate,
  appealPeriods,
  correctionDueDate,
  decisionDueDate,
  decisionPeriodDays,
  decisionPeriods,
  feePaymentDueDate,
  feePaymentPeriods,
  publicationPeriods,
  publicationServiceDate,
  statutoryDeadline,
  statutoryPeriods,
} from './deadlines/statutory.js';
export { type DecisionPeriodState, WARNING_DAYS, daysLeft, decisionPeriodState, periodStateForDaysLeft } from './deadlines/state.js';
