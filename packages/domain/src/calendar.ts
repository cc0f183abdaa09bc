// The working-day calendar of mainland China: weekends, public holidays and adjusted working days
// (调休上班) from the State Council General Office's yearly notice (国务院办公厅关于20XX年部分节假日安排的通知).
// A year without a notice in ./calendar/ has no answer: callers get NO_CALENDAR_DATA, never a guess.
// 2027: no notice found when this was written (see ./calendar/README.md).
import y2024 from './calendar/holidays-2024.json' with { type: 'json' };
import y2025 from './calendar/holidays-2025.json' with { type: 'json' };
import y2026 from './calendar/holidays-2026.json' with { type: 'json' };
import { isRealDate, weekday } from './dates.js';

export { addDays, addMonths, dateInZone, daysBetween, isRealDate } from './dates.js';

export interface HolidayNotice {
  year: number;
  source: { title: string; documentNumber: string | null; issuedOn: string; publishedIn: string; url: string | null };
  /** The version of 全国年节及纪念日放假办法 the notice applies (the 2024 revision from 2025 on). */
  legalBasis: string;
  notes: string;
  /** Every day the notice gives off (放假 / 放假调休), weekend days inside a break included. */
  holidays: readonly string[];
  /** Weekend days the notice makes working days (调休上班). */
  workingDays: readonly string[];
}

interface YearCalendar {
  notice: HolidayNotice;
  holidays: ReadonlySet<string>;
  workingDays: ReadonlySet<string>;
}

const notices: readonly HolidayNotice[] = [y2024, y2025, y2026];

const byYear: ReadonlyMap<number, YearCalendar> = new Map(
  notices.map((n) => [n.year, { notice: n, holidays: new Set(n.holidays), workingDays: new Set(n.workingDays) }]),
);

/** Years for which the holiday notice is shipped, ascending. */
export const calendarYears: readonly number[] = [...byYear.keys()].sort((a, b) => a - b);

export function holidayNotice(year: number): HolidayNotice | undefined {
  return byYear.get(year)?.notice;
}

export function hasCalendarData(year: number): boolean {
  return byYear.has(year);
}

export type DayKind = 'working_day' | 'rest_day';

/**
 * Whether a date is a working day: public holidays rest, adjusted working days work even on a weekend,
 * other Saturdays and Sundays rest. `undefined` when the year's notice is not shipped.
 */
export function dayKind(date: string): DayKind | undefined {
  if (!isRealDate(date)) throw new Error(`dayKind needs YYYY-MM-DD, got ${date}`);
  const cal = byYear.get(Number(date.slice(0, 4)));
  if (!cal) return undefined;
  if (cal.holidays.has(date)) return 'rest_day';
  if (cal.workingDays.has(date)) return 'working_day';
  const wd = weekday(date);
  return wd === 0 || wd === 6 ? 'rest_day' : 'working_day';
}
