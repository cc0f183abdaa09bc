// Shapes of the court's decisions shared by the filing view and the review routes.
import { correctionSections as domainSections, procedures as domainProcedures, type CorrectionSection, type Procedure } from '@lian/domain';
import { z } from 'zod';
import { fen, text } from './common.js';

export type { CorrectionSection, Procedure };
export const procedures = domainProcedures as readonly [Procedure, ...Procedure[]];
export const correctionSections = domainSections as readonly [CorrectionSection, ...CorrectionSection[]];

const bilingual = z.object({ 'zh-CN': z.string(), en: z.string() });

/** An acceptance fee as calculated by the domain's calculator (诉讼费用交纳办法), bracket by bracket. */
export const feeView = z.object({
  totalFen: fen,
  lines: z.array(z.object({ label: bilingual, baseFen: fen, rate: z.string().nullable(), amountFen: fen, source: z.string() })),
  reductions: z.array(z.object({ label: bilingual, amountFen: fen, source: z.string() })),
  explanation: bilingual,
});
export type FeeView = z.infer<typeof feeView>;

/** One item of a correction notice: the section it concerns and what to correct, as the clerk wrote it. */
export const correctionItem = z.object({ section: z.enum(correctionSections), text: text(500).min(1) });
export type CorrectionItem = z.infer<typeof correctionItem>;

export const rejectionGroundView = z.object({ code: z.string(), label: bilingual, basis: z.string() });
export type RejectionGroundView = z.infer<typeof rejectionGroundView>;
