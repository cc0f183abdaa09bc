// HTTP Range requests (RFC 9110 §14) for file downloads, so audio and video can seek: one byte range,
// `bytes=a-b`, `bytes=a-` or `bytes=-n`; several ranges or an unparseable header are answered in full, and a
// range outside the file with 416. The body is read from the range's offset (see openMaterial).
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
