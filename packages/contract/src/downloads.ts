// Short-lived download links of a filing's files: the API hands out URLs carrying a token that is valid
// for a few minutes and only together with the session (cookie) that asked for it, so a URL copied out of
// the browser — into a chat, a log, another person's browser — opens nothing.
import { z } from 'zod';
import { instant, uuid } from './common.js';

export const materialLink = z.object({
  materialId: uuid,
  /** The file itself (GET, answers Range requests with the same token while it is valid). */
  contentUrl: z.string(),
  /** The EXIF-free preview image, when the material has one. */
  previewUrl: z.string().nullable(),
});
export type MaterialLink = z.infer<typeof materialLink>;

export const materialLinksResponse = z.object({
  /** When every link of this answer stops working; ask again for fresh ones before then. */
  expiresAt: instant,
  links: z.array(materialLink),
});
export type MaterialLinksResponse = z.infer<typeof materialLinksResponse>;

/** The token of a download link, as its `token` query parameter. */
export const downloadTokenQuery = z.object({ token: z.string().max(200).optional() });

/** A link to the PDF of a document the court issued on a filing (GET /api/filings/{id}/document-links). */
export const documentLink = z.object({
  documentId: uuid,
  /** The PDF (GET, answers Range requests with the same token while it is valid). */
  contentUrl: z.string(),
});
export type DocumentLink = z.infer<typeof documentLink>;

export const documentLinksResponse = z.object({
  /** When every link of this answer stops working; ask again for fresh ones before then. */
  expiresAt: instant,
  links: z.array(documentLink),
});
export type DocumentLinksResponse = z.infer<typeof documentLinksResponse>;
