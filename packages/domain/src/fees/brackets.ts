// Bracket-by-bracket ("分段累计") computation shared by every schedule of the Decree: the property-case
// table of Art. 13(1), the add-ons for divorce property and personality damages in Art. 13(2), and the
// enforcement and preservation tables of Art. 14(1)-(2). Each bracket covers the part of the amount
// above the previous bound up to and including its own bound ("超过 A 元至 B 元的部分").
import { add, fen, formatExactYuan, roundHalfUp, times, ZERO, type Exact } from './exact.js';
import type { Bilingual, FeeLine } from './types.js';

export interface Bracket {
  /** Upper bound in whole yuan, inclusive; null for the open top bracket. */
  toYuan: number | null;
  /** A fixed sum for the whole bracket ("每件交纳 50 元"; 0 = "不另行交纳"). */
  flatYuan: number | null;
  /** Otherwise a rate in per mille of the part of the amount in the bracket (25 = 2.5 %). */
  perMille: number | null;
}

export interface Schedule {
  source: string;
  brackets: readonly Bracket[];
}

export interface ExactLine {
  line: FeeLine;
  exact: Exact;
  /** The bracket step for the explanation, e.g. '90,000 元 × 2.5% = 2,250 元'. */
  step: Bilingual;
}

export function percent(perMille: number): string {
  return `${perMille / 10}%`;
}

const yuan = (y: number): string => String(y).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function bracketLabel(fromYuan: number, toYuan: number | null): Bilingual {
  if (fromYuan === 0 && toYuan !== null) return { 'zh-CN': `${yuan(toYuan)} 元以下部分`, en: `part up to ${yuan(toYuan)} yuan` };
  if (toYuan === null) return { 'zh-CN': `超过 ${yuan(fromYuan)} 元的部分`, en: `part above ${yuan(fromYuan)} yuan` };
  return { 'zh-CN': `${yuan(fromYuan)}–${yuan(toYuan)} 元部分`, en: `part from ${yuan(fromYuan)} to ${yuan(toYuan)} yuan` };
}

/**
 * The lines of a schedule for `amountFen` (a whole number of fen, ≥ 0). The first bracket always
 * applies ("每件"), later ones only when the amount exceeds their lower bound. `source` overrides the
 * schedule's own citation (e.g. an appeal cites Art. 17 as well).
 */
export function applySchedule(schedule: Schedule, amountFen: number, source = schedule.source): ExactLine[] {
  const out: ExactLine[] = [];
  let fromFen = 0;
  for (const [i, b] of schedule.brackets.entries()) {
    if (i > 0 && amountFen <= fromFen) break;
    const toFen = b.toYuan === null ? Infinity : b.toYuan * 100;
    const partFen = Math.min(amountFen, toFen) - fromFen;
    const label = bracketLabel(fromFen / 100, b.toYuan);
    let exact: Exact;
    let step: Bilingual;
    let rate: string | undefined;
    if (b.flatYuan !== null) {
      exact = fen(b.flatYuan * 100);
      step =
        b.flatYuan === 0
          ? { 'zh-CN': '不另行交纳', en: 'nothing more' }
          : { 'zh-CN': `每件 ${yuan(b.flatYuan)} 元`, en: `${yuan(b.flatYuan)} yuan per case` };
    } else {
      const perMille = b.perMille ?? 0;
      rate = percent(perMille);
      exact = times(fen(partFen), perMille, 1000);
      const calc = `${formatExactYuan(fen(partFen))} 元 × ${rate} = ${formatExactYuan(exact)} 元`;
      step = { 'zh-CN': calc, en: calc.replaceAll('元', 'yuan') };
    }
    const line: FeeLine = { label, baseFen: partFen, amountFen: roundHalfUp(exact), source };
    if (rate !== undefined) line.rate = rate;
    out.push({ line, exact, step });
    fromFen = toFen;
  }
  return out;
}

export function sumExact(lines: readonly ExactLine[]): Exact {
  return lines.reduce((acc, l) => add(acc, l.exact), ZERO);
}
