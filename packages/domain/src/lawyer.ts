// The lawyer's practising certificate number (律师执业证号). Since the Ministry of Justice's 2008 numbering
// rules it has 17 digits: certificate kind, province, city or district, practice category, year of first
// practice, sex and a serial number. Only the length and the digits are checked here: the meaning of each
// position is not published in a form precise enough to validate against, and a court administrator
// compares the number with the certificate before the lawyer may file for clients.
export type LawyerCertificateResult = { ok: true; value: string } | { ok: false; reason: 'FORMAT' };

export function validateLawyerCertificate(input: string): LawyerCertificateResult {
  const value = input.replace(/\s+/g, '');
  return /^\d{17}$/.test(value) ? { ok: true, value } : { ok: false, reason: 'FORMAT' };
}

/** Shows the first 4 and last 3 digits: enough to tell two certificates apart in a list. */
export function maskLawyerCertificate(value: string): string {
  return value.length <= 7 ? '*'.repeat(value.length) : `${value.slice(0, 4)}${'*'.repeat(value.length - 7)}${value.slice(-3)}`;
}
