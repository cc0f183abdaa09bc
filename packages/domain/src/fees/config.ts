// Per-court figures for every fee the Decree gives only as a range, with validation against that range.
//
// Art. 13 last paragraph lets each province (省、自治区、直辖市人民政府) fix the figure inside the ranges of
// Art. 13(2), (3) and (6). Art. 14(1)1 and 14(7)1-3 also give ranges without naming who fixes the figure;
// they are configured the same way so a court can enter the figure it applies.
//
// DEFAULT = the lower bound of each legal range. Why: it is the only figure that no lawful provincial
// standard can fall below, so an unconfigured court never shows a litigant more than the law could
// require (Art. 3 forbids charging beyond the Decree's standards); the result lists `defaultsUsed` and the
// explanation says the figure is the statutory minimum, so the litigant knows to check the court's notice.

export interface FeeConfig {
  /** Divorce, per case: 50–300 yuan (Art. 13(2)1). */
  divorceFen: number;
  /** Personality rights, per case: 100–500 yuan (Art. 13(2)2). */
  personalityRightsFen: number;
  /** Other non-property cases, per case: 50–100 yuan (Art. 13(2)3). */
  otherNonPropertyFen: number;
  /** IP civil cases without an amount in dispute: 500–1,000 yuan (Art. 13(3)). */
  intellectualPropertyFen: number;
  /** Failed objection to jurisdiction: 50–100 yuan (Art. 13(6)). */
  jurisdictionObjectionFen: number;
  /** Enforcement without an amount: 50–500 yuan (Art. 14(1)1). */
  enforcementWithoutAmountFen: number;
  /** Limitation fund for maritime claims: 1,000–10,000 yuan (Art. 14(7)1). */
  maritimeLimitationFundFen: number;
  /** Maritime injunction: 1,000–5,000 yuan (Art. 14(7)2). */
  maritimeInjunctionFen: number;
  /** Public summons on a maritime lien (船舶优先权催告): 1,000–5,000 yuan (Art. 14(7)3). */
  shipPrioritySummonsFen: number;
  /**
   * When two or more halving grounds (Arts. 15, 16, 18) meet in one case: 'once' halves a single time,
   * 'cumulative' halves for each ground. The Decree does not say; 'once' is the reading courts and
   * commentators report in practice, but no official text saying so could be verified, hence the switch.
   */
  halvingPolicy: 'once' | 'cumulative';
}

export type RangedFeeKey = Exclude<keyof FeeConfig, 'halvingPolicy'>;

export interface LegalRange {
  minFen: number;
  maxFen: number;
  source: string;
}

export const feeRanges: Readonly<Record<RangedFeeKey, LegalRange>> = {
  divorceFen: { minFen: 5_000, maxFen: 30_000, source: '诉讼费用交纳办法第十三条第（二）项第1目' },
  personalityRightsFen: { minFen: 10_000, maxFen: 50_000, source: '诉讼费用交纳办法第十三条第（二）项第2目' },
  otherNonPropertyFen: { minFen: 5_000, maxFen: 10_000, source: '诉讼费用交纳办法第十三条第（二）项第3目' },
  intellectualPropertyFen: { minFen: 50_000, maxFen: 100_000, source: '诉讼费用交纳办法第十三条第（三）项' },
  jurisdictionObjectionFen: { minFen: 5_000, maxFen: 10_000, source: '诉讼费用交纳办法第十三条第（六）项' },
  enforcementWithoutAmountFen: { minFen: 5_000, maxFen: 50_000, source: '诉讼费用交纳办法第十四条第（一）项第1目' },
  maritimeLimitationFundFen: { minFen: 100_000, maxFen: 1_000_000, source: '诉讼费用交纳办法第十四条第（七）项第1目' },
  maritimeInjunctionFen: { minFen: 100_000, maxFen: 500_000, source: '诉讼费用交纳办法第十四条第（七）项第2目' },
  shipPrioritySummonsFen: { minFen: 100_000, maxFen: 500_000, source: '诉讼费用交纳办法第十四条第（七）项第3目' },
};

const rangedKeys = Object.keys(feeRanges) as RangedFeeKey[];

/** Every ranged figure at the lower bound of its legal range; halving once. */
export const defaultFeeConfig: Readonly<FeeConfig> = {
  ...(Object.fromEntries(rangedKeys.map((k) => [k, feeRanges[k].minFen])) as Record<RangedFeeKey, number>),
  halvingPolicy: 'once',
};

export interface ConfigIssue {
  field: string;
  code: 'OUT_OF_LEGAL_RANGE' | 'UNKNOWN_VALUE';
  minFen?: number;
  maxFen?: number;
  source?: string;
}

export type ResolvedConfig = { ok: true; config: FeeConfig; defaultsUsed: RangedFeeKey[] } | { ok: false; issues: ConfigIssue[] };

/** Merges a court's figures over the defaults and checks each lies inside its legal range (integer fen). */
export function resolveFeeConfig(partial: Partial<FeeConfig> = {}): ResolvedConfig {
  const issues: ConfigIssue[] = [];
  const defaultsUsed: RangedFeeKey[] = [];
  for (const key of rangedKeys) {
    const value = partial[key];
    if (value === undefined) {
      defaultsUsed.push(key);
      continue;
    }
    const range = feeRanges[key];
    if (!Number.isSafeInteger(value) || value < range.minFen || value > range.maxFen) {
      issues.push({ field: key, code: 'OUT_OF_LEGAL_RANGE', ...range });
    }
  }
  const policy = partial.halvingPolicy;
  if (policy !== undefined && policy !== 'once' && policy !== 'cumulative') issues.push({ field: 'halvingPolicy', code: 'UNKNOWN_VALUE' });
  if (issues.length > 0) return { ok: false, issues };
  const config: FeeConfig = { ...defaultFeeConfig };
  for (const key of rangedKeys) config[key] = partial[key] ?? defaultFeeConfig[key];
  config.halvingPolicy = policy ?? defaultFeeConfig.halvingPolicy;
  return { ok: true, config, defaultsUsed };
}
