// Image inspection: decode the image (dimensions; undecodable images refused) and write a preview
// derivative without EXIF or other metadata (GPS position, camera serial numbers), oriented as the EXIF
// said. The original is never changed. HEIC/HEIF: the prebuilt image library has no HEVC decoder
// (patents); ./heif.ts decodes those with libheif (WebAssembly), after the 'ispe' size check below.
import { open } from 'node:fs/promises';
import sharp from 'sharp';
import { refuse, type InspectionRefusal } from './types.js';

export interface ImageFacts {
  width: number;
  height: number;
  derivative?: { path: string; mediaType: 'image/jpeg' | 'image/png' };
}

export async function inspectRasterImage(
  path: string,
  kind: 'jpeg' | 'png',
  opts: { maxPixels: number; previewMaxSide: number },
): Promise<ImageFacts | InspectionRefusal> {
  const input = () => sharp(path, { limitInputPixels: opts.maxPixels, failOn: 'error', sequentialRead: true });
  try {
    const meta = await input().metadata();
    if (!meta.width || !meta.height) return refuse('IMAGE_UNDECODABLE', 'the image has no dimensions');
    const out = `${path}.preview.${kind === 'png' ? 'png' : 'jpg'}`;
    // Decoding the whole image for the derivative also proves the original is decodable. sharp writes no
    // metadata unless asked (withMetadata/keepExif), so the derivative carries no EXIF.
    const pipeline = input()
      .rotate()
      .resize({ width: opts.previewMaxSide, height: opts.previewMaxSide, fit: 'inside', withoutEnlargement: true });
    await (kind === 'png' ? pipeline.png() : pipeline.jpeg({ quality: 85 })).toFile(out);
    // Width and height as displayed: EXIF orientations 5–8 swap them.
    const swapped = (meta.orientation ?? 1) >= 5;
    return {
      width: swapped ? meta.height : meta.width,
      height: swapped ? meta.width : meta.height,
      derivative: { path: out, mediaType: kind === 'png' ? 'image/png' : 'image/jpeg' },
    };
  } catch (e) {
    return refuse('IMAGE_UNDECODABLE', `the image cannot be decoded: ${(e as Error).message.slice(0, 200)}`);
  }
}

/** Width and height of the primary image from the first 'ispe' (image spatial extents) box (ISO/IEC 23008-12). */
export async function inspectHeif(path: string, size: number): Promise<ImageFacts | InspectionRefusal> {
  const fh = await open(path, 'r');
  try {
    const n = Math.min(size, 512 * 1024);
    const head = Buffer.alloc(n);
    await fh.read(head, 0, n, 0);
    const at = head.indexOf('ispe', 0, 'latin1');
    if (at < 4 || at + 16 > n) return refuse('IMAGE_UNDECODABLE', 'the HEIF image has no image size (ispe) box');
    const width = head.readUInt32BE(at + 8);
    const height = head.readUInt32BE(at + 12);
    if (!width || !height) return refuse('IMAGE_UNDECODABLE', 'the HEIF image has an empty size');
    return { width, height };
  } finally {
    await fh.close();
  }
}
