// Money entered in yuan (up to 2 decimals) ↔ integer fen (分), without floating-point arithmetic.

const yuanPattern = /^(\d{1,13})(?:\.(\d{0,2}))?$/;

/** Parses "1,234.5" → 123450 fen. Returns null for empty input, NaN when invalid. */
export function yuanToFen(input: string | number | null | undefined): number | null {
  if (input === null || input === undefined) return null;
  const text = String(input)
    .trim()
    .replace(/[,，\s]/g, '')
    .replace(/^[¥￥]/, '');
  if (text === '') return null;
  const match = yuanPattern.exec(text);
  if (!match) return Number.NaN;
  const whole = Number(match[1]);
  const cents = Number((match[2] ?? '').padEnd(2, '0'));
  const fen = whole * 100 + cents;
  return Number.isSafeInteger(fen) ? fen : Number.NaN;
}

/** 123450 → "1234.50", for putting an amount back into an input. */
export function fenToYuanInput(fen: number | null | undefined): string {
  if (fen === null || fen === undefined || !Number.isSafeInteger(fen) || fen < 0) return '';
  const whole = Math.floor(fen / 100);
  const cents = fen % 100;
  return `${whole}.${String(cents).padStart(2, '0')}`;
}

/** Sum of the amounts that are valid; invalid or empty ones count as 0. */
export function sumFen(amounts: readonly (number | null)[]): number {
  return amounts.reduce<number>((sum, a) => (a !== null && Number.isSafeInteger(a) && a > 0 ? sum + a : sum), 0);
}
