import { materialKinds as domainMaterialKinds, type MaterialKind } from '@lian/domain';
import { z } from 'zod';
import { calendarDate, fen, instant, text, uuid } from './common.js';
import { correctionItem, correctionSections, feeView, procedures, rejectionGroundView } from './decisions.js';

export const caseTypes = ['civil_first_instance'] as const;
/** The workflow states of @lian/domain (its order after the first three, which came first). */
export const filingStates = [
  'draft',
  'submitted',
  'accepted',
  'under_review',
  'correction_requested',
  'corrected',
  'returned',
  'insisted',
  'fees_settled',
  'rejected',
  'withdrawn',
  'treated_as_withdrawn',
] as const;
export type FilingState = (typeof filingStates)[number];

/** The kinds of file a filing carries, as the domain's registration rules name them. */
export const materialKinds = domainMaterialKinds as readonly [MaterialKind, ...MaterialKind[]];
export type { MaterialKind };

/** A defendant or other party as the filer types it. Every field optional while drafting. */
export const personPartyInput = z.object({
  kind: z.literal('person'),
  name: text(50),
  /** Resident ID number (GB 11643); optional for a defendant whose number the filer does not know. */
  idNumber: z.string().trim().max(32).optional(),
  sex: z.enum(['male', 'female']).optional(),
  phone: z.string().trim().max(20).optional(),
  address: text(200),
});
export const organizationPartyInput = z.object({
  kind: z.literal('organization'),
  name: text(100),
  /** Unified social credit code (GB 32100). */
  creditCode: z.string().trim().max(32).optional(),
  legalRepresentative: text(50),
  phone: z.string().trim().max(20).optional(),
  address: text(200),
});
export const partyInput = z.discriminatedUnion('kind', [personPartyInput, organizationPartyInput]);
export type PartyInput = z.infer<typeof partyInput>;

export const claimInput = z.object({
  text: text(1000),
  /** Amount claimed in fen, when the claim is for money. */
  amountFen: fen.nullable().default(null),
});

export const filingDraftBody = z.object({
  /** The filer's own contact details as plaintiff; name and ID number come from the verified account. */
  plaintiff: z.object({
    phone: z.string().trim().max(20),
    address: text(200),
    /** 民族, 职业, 工作单位: required in a complaint by 民事诉讼法 Art. 124(1); "无" is an answer. */
    ethnicity: text(20).default(''),
    occupation: text(50).default(''),
    employer: text(100).default(''),
  }),
  defendants: z.array(partyInput).max(20),
  claims: z.array(claimInput).max(30),
  factsAndReasons: text(20000),
  causeOfActionCode: z.string().trim().max(20).nullable(),
});
export type FilingDraftBody = z.infer<typeof filingDraftBody>;

export const createFilingBody = z.object({
  courtId: uuid,
  caseType: z.enum(caseTypes).default('civil_first_instance'),
});

export const partyView = z.object({
  id: uuid,
  role: z.enum(['plaintiff', 'defendant']),
  kind: z.enum(['person', 'organization']),
  name: z.string(),
  /** Resident ID number: full in the filer's own draft, otherwise masked (110105********123X). */
  idNumber: z.string().nullable(),
  creditCode: z.string().nullable(),
  sex: z.enum(['male', 'female']).nullable(),
  legalRepresentative: z.string().nullable(),
  /** Full or masked like idNumber. */
  phone: z.string().nullable(),
  address: z.string().nullable(),
});
export type PartyView = z.infer<typeof partyView>;

