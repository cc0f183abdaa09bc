import { describe, expect, test } from 'vitest';
import { checkFilingCompleteness, complaintCopiesNeeded, type FilingForCompleteness } from './completeness.js';

const TODAY = '2026-11-23';
// 民间借贷纠纷 in 民事案件案由规定 2025 (in force from 2026-01-01); it was 103.3 in the 2020 revision.
const PRIVATE_LOAN = '108.3';
// 11010519491231002X: valid GB 11643-1999 number, born 1949-12-31, sequence digit 2 (even) → female.
const ID = '11010519491231002X';

function complete(): FilingForCompleteness {
  return {
    plaintiff: {
      name: '张三',
      idNumber: ID,
      phone: '13812345678',
      address: '北京市朝阳区某街1号',
      sex: 'female',
      birthDate: '1949-12-31',
      ethnicity: '汉族',
      occupation: '退休',
      employer: '无',
    },
    defendants: [{ kind: 'person', name: '李四', idNumber: null, address: '北京市海淀区某路2号' }],
    claims: [{ text: '判令被告归还借款10000元', amountFen: 1_000_000, property: true }],
    factsAndReasons: '被告于2025年向原告借款10000元，到期未还。',
    causeOfActionCode: PRIVATE_LOAN,
    evidence: [{ name: '借条', source: '原告持有', purpose: '证明被告向原告借款50000元' }],
    witnesses: [{ name: '王五', address: '北京市西城区某巷3号' }],
    materials: [{ kind: 'complaint' }, { kind: 'evidence' }, { kind: 'identity' }],
  };
}

function organisationPlaintiff(f: FilingForCompleteness): void {
  f.plaintiff = {
    kind: 'organization',
    name: '某某有限公司',
    idNumber: null,
    creditCode: '91350100M000100Y43',
    phone: '13812345678',
    address: '福建省福州市某路1号',
    legalRepresentative: '赵六',
    legalRepresentativeTitle: '执行董事',
  };
  f.materials = [{ kind: 'complaint' }, { kind: 'evidence' }, { kind: 'business_licence' }, { kind: 'legal_rep_certificate' }];
}

type Mutate = (f: FilingForCompleteness) => void;

test('a complete filing passes', () => {
  expect(checkFilingCompleteness(complete(), TODAY)).toEqual({ ok: true });
});

test.each<[string, Mutate]>([
  // 民事诉讼法 Art. 124(1): age may come from the ID number, which contains the birth date (GB 11643-1999).
  ['person with ID number and no birth date', (f) => void (f.plaintiff.birthDate = null)],
  // Art. 124(1): or from a birth date when no ID number is given.
  ['person with birth date and no ID number', (f) => void (f.plaintiff.idNumber = null)],
  // 民事诉讼法 Art. 124(1): an organisation states name, domicile, legal representative and title; Registration Art. 6(1) papers.
  ['organisation plaintiff with its papers', organisationPlaintiff],
  // A claim that is not for money needs no amount; a costs claim may carry 0.
  [
    'non-property claims without amounts',
    (f) => {
      f.claims = [
        { text: '判令被告赔礼道歉', amountFen: null },
        { text: '诉讼费由被告负担', amountFen: 0 },
      ];
    },
  ],
  [
    'organisation defendant without credit code',
    (f) => void (f.defendants = [{ kind: 'organization', name: '某公司', address: '北京市' }]),
  ],
  // Registration Art. 6(2); 民诉法解释 Art. 88(1): a lawyer with power of attorney, practising certificate, firm letter.
  [
    'lawyer with all papers',
    (f) => {
      f.agents = [{ kind: 'lawyer', name: '钱律师', lawFirm: '某律师事务所' }];
      f.materials.push({ kind: 'power_of_attorney' }, { kind: 'lawyer_certificate' }, { kind: 'law_firm_letter' });
    },
  ],
  // Registration Art. 6(2): another agent: power of attorney and identity document; one shared power of attorney serves both.
  [
    'two agents sharing one power of attorney',
    (f) => {
      f.agents = [
        { kind: 'other', name: '孙七', idNumber: ID },
        { kind: 'lawyer', name: '钱律师' },
      ];
      f.materials.push(
        { kind: 'power_of_attorney' },
        { kind: 'agent_identity', agent: 0 },
        { kind: 'lawyer_certificate', agent: 1 },
        { kind: 'law_firm_letter', agent: 1 },
      );
    },
  ],
  // No evidence list or witnesses given: nothing to check (the evidence upload is checked separately).
  [
    'no evidence list, no witnesses',
    (f) => {
      delete f.evidence;
      delete f.witnesses;
    },
  ],
])('passes: %s', (_name, mutate) => {
  const f = complete();
  mutate(f);
  expect(checkFilingCompleteness(f, TODAY)).toEqual({ ok: true });
});

