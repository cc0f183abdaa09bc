// The plaintiff's particulars a complaint must state: 民事诉讼法 (2023) Art. 124(1) — for a person name, sex,
// age, ethnicity, occupation, employer, domicile and contact; for a legal person or other organisation its
// name and domicile and the name, title and contact of its legal representative or principal.
import { isRealDate } from '../dates.js';
import { validateCreditCode, validateMobile, validateResidentId } from '../identity.js';
import { blank, present, type AddIssue, type PlaintiffForCompleteness } from './types.js';

export function checkPlaintiff(p: PlaintiffForCompleteness, today: string, add: AddIssue): void {
  if (blank(p.name)) add('plaintiff.name', 'required');
  if (p.kind === 'organization') checkOrganisation(p, add);
  else checkPerson(p, today, add);
  // Contact (联系方式) for both kinds; the platform reaches filers by mobile.
  if (!present(p.phone)) add('plaintiff.phone', 'required');
  else if (!validateMobile(p.phone).ok) add('plaintiff.phone', 'invalid');
  if (blank(p.address)) add('plaintiff.address', 'required');
}

function checkPerson(p: PlaintiffForCompleteness, today: string, add: AddIssue): void {
  const id = present(p.idNumber) ? validateResidentId(p.idNumber, today) : null;
  if (id && !id.ok) add('plaintiff.idNumber', 'invalid');
  // Sex: always stated; a valid ID number (GB 11643-1999: odd sequence digit for men) must agree with it.
  if (!p.sex) add('plaintiff.sex', 'required');
  else if (id?.ok && id.sex !== p.sex) add('plaintiff.sex', 'mismatch');
  // Age: a birth date, or an ID number, which contains it.
  if (!present(p.birthDate)) {
    if (!id) add('plaintiff.birthDate', 'required');
  } else {
    const birthDate = p.birthDate.trim();
    if (!isRealDate(birthDate) || birthDate > today) add('plaintiff.birthDate', 'invalid');
    else if (id?.ok && id.birthDate !== birthDate) add('plaintiff.birthDate', 'mismatch');
  }
  if (blank(p.ethnicity)) add('plaintiff.ethnicity', 'required');
  if (blank(p.occupation)) add('plaintiff.occupation', 'required');
  if (blank(p.employer)) add('plaintiff.employer', 'required');
}

function checkOrganisation(p: PlaintiffForCompleteness, add: AddIssue): void {
  if (present(p.creditCode) && !validateCreditCode(p.creditCode).ok) add('plaintiff.creditCode', 'invalid');
  if (blank(p.legalRepresentative)) add('plaintiff.legalRepresentative', 'required');
  if (blank(p.legalRepresentativeTitle)) add('plaintiff.legalRepresentativeTitle', 'required');
}
