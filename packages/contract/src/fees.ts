// Fees and payment (issue #7 §4): the fee card of a registered case, starting a payment at the gateway,
// judicial-aid applications (司法救助: 缓交 / 减交 / 免交) and the clerk's decision, refunds.
import { z } from 'zod';
import { calendarDate, fen, instant, text, uuid } from './common.js';
import { feeView } from './decisions.js';

export const judicialAidTypes = ['deferral', 'reduction', 'exemption'] as const;
export type JudicialAidTypeCode = (typeof judicialAidTypes)[number];
const bilingual = z.object({ 'zh-CN': z.string(), en: z.string() });

export const judicialAidApplicationView = z.object({
  id: uuid,
  type: z.enum(judicialAidTypes),
  grounds: z.array(z.object({ id: z.string(), label: bilingual, source: z.string() })),
  reductionPercent: z.number().int().nullable(),
  otherDescription: z.string().nullable(),
  statement: z.string(),
  proofMaterialIds: z.array(uuid),
  state: z.enum(['pending', 'granted', 'refused']),
  createdAt: instant,
  decidedAt: instant.nullable(),
  grantedPercent: z.number().int().nullable(),
  deferredUntil: calendarDate.nullable(),
  decisionReason: z.string().nullable(),
});
export type JudicialAidApplicationView = z.infer<typeof judicialAidApplicationView>;

export const refundView = z.object({
  id: uuid,
  amountFen: fen,
  reason: z.enum(['duplicate_payment', 'judicial_aid_after_payment']),
  basis: z.string(),
  createdAt: instant,
});
export type RefundView = z.infer<typeof refundView>;

export const feeStatus = z.object({
  /** unregistered: no fee yet; due: to pay by dueDate; paid / settled_by_aid: fees settled; lapsed: treated as withdrawn. */
  status: z.enum(['unregistered', 'due', 'paid', 'settled_by_aid', 'lapsed']),
  fee: feeView.nullable(),
  amountDueFen: fen.nullable(),
  dueDate: calendarDate.nullable(),
  /** Calendar days left in the court's zone (0: due today, negative: overdue). */
  daysLeft: z.number().int().nullable(),
  paidFen: fen,
  paidAt: instant.nullable(),
  applications: z.array(judicialAidApplicationView),
  refunds: z.array(refundView),
  /** What the viewer may do now. */
  can: z.object({ pay: z.boolean(), applyForAid: z.boolean(), decideAid: z.boolean() }),
});
export type FeeStatus = z.infer<typeof feeStatus>;
export const feeStatusResponse = z.object({ fees: feeStatus });

export const startPaymentResponse = z.object({ orderId: uuid, amountFen: fen, redirectUrl: z.string() });
export type StartPaymentResponse = z.infer<typeof startPaymentResponse>;

export const judicialAidBody = z.object({
  type: z.enum(judicialAidTypes),
  grounds: z.array(z.string().max(80)).min(1).max(10),
  reductionPercent: z.number().int().optional(),
  otherDescription: text(1000).optional(),
  /** The written application (书面申请): the applicant's situation in their own words. */
  statement: text(4000).min(10),
  /** Proof (证明材料): materials of this filing already uploaded. */
  proofMaterialIds: z.array(uuid).max(20).default([]),
});
export type JudicialAidBody = z.infer<typeof judicialAidBody>;

export const judicialAidDecisionBody = z.discriminatedUnion('grant', [
  z.object({
    grant: z.literal(true),
    /** Reduction: the share waived, within the domain's limits (30–99 %). */
    percent: z.number().int().optional(),
    /** Deferral: the new last day to pay. */
    deferredUntil: calendarDate.optional(),
    reason: text(1000).optional(),
  }),
  z.object({
    grant: z.literal(false),
    reason: text(1000).min(2),
    /**
     * While the fee is unpaid: the period the court sets to pay after the refusal (诉讼费用交纳办法 Art. 22 para. 4:
     * "在人民法院指定期限内仍未交纳"; 民诉法解释 Art. 213: "未获批准而仍不预交的"). Required then, at least tomorrow.
     */
    payBy: calendarDate.optional(),
  }),
]);
export type JudicialAidDecisionBody = z.infer<typeof judicialAidDecisionBody>;

export const judicialAidKindsResponse = z.object({
  kinds: z.array(
    z.object({
      type: z.enum(judicialAidTypes),
      label: bilingual,
      source: z.string(),
      grounds: z.array(z.object({ id: z.string(), label: bilingual, source: z.string(), catchAll: z.boolean() })),
    }),
  ),
  requirements: bilingual.extend({ source: z.string() }),
  minReductionPercent: z.number().int(),
});
export type JudicialAidKinds = z.infer<typeof judicialAidKindsResponse>;