describe('one missing or wrong item gives exactly one issue', () => {
  const cases: Array<[string, Mutate, string, string]> = [
    // 民事诉讼法 Art. 124(1): the plaintiff's name, sex, age, ethnicity, occupation, employer, domicile, contact.
    ['plaintiff name blank', (f) => void (f.plaintiff.name = '  '), 'plaintiff.name', 'required'],
    ['plaintiff sex missing', (f) => void (f.plaintiff.sex = null), 'plaintiff.sex', 'required'],
    ['plaintiff sex absent', (f) => void delete f.plaintiff.sex, 'plaintiff.sex', 'required'],
    [
      'no birth date and no ID number',
      (f) => {
        f.plaintiff.idNumber = null;
        f.plaintiff.birthDate = undefined;
      },
      'plaintiff.birthDate',
      'required',
    ],
    [
      'birth date not a real date',
      (f) => {
        f.plaintiff.idNumber = null;
        f.plaintiff.birthDate = '1990-02-30';
      },
      'plaintiff.birthDate',
      'invalid',
    ],
    [
      'birth date in the future',
      (f) => {
        f.plaintiff.idNumber = null;
        f.plaintiff.birthDate = '2026-11-24';
      },
      'plaintiff.birthDate',
      'invalid',
    ],
    // GB 11643-1999: birth date and sex are encoded in the ID number and must agree with what is stated.
    ['birth date contradicts ID number', (f) => void (f.plaintiff.birthDate = '1949-12-30'), 'plaintiff.birthDate', 'mismatch'],
    ['sex contradicts ID number', (f) => void (f.plaintiff.sex = 'male'), 'plaintiff.sex', 'mismatch'],
    ['ethnicity missing', (f) => void (f.plaintiff.ethnicity = ''), 'plaintiff.ethnicity', 'required'],
    ['occupation missing', (f) => void (f.plaintiff.occupation = null), 'plaintiff.occupation', 'required'],
    ['employer missing', (f) => void (f.plaintiff.employer = ' '), 'plaintiff.employer', 'required'],
    ['plaintiff phone missing', (f) => void (f.plaintiff.phone = null), 'plaintiff.phone', 'required'],
    ['plaintiff phone not a mobile', (f) => void (f.plaintiff.phone = '010-1234'), 'plaintiff.phone', 'invalid'],
    ['plaintiff address missing', (f) => void (f.plaintiff.address = ''), 'plaintiff.address', 'required'],
    // GB 11643-1999: a given ID number must be valid (and then the birth date it would supply is not asked again).
    ['plaintiff ID checksum wrong', (f) => void (f.plaintiff.idNumber = '110105194912310021'), 'plaintiff.idNumber', 'invalid'],
    [
      'plaintiff ID wrong and no birth date',
      (f) => {
        f.plaintiff.idNumber = '110105194912310021';
        f.plaintiff.birthDate = null;
      },
      'plaintiff.idNumber',
      'invalid',
    ],
    // 民事诉讼法 Art. 124(1): an organisation's legal representative or principal, name and title.
    [
      'organisation: legal representative missing',
      (f) => {
        organisationPlaintiff(f);
        f.plaintiff.legalRepresentative = null;
      },
      'plaintiff.legalRepresentative',
      'required',
    ],
    [
      'organisation: title missing',
      (f) => {
        organisationPlaintiff(f);
        delete f.plaintiff.legalRepresentativeTitle;
      },
      'plaintiff.legalRepresentativeTitle',
      'required',
    ],
    [
      'organisation: credit code invalid (GB 32100-2015)',
      (f) => {
        organisationPlaintiff(f);
        f.plaintiff.creditCode = '91350100M000100Y44';
      },
      'plaintiff.creditCode',
      'invalid',
    ],
    // 登记立案规定 Art. 6(1): business licence and legal representative's certificate.
    [
      'organisation: no business licence',
      (f) => {
        organisationPlaintiff(f);
        f.materials = f.materials.filter((m) => m.kind !== 'business_licence');
      },
      'materials.business_licence',
      'required',
    ],
    [
      'organisation: no legal representative certificate',
      (f) => {
        organisationPlaintiff(f);
        f.materials = f.materials.filter((m) => m.kind !== 'legal_rep_certificate');
      },
      'materials.legal_rep_certificate',
      'required',
    ],
    // 登记立案规定 Art. 6(1): a natural person's identity document copy.
    [
      'person: no identity copy',
      (f) => void (f.materials = [{ kind: 'complaint' }, { kind: 'evidence' }]),
      'materials.identity',
      'required',
    ],
    // 民事诉讼法 Art. 122(2), 124(2); 登记立案规定 Art. 6(3): a definite defendant with name and domicile.
    ['no defendant', (f) => void (f.defendants = []), 'defendants', 'min_count'],
    ['defendant address missing', (f) => void (f.defendants[0]!.address = null), 'defendants.0.address', 'required'],
    ['defendant name missing', (f) => void (f.defendants[0]!.name = ''), 'defendants.0.name', 'required'],
    ['defendant ID invalid', (f) => void (f.defendants[0]!.idNumber = '123'), 'defendants.0.idNumber', 'invalid'],
    [
      'organisation defendant credit code invalid (GB 32100-2015)',
      (f) => void (f.defendants = [{ kind: 'organization', name: '某公司', creditCode: '91350100M000100Y44', address: '北京' }]),
      'defendants.0.creditCode',
      'invalid',
    ],
    // 民事诉讼法 Art. 122(3), 124(3): specific claims; a money claim states its amount (诉讼费用交纳办法 Art. 13).
    ['no claim', (f) => void (f.claims = []), 'claims', 'min_count'],
    ['claim text blank', (f) => void (f.claims[0]!.text = ' '), 'claims.0.text', 'required'],
    ['property claim without amount', (f) => void (f.claims[0]!.amountFen = null), 'claims.0.amountFen', 'required'],
    ['property claim of zero', (f) => void (f.claims[0]!.amountFen = 0), 'claims.0.amountFen', 'invalid'],
    ['negative amount', (f) => void (f.claims[0]!.amountFen = -1), 'claims.0.amountFen', 'invalid'],
    ['fractional fen', (f) => void (f.claims[0]!.amountFen = 10.5), 'claims.0.amountFen', 'invalid'],
    ['facts and reasons blank', (f) => void (f.factsAndReasons = '\n '), 'factsAndReasons', 'required'],
    // 民事案件案由规定: the cause must be a catalogue entry.
    ['no cause of action', (f) => void (f.causeOfActionCode = null), 'causeOfActionCode', 'required'],
    ['unknown cause of action', (f) => void (f.causeOfActionCode = '9999'), 'causeOfActionCode', 'unknown'],
    // 民事诉讼法 Art. 124(4): evidence and its source, witnesses' names and domiciles.
    ['evidence without source', (f) => void (f.evidence![0]!.source = null), 'evidence.0.source', 'required'],
    ['evidence without title', (f) => void (f.evidence![0]!.name = ''), 'evidence.0.name', 'required'],
    // 民事证据规定 Art. 19 / 民诉法解释 Art. 94: the evidence list states what each item is offered to prove.
    ['evidence without purpose', (f) => void (f.evidence![0]!.purpose = '  '), 'evidence.0.purpose', 'required'],
    ['evidence whose purpose was never given', (f) => void delete f.evidence![0]!.purpose, 'evidence.0.purpose', 'required'],
    ['witness without domicile', (f) => void (f.witnesses![0]!.address = ' '), 'witnesses.0.address', 'required'],
    ['witness without name', (f) => void (f.witnesses![0]!.name = ''), 'witnesses.0.name', 'required'],
    // 登记立案规定 Art. 6(4)(5): the complaint and the evidence.
    ['no complaint file', (f) => void (f.materials = [{ kind: 'evidence' }, { kind: 'identity' }]), 'materials.complaint', 'required'],
    ['no evidence file', (f) => void (f.materials = [{ kind: 'complaint' }, { kind: 'identity' }]), 'materials.evidence', 'min_count'],
    // 登记立案规定 Art. 6(2); 民事诉讼法 Art. 62: an agent files a power of attorney and proof of identity.
    [
      'other agent without identity document',
      (f) => {
        f.agents = [{ kind: 'other', name: '孙七' }];
        f.materials.push({ kind: 'power_of_attorney' });
      },
      'agents.0.materials.agent_identity',
      'required',
    ],
    [
      'other agent without power of attorney',
      (f) => {
        f.agents = [{ kind: 'other', name: '孙七' }];
        f.materials.push({ kind: 'agent_identity' });
      },
      'agents.0.materials.power_of_attorney',
      'required',
    ],
    // 民诉法解释 Art. 88(1): a lawyer's practising certificate and the law firm's letter.
    [
      'lawyer without practising certificate',
      (f) => {
        f.agents = [{ kind: 'lawyer', name: '钱律师' }];
        f.materials.push({ kind: 'power_of_attorney' }, { kind: 'law_firm_letter' });
      },
      'agents.0.materials.lawyer_certificate',
      'required',
    ],
    [
      'lawyer without firm letter',
      (f) => {
        f.agents = [{ kind: 'lawyer', name: '钱律师' }];
        f.materials.push({ kind: 'power_of_attorney' }, { kind: 'lawyer_certificate' });
      },
      'agents.0.materials.law_firm_letter',
      'required',
    ],
    [
      'a paper linked to one agent does not serve another',
      (f) => {
        f.agents = [
          { kind: 'lawyer', name: '钱律师' },
          { kind: 'lawyer', name: '周律师' },
        ];
        f.materials.push({ kind: 'power_of_attorney' }, { kind: 'law_firm_letter' }, { kind: 'lawyer_certificate', agent: 0 });
      },
      'agents.1.materials.lawyer_certificate',
      'required',
    ],
    [
      'agent name missing',
      (f) => {
        f.agents = [{ kind: 'other', name: ' ' }];
        f.materials.push({ kind: 'power_of_attorney' }, { kind: 'agent_identity' });
      },
      'agents.0.name',
      'required',
    ],
    [
      'agent ID invalid (GB 11643-1999)',
      (f) => {
        f.agents = [{ kind: 'other', name: '孙七', idNumber: '110105194912310021' }];
        f.materials.push({ kind: 'power_of_attorney' }, { kind: 'agent_identity' });
      },
      'agents.0.idNumber',
      'invalid',
    ],
  ];
  test.each(cases)('%s', (_name, mutate, path, code) => {
    const f = complete();
    mutate(f);
    expect(checkFilingCompleteness(f, TODAY)).toEqual({ ok: false, issues: [{ path, code }] });
  });
});

