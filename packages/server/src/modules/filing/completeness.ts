// The completeness check (一次性告知) of a stored filing: at submission, at resubmission after a correction
// notice, and to pre-fill the clerk's correction notice. Reads inside the caller's transaction.
import { checkFilingCompleteness, describeCompletenessIssue, validateResidentId } from '@lian/domain';
import type { Selectable } from 'kysely';
import type { FieldCipher } from '../../infra/crypto.js';
import type { Db } from '../../infra/db.js';
import type { FilingsTable } from '../../infra/schema.js';
import * as repo from './repo.js';

export interface CompletenessFinding {
  path: string;
  code: string;
  message: string;
}

export async function completenessOf(
  trx: Db,
  cipher: FieldCipher,
  f: Selectable<FilingsTable>,
  today: string,
  locale: 'zh-CN' | 'en',
): Promise<CompletenessFinding[]> {
  const parties = await repo.partiesOf(trx, [f.id]);
  const materials = await repo.materialsOf(trx, f.id);
  const open = (v: string | null) => (v === null ? null : cipher.decrypt(v));
  const plaintiff = parties.find((p) => p.role === 'plaintiff');
  const result = checkFilingCompleteness(
    {
      plaintiff: plaintiffForCompleteness(plaintiff?.name ?? '', open(plaintiff?.id_number_enc ?? null), f, open, today),
      defendants: parties
        .filter((p) => p.role === 'defendant')
        .map((p) => ({
          kind: p.kind,
          name: p.name,
          idNumber: open(p.id_number_enc),
          creditCode: p.credit_code,
          legalRepresentative: p.legal_representative,
          address: open(p.address_enc),
        })),
      // A claim that states an amount is a claim for money (财产给付).
      claims: f.claims.map((c) => ({ ...c, property: c.amountFen !== null })),
      factsAndReasons: f.facts_and_reasons,
      causeOfActionCode: f.cause_of_action_code,
      materials: materials.map((m) => ({ kind: m.kind })),
      // The evidence list (证据目录) in the filer's order: every evidence file is one item of it.
      evidence: materials
        .filter((m) => m.kind === 'evidence')
        .map((m) => ({ name: m.evidence_name ?? '', source: m.evidence_source, purpose: m.evidence_purpose })),
    },
    today,
  );
  if (result.ok) return [];
  return result.issues.map((i) => ({
    path: i.path,
    code: i.code,
    message: describeCompletenessIssue(i, { causeOfActionCode: f.cause_of_action_code }, today, locale),
  }));
}

/** The plaintiff as a complaint describes them: sex and birth date come from the verified ID number. */
function plaintiffForCompleteness(
  name: string,
  idNumber: string | null,
  f: {
    plaintiff_phone_enc: string | null;
    plaintiff_address_enc: string | null;
    plaintiff_ethnicity: string;
    plaintiff_occupation: string;
    plaintiff_employer: string;
  },
  open: (v: string | null) => string | null,
  today: string,
) {
  const id = idNumber ? validateResidentId(idNumber, today) : null;
  return {
    kind: 'person' as const,
    name,
    idNumber,
    phone: open(f.plaintiff_phone_enc),
    address: open(f.plaintiff_address_enc),
    sex: id?.ok ? id.sex : null,
    birthDate: id?.ok ? id.birthDate : null,
    ethnicity: f.plaintiff_ethnicity,
    occupation: f.plaintiff_occupation,
    employer: f.plaintiff_employer,
  };
}
