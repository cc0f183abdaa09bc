// Calendar-date helpers on 'YYYY-MM-DD' strings (proleptic Gregorian, no time zone involved).

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when s is a YYYY-MM-DD string naming a real calendar date. */
export function isRealDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Milliseconds at UTC midnight of a date; throws on a malformed date (a programmer mistake). */
export function toUtcMs(date: string): number {
  if (!isRealDate(date)) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

export function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;

export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new Error(`addDays needs an integer, got ${n}`);
  return fromUtcMs(toUtcMs(date) + n * DAY_MS);
}

/** Calendar days from `from` to `to` (to − from). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

/** YYYY-MM-DD of an instant in an IANA time zone, e.g. the court's 'Asia/Shanghai'. */
export function dateInZone(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The corresponding day `n` months later; when the target month has no such day, its last day.
 * 民法典 Art. 202: "按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。"
 * So 01-31 + 1 month = 02-28 (02-29 in a leap year), 03-31 + 1 month = 04-30, 02-29 + 12 months = next 02-28.
 */
export function addMonths(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new Error(`addMonths needs an integer, got ${n}`);
  toUtcMs(date); // validates
  const total = Number(date.slice(0, 4)) * 12 + (Number(date.slice(5, 7)) - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  const d = Math.min(Number(date.slice(8, 10)), daysInMonth(y, m));
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
