// Shapes of a file inspection: the facts found in an accepted file, or a stable refusal code.
import type { AcceptedMaterialType } from '@lian/domain';

/** Stable refusal codes; clients localize by code, so never rename one (docs/api.md lists them). */
export const inspectionCodes = [
  'NAME_EMPTY',
  'NAME_TOO_LONG',
  'NAME_PATH',
  'NAME_CONTROL',
  'NAME_RESERVED',
  'EMPTY',
  'UNKNOWN_TYPE',
  'TYPE_NOT_ALLOWED',
  'EXTENSION_MISMATCH',
  'PDF_ENCRYPTED',
  'PDF_DAMAGED',
  'IMAGE_UNDECODABLE',
  'ARCHIVE_NOT_ALLOWED',
  'ARCHIVE_NESTED',
  'ARCHIVE_ENTRY_REFUSED',
  'ARCHIVE_TOO_LARGE',
  'ARCHIVE_DAMAGED',
  'VIRUS_FOUND',
  'SCAN_FAILED',
] as const;
export type InspectionCode = (typeof inspectionCodes)[number];

export interface ArchivePolicy {
  /** ZIP archives are accepted at all (a court's choice; off by default). */
  allowArchives: boolean;
  maxEntries: number;
  /** Sum of the entries' uncompressed sizes. */
  maxTotalUncompressedBytes: number;
  /** Uncompressed ÷ compressed size of any one entry; deflate rarely exceeds ~20 on real documents. */
  maxCompressionRatio: number;
}

export interface InspectionPolicy extends ArchivePolicy {
  /** Images larger than this many pixels are refused before decoding (decompression bombs). */
  maxImagePixels: number;
  /** Longest side of the preview derivative of an image. */
  previewMaxSide: number;
  scanner?: VirusScanner;
}

export const defaultInspectionPolicy: InspectionPolicy = {
  allowArchives: false,
  maxEntries: 200,
  maxTotalUncompressedBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 100,
  maxImagePixels: 100_000_000,
  previewMaxSide: 2000,
};

export type ScanResult = { clean: true } | { clean: false; signature: string };

/** A virus scanner; `scan` throws when it cannot give an answer (the file is then refused, never let through). */
export interface VirusScanner {
  scan(path: string): Promise<ScanResult>;
}

export interface InspectionFacts {
  ok: true;
  mediaType: AcceptedMaterialType;
  extension: string;
  pageCount?: number;
  width?: number;
  height?: number;
  durationMs?: number;
  /** An EXIF-free re-encoding of an image for previews, written beside the file; the caller owns it. */
  derivative?: { path: string; mediaType: 'image/jpeg' | 'image/png' };
  /** Number of entries, for an accepted archive. */
  entries?: number;
}
export interface InspectionRefusal {
  ok: false;
  code: InspectionCode;
  /** English, for logs and operators; the user-facing text is localized by `code`. */
  reason: string;
}
export type InspectionResult = InspectionFacts | InspectionRefusal;

export const refuse = (code: InspectionCode, reason: string): InspectionRefusal => ({ ok: false, code, reason });
