// Territorial jurisdiction hints: CPL (2023) Art. 22 (defendant's domicile), Art. 24 (contract: place of
// performance), Art. 29 (tort), Art. 35 (choice of court); a court's area per 人民法院组织法 Art. 24.
import { describe, expect, it } from 'vitest';
import { addressInArea, courtArea, jurisdictionHints } from './jurisdiction.js';

const chaoyang = courtArea('京0105')!;
const loan = { code: '108.3', version: '2025' }; // 民间借贷纠纷, under 合同纠纷
const traffic = { code: '411', version: '2025' }; // 机动车交通事故责任纠纷, under 侵权责任纠纷
const divorce = { code: '14', version: '2025' }; // 离婚纠纷

describe('addressInArea', () => {
  it.each([
    ['北京市朝阳区建国路1号', 'within'],
    ['北京朝阳区光华路2号', 'within'], // 市 left out, as people write it
    [' 北京市 朝阳区 望京街10号 ', 'within'],
    ['北京市海淀区中关村大街1号', 'outside'], // same city, another district
    ['上海市浦东新区世纪大道100号', 'outside'], // another province-level division
    ['河北省廊坊市燕郊镇', 'outside'],
    ['朝阳区建国路1号', 'unknown'], // 朝阳区 exists in 北京 and 长春: no province named
    ['建国路1号', 'unknown'],
    ['', 'no_address'],
    [null, 'no_address'],
  ] as const)('%s → %s', (address, result) => {
    expect(addressInArea(address, chaoyang)).toBe(result);
  });
});

describe('jurisdictionHints', () => {
  it('is within when a defendant is domiciled in the court area (Art. 22), with the contract grounds left to check', () => {
    const h = jurisdictionHints({
      courtDesignation: '京0105',
      defendants: [
        { name: '李四', address: '北京市朝阳区光华路2号' },
        { name: '王五', address: '上海市黄浦区南京东路1号' },
      ],
      causeOfAction: loan,
    });
    expect(h.area).toBe('北京市朝阳区');
    expect(h.overall).toBe('within');
    expect(h.hints).toEqual([
      { ground: 'defendant_domicile', subject: '李四', result: 'within', basis: '民事诉讼法第二十二条' },
      { ground: 'defendant_domicile', subject: '王五', result: 'outside', basis: '民事诉讼法第二十二条' },
      { ground: 'contract_place', subject: '', result: 'unknown', reason: 'not_in_form', basis: '民事诉讼法第二十四条' },
      { ground: 'agreed_court', subject: '', result: 'unknown', reason: 'not_in_form', basis: '民事诉讼法第三十五条' },
    ]);
  });

  it('is outside only when every ground is checked and none is here', () => {
    const h = jurisdictionHints({
      courtDesignation: '京0105',
      defendants: [{ name: '赵六', address: '北京市海淀区中关村大街1号' }],
      causeOfAction: divorce,
    });
    expect(h.overall).toBe('outside');
    // a contract case with the same defendant stays unknown: the place of performance may be here (Art. 24)
    expect(
      jurisdictionHints({ courtDesignation: '京0105', defendants: [{ name: '赵六', address: '北京市海淀区' }], causeOfAction: loan })
        .overall,
    ).toBe('unknown');
  });

  it('uses the place of performance and the chosen court when given (Arts. 24, 35)', () => {
    const h = jurisdictionHints({
      courtDesignation: '京0105',
      defendants: [{ name: '赵六', address: '天津市和平区1号' }],
      causeOfAction: loan,
      contractPlace: '北京市朝阳区三里屯路19号',
      agreedCourt: '北京市朝阳区人民法院',
    });
    expect(h.hints.filter((x) => x.result === 'within').map((x) => x.ground)).toEqual(['contract_place', 'agreed_court']);
    expect(h.overall).toBe('within');
  });

  it('adds the place of the tort for a tort case (Art. 29), which the form does not record', () => {
    const h = jurisdictionHints({ courtDesignation: '京0105', defendants: [{ name: '某公司', address: null }], causeOfAction: traffic });
    expect(h.hints).toEqual([
      { ground: 'defendant_domicile', subject: '某公司', result: 'unknown', reason: 'no_address', basis: '民事诉讼法第二十二条' },
      { ground: 'tort_place', subject: '', result: 'unknown', reason: 'not_in_form', basis: '民事诉讼法第二十九条' },
    ]);
    expect(h.overall).toBe('unknown');
  });

  it('says unknown, never guesses, for a court whose area is not in the data', () => {
    const h = jurisdictionHints({
      courtDesignation: '京0108',
      defendants: [{ name: '李四', address: '北京市海淀区' }],
      causeOfAction: divorce,
    });
    expect(h).toEqual({
      area: null,
      overall: 'unknown',
      hints: [
        { ground: 'defendant_domicile', subject: '李四', result: 'unknown', reason: 'court_area_unknown', basis: '民事诉讼法第二十二条' },
      ],
    });
  });
});
