// Case-type designations (类型代字) and specialised-adjudication designations (专门审判代字) for case numbers (案号):
// the table in case-types.json, typed, plus the platform's own CaseType keys for what it files.
import data from './case-types.json' with { type: 'json' };

export type CaseCategory = 'civil' | 'criminal' | 'administrative' | 'state_compensation' | 'enforcement' | 'preservation' | 'other';
/** in_force: current edition; superseded: 2015 list only; attested: seen in published case numbers, official text not found. */
export type CaseTypeStatus = 'in_force' | 'superseded' | 'attested';

export interface CaseTypeEntry {
  designation: string;
  name: string;
  nameEn: string;
  category: CaseCategory;
  /** The standard's class (大类), e.g. 民事案件. */
  group: string;
  /** Class code in the revised standard (0100–1114); null when the row is not in it. */
  standardCode: string | null;
  status: CaseTypeStatus;
  source: string;
}

export interface SpecialisedDesignation {
  designation: string;
  name: string;
  nameEn: string;
  source: string;
}

const CATEGORIES: readonly CaseCategory[] = [
  'civil',
  'criminal',
  'administrative',
  'state_compensation',
  'enforcement',
  'preservation',
  'other',
];
const STATUSES: readonly CaseTypeStatus[] = ['in_force', 'superseded', 'attested'];

function oneOf<T extends string>(allowed: readonly T[], s: string, what: string): T {
  const hit = allowed.find((a) => a === s);
  if (hit === undefined) throw new Error(`case-types.json: unknown ${what} ${s}`);
  return hit;
}

type CaseTypeRow = Omit<CaseTypeEntry, 'category' | 'status'> & { category: string; status: string };

/** Types the rows of case-types.json; an unknown category or status there is a programmer mistake. */
export function readCaseTypeRows(rows: readonly CaseTypeRow[]): CaseTypeEntry[] {
  return rows.map((r) => ({ ...r, category: oneOf(CATEGORIES, r.category, 'category'), status: oneOf(STATUSES, r.status, 'status') }));
}

export const caseTypeTable: readonly CaseTypeEntry[] = readCaseTypeRows(data.caseTypes);

export const specialisedDesignations: readonly SpecialisedDesignation[] = data.specialisedDesignations;

const BY_DESIGNATION = new Map(caseTypeTable.map((t) => [t.designation, t]));

/** The table row of a case-type designation (without any 专门审判代字), e.g. 民初. */
export function findCaseType(designation: string): CaseTypeEntry | undefined {
  return BY_DESIGNATION.get(designation);
}

/**
 * Splits the part of a case number between the court and the serial into the optional specialised
 * designation (法〔2018〕335号: one character, e.g. 知) and the case-type designation, e.g. 知民初 → 知 + 民初.
 */
export function splitTypeCode(typeCode: string): { specialised: SpecialisedDesignation | null; caseType: CaseTypeEntry } | null {
  const whole = BY_DESIGNATION.get(typeCode);
  if (whole) return { specialised: null, caseType: whole };
  const specialised = specialisedDesignations.find((s) => typeCode.startsWith(s.designation));
  const rest = specialised ? BY_DESIGNATION.get(typeCode.slice(specialised.designation.length)) : undefined;
  return specialised && rest ? { specialised, caseType: rest } : null;
}

/** Case types the platform files, by a stable English key. Values must be in-force rows of the table. */
export const CASE_TYPE_DESIGNATIONS = {
  civil_first_instance: '民初',
  civil_second_instance: '民终',
  civil_retrial_application: '民申',
  civil_retrial: '民再',
  third_party_revocation: '民撤',
  civil_special_procedure: '民特',
  payment_order: '民督',
  public_summons: '民催',
  personal_safety_protection_order: '民保令',
  civil_jurisdiction: '民辖',
  bankruptcy_application: '破申',
  bankruptcy: '破',
  compulsory_liquidation_application: '清申',
  enforcement: '执',
  enforcement_resumed: '执恢',
  enforcement_objection: '执异',
  enforcement_review: '执复',
  property_preservation_before_litigation: '财保',
  conduct_preservation_before_litigation: '行保',
  evidence_preservation_before_litigation: '证保',
  administrative_first_instance: '行初',
  administrative_second_instance: '行终',
  administrative_retrial_application: '行申',
  administrative_compensation_first_instance: '行赔初',
  non_litigation_administrative_enforcement: '行审',
  criminal_first_instance: '刑初',
  state_compensation_committee: '委赔',
  pre_litigation_mediation_confirmation: '诉前调确',
  pre_litigation_mediation_statement: '诉前调书',
} as const satisfies Record<string, string>;

export type CaseType = keyof typeof CASE_TYPE_DESIGNATIONS;
