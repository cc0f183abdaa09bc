// PDF inspection: the page count, and refusal of encrypted, truncated or unparseable documents, which a
// clerk could not open or print. The document is parsed in memory; its size is bounded by the upload limit.
import { open, readFile } from 'node:fs/promises';
import { PDFDocument } from '@cantoo/pdf-lib';
import { refuse, type InspectionRefusal } from './types.js';

/** A complete PDF ends with %%EOF, give or take trailing whitespace or padding some writers add. */
async function hasEndMarker(path: string, size: number): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const n = Math.min(size, 2048);
    const tail = Buffer.alloc(n);
    await fh.read(tail, 0, n, size - n);
    return tail.includes('%%EOF');
  } finally {
    await fh.close();
  }
}

export async function inspectPdf(path: string, size: number): Promise<{ pageCount: number } | InspectionRefusal> {
  if (!(await hasEndMarker(path, size))) return refuse('PDF_DAMAGED', 'the PDF is truncated (no %%EOF marker at its end)');
  const bytes = await readFile(path);
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  } catch (e) {
    return refuse('PDF_DAMAGED', `the PDF cannot be parsed: ${(e as Error).message.slice(0, 200)}`);
  }
  if (doc.isEncrypted) return refuse('PDF_ENCRYPTED', 'the PDF is encrypted or password-protected');
  let pageCount: number;
  try {
    pageCount = doc.getPageCount();
    // Every page must resolve to a page object with a size, or it cannot be shown or printed.
    for (const page of doc.getPages()) page.getSize();
  } catch (e) {
    return refuse('PDF_DAMAGED', `the PDF's page tree is broken: ${(e as Error).message.slice(0, 200)}`);
  }
  if (pageCount < 1) return refuse('PDF_DAMAGED', 'the PDF has no pages');
  return { pageCount };
}
