// How a statutory period is counted: 民事诉讼法 (2023) Art. 85.
// - "期间开始的时和日，不计算在期间内": a period in days starts the day after the triggering day, so its nominal last
//   day is trigger + n days.
// - A period in months ends on the corresponding day of the last month, or on that month's last day when it has no
//   such day (民法典 Art. 201–202; the same reading for court periods in 最高人民法院 2014-12-12 on Art. 82 of the then
//   民事诉讼法: "届满那个月对应于开始月份的那一天，没有对应…的，应当为届满那个月的最后一天").
// - "期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期": when the last day is a rest day (a
//   weekend or a holiday of the State Council's yearly notice; adjusted working days 调休上班 are working days), the
//   period ends on the first working day after it. Rest days inside the period count.
import { dayKind } from '../calendar.js';
import { addDays, addMonths, isRealDate } from '../dates.js';

/** No holiday notice is shipped for `year`, so the last day cannot be decided. */
export interface NoCalendarData {
  ok: false;
  reason: 'NO_CALENDAR_DATA';
  year: number;
}

/** What the deadline functions answer for well-formed input. */
export type DeadlineResult = { ok: true; date: string } | NoCalendarData;

/** The caller passed something that is not a date, not a positive whole period, or an unknown kind. */
export interface InvalidDeadlineInput {
  ok: false;
  reason: 'INVALID_INPUT';
  field: string;
  message: string;
}

export type DeadlineOutcome = DeadlineResult | InvalidDeadlineInput;

export type Period = { unit: 'days'; count: number } | { unit: 'months'; count: number };

// A rest-day run is at most about ten days (Spring Festival, National Day); the bound only guards against bad data.
const MAX_ROLL = 60;

/** The first working day on or after `date` (Art. 85 roll-over), or NO_CALENDAR_DATA for the year it needs. */
export function rollToWorkingDay(date: string): DeadlineResult {
  let d = date;
  for (let i = 0; i < MAX_ROLL; i++) {
    const kind = dayKind(d);
    if (kind === undefined) return { ok: false, reason: 'NO_CALENDAR_DATA', year: Number(d.slice(0, 4)) };
    if (kind === 'working_day') return { ok: true, date: d };
    d = addDays(d, 1);
  }
  /* v8 ignore next -- unreachable with well-formed notices; guards against a corrupted data file */
  throw new Error(`no working day within ${MAX_ROLL} days after ${date}: holiday data is wrong`);
}

/** End of a period of `days` days triggered on `from` (counting from the next day), rolled past rest days. */
export function periodEnd(from: string, days: number): DeadlineResult {
  if (!Number.isInteger(days) || days < 1) throw new Error(`periodEnd needs a positive whole number of days, got ${days}`);
  return rollToWorkingDay(addDays(from, days));
}

/** End of a period of `months` months triggered on `from`: corresponding day (or month end), rolled past rest days. */
export function periodEndInMonths(from: string, months: number): DeadlineResult {
  if (!Number.isInteger(months) || months < 1) throw new Error(`periodEndInMonths needs a positive whole number of months, got ${months}`);
  return rollToWorkingDay(addMonths(from, months));
}

export function invalidInput(field: string, message: string): InvalidDeadlineInput {
  return { ok: false, reason: 'INVALID_INPUT', field, message };
}

/** Validates a trigger date; undefined when it is fine. */
export function checkDate(field: string, value: unknown): InvalidDeadlineInput | undefined {
  if (typeof value === 'string' && isRealDate(value)) return undefined;
  return invalidInput(field, `${field} must be a calendar date YYYY-MM-DD, got ${String(value)}`);
}

/** Validates a period length; undefined when it is a positive whole number. */
export function checkCount(field: string, value: unknown): InvalidDeadlineInput | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return undefined;
  return invalidInput(field, `${field} must be a positive whole number, got ${String(value)}`);
}

/** The end of any period under Art. 85, with input checked: the building block of every named deadline. */
export function countPeriod(triggeredOn: string, period: Period, dateField = 'triggeredOn'): DeadlineOutcome {
  const bad = checkDate(dateField, triggeredOn) ?? checkCount('period.count', period.count);
  if (bad) return bad;
  if (period.unit === 'days') return periodEnd(triggeredOn, period.count);
  if (period.unit === 'months') return periodEndInMonths(triggeredOn, period.count);
  return invalidInput('period.unit', `period.unit must be 'days' or 'months', got ${String((period as { unit: unknown }).unit)}`);
}
