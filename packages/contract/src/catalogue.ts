import { z } from 'zod';
import { uuid } from './common.js';

export const court = z.object({
  id: uuid,
  /** Court designation (法院代字), e.g. 京0105. */
  code: z.string(),
  name: z.string(),
  timezone: z.string(),
});
export type Court = z.infer<typeof court>;
export const courtsResponse = z.object({ courts: z.array(court) });

export const causeOfActionQuery = z.object({
  q: z.string().trim().max(50).default(''),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export const causeOfAction = z.object({
  code: z.string(),
  name: z.string(),
  /** Names of the ancestors, from the top level down, e.g. ["合同、准合同纠纷", "合同纠纷"]. */
  path: z.array(z.string()),
});
export type CauseOfAction = z.infer<typeof causeOfAction>;
export const causesOfActionResponse = z.object({ version: z.string(), items: z.array(causeOfAction) });
