// Building blocks of a fee plan: fixed sums, per-court figures, halving, fractions and caps, each with
// its legal source and a readable step for the explanation.
import data from './schedules.json' with { type: 'json' };
import type { ExactLine } from './brackets.js';
import { feeRanges, type FeeConfig, type RangedFeeKey } from './config.js';
import { fen, formatExactYuan, min, times, type Exact } from './exact.js';
import type { Adjustment } from './explain.js';
import type { Bilingual, HalvingFlags } from './types.js';

export const LAW = '诉讼费用交纳办法';
export const yuanText = (fenAmount: number): string => formatExactYuan(fen(fenAmount));

/** A fixed sum per case, from the Decree or from the court's configuration. */
export function flatLine(label: Bilingual, amountFen: number, source: string, note?: Bilingual): ExactLine {
  const zh = `${yuanText(amountFen)} 元${note ? note['zh-CN'] : ''}`;
  const en = `${yuanText(amountFen)} yuan${note ? note.en : ''}`;
  return { line: { label, baseFen: 0, amountFen, source }, exact: fen(amountFen), step: { 'zh-CN': zh, en } };
}

export const perCase: Bilingual = { 'zh-CN': '每件', en: 'per case' };

export function rangedLine(key: RangedFeeKey, config: FeeConfig, defaultsUsed: readonly string[], used: string[]): ExactLine {
  const range = feeRanges[key];
  const isDefault = defaultsUsed.includes(key);
  if (isDefault) used.push(key);
  const span = `${yuanText(range.minFen)}–${yuanText(range.maxFen)}`;
  const note: Bilingual = isDefault
    ? {
        'zh-CN': `（法定幅度 ${span} 元，本院未配置具体标准，按下限计）`,
        en: ` (legal range ${span} yuan; no court figure configured, lower bound used)`,
      }
    : { 'zh-CN': `（法定幅度 ${span} 元内的本地标准）`, en: ` (local figure within the legal range of ${span} yuan)` };
  return flatLine(perCase, config[key], range.source, note);
}

/** ' = 1,150 元' or, for a value that is not a terminating decimal, ' ≈ 36.2083 元'. */
export function equals(a: Exact): string {
  const t = formatExactYuan(a);
  return t.startsWith('≈') ? ` ≈ ${t.slice(1)} 元` : ` = ${t} 元`;
}

export function citeTogether(sources: readonly string[]): string {
  return sources.map((s, i) => (i === 0 ? s : s.replace(LAW, ''))).join('、');
}

export function halving(label: Bilingual, source: string): Adjustment {
  return {
    kind: 'halving',
    label,
    source,
    apply: (e) => times(e, 1, 2),
    describe: (b, a) => {
      const t = `${formatExactYuan(b)} 元 ÷ 2${equals(a)}`;
      return { 'zh-CN': t, en: t.replaceAll('元', 'yuan') };
    },
  };
}

/** Arts. 15, 16, 18: one halving per ground, merged into one under the 'once' policy. */
export function halvings(flags: HalvingFlags, policy: FeeConfig['halvingPolicy']): Adjustment[] {
  const grounds: Array<{ label: Bilingual; source: string }> = [];
  if (flags.closedBy === 'mediation')
    grounds.push({ label: { 'zh-CN': '调解结案减半', en: 'halved: settled by mediation' }, source: data.halving.mediation });
  if (flags.closedBy === 'withdrawal')
    grounds.push({ label: { 'zh-CN': '撤诉减半', en: 'halved: action withdrawn' }, source: data.halving.withdrawal });
  if (flags.simplifiedProcedure)
    grounds.push({ label: { 'zh-CN': '适用简易程序减半', en: 'halved: simplified procedure' }, source: data.halving.simplifiedProcedure });
  if (flags.joinedClaim === 'counterclaim')
    grounds.push({ label: { 'zh-CN': '反诉合并审理减半', en: 'halved: counterclaim heard together' }, source: data.halving.joinedClaim });
  if (flags.joinedClaim === 'independent-third-party')
    grounds.push({
      label: { 'zh-CN': '有独立请求权第三人的请求合并审理减半', en: "halved: independent third party's claim heard together" },
      source: data.halving.joinedClaim,
    });
  if (policy === 'cumulative' || grounds.length <= 1) return grounds.map((g) => halving(g.label, g.source));
  const label: Bilingual = {
    'zh-CN': `${grounds.map((g) => g.label['zh-CN'].replace(/减半$/, '')).join('且')}，只减半一次`,
    en: `halved once: ${grounds.map((g) => g.label.en.replace('halved: ', '')).join(' and ')}`,
  };
  return [halving(label, citeTogether([...new Set(grounds.map((g) => g.source))]))];
}

export function fraction(kind: Adjustment['kind'], label: Bilingual, source: string, n: number, d: number): Adjustment {
  return {
    kind,
    label,
    source,
    apply: (e) => times(e, n, d),
    describe: (b, a) => {
      const t = `${formatExactYuan(b)} 元 × ${n}/${d}${equals(a)}`;
      return { 'zh-CN': t, en: t.replaceAll('元', 'yuan') };
    },
  };
}

export function cap(capFen: number, label: Bilingual, source: string): Adjustment {
  const c: Exact = fen(capFen);
  return {
    kind: 'cap',
    label,
    source,
    apply: (e) => min(e, c),
    describe: (_b, a) => ({ 'zh-CN': `以 ${formatExactYuan(a)} 元为限`, en: `limited to ${formatExactYuan(a)} yuan` }),
  };
}

/** Prefixes a bracket line of an add-on schedule ('财产分割 200,000 元以下部分'). */
export function propertyPart(zh: string, en: string): (l: ExactLine) => ExactLine {
  return (l) => ({ ...l, line: { ...l.line, label: { 'zh-CN': `${zh} ${l.line.label['zh-CN']}`, en: `${en}, ${l.line.label.en}` } } });
}
