// The litigation-fee calculator (诉讼费用交纳办法) and judicial aid (司法救助), for the package index.
export { calculateFee } from './calculate.js';
export { defaultFeeConfig, feeRanges, resolveFeeConfig, type FeeConfig, type LegalRange, type RangedFeeKey } from './config.js';
export {
  applyJudicialAid,
  checkJudicialAidApplication,
  judicialAidKinds,
  judicialAidRequirements,
  MIN_REDUCTION_PERCENT,
  type JudicialAidApplication,
  type JudicialAidCheck,
  type JudicialAidGround,
  type JudicialAidIssue,
  type JudicialAidKind,
  type JudicialAidResult,
  type JudicialAidType,
} from './judicialAid.js';
export type {
  Bilingual as FeeText,
  FeeCategory,
  FeeInput,
  FeeIssue,
  FeeLine,
  FeeReduction,
  FeeResult,
  FeeSuccess,
  HalvingFlags,
  MaritimeApplicationKind,
  NoFeeGround,
} from './types.js';