// 民事案件案由规定: the code is looked up in the revision in force on the filing day.
test.each([
  ['2025-11-23', '103.3', true], // 2020 revision (法〔2020〕346号): 103.3 民间借贷纠纷
  ['2026-11-23', PRIVATE_LOAN, true], // 2025 revision, in force from 2026-01-01
  ['2020-12-31', '103.3', false], // before the earliest revision we hold
])('cause of action on %s: %s known = %s', (day, code, known) => {
  const f = complete();
  f.causeOfActionCode = code;
  const r = checkFilingCompleteness(f, day);
  expect(r).toEqual(known ? { ok: true } : { ok: false, issues: [{ path: 'causeOfActionCode', code: 'unknown' }] });
});

test('an input in the first release shape still type-checks and is judged by the full rules', () => {
  const legacy: FilingForCompleteness = {
    plaintiff: { name: '张三', idNumber: ID, phone: '13812345678', address: '北京市朝阳区某街1号' },
    defendants: [{ kind: 'person', name: '李四', address: '北京市海淀区某路2号' }],
    claims: [{ text: '判令被告归还借款10000元', amountFen: 1_000_000 }],
    factsAndReasons: '被告借款未还。',
    causeOfActionCode: PRIVATE_LOAN,
    materials: [{ kind: 'complaint' }, { kind: 'evidence' }],
  };
  expect(checkFilingCompleteness(legacy, TODAY)).toEqual({
    ok: false,
    issues: [
      { path: 'plaintiff.sex', code: 'required' },
      { path: 'plaintiff.ethnicity', code: 'required' },
      { path: 'plaintiff.occupation', code: 'required' },
      { path: 'plaintiff.employer', code: 'required' },
      { path: 'materials.identity', code: 'required' },
    ],
  });
});

