// Input and output shapes of the completeness check (一次性告知). Optional fields were added after the first
// release; callers that do not send them keep compiling, and the check treats a missing field as not given.
import type { Sex } from '../identity.js';

/** Registration Art. 6 (法释〔2015〕8号) and 民诉法解释 Art. 88: the kinds of file a filing can carry. */
export type MaterialKind =
  | 'complaint' // 起诉状 (Art. 6(4))
  | 'evidence' // 证据或者证明材料 (Art. 6(5))
  | 'identity' // natural-person plaintiff: 身份证明复印件 (Art. 6(1))
  | 'business_licence' // organisation plaintiff: 营业执照或者组织机构代码证复印件 (Art. 6(1))
  | 'legal_rep_certificate' // organisation plaintiff: 法定代表人或者主要负责人身份证明书 (Art. 6(1))
  | 'power_of_attorney' // 授权委托书 (Art. 6(2); 民事诉讼法 Art. 62)
  | 'agent_identity' // 代理人身份证明 (Art. 6(2); 民诉法解释 Art. 88(3)–(6))
  | 'lawyer_certificate' // 律师执业证 (民诉法解释 Art. 88(1))
  | 'law_firm_letter' // 律师事务所证明材料 (民诉法解释 Art. 88(1))
  | 'other';

export const materialKinds: readonly MaterialKind[] = [
  'complaint',
  'evidence',
  'identity',
  'business_licence',
  'legal_rep_certificate',
  'power_of_attorney',
  'agent_identity',
  'lawyer_certificate',
  'law_firm_letter',
  'other',
];

export type PartyKind = 'person' | 'organization';

export interface PlaintiffForCompleteness {
  /** Absent means a natural person, as before this field existed. */
  kind?: PartyKind;
  name: string;
  idNumber: string | null;
  phone: string | null;
  address: string | null;
  // A natural person (民事诉讼法 Art. 124(1)).
  sex?: Sex | null;
  /** YYYY-MM-DD; not needed when an ID number (which contains the birth date) is given. */
  birthDate?: string | null;
  ethnicity?: string | null;
  occupation?: string | null;
  employer?: string | null;
  // A legal person or other organisation (民事诉讼法 Art. 124(1)).
  creditCode?: string | null;
  legalRepresentative?: string | null;
  legalRepresentativeTitle?: string | null;
}

export interface AgentForCompleteness {
  /** A lawyer, or any other agent admitted by 民事诉讼法 Art. 61 (relative, employee, recommended citizen…). */
  kind: 'lawyer' | 'other';
  name: string;
  idNumber?: string | null;
  phone?: string | null;
  lawFirm?: string | null;
}

export interface FilingForCompleteness {
  plaintiff: PlaintiffForCompleteness;
  defendants: Array<{
    kind: PartyKind;
    name: string;
    idNumber?: string | null;
    creditCode?: string | null;
    legalRepresentative?: string | null;
    address: string | null;
  }>;
  /** property: the caller marks a claim for money or property (财产给付), which must state its amount. */
  claims: Array<{ text: string; amountFen: number | null; property?: boolean }>;
  factsAndReasons: string;
  causeOfActionCode: string | null;
  /**
   * The complaint's evidence list (证据目录): each item, its source (民事诉讼法 Art. 124(4)) and what it is
   * offered to prove (证明目的, 民诉法解释 Art. 94 / 最高人民法院关于民事诉讼证据的若干规定 Art. 19: evidence is
   * submitted with a list stating its name, source and purpose). A missing purpose is treated as not given.
   */
  evidence?: Array<{ name: string; source: string | null; purpose?: string | null }>;
  /** Witnesses named in the complaint, with their domicile (民事诉讼法 Art. 124(4)). */
  witnesses?: Array<{ name: string; address: string | null }>;
  agents?: AgentForCompleteness[];
  /**
   * Answers to the element-style complaint (要素式起诉状) of the cause of action, keyed by element key,
   * when the filer used one (法〔2025〕82号 templates; see element-complaints/).
   */
  elements?: Readonly<Record<string, unknown>>;
  /** agent: 0-based index into `agents` for an agent's own papers; a paper without it serves every agent. */
  materials: Array<{ kind: MaterialKind; agent?: number }>;
}

export type CompletenessCode = 'required' | 'invalid' | 'unknown' | 'min_count' | 'mismatch';

/** path: dotted, 0-based indexes, e.g. 'defendants.0.address', 'agents.1.materials.law_firm_letter'. */
export interface CompletenessIssue {
  path: string;
  code: CompletenessCode;
}

export type AddIssue = (path: string, code: CompletenessCode) => void;

export function blank(s: string | null | undefined): boolean {
  return !present(s);
}

/** A value that was given: not null, undefined or whitespace only. */
export function present(s: string | null | undefined): s is string {
  return typeof s === 'string' && s.trim().length > 0;
}
