// Duplicate screening (CPL Interpretation Art. 247: same parties, same subject, same claims): the pure comparison.
import { describe, expect, it } from 'vitest';
import { duplicateWindowStart, isPossibleDuplicate, partyIdentityKeys } from './duplicates.js';

const zhang = { name: '张三', idNumber: '11010519491231002X' };
const li = { name: '李四' };
const base = { plaintiffs: [zhang], defendants: [li], causeOfAction: '民间借贷纠纷' };

describe('isPossibleDuplicate', () => {
  it('matches the same plaintiff (by ID number), defendant (by name) and cause', () => {
    expect(isPossibleDuplicate(base, { ...base, plaintiffs: [{ name: '张 三', idNumber: '11010519491231002x' }] })).toBe(true);
  });
  it('does not match a namesake with another ID number', () => {
    expect(isPossibleDuplicate(base, { ...base, plaintiffs: [{ name: '张三', idNumber: '110105194912310037' }] })).toBe(false);
  });
  it('falls back to the name when one side has no ID number', () => {
    expect(isPossibleDuplicate(base, { ...base, plaintiffs: [{ name: '张三' }] })).toBe(true);
  });
  it('compares organisations by credit code, brackets of either width alike', () => {
    const a = { ...base, defendants: [{ name: '北京某某（集团）有限公司', creditCode: '91110105MA01234567' }] };
    expect(isPossibleDuplicate(a, { ...base, defendants: [{ name: '北京某某(集团)有限公司' }] })).toBe(true);
    expect(isPossibleDuplicate(a, { ...base, defendants: [{ name: '北京某某(集团)有限公司', creditCode: '91110105MA0123456X' }] })).toBe(
      false,
    );
  });
  it('needs the same cause of action and a defendant in common', () => {
    expect(isPossibleDuplicate(base, { ...base, causeOfAction: '买卖合同纠纷' })).toBe(false);
    expect(isPossibleDuplicate(base, { ...base, defendants: [{ name: '王五' }] })).toBe(false);
    expect(isPossibleDuplicate({ ...base, causeOfAction: null }, { ...base, causeOfAction: null })).toBe(false);
  });
  it('keys a party by number and name', () => {
    expect(partyIdentityKeys({ name: ' 李 四 ', idNumber: null })).toEqual(['name:李四']);
  });
});

describe('duplicateWindowStart', () => {
  it.each([
    ['2026-11-28', 6, '2026-05-28'],
    ['2026-08-31', 6, '2026-02-28'], // no 31 February: the month's last day
    ['2026-03-15', 6, '2025-09-15'],
  ])('%s minus %i months → %s', (today, months, start) => {
    expect(duplicateWindowStart(today, months)).toBe(start);
  });
});
