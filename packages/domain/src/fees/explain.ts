// Turns a planned fee (lines + adjustments, all exact) into the result a litigant reads: rounded lines,
// reductions, the total, and a bracket-by-bracket explanation in Chinese and English.
import { sumExact, type ExactLine } from './brackets.js';
import { formatExactYuan, formatFenYuan, isWholeFen, roundHalfUp, type Exact } from './exact.js';
import type { Bilingual, FeeCategory, FeeReduction, FeeSuccess } from './types.js';

export interface Adjustment {
  kind: FeeReduction['kind'];
  label: Bilingual;
  source: string;
  apply: (exact: Exact) => Exact;
  /** How the step reads, given the exact amount before and after, e.g. '2,300 元 ÷ 2 = 1,150 元'. */
  describe: (before: Exact, after: Exact) => Bilingual;
}

export interface FeePlan {
  title: Bilingual;
  lines: ExactLine[];
  adjustments: Adjustment[];
  /** Extra sentences (appeal basis, defaults used, no-fee ground). */
  notes: Bilingual[];
  defaultsUsed: string[];
}

export function finishPlan(category: FeeCategory, plan: FeePlan): FeeSuccess {
  let exact = sumExact(plan.lines);
  let shown = plan.lines.reduce((s, l) => s + l.line.amountFen, 0);
  const zh: string[] = [`${plan.title['zh-CN']}：${plan.lines.map((l) => `${l.line.label['zh-CN']}：${l.step['zh-CN']}`).join('；')}`];
  const en: string[] = [`${plan.title.en}: ${plan.lines.map((l) => `${l.line.label.en}: ${l.step.en}`).join('; ')}`];
  if (plan.lines.length > 1) {
    zh.push(`合计 ${formatExactYuan(exact)} 元`);
    en.push(`together ${formatExactYuan(exact)} yuan`);
  }
  const reductions: FeeReduction[] = [];
  for (const adj of plan.adjustments) {
    const next = adj.apply(exact);
    const nextShown = roundHalfUp(next);
    if (nextShown === shown && next.num * exact.den === exact.num * next.den) continue; // a cap that does not bite
    reductions.push({ kind: adj.kind, label: adj.label, amountFen: shown - nextShown, source: adj.source });
    const d = adj.describe(exact, next);
    zh.push(`${adj.label['zh-CN']}（${adj.source}）：${d['zh-CN']}`);
    en.push(`${adj.label.en} (${adj.source}): ${d.en}`);
    exact = next;
    shown = nextShown;
  }
  // Equal to roundHalfUp(exact): only one line of a schedule can hold a fraction of a fen (see exact.ts).
  const totalFen = shown;
  if (isWholeFen(exact)) {
    zh.push(`应交纳 ${formatFenYuan(totalFen)} 元`);
    en.push(`payable ${formatFenYuan(totalFen)} yuan`);
  } else {
    const t = formatExactYuan(exact);
    const [zhExact, enExact] = t.startsWith('≈') ? [`约 ${t.slice(1)}`, `about ${t.slice(1)}`] : [` ${t}`, `exactly ${t}`];
    zh.push(`应交纳 ${formatFenYuan(totalFen)} 元（精确值${zhExact} 元，四舍五入到分）`);
    en.push(`payable ${formatFenYuan(totalFen)} yuan (${enExact} yuan, rounded half up to the fen)`);
  }
  for (const n of plan.notes) {
    zh.push(n['zh-CN']);
    en.push(n.en);
  }
  return {
    ok: true,
    category,
    totalFen,
    lines: plan.lines.map((l) => l.line),
    reductions,
    defaultsUsed: plan.defaultsUsed,
    explanation: { 'zh-CN': `${zh.join('；')}。`, en: `${en.join('; ')}.` },
  };
}