test('everything missing is reported at once, in form order (一次性告知, 登记立案规定 Art. 7)', () => {
  const f: FilingForCompleteness = {
    plaintiff: { kind: 'organization', name: '', idNumber: null, phone: null, address: null, creditCode: 'bad' },
    defendants: [
      { kind: 'person', name: '李四', address: '北京' },
      { kind: 'organization', name: '', creditCode: 'bad', address: null },
    ],
    claims: [{ text: '', amountFen: -5 }],
    factsAndReasons: '',
    causeOfActionCode: null,
    evidence: [{ name: '', source: '' }],
    witnesses: [{ name: '', address: null }],
    agents: [{ kind: 'lawyer', name: '' }],
    materials: [{ kind: 'other' }],
  };
  expect(checkFilingCompleteness(f, TODAY)).toEqual({
    ok: false,
    issues: [
      { path: 'plaintiff.name', code: 'required' },
      { path: 'plaintiff.creditCode', code: 'invalid' },
      { path: 'plaintiff.legalRepresentative', code: 'required' },
      { path: 'plaintiff.legalRepresentativeTitle', code: 'required' },
      { path: 'plaintiff.phone', code: 'required' },
      { path: 'plaintiff.address', code: 'required' },
      { path: 'defendants.1.name', code: 'required' },
      { path: 'defendants.1.address', code: 'required' },
      { path: 'defendants.1.creditCode', code: 'invalid' },
      { path: 'claims.0.text', code: 'required' },
      { path: 'claims.0.amountFen', code: 'invalid' },
      { path: 'factsAndReasons', code: 'required' },
      { path: 'causeOfActionCode', code: 'required' },
      { path: 'evidence.0.name', code: 'required' },
      { path: 'evidence.0.source', code: 'required' },
      { path: 'evidence.0.purpose', code: 'required' },
      { path: 'witnesses.0.name', code: 'required' },
      { path: 'witnesses.0.address', code: 'required' },
      { path: 'agents.0.name', code: 'required' },
      { path: 'materials.complaint', code: 'required' },
      { path: 'materials.evidence', code: 'min_count' },
      { path: 'materials.business_licence', code: 'required' },
      { path: 'materials.legal_rep_certificate', code: 'required' },
      { path: 'agents.0.materials.power_of_attorney', code: 'required' },
      { path: 'agents.0.materials.lawyer_certificate', code: 'required' },
      { path: 'agents.0.materials.law_firm_letter', code: 'required' },
    ],
  });
});

// 登记立案规定 Art. 6(4): copies as many as defendants and other parties — generated online, not uploaded.
test.each([
  [1, 0, 1],
  [3, 0, 3],
  [2, 1, 3],
])('complaint copies for %i defendants and %i other parties: %i', (defendants, others, copies) => {
  const f = complete();
  f.defendants = Array.from({ length: defendants }, () => f.defendants[0]!);
  expect(complaintCopiesNeeded(f, others)).toBe(copies);
  expect(checkFilingCompleteness(f, TODAY)).toEqual({ ok: true });
});
