// Judicial aid (司法救助): 诉讼费用交纳办法第四十四条至第四十八条.
import { describe, expect, test } from 'vitest';
import { calculateFee } from './calculate.js';
import {
  applyJudicialAid,
  checkJudicialAidApplication,
  judicialAidKinds,
  judicialAidRequirements,
  MIN_REDUCTION_PERCENT,
  type JudicialAidApplication,
} from './judicialAid.js';
import type { FeeSuccess } from './types.js';

// 12,345 yuan property case: 108.625 → 10,863 fen (see property.test.ts)
const fee = calculateFee({ category: 'property', amountFen: 1_234_500 }) as FeeSuccess;

describe('grounds as data', () => {
  test('three types, each with the items of its article', () => {
    const byType = Object.fromEntries(judicialAidKinds.map((k) => [k.type, k.grounds.map((g) => g.source)]));
    // 第四十五条 (一)-(五) exemption; 第四十六条 (一)-(四) reduction; 第四十七条 (一)-(四) deferral
    expect(byType.exemption).toEqual(['一', '二', '三', '四', '五'].map((n) => `诉讼费用交纳办法第四十五条第（${n}）项`));
    expect(byType.reduction).toEqual(['一', '二', '三', '四'].map((n) => `诉讼费用交纳办法第四十六条第（${n}）项`));
    expect(byType.deferral).toEqual(['一', '二', '三', '四'].map((n) => `诉讼费用交纳办法第四十七条第（${n}）项`));
    // the last item of each article is the catch-all "确实需要…的其他情形"
    for (const k of judicialAidKinds) expect(k.grounds.map((g) => g.catchAll)).toEqual(k.grounds.map((_, i) => i === k.grounds.length - 1));
    expect(judicialAidRequirements.source).toBe('诉讼费用交纳办法第四十八条');
    expect(MIN_REDUCTION_PERCENT).toBe(30); // 第四十六条第二款: 减交比例不得低于30%
  });
});

describe('checkJudicialAidApplication', () => {
  const person = 'natural-person' as const;
  test.each<[string, JudicialAidApplication]>([
    ['exemption, support claim (Art. 45(2))', { type: 'exemption', applicant: person, grounds: ['claiming-support-or-pension'] }],
    [
      'reduction 30 %, welfare institution (Art. 46(3))',
      { type: 'reduction', applicant: 'organization', grounds: ['welfare-institution-or-relief-station'], reductionPercent: 30 },
    ],
    ['reduction 99 %', { type: 'reduction', applicant: person, grounds: ['hardship-from-force-majeure'], reductionPercent: 99 }],
    [
      'deferral, legal aid (Art. 47(3)), organisation allowed',
      { type: 'deferral', applicant: 'organization', grounds: ['receiving-legal-aid'] },
    ],
    [
      'catch-all with a description',
      { type: 'deferral', applicant: person, grounds: ['other-deferral'], otherDescription: '住院治疗期间无收入' },
    ],
  ])('accepted: %s', (_n, app) => {
    expect(checkJudicialAidApplication(app).ok).toBe(true);
  });

  test.each<[string, JudicialAidApplication, Array<{ field: string; code: string }>]>([
    [
      'exemption for an organisation (Art. 44 para. 2)',
      { type: 'exemption', applicant: 'organization', grounds: ['other-exemption'], otherDescription: 'x' },
      [{ field: 'applicant', code: 'EXEMPTION_NATURAL_PERSONS_ONLY' }],
    ],
    [
      'reduction below 30 % (Art. 46 para. 2)',
      { type: 'reduction', applicant: person, grounds: ['entitled-care-or-resettlement'], reductionPercent: 29 },
      [{ field: 'reductionPercent', code: 'REDUCTION_PERCENT_OUT_OF_RANGE' }],
    ],
    [
      'reduction of 100 % (that is an exemption)',
      { type: 'reduction', applicant: person, grounds: ['entitled-care-or-resettlement'], reductionPercent: 100 },
      [{ field: 'reductionPercent', code: 'REDUCTION_PERCENT_OUT_OF_RANGE' }],
    ],
    [
      'reduction without a percentage',
      { type: 'reduction', applicant: person, grounds: ['entitled-care-or-resettlement'] },
      [{ field: 'reductionPercent', code: 'REDUCTION_PERCENT_OUT_OF_RANGE' }],
    ],
    [
      'fractional percentage',
      { type: 'reduction', applicant: person, grounds: ['entitled-care-or-resettlement'], reductionPercent: 30.5 },
      [{ field: 'reductionPercent', code: 'REDUCTION_PERCENT_OUT_OF_RANGE' }],
    ],
    [
      'percentage on a deferral',
      { type: 'deferral', applicant: person, grounds: ['receiving-legal-aid'], reductionPercent: 50 },
      [{ field: 'reductionPercent', code: 'NOT_A_REDUCTION' }],
    ],
    ['no ground', { type: 'deferral', applicant: person, grounds: [] }, [{ field: 'grounds', code: 'NO_GROUND' }]],
    ['unknown ground', { type: 'exemption', applicant: person, grounds: ['poor'] }, [{ field: 'grounds', code: 'UNKNOWN_GROUND' }]],
    [
      'ground of another type (Art. 47 ground for an exemption)',
      { type: 'exemption', applicant: person, grounds: ['receiving-legal-aid'] },
      [{ field: 'grounds', code: 'UNKNOWN_GROUND' }],
    ],
    [
      'catch-all without a description',
      { type: 'reduction', applicant: person, grounds: ['other-reduction'], reductionPercent: 50, otherDescription: '  ' },
      [{ field: 'otherDescription', code: 'DESCRIPTION_REQUIRED' }],
    ],
    [
      'unknown type',
      { type: 'waiver', applicant: person, grounds: [] } as unknown as JudicialAidApplication,
      [{ field: 'type', code: 'UNKNOWN_TYPE' }],
    ],
  ])('refused: %s', (_n, app, issues) => {
    const r = checkJudicialAidApplication(app);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.map(({ field, code }) => ({ field, code }))).toEqual(issues);
  });
});