export const materialView = z.object({
  id: uuid,
  kind: z.enum(materialKinds),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedAt: instant,
  /** Facts found when the file was inspected; null where they do not apply. */
  pageCount: z.number().int().nullable(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  durationMs: z.number().int().nullable(),
  /** An EXIF-free preview image is available at …/materials/:materialId/preview. */
  hasPreview: z.boolean(),
  /** The entry of the evidence list (证据目录) for an evidence file, null for other kinds. */
  evidence: z
    .object({
      /** 1-based place in the list. */
      position: z.number().int(),
      name: z.string().nullable(),
      /** 证据来源 */
      source: z.string().nullable(),
      /** 证明目的 */
      purpose: z.string().nullable(),
      /** 原件 / 复印件 */
      original: z.enum(['original', 'copy']).nullable(),
      pageCount: z.number().int().nullable(),
    })
    .nullable(),
});
export type MaterialView = z.infer<typeof materialView>;

export const timelineEvent = z.object({
  at: instant,
  type: z.enum([
    'filing.created',
    'material.added',
    'material.removed',
    'filing.submitted',
    'filing.accepted',
    'filing.correction_requested',
    'filing.corrected',
    'filing.returned',
    'filing.insisted',
    'filing.rejected',
    'filing.registered_first',
    'filing.assigned',
    'document.issued',
    'fee.paid',
    'fee.refund_recorded',
    'fee.aid_applied',
    'fee.aid_granted',
    'fee.aid_refused',
    'fee.settled_by_aid',
    'filing.treated_as_withdrawn',
  ]),
  actorName: z.string().nullable(),
  /** Event-specific facts, e.g. { caseNumber } for filing.accepted. */
  data: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
});
export type TimelineEvent = z.infer<typeof timelineEvent>;

export const filingView = z.object({
  id: uuid,
  state: z.enum(filingStates),
  caseType: z.enum(caseTypes),
  court: z.object({ id: uuid, code: z.string(), name: z.string() }),
  /** Receipt number (收到诉状凭证编号), given on submission. */
  receiptNumber: z.string().nullable(),
  plaintiffs: z.array(partyView),
  defendants: z.array(partyView),
  plaintiffContact: z.object({
    phone: z.string().nullable(),
    address: z.string().nullable(),
    ethnicity: z.string(),
    occupation: z.string(),
    employer: z.string(),
  }),
  /** 'full' when the viewer sees personal data unmasked (the filer's own draft), else 'masked'. */
  personalData: z.enum(['full', 'masked']),
  claims: z.array(z.object({ text: z.string(), amountFen: fen.nullable() })),
  claimAmountFen: fen,
  factsAndReasons: z.string(),
  causeOfAction: z.object({ code: z.string(), name: z.string() }).nullable(),
  materials: z.array(materialView),
  createdAt: instant,
  submittedAt: instant.nullable(),
  /** Last day of the decision period (7 days for a civil case), in the court's zone. */
  decisionDueDate: calendarDate.nullable(),
  /** Days left until the decision is due, counted in the court's zone; negative when overdue. */
  daysLeft: z.number().int().nullable(),
  /** Case number (案号), e.g. （2026）京0105民初1号. */
  caseNumber: z.string().nullable(),
  acceptedAt: instant.nullable(),
  timeline: z.array(timelineEvent),
  /** What the viewer may do now; the server enforces the same rules. */
  allowed: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    accept: z.boolean(),
    requestCorrection: z.boolean(),
    reject: z.boolean(),
    assign: z.boolean(),
    insist: z.boolean(),
  }),
  /** While a correction notice runs: the sections the filer may change; 'all' for a draft; [] otherwise. */
  editableSections: z.union([z.literal('all'), z.array(z.enum(correctionSections))]),
  /** Registration (立案): procedure, fee with its explanation, last day to pay. */
  acceptance: z
    .object({
      procedure: z.enum(procedures),
      registeredFirst: z.boolean(),
      fee: feeView,
      feeDueDate: calendarDate.nullable(),
    })
    .nullable(),
  /** The one-time correction notice (一次性告知), while it runs and after. */
  correction: z
    .object({
      items: z.array(correctionItem),
      dueDate: calendarDate,
      requestedAt: instant,
      correctedAt: instant.nullable(),
      returnedAt: instant.nullable(),
      insistedAt: instant.nullable(),
    })
    .nullable(),
  /** The ruling not to accept (裁定不予受理) and how to appeal it. */
  rejection: z
    .object({
      ground: rejectionGroundView,
      reason: z.string(),
      rejectedAt: instant,
      appealDueDate: calendarDate.nullable(),
      appealCourt: z.string().nullable(),
    })
    .nullable(),
  assignedJudge: z.object({ id: uuid, name: z.string() }).nullable(),
});
export type FilingView = z.infer<typeof filingView>;
export const filingResponse = z.object({ filing: filingView });

export const filingSummary = z.object({
  id: uuid,
  state: z.enum(filingStates),
  court: z.object({ id: uuid, code: z.string(), name: z.string() }),
  receiptNumber: z.string().nullable(),
  caseNumber: z.string().nullable(),
  causeOfAction: z.object({ code: z.string(), name: z.string() }).nullable(),
  defendantNames: z.array(z.string()),
  createdAt: instant,
  submittedAt: instant.nullable(),
});
export type FilingSummary = z.infer<typeof filingSummary>;
export const filingListResponse = z.object({ filings: z.array(filingSummary) });

export const materialUploadQuery = z.object({
  kind: z.enum(materialKinds),
  /** Original file name, UTF-8; the server rejects path separators and control characters. */
  fileName: z.string().min(1).max(255),
  /** A material of the same draft this upload replaces: the old one is removed in the same transaction. */
  replaces: uuid.optional(),
});
export const materialParams = z.object({ id: uuid, materialId: uuid });
export const materialResponse = z.object({ material: materialView });

/** The evidence-list fields of one evidence file; every field is saved as given (blank clears it). */
export const evidenceFieldsBody = z.object({
  name: text(200),
  source: text(500),
  purpose: text(2000),
  original: z.enum(['original', 'copy']).nullable(),
  pageCount: z.number().int().positive().max(100000).nullable(),
});
export type EvidenceFieldsBody = z.infer<typeof evidenceFieldsBody>;

/** The new order of the evidence list: every evidence file of the filing, each once. */
export const evidenceOrderBody = z.object({ materialIds: z.array(uuid).max(100) });
export const materialListResponse = z.object({ materials: z.array(materialView) });
