import { z } from 'zod';

export const uuid = z.uuid();
/** ISO 8601 instant (UTC). */
export const instant = z.iso.datetime({ offset: true });
/** Calendar date in the court's zone, YYYY-MM-DD. */
export const calendarDate = z.iso.date();
/** Money as an integer number of fen (分). */
export const fen = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** Free text a person types: trimmed, no control characters except newlines and tabs. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/, 'control characters are not allowed');

export const idParams = z.object({ id: uuid });
