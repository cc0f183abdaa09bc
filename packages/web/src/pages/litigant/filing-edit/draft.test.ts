import { describe, expect, test } from 'vitest';
import { draftBodyFromValues, isEditorField, stepOfPath } from './draft';

describe('draftBodyFromValues', () => {
  test('converts claim amounts from yuan to integer fen and trims text', () => {
    const body = draftBodyFromValues({
      plaintiff: { phone: ' 13800138000 ', address: ' 北京市朝阳区 ' },
      defendants: [
        { kind: 'person', name: '张三', idNumber: '', phone: '', address: '上海' },
        { kind: 'organization', name: '某公司', creditCode: '91350100m000100y43', legalRepresentative: '李四', address: '福州' },
      ],
      claims: [
        { text: '偿还借款', amountYuan: '10,000.5' },
        { text: '承担诉讼费', amountYuan: '' },
        { text: '', amountYuan: '' },
      ],
      factsAndReasons: ' 事实 ',
      causeOfActionCode: '9001',
    });
    expect(body.plaintiff).toEqual({ phone: '13800138000', address: '北京市朝阳区', ethnicity: '', occupation: '', employer: '' });
    expect(body.claims).toEqual([
      { text: '偿还借款', amountFen: 1000050 },
      { text: '承担诉讼费', amountFen: null },
    ]);
    expect(body.defendants[0]).toEqual({
      kind: 'person',
      name: '张三',
      idNumber: undefined,
      sex: undefined,
      phone: undefined,
      address: '上海',
    });
    expect(body.defendants[1]).toMatchObject({ kind: 'organization', creditCode: '91350100M000100Y43', legalRepresentative: '李四' });
    expect(body.factsAndReasons).toBe('事实');
    expect(body.causeOfActionCode).toBe('9001');
  });

  test('an empty form gives an empty but well-formed draft', () => {
    expect(draftBodyFromValues({ plaintiff: {}, defendants: [], claims: [] })).toEqual({
      plaintiff: { phone: '', address: '', ethnicity: '', occupation: '', employer: '' },
      defendants: [],
      claims: [],
      factsAndReasons: '',
      causeOfActionCode: null,
    });
  });
});

describe('error paths → editor step and field', () => {
  test.each([
    ['plaintiff.phone', 0],
    ['defendants', 1],
    ['defendants.1.address', 1],
    ['claims.0.text', 2],
    ['factsAndReasons', 2],
    ['causeOfActionCode', 2],
    ['materials.complaint', 3],
    ['materials.evidence', 3],
    ['somethingElse', 4],
  ])('%s → step %d', (path, step) => {
    expect(stepOfPath(path)).toBe(step);
  });

  test.each([
    [['plaintiff', 'phone'], true],
    [['plaintiff', 'occupation'], true],
    [['defendants', 0, 'name'], true],
    [['claims', 1, 'amountYuan'], true],
    [['factsAndReasons'], true],
    [['causeOfActionCode'], true],
    [['defendants'], false],
    [['materials', 'complaint'], false],
    [['plaintiff', 'name'], false],
  ] as const)('%j is a field: %s', (name, expected) => {
    expect(isEditorField(name)).toBe(expected);
  });
});
