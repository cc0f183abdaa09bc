// Audio and video: the duration where the container states it (WAV's data size and byte rate, the
// 'mvhd' box of MP4/MOV/M4A), read from the headers without decoding. Other formats report none.
import { type FileHandle, open } from 'node:fs/promises';

async function read(fh: FileHandle, at: number, n: number): Promise<Buffer> {
  const b = Buffer.alloc(n);
  const { bytesRead } = await fh.read(b, 0, n, at);
  return b.subarray(0, bytesRead);
}

async function wavDuration(fh: FileHandle, size: number): Promise<number | undefined> {
  let at = 12;
  let byteRate = 0;
  for (let i = 0; i < 64 && at + 8 <= size; i++) {
    const h = await read(fh, at, 16);
    if (h.length < 8) return undefined;
    const id = h.toString('latin1', 0, 4);
    const len = h.readUInt32LE(4);
    if (id === 'fmt ' && h.length >= 16) byteRate = (await read(fh, at + 8, 16)).readUInt32LE(8);
    if (id === 'data') return byteRate > 0 ? Math.round((Math.min(len, size - at - 8) / byteRate) * 1000) : undefined;
    at += 8 + len + (len % 2);
  }
  return undefined;
}

/** Walks ISO-BMFF boxes from `start` to `end` looking for `type`; returns its body's offset and size. */
async function findBox(fh: FileHandle, start: number, end: number, type: string): Promise<{ at: number; size: number } | undefined> {
  let at = start;
  for (let i = 0; i < 1000 && at + 8 <= end; i++) {
    const h = await read(fh, at, 16);
    if (h.length < 8) return undefined;
    let len = h.readUInt32BE(0);
    let header = 8;
    if (len === 1 && h.length >= 16) {
      len = Number(h.readBigUInt64BE(8));
      header = 16;
    } else if (len === 0) len = end - at;
    if (len < header) return undefined;
    if (h.toString('latin1', 4, 8) === type) return { at: at + header, size: len - header };
    at += len;
  }
  return undefined;
}

async function isoDuration(fh: FileHandle, size: number): Promise<number | undefined> {
  const moov = await findBox(fh, 0, size, 'moov');
  if (!moov) return undefined;
  const mvhd = await findBox(fh, moov.at, moov.at + moov.size, 'mvhd');
  if (!mvhd) return undefined;
  const b = await read(fh, mvhd.at, 32);
  if (b.length < 20) return undefined;
  const v1 = b[0] === 1;
  const timescale = v1 ? b.readUInt32BE(20) : b.readUInt32BE(12);
  const duration = v1 ? Number(b.readBigUInt64BE(24)) : b.readUInt32BE(16);
  return timescale > 0 ? Math.round((duration / timescale) * 1000) : undefined;
}

export async function mediaDuration(path: string, size: number, mediaType: string): Promise<number | undefined> {
  const fh = await open(path, 'r');
  try {
    if (mediaType === 'audio/wav') return await wavDuration(fh, size);
    if (mediaType === 'video/mp4' || mediaType === 'video/quicktime' || mediaType === 'audio/mp4') return await isoDuration(fh, size);
    return undefined;
  } finally {
    await fh.close();
  }
}
