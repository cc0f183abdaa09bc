// ZIP containers: OFD (版式文档, GB/T 33190: OFD.xml at the root) and DOCX are recognised by their entries;
// any other ZIP is an archive, accepted only when the policy allows, and then only when every entry is an
// accepted, non-archive type whose extension matches. Nothing is extracted to disk: entries are streamed
// through a counter and discarded, and zip bombs are refused from the declared sizes and ratios before any
// byte is inflated; yauzl also fails an entry whose inflated size differs from the declared one.
import { checkMaterialName, checkMaterialType } from '@lian/domain';
import { fileTypeFromBuffer } from 'file-type';
import yauzl from 'yauzl';
import { normalizeDetected } from './detect.js';
import { refuse, type ArchivePolicy, type InspectionRefusal } from './types.js';

interface Entry {
  name: string;
  compressed: number;
  uncompressed: number;
  encrypted: boolean;
  raw: yauzl.Entry;
}

const ARCHIVE_TYPES = new Set([
  'application/zip',
  'application/x-rar-compressed',
  'application/vnd.rar',
  'application/x-7z-compressed',
  'application/gzip',
  'application/x-tar',
  'application/x-bzip2',
  'application/x-xz',
  'application/zstd',
  'application/x-lzh-compressed',
  'application/x-cfb',
  'application/java-archive',
  'application/x-compress',
  'application/x-lzip',
  'application/x-apple-diskimage',
  'application/x-iso9660-image',
]);

const openZip = (path: string) =>
  new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true }, (err, zip) =>
      err || !zip ? reject(err ?? new Error('no zip')) : resolve(zip),
    ),
  );

async function listEntries(zip: yauzl.ZipFile, maxEntries: number): Promise<Entry[] | InspectionRefusal> {
  if (zip.entryCount > maxEntries) return refuse('ARCHIVE_TOO_LARGE', `the archive has ${zip.entryCount} entries (limit ${maxEntries})`);
  return new Promise((resolve) => {
    const out: Entry[] = [];
    zip.on('entry', (e: yauzl.Entry) => {
      out.push({
        name: e.fileName,
        compressed: e.compressedSize,
        uncompressed: e.uncompressedSize,
        encrypted: (e.generalPurposeBitFlag & 1) !== 0,
        raw: e,
      });
      zip.readEntry();
    });
    zip.on('end', () => resolve(out));
    zip.on('error', (e: Error) =>
      resolve(
        /path|file name|filename/i.test(e.message)
          ? refuse('ARCHIVE_ENTRY_REFUSED', `an entry has an unsafe name: ${e.message.slice(0, 200)}`)
          : refuse('ARCHIVE_DAMAGED', `the archive cannot be read: ${e.message.slice(0, 200)}`),
      ),
    );
    zip.readEntry();
  });
}

/** Reads an entry's first bytes for type detection and drains the rest, counting; nothing is kept. */
function sniffEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('no stream'));
      const head: Buffer[] = [];
      let got = 0;
      stream.on('data', (chunk: Buffer) => {
        if (got < 4100) head.push(chunk.subarray(0, 4100 - got));
        got += chunk.length;
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(head)));
    });
  });
}

export type ZipKind = { kind: 'ofd' | 'docx' } | { kind: 'archive'; entries: number };

export async function inspectZip(path: string, compressedSize: number, policy: ArchivePolicy): Promise<ZipKind | InspectionRefusal> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(path);
  } catch (e) {
    return refuse('ARCHIVE_DAMAGED', `the ZIP container cannot be read: ${(e as Error).message.slice(0, 200)}`);
  }
  try {
    const entries = await listEntries(zip, policy.maxEntries);
    if (!Array.isArray(entries)) return entries;
    const files = entries.filter((e) => !e.name.endsWith('/'));
    const names = new Set(files.map((e) => e.name));
    // Limits hold for every ZIP container, OFD and DOCX too: they are inflated by whoever opens them.
    const total = files.reduce((n, e) => n + e.uncompressed, 0);
    if (total > policy.maxTotalUncompressedBytes || total > compressedSize * policy.maxCompressionRatio) {
      return refuse('ARCHIVE_TOO_LARGE', `the archive would inflate to ${total} bytes from ${compressedSize}`);
    }
    for (const e of files) {
      if (e.uncompressed > Math.max(e.compressed, 1) * policy.maxCompressionRatio) {
        return refuse('ARCHIVE_TOO_LARGE', `entry ${e.name} would inflate ${e.compressed} bytes to ${e.uncompressed}`);
      }
    }
    if (names.has('OFD.xml')) return { kind: 'ofd' };
    if (names.has('[Content_Types].xml') && names.has('word/document.xml')) return { kind: 'docx' };
    if (!policy.allowArchives) return refuse('ARCHIVE_NOT_ALLOWED', 'this court does not accept ZIP archives');
    if (files.length === 0) return refuse('ARCHIVE_DAMAGED', 'the archive is empty');
    for (const e of files) {
      const base = e.name.split('/').pop() ?? '';
      const safe = checkMaterialName(base);
      if (!safe.ok || e.name.split('/').some((s) => s === '..' || s === '.')) {
        return refuse('ARCHIVE_ENTRY_REFUSED', `entry ${e.name.slice(0, 100)} has an unsafe name`);
      }
      if (e.encrypted) return refuse('ARCHIVE_ENTRY_REFUSED', `entry ${e.name.slice(0, 100)} is encrypted and cannot be checked`);
      let head: Buffer;
      try {
        head = await sniffEntry(zip, e.raw);
      } catch (err) {
        const msg = (err as Error).message;
        return /too many bytes|size|mismatch/i.test(msg)
          ? refuse('ARCHIVE_TOO_LARGE', `entry ${e.name.slice(0, 100)} is larger than it declares`)
          : refuse('ARCHIVE_DAMAGED', `entry ${e.name.slice(0, 100)} cannot be read: ${msg.slice(0, 200)}`);
      }
      const detected = (await fileTypeFromBuffer(head))?.mime;
      const isZip = head.subarray(0, 2).toString('latin1') === 'PK';
      if (isZip || (detected && ARCHIVE_TYPES.has(detected) && detected !== 'application/x-cfb')) {
        return refuse('ARCHIVE_NESTED', `entry ${e.name.slice(0, 100)} is itself an archive`);
      }
      const type = checkMaterialType(safe.name, normalizeDetected(detected));
      if (!type.ok || type.mediaType === 'application/zip') {
        return refuse(
          'ARCHIVE_ENTRY_REFUSED',
          `entry ${e.name.slice(0, 100)} is not an accepted file type (${type.ok ? 'zip' : type.reason})`,
        );
      }
    }
    return { kind: 'archive', entries: files.length };
  } finally {
    zip.close();
  }
}
