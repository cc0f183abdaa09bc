// Which files a filing must carry: 最高人民法院关于人民法院登记立案若干问题的规定 (法释〔2015〕8号) Art. 6,
// and for agents 民事诉讼法 (2023) Art. 62 (power of attorney) with 民诉法解释 Art. 88 (a lawyer's practising
// certificate and the law firm's letter; other agents their identity document and relationship proofs).
import { validateResidentId } from '../identity.js';
import { blank, present, type AddIssue, type FilingForCompleteness, type MaterialKind } from './types.js';

/** Files each agent needs. Art. 88(2)–(6) also ask non-lawyer agents for proof of their standing (kinship,
 *  employment, recommendation); that proof varies by case and is filed as 'other', so it is not checked here. */
const AGENT_PAPERS: Readonly<Record<'lawyer' | 'other', readonly MaterialKind[]>> = {
  lawyer: ['power_of_attorney', 'lawyer_certificate', 'law_firm_letter'],
  other: ['power_of_attorney', 'agent_identity'],
};

export function checkMaterials(f: FilingForCompleteness, add: AddIssue): void {
  const has = (kind: MaterialKind, agent?: number): boolean =>
    f.materials.some((m) => m.kind === kind && (agent === undefined || m.agent === undefined || m.agent === agent));

  // Art. 6(4): the complaint. The copies for each defendant (same Art.) are generated online: see complaintCopiesNeeded.
  if (!has('complaint')) add('materials.complaint', 'required');
  // Art. 6(5): evidence or materials supporting the claims.
  if (!has('evidence')) add('materials.evidence', 'min_count');
  // Art. 6(1): who the plaintiff is.
  if (f.plaintiff.kind === 'organization') {
    if (!has('business_licence')) add('materials.business_licence', 'required');
    if (!has('legal_rep_certificate')) add('materials.legal_rep_certificate', 'required');
  } else if (!has('identity')) {
    add('materials.identity', 'required');
  }
  // Art. 6(2): filed through an agent.
  (f.agents ?? []).forEach((a, i) => {
    for (const kind of AGENT_PAPERS[a.kind]) if (!has(kind, i)) add(`agents.${i}.materials.${kind}`, 'required');
  });
}

/** An agent is named (民事诉讼法 Art. 62: the power of attorney names who is appointed); a given ID number must be valid. */
export function checkAgents(f: FilingForCompleteness, today: string, add: AddIssue): void {
  (f.agents ?? []).forEach((a, i) => {
    if (blank(a.name)) add(`agents.${i}.name`, 'required');
    if (present(a.idNumber) && !validateResidentId(a.idNumber, today).ok) add(`agents.${i}.idNumber`, 'invalid');
  });
}

/**
 * Registration Art. 6(4): the complaint with as many copies as there are defendants and other parties. Online
 * filing generates them, so they are not required uploads; this is the number to generate.
 */
export function complaintCopiesNeeded(f: Pick<FilingForCompleteness, 'defendants'>, otherParties = 0): number {
  return f.defendants.length + otherParties;
}
