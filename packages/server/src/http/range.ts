// HTTP Range requests (RFC 9110 §14) for file downloads, so audio and video can seek: one byte range,
// `bytes=a-b`, `bytes=a-` or `bytes=-n`; several ranges or an unparseable header are answered in full, and a
// range outside the file with 416. The body is the full stream cut to the range.
import { Transform, type Readable } from 'node:stream';

export type RangeAnswer = { kind: 'full' } | { kind: 'partial'; start: number; end: number } | { kind: 'unsatisfiable' };

export function parseRange(header: string | undefined, size: number): RangeAnswer {
  if (!header) return { kind: 'full' };
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return { kind: 'full' };
  let start: number;
  let end: number;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return { kind: 'unsatisfiable' };
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
    if (m[2] !== '' && Number(m[2]) < start) return { kind: 'full' };
  }
  if (start >= size || !Number.isSafeInteger(start)) return { kind: 'unsatisfiable' };
  return { kind: 'partial', start, end };
}

/** Passes on only bytes start..end (inclusive) of the stream, reading it to its end so its checks still run. */
export function sliceStream(source: Readable, start: number, end: number): Readable {
  let at = 0;
  const cut = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      const from = Math.max(start - at, 0);
      const to = Math.min(end + 1 - at, chunk.length);
      at += chunk.length;
      cb(null, to > from ? chunk.subarray(from, to) : undefined);
    },
  });
  source.on('error', (e) => cut.destroy(e));
  cut.on('close', () => source.destroy());
  return source.pipe(cut);
}
