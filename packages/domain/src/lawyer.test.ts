import { describe, expect, it } from 'vitest';
import { maskLawyerCertificate, validateLawyerCertificate } from './lawyer.js';

// Ministry of Justice numbering of practising certificates (2008): 17 digits.
describe('validateLawyerCertificate', () => {
  it.each([
    ['11101201510123456', true],
    [' 1110 1201 5101 23456 ', true],
    ['1110120151012345', false], // 16 digits
    ['111012015101234567', false], // 18 digits
    ['1110120151012345X', false],
    ['', false],
  ])('%s → %s', (input, ok) => {
    const r = validateLawyerCertificate(input);
    expect(r.ok).toBe(ok);
    if (r.ok) expect(r.value).toMatch(/^\d{17}$/);
  });
  it('masks all but the first 4 and last 3 digits', () => {
    expect(maskLawyerCertificate('11101201510123456')).toBe('1110**********456');
  });
});
