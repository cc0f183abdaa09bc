// Judicial aid for litigation costs (司法救助, 诉讼费用交纳办法 Arts. 44-53): deferral (缓交), reduction
// (减交) and exemption (免交), their statutory grounds as data (judicial-aid.json), a pure check of an
// application, and the effect of a granted application on a calculated fee.
import data from './judicial-aid.json' with { type: 'json' };
import { formatFenYuan } from './exact.js';
import type { Bilingual, FeeSuccess } from './types.js';

export type JudicialAidType = 'deferral' | 'reduction' | 'exemption';

export interface JudicialAidGround {
  id: string;
  source: string;
  label: Bilingual;
  /** The "确实需要…的其他情形" item of each article. */
  catchAll: boolean;
}

export interface JudicialAidKind {
  type: JudicialAidType;
  label: Bilingual;
  source: string;
  grounds: readonly JudicialAidGround[];
}

function asType(t: string): JudicialAidType {
  if (t === 'deferral' || t === 'reduction' || t === 'exemption') return t;
  throw new Error(`judicial-aid.json: unknown type ${t}`);
}

export const judicialAidKinds: readonly JudicialAidKind[] = data.types.map((t) => ({
  type: asType(t.type),
  label: { 'zh-CN': t['zh-CN'], en: t.en },
  source: t.source,
  grounds: t.grounds.map((g) => ({ id: g.id, source: g.source, label: { 'zh-CN': g['zh-CN'], en: g.en }, catchAll: g.catchAll })),
}));

/** What every application must include (Art. 48), for the filing form. */
export const judicialAidRequirements: Readonly<Bilingual & { source: string }> = data.applicationRequirements;

/** Art. 46 second paragraph: a granted reduction is at least 30 % of the costs. */
export const MIN_REDUCTION_PERCENT: number = data.reductionMinimumPercent.value;

export interface JudicialAidApplication {
  type: JudicialAidType;
  /** Exemption is available to natural persons only (Art. 44 second paragraph). */
  applicant: 'natural-person' | 'organization';
  /** Ground ids from `judicialAidKinds` for the chosen type. */
  grounds: readonly string[];
  /** Reduction only: the share of the fee waived, a whole percent from 30 (Art. 46) to 99 (100 would be an exemption). */
  reductionPercent?: number;
  /** Required with a catch-all ground ("其他情形"): what the situation is. A product rule so the judge can assess it. */
  otherDescription?: string;
}

export interface JudicialAidIssue {
  field: 'type' | 'applicant' | 'grounds' | 'reductionPercent' | 'otherDescription';
  code:
    | 'UNKNOWN_TYPE'
    | 'NO_GROUND'
    | 'UNKNOWN_GROUND'
    | 'EXEMPTION_NATURAL_PERSONS_ONLY'
    | 'REDUCTION_PERCENT_OUT_OF_RANGE'
    | 'NOT_A_REDUCTION'
    | 'DESCRIPTION_REQUIRED';
  /** The ground id concerned, for UNKNOWN_GROUND. */
  ground?: string;
  source?: string;
}

export type JudicialAidCheck = { ok: true; grounds: JudicialAidGround[] } | { ok: false; issues: JudicialAidIssue[] };

export function checkJudicialAidApplication(app: JudicialAidApplication): JudicialAidCheck {
  const kind = judicialAidKinds.find((k) => k.type === app.type);
  if (!kind) return { ok: false, issues: [{ field: 'type', code: 'UNKNOWN_TYPE' }] };
  const issues: JudicialAidIssue[] = [];
  const grounds: JudicialAidGround[] = [];
  if (app.grounds.length === 0) issues.push({ field: 'grounds', code: 'NO_GROUND', source: kind.source });
  for (const id of app.grounds) {
    const g = kind.grounds.find((x) => x.id === id);
    if (g) grounds.push(g);
    else issues.push({ field: 'grounds', code: 'UNKNOWN_GROUND', ground: id, source: kind.source });
  }
  if (grounds.some((g) => g.catchAll) && !app.otherDescription?.trim())
    issues.push({ field: 'otherDescription', code: 'DESCRIPTION_REQUIRED' });
  if (app.type === 'exemption' && app.applicant !== 'natural-person') {
    issues.push({ field: 'applicant', code: 'EXEMPTION_NATURAL_PERSONS_ONLY', source: data.naturalPersonsOnly.source });
  }
  const p = app.reductionPercent;
  if (app.type === 'reduction') {
    if (p === undefined || !Number.isInteger(p) || p < MIN_REDUCTION_PERCENT || p > 99) {
      issues.push({ field: 'reductionPercent', code: 'REDUCTION_PERCENT_OUT_OF_RANGE', source: data.reductionMinimumPercent.source });
    }
  } else if (p !== undefined) {
    issues.push({ field: 'reductionPercent', code: 'NOT_A_REDUCTION' });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, grounds };
}

export type JudicialAidResult = FeeSuccess | { ok: false; reason: 'INVALID_JUDICIAL_AID'; issues: JudicialAidIssue[] };

/**
 * The fee after a granted application. Exemption: nothing to pay. Reduction: the waived share is
 * rounded half up to the fen (so a tie favours the party) and subtracted. Deferral: the amount stays,
 * `deferred` is set.
 */
export function applyJudicialAid(fee: FeeSuccess, app: JudicialAidApplication): JudicialAidResult {
  const check = checkJudicialAidApplication(app);
  if (!check.ok) return { ok: false, reason: 'INVALID_JUDICIAL_AID', issues: check.issues };
  const kind = judicialAidKinds.find((k) => k.type === app.type) as JudicialAidKind;
  const source = [...new Set(check.grounds.map((g) => g.source))].join('；');
  if (app.type === 'deferral') {
    const note: Bilingual = { 'zh-CN': `准予缓交（${source}）`, en: `payment deferred (${source})` };
    return { ...fee, deferred: true, explanation: appendNote(fee.explanation, note) };
  }
  const percent = app.type === 'exemption' ? 100 : (app.reductionPercent as number);
  const waived = app.type === 'exemption' ? fee.totalFen : Math.floor((fee.totalFen * percent + 50) / 100);
  const totalFen = fee.totalFen - waived;
  const label: Bilingual =
    app.type === 'exemption'
      ? { 'zh-CN': '司法救助：免交', en: 'judicial aid: exemption' }
      : { 'zh-CN': `司法救助：减交 ${percent}%`, en: `judicial aid: ${percent}% reduction` };
  const reductionSource = app.type === 'reduction' ? `${source}；${data.reductionMinimumPercent.source}` : source;
  const note: Bilingual = {
    'zh-CN': `${label['zh-CN']}（${kind.source}）：减去 ${formatFenYuan(waived)} 元，应交纳 ${formatFenYuan(totalFen)} 元`,
    en: `${label.en} (${kind.source}): ${formatFenYuan(waived)} yuan waived, payable ${formatFenYuan(totalFen)} yuan`,
  };
  return {
    ...fee,
    totalFen,
    reductions: [...fee.reductions, { kind: 'judicial-aid', label, amountFen: waived, source: reductionSource }],
    explanation: appendNote(fee.explanation, note),
  };
}

function appendNote(e: Bilingual, note: Bilingual): Bilingual {
  return { 'zh-CN': `${e['zh-CN'].replace(/。$/, '')}；${note['zh-CN']}。`, en: `${e.en.replace(/\.$/, '')}; ${note.en}.` };
}
