// Sending a stored file of a filing (a material, an issued document) the same way everywhere: one byte
// range or the whole file, its SHA-256, a file name that survives any browser (RFC 6266 / 5987: an ASCII
// fallback and the UTF-8 name percent-encoded), never cached, and nothing in it allowed to run or load
// when the app's own pages frame it (a PDF, audio, video). Also: the session a download link is bound to.
import type { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../modules/identity/routes.js';
import { sessionBinding } from '../modules/filing/download-links.js';
import type { RangeAnswer } from './range.js';

export interface StoredFile {
  stream: Readable;
  range: RangeAnswer;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/** The session a download link is bound to (the route's `auth: 'user'` has checked the cookie). */
export const linkSessionOf = (req: FastifyRequest) => sessionBinding(req.cookies[SESSION_COOKIE] ?? '');

/** `inline` to be shown in the page (materials), `attachment` to be saved (issued documents). */
export function sendStoredFile(reply: FastifyReply, f: StoredFile, disposition: 'inline' | 'attachment') {
  const ascii = f.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  reply
    .type(f.mediaType)
    .header('accept-ranges', 'bytes')
    .header('content-disposition', `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(f.fileName)}`)
    .header('x-content-sha256', f.sha256)
    .header('cache-control', 'private, no-store')
    .header(
      'content-security-policy',
      "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'self'",
    )
    .header('x-frame-options', 'SAMEORIGIN');
  const range = f.range;
  if (range.kind === 'unsatisfiable') {
    f.stream.destroy();
    return reply.status(416).header('content-range', `bytes */${f.size}`).send();
  }
  if (range.kind === 'partial') {
    return reply
      .status(206)
      .header('content-range', `bytes ${range.start}-${range.end}/${f.size}`)
      .header('content-length', range.end - range.start + 1)
      .send(f.stream);
  }
  return reply.header('content-length', f.size).send(f.stream);
}
