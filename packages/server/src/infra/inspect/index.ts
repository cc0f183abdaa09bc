// Inspection of an uploaded file before it joins a filing: the declared name is safe, the content's type
// (by magic bytes) is one the rule book accepts and matches the name's extension, the content itself is
// readable (PDF parsed, image decoded, archive entries checked), and a virus scanner, when configured,
// finds nothing. Works on the staged file on disk and reads it in bounded pieces (PDFs are parsed in memory,
// bounded by the upload limit).
import { rm, stat } from 'node:fs/promises';
import { checkMaterialName, checkMaterialType, fileExtension } from '@lian/domain';
import { detectType } from './detect.js';
import { inspectHeifImage } from './heif.js';
import { inspectRasterImage } from './image.js';
import { mediaDuration } from './media.js';
import { inspectPdf } from './pdf.js';
import { inspectZip } from './zip.js';
import { refuse, type InspectionFacts, type InspectionPolicy, type InspectionResult } from './types.js';

export { clamdScanner, parseClamdUrl, ScannerError } from './clamd.js';
export * from './types.js';

const NAME_CODES = {
  EMPTY: 'NAME_EMPTY',
  TOO_LONG: 'NAME_TOO_LONG',
  PATH: 'NAME_PATH',
  CONTROL: 'NAME_CONTROL',
  RESERVED: 'NAME_RESERVED',
} as const;

export async function inspectFile(path: string, declaredName: string, policy: InspectionPolicy): Promise<InspectionResult> {
  const name = checkMaterialName(declaredName);
  if (!name.ok) return refuse(NAME_CODES[name.reason], `the file name is not allowed (${name.reason})`);
  const { size } = await stat(path);
  if (size === 0) return refuse('EMPTY', 'the file is empty');

  let detected = await detectType(path);
  // Every ZIP container is classified by its entries, whatever file-type guessed from the first one.
  const zip =
    detected === 'application/zip' || detected?.startsWith('application/vnd.openxmlformats') ? await inspectZip(path, size, policy) : null;
  if (zip && 'ok' in zip) return zip;
  if (zip)
    detected =
      zip.kind === 'ofd'
        ? 'application/ofd'
        : zip.kind === 'docx'
          ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
          : 'application/zip';

  const type = checkMaterialType(name.name, detected);
  if (!type.ok) {
    const why = {
      UNKNOWN_TYPE: 'the content is of no known type',
      TYPE_NOT_ALLOWED: `${detected} is not accepted`,
      EXTENSION_MISMATCH: `the content is ${detected}, which does not match the extension`,
    };
    return refuse(type.reason, why[type.reason]);
  }
  const facts: InspectionFacts = { ok: true, mediaType: type.mediaType, extension: fileExtension(name.name) };
  if (zip?.kind === 'archive') facts.entries = zip.entries;

  const cleanup = async () => {
    if (facts.derivative) await rm(facts.derivative.path, { force: true });
  };
  try {
    const m = type.mediaType;
    if (m === 'application/pdf') {
      const pdf = await inspectPdf(path, size);
      if ('ok' in pdf) return pdf;
      facts.pageCount = pdf.pageCount;
    } else if (m === 'image/jpeg' || m === 'image/png') {
      const img = await inspectRasterImage(path, m === 'image/png' ? 'png' : 'jpeg', {
        maxPixels: policy.maxImagePixels,
        previewMaxSide: policy.previewMaxSide,
      });
      if ('ok' in img) return img;
      Object.assign(facts, img);
    } else if (m === 'image/heic' || m === 'image/heif') {
      const img = await inspectHeifImage(path, size, { maxPixels: policy.maxImagePixels, previewMaxSide: policy.previewMaxSide });
      if ('ok' in img) return img;
      Object.assign(facts, img);
    } else if (m.startsWith('audio/') || m.startsWith('video/')) {
      const durationMs = await mediaDuration(path, size, m);
      if (durationMs !== undefined) facts.durationMs = durationMs;
    }

    if (policy.scanner) {
      let verdict;
      try {
        verdict = await policy.scanner.scan(path);
      } catch (e) {
        await cleanup();
        return refuse('SCAN_FAILED', `the virus scan could not be completed: ${(e as Error).message.slice(0, 200)}`);
      }
      if (!verdict.clean) {
        await cleanup();
        return refuse('VIRUS_FOUND', verdict.signature);
      }
    }
    return facts;
  } catch (e) {
    await cleanup();
    throw e;
  }
}
