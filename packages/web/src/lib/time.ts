// Instants are UTC on the wire; people read them in the court's zone (Asia/Shanghai by default).

export const courtZone = 'Asia/Shanghai';

function parts(iso: string, timeZone: string): Record<string, string> {
  const fmt = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const out: Record<string, string> = {};
  for (const p of fmt.formatToParts(new Date(iso))) out[p.type] = p.value;
  return out;
}

/** "2026-03-05 14:03" in the given zone. */
export function formatDateTime(iso: string | null | undefined, timeZone = courtZone): string {
  if (!iso) return '—';
  const p = parts(iso, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

export function formatDate(iso: string | null | undefined, timeZone = courtZone): string {
  if (!iso) return '—';
  const p = parts(iso, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Today's calendar date (YYYY-MM-DD) in the given zone. */
export function todayIn(timeZone = courtZone, now = new Date()): string {
  return formatDate(now.toISOString(), timeZone);
}

export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}
