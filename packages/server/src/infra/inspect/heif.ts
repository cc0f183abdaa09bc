// HEIC/HEIF photos (the default format of iPhone cameras): decoded with libheif compiled to WebAssembly
// (heic-decode → libheif-js; the prebuilt libvips in sharp has no HEVC decoder), so the file is proved
// decodable, its real dimensions are known (a grid image's first 'ispe' box may be one tile's), and an
// EXIF-free JPEG preview is written for browsers that cannot show HEIC (Chromium, so the court's clerks).
// libheif applies the image's rotation and mirror properties (irot/imir) when decoding. The original
// file is never changed.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import sharp from 'sharp';
import { createLimiter } from '../limiter.js';
import { inspectHeif, type ImageFacts } from './image.js';
import { refuse, type InspectionRefusal } from './types.js';

/**
 * Decoding holds the whole RGBA image in memory (4 bytes a pixel): larger photos than this keep the
 * dimensions from their 'ispe' box and get no preview rather than a decode of hundreds of megabytes.
 */
export const HEIF_DECODE_MAX_PIXELS = 50_000_000;

interface DecodedImage {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, row by row. */
  data: Uint8ClampedArray;
}

/**
 * Decodes running at once in this process: each takes a core for seconds and holds its bitmap (up to
 * 200 MB), so photos uploaded together queue for half the cores rather than all decode at once.
 */
export const heifDecodes = createLimiter(Math.max(1, Math.floor(availableParallelism() / 2)));

/** Decodes in a worker thread (./heif-worker.mjs), so the event loop is not blocked for seconds. */
function decodeInWorker(path: string): Promise<DecodedImage> {
  return heifDecodes.run(() => decodeOnce(path));
}

function decodeOnce(path: string): Promise<DecodedImage> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./heif-worker.mjs', import.meta.url), { workerData: { path } });
    worker.once('message', (m: ({ ok: true } & DecodedImage) | { ok: false; message: string }) =>
      m.ok ? resolve(m) : reject(new Error(m.message)),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the HEIF decoder stopped (${code})`)));
  });
}

export async function inspectHeifImage(
  path: string,
  size: number,
  opts: { maxPixels: number; previewMaxSide: number },
): Promise<ImageFacts | InspectionRefusal> {
  const declared = await inspectHeif(path, size);
  if ('ok' in declared) return declared;
  if (declared.width * declared.height > opts.maxPixels) {
    return refuse('IMAGE_UNDECODABLE', `the image has more than ${opts.maxPixels} pixels`);
  }
  if (declared.width * declared.height > HEIF_DECODE_MAX_PIXELS) return declared;
  let image: DecodedImage;
  try {
    image = await decodeInWorker(path);
  } catch (e) {
    return refuse('IMAGE_UNDECODABLE', `the HEIF image cannot be decoded: ${String((e as Error)?.message ?? e).slice(0, 200)}`);
  }
  if (!image.width || !image.height || image.width * image.height > Math.min(opts.maxPixels, HEIF_DECODE_MAX_PIXELS)) {
    return refuse('IMAGE_UNDECODABLE', 'the decoded HEIF image has no usable size');
  }
  const out = `${path}.preview.jpg`;
  // Raw pixels in, so nothing of the original's metadata (EXIF, GPS, XMP) can reach the derivative.
  await sharp(Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength), {
    raw: { width: image.width, height: image.height, channels: 4 },
  })
    .resize({ width: opts.previewMaxSide, height: opts.previewMaxSide, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 85 })
    .toFile(out);
  return { width: image.width, height: image.height, derivative: { path: out, mediaType: 'image/jpeg' } };
}
