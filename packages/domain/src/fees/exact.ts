// Exact money arithmetic for the fee calculator: fractions of a fen are kept exactly (as a ratio of
// bigints) until the single rounding step, so halving (Arts. 15, 16, 18), one third (Art. 14(3)) and
// caps never accumulate rounding error.
//
// ROUNDING RULE: half up to the fen (四舍五入到分), applied once to the exact final amount of each fee.
// The Decree prescribes rates on the amount and fractions (½, ⅓) of "the fee" without any intermediate
// rounding (Art. 13 "分段累计交纳"); rounding is only needed to pay in the smallest unit of RMB (Art. 55:
// fees are reckoned in RMB), so it happens once, at the end.

export interface Exact {
  readonly num: bigint;
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function make(num: bigint, den: bigint): Exact {
  const g = gcd(num, den);
  return g > 1n ? { num: num / g, den: den / g } : { num, den };
}

export const ZERO: Exact = { num: 0n, den: 1n };

export function fen(amount: number): Exact {
  return { num: BigInt(amount), den: 1n };
}

export function add(a: Exact, b: Exact): Exact {
  return make(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function sub(a: Exact, b: Exact): Exact {
  return make(a.num * b.den - b.num * a.den, a.den * b.den);
}

/** a × numerator / denominator, e.g. a rate of 2.5 % is times(a, 25, 1000). */
export function times(a: Exact, numerator: number, denominator: number): Exact {
  return make(a.num * BigInt(numerator), a.den * BigInt(denominator));
}

export function min(a: Exact, b: Exact): Exact {
  return a.num * b.den <= b.num * a.den ? a : b;
}

/** Half up to the whole fen. Fee amounts are never negative; a negative value is a programmer mistake. */
export function roundHalfUp(a: Exact): number {
  if (a.num < 0n) throw new Error('roundHalfUp: fee amounts are never negative');
  return Number((2n * a.num + a.den) / (2n * a.den));
}

/** True when the value is a whole number of fen. */
export function isWholeFen(a: Exact): boolean {
  return a.num % a.den === 0n;
}

/**
 * Yuan for explanations: thousands separators, decimals only when needed, exact when the value is a
 * terminating decimal ('58.625'), otherwise rounded to four decimals and marked with '≈'.
 */
export function formatExactYuan(a: Exact): string {
  let d = a.den;
  while (d % 2n === 0n) d /= 2n;
  while (d % 5n === 0n) d /= 5n;
  const terminating = d === 1n;
  // Terminating values the schedules produce fit in 10^-6 yuan; others are shown rounded to 10^-4 yuan.
  const digits = terminating ? 6 : 4;
  const scale = 10n ** BigInt(digits);
  const micros = (2n * a.num * scale + a.den * 100n) / (2n * a.den * 100n);
  const whole = micros / scale;
  const frac = (micros % scale).toString().padStart(digits, '0').replace(/0+$/, '');
  const grouped = whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${terminating ? '' : '≈'}${grouped}${frac ? `.${frac}` : ''}`;
}

/** Whole fen as yuan for explanations: '2,250', '108.63'. */
export function formatFenYuan(amountFen: number): string {
  return formatExactYuan(fen(amountFen));
}