describe('applyJudicialAid', () => {
  test('exemption: nothing to pay', () => {
    const r = applyJudicialAid(fee, { type: 'exemption', applicant: 'natural-person', grounds: ['disabled-without-fixed-income'] });
    expect(r).toMatchObject({ ok: true, totalFen: 0 });
    expect(r.ok && r.reductions.at(-1)).toEqual({
      kind: 'judicial-aid',
      label: { 'zh-CN': '司法救助：免交', en: 'judicial aid: exemption' },
      amountFen: 10_863,
      source: '诉讼费用交纳办法第四十五条第（一）项',
    });
  });

  test('reduction 30 %: 10,863 × 30 % = 3,258.9 → 3,259 waived, 7,604 payable', () => {
    const r = applyJudicialAid(fee, {
      type: 'reduction',
      applicant: 'natural-person',
      grounds: ['hardship-from-force-majeure'],
      reductionPercent: 30,
    });
    expect(r).toMatchObject({ ok: true, totalFen: 7_604 });
    expect(r.ok && r.reductions.at(-1)?.source).toBe('诉讼费用交纳办法第四十六条第（一）项；诉讼费用交纳办法第四十六条第二款');
    expect(r.ok && r.explanation['zh-CN']).toContain('司法救助：减交 30%（诉讼费用交纳办法第四十六条）：减去 32.59 元，应交纳 76.04 元。');
  });

  test('reduction 50 % of an odd fee: 10,863 × 50 % = 5,431.5 → 5,432 waived (tie favours the party)', () => {
    const r = applyJudicialAid(fee, {
      type: 'reduction',
      applicant: 'natural-person',
      grounds: ['entitled-care-or-resettlement'],
      reductionPercent: 50,
    });
    expect(r.ok && r.totalFen).toBe(5_431);
  });

  test('deferral: amount unchanged, marked deferred', () => {
    const r = applyJudicialAid(fee, { type: 'deferral', applicant: 'natural-person', grounds: ['accident-victim-claiming-damages'] });
    expect(r).toMatchObject({ ok: true, totalFen: 10_863, deferred: true });
    expect(r.ok && r.explanation.en).toContain('payment deferred (诉讼费用交纳办法第四十七条第（二）项).');
  });

  test('an invalid application is an error value', () => {
    expect(
      applyJudicialAid(fee, { type: 'exemption', applicant: 'organization', grounds: ['disabled-without-fixed-income'] }),
    ).toMatchObject({
      ok: false,
      reason: 'INVALID_JUDICIAL_AID',
    });
  });
});
