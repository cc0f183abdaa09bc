// Money is an integer number of fen (分); this formats it as yuan for display.

/** 1234567 → '12,345.67'; negative amounts keep their sign. Throws on a non-integer (a programmer mistake). */
export function formatYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new Error(`formatYuan needs an integer number of fen, got ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}${yuan}.${cents}`;
}
