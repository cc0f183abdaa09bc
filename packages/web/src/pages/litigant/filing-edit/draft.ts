// Form values of the filing editor ↔ the API's draft body and view. Pure, so it is tested alone.
import type { FilingDraftBody, FilingView, PartyInput, PartyView } from '@lian/contract';
import { fenToYuanInput, yuanToFen } from '../../../lib/money';

export interface DefendantValues {
  kind: 'person' | 'organization';
  name?: string;
  sex?: 'male' | 'female';
  idNumber?: string;
  phone?: string;
  address?: string;
  creditCode?: string;
  legalRepresentative?: string;
}

export interface EditorValues {
  plaintiff: { phone?: string; address?: string; ethnicity?: string; occupation?: string; employer?: string };
  defendants: DefendantValues[];
  claims: { text?: string; amountYuan?: string }[];
  factsAndReasons?: string;
  causeOfActionCode?: string | null;
}

/** The editor's steps, in order; an error path's first segment tells which step it belongs to. */
export const steps = ['plaintiff', 'defendants', 'claims', 'materials', 'confirm'] as const;
export type StepKey = (typeof steps)[number];

const stepOfField: Record<string, StepKey> = {
  plaintiff: 'plaintiff',
  plaintiffs: 'plaintiff',
  defendants: 'defendants',
  claims: 'claims',
  factsAndReasons: 'claims',
  causeOfAction: 'claims',
  causeOfActionCode: 'claims',
  materials: 'materials',
};

export function stepOfPath(path: string): number {
  const head = path.split(/[.[]/)[0] ?? '';
  return steps.indexOf(stepOfField[head] ?? 'confirm');
}

const opt = (v: string | null | undefined): string | undefined => {
  const s = v?.trim();
  return s ? s : undefined;
};

function partyToValues(p: PartyView): DefendantValues {
  return p.kind === 'person'
    ? {
        kind: 'person',
        name: p.name,
        sex: p.sex ?? undefined,
        idNumber: p.idNumber ?? undefined,
        phone: p.phone ?? undefined,
        address: p.address ?? '',
      }
    : {
        kind: 'organization',
        name: p.name,
        creditCode: p.creditCode ?? undefined,
        legalRepresentative: p.legalRepresentative ?? '',
        phone: p.phone ?? undefined,
        address: p.address ?? '',
      };
}

export function valuesFromView(filing: FilingView): EditorValues {
  return {
    plaintiff: {
      phone: filing.plaintiffContact.phone ?? '',
      address: filing.plaintiffContact.address ?? '',
      ethnicity: filing.plaintiffContact.ethnicity,
      occupation: filing.plaintiffContact.occupation,
      employer: filing.plaintiffContact.employer,
    },
    defendants: filing.defendants.length > 0 ? filing.defendants.map(partyToValues) : [{ kind: 'person' }],
    claims:
      filing.claims.length > 0
        ? filing.claims.map((c) => ({ text: c.text, amountYuan: fenToYuanInput(c.amountFen) }))
        : [{ text: '', amountYuan: '' }],
    factsAndReasons: filing.factsAndReasons,
    causeOfActionCode: filing.causeOfAction?.code ?? null,
  };
}

function defendantToInput(d: DefendantValues): PartyInput {
  if (d.kind === 'organization') {
    return {
      kind: 'organization',
      name: d.name?.trim() ?? '',
      creditCode: opt(d.creditCode)?.toUpperCase(),
      legalRepresentative: d.legalRepresentative?.trim() ?? '',
      phone: opt(d.phone),
      address: d.address?.trim() ?? '',
    };
  }
  return {
    kind: 'person',
    name: d.name?.trim() ?? '',
    idNumber: opt(d.idNumber)?.toUpperCase(),
    sex: d.sex,
    phone: opt(d.phone),
    address: d.address?.trim() ?? '',
  };
}

/**
 * The PUT body. Claim amounts go from yuan text to integer fen; a claim left entirely empty is dropped.
 * The filer's own draft comes with full personal data (personalData: 'full'), so values round-trip as typed.
 */
export function draftBodyFromValues(values: EditorValues): FilingDraftBody {
  const claims = (values.claims ?? [])
    .map((c) => ({ text: c.text?.trim() ?? '', amountFen: yuanToFen(c.amountYuan ?? '') }))
    .filter((c) => c.text !== '' || c.amountFen !== null)
    .map((c) => ({ text: c.text, amountFen: c.amountFen !== null && Number.isNaN(c.amountFen) ? null : c.amountFen }));
  return {
    plaintiff: {
      phone: values.plaintiff?.phone?.trim() ?? '',
      address: values.plaintiff?.address?.trim() ?? '',
      ethnicity: values.plaintiff?.ethnicity?.trim() ?? '',
      occupation: values.plaintiff?.occupation?.trim() ?? '',
      employer: values.plaintiff?.employer?.trim() ?? '',
    },
    defendants: (values.defendants ?? []).filter((d) => d && d.kind).map(defendantToInput),
    claims,
    factsAndReasons: values.factsAndReasons?.trim() ?? '',
    causeOfActionCode: values.causeOfActionCode ?? null,
  };
}

/** A masked value (should the server ever send one back); not checked again on the client. */
export function isMasked(value: string | undefined): boolean {
  return !!value && value.includes('*');
}

const plaintiffFields = ['phone', 'address', 'ethnicity', 'occupation', 'employer'];

/** Whether an error path (as a form name) points at an input of the editor, so the error can sit beside it. */
export function isEditorField(name: readonly (string | number)[]): boolean {
  const [head, second, third] = name;
  switch (head) {
    case 'factsAndReasons':
    case 'causeOfActionCode':
      return name.length === 1;
    case 'plaintiff':
      return name.length === 2 && typeof second === 'string' && plaintiffFields.includes(second);
    case 'defendants':
    case 'claims':
      return name.length === 3 && typeof second === 'number' && typeof third === 'string';
    default:
      return false;
  }
}
