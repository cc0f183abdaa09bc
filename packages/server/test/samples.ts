// Real sample files made in the test, for the upload inspection table: PDFs by pdf-lib, images by sharp,
// containers by yazl, and hand-built headers where no encoder is at hand (a HEIC with its ftyp and 'ispe'
// size box only; WAV; MP4 with a 'moov/mvhd' duration). A real HEIC photo is committed under files/.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import type { Db } from '../src/infra/db.js';
import yazl from 'yazl';

export async function pdf(pages = 2): Promise<Buffer> {
  const d = await PDFDocument.create();
  for (let i = 0; i < pages; i++) d.addPage([200, 100]).drawText(`Lian page ${i + 1}`, { x: 10, y: 50, size: 12 });
  return Buffer.from(await d.save());
}

export async function encryptedPdf(): Promise<Buffer> {
  const d = await PDFDocument.create();
  d.addPage([200, 100]);
  d.encrypt({ userPassword: 'secret', ownerPassword: 'owner' });
  return Buffer.from(await d.save());
}

export const truncated = (b: Buffer, keep = 0.6) => b.subarray(0, Math.floor(b.length * keep));

/** A 64×48 JPEG whose EXIF carries a GPS position and the camera owner's name. */
export const jpegWithGps = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .jpeg()
    .withExif({
      IFD0: { Copyright: 'Zhang San', Artist: 'Zhang San' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '39/1 54/1 27/1', GPSLongitudeRef: 'E', GPSLongitude: '116/1 23/1 29/1' },
    })
    .toBuffer();

export const png = (w = 30, h = 20) =>
  sharp({ create: { width: w, height: h, channels: 4, background: '#3366cc' } })
    .png()
    .toBuffer();

const box = (type: string, ...body: Buffer[]) => {
  const content = Buffer.concat(body);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + content.length);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, content]);
};
const u32 = (...n: number[]) =>
  Buffer.concat(
    n.map((x) => {
      const b = Buffer.alloc(4);
      b.writeUInt32BE(x);
      return b;
    }),
  );

/** ftyp 'heic' and a meta box holding an 'ispe' of 640×480 (no coded image: no HEVC encoder here). */
export const heicHeader = () =>
  Buffer.concat([
    box('ftyp', Buffer.from('heic'), u32(0), Buffer.from('mif1heic')),
    box('meta', u32(0), box('iprp', box('ipco', box('ispe', u32(0), u32(640, 480))))),
    Buffer.alloc(64),
  ]);

/** A real HEIC photo (80×60, left half red, right half blue) with EXIF and GPS: see files/README.md. */
export const heicPhoto = () => readFile(new URL('./files/photo.heic', import.meta.url));

/** The 44-byte header of an 8 kHz 8-bit mono PCM WAV file with `dataBytes` of samples. */
export function wavHeader(dataBytes: number): Buffer {
  const h = Buffer.alloc(44);
  h.write('RIFF', 0);
  h.writeUInt32LE(36 + dataBytes, 4);
  h.write('WAVEfmt ', 8);
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(1, 22);
  h.writeUInt32LE(8000, 24);
  h.writeUInt32LE(8000, 28);
  h.writeUInt16LE(1, 32);
  h.writeUInt16LE(8, 34);
  h.write('data', 36);
  h.writeUInt32LE(dataBytes, 40);
  return h;
}

/** One second of 8 kHz 8-bit mono silence, or `data` as its samples. */
export function wav(data = Buffer.alloc(8000, 128)): Buffer {
  return Buffer.concat([wavHeader(data.length), data]);
}

/** ftyp 'isom' and a moov/mvhd of 2.5 s (timescale 1000). */
export const mp4 = () =>
  Buffer.concat([
    box('ftyp', Buffer.from('isom'), u32(512), Buffer.from('isomiso2mp41')),
    box('moov', box('mvhd', u32(0, 0, 0, 1000, 2500), Buffer.alloc(80))),
    box('mdat', Buffer.alloc(32)),
  ]);

export function zip(entries: Array<[name: string, content: Buffer, compress?: boolean]>): Promise<Buffer> {
  const z = new yazl.ZipFile();
  for (const [name, content, compress] of entries) z.addBuffer(content, name, { compress: compress ?? true });
  z.end();
  const parts: Buffer[] = [];
  return new Promise((resolve, reject) => {
    z.outputStream.on('data', (c: Buffer) => parts.push(c));
    z.outputStream.on('end', () => resolve(Buffer.concat(parts)));
    z.outputStream.on('error', reject);
  });
}

export const docx = () =>
  zip([
    [
      '[Content_Types].xml',
      Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    ],
    ['_rels/.rels', Buffer.from('<?xml version="1.0"?><Relationships/>')],
    ['word/document.xml', Buffer.from('<?xml version="1.0"?><w:document/>')],
  ]);

export const ofd = () =>
  zip([
    ['OFD.xml', Buffer.from('<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0"/>')],
    ['Doc_0/Document.xml', Buffer.from('<?xml version="1.0"?><ofd:Document/>')],
  ]);

export const exe = () => Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(512, 1)]);

/** The EICAR anti-virus test string: harmless, and detected by every scanner (here by our own signature). */
export const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

/** Every file under the blob store, staged uploads (tmp/) included, sorted. */
/** Where the local blob store keeps a blob. */
export const blobFileOf = (dataDir: string, h: string) => path.join(dataDir, 'blobs', h.slice(0, 2), h.slice(2, 4), h);

/** The audited integrity alarms of a filing's materials. */
export const integrityAlarms = (db: Db, filingId: string) =>
  db.selectFrom('audit_log').selectAll().where('action', '=', 'material.integrity_alarm').where('resource_id', '=', filingId).execute();

export async function blobFiles(dataDir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true }).catch(() => [])) {
      if (e.isDirectory()) await walk(path.join(d, e.name));
      else out.push(path.join(d, e.name));
    }
  };
  await walk(path.join(dataDir, 'blobs'));
  return out.sort();
}
