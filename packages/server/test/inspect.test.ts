// Upload inspection through the real API: a table of real sample files, each accepted with the facts found
// in it or refused with its stable code and the file's name — and a refusal leaves nothing behind (no blob,
// no staged file, no row). Also: the EXIF-free preview of a photo, the original kept byte for byte.
import type { FilingView, MaterialView } from '@lian/contract';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { defaultInspectionPolicy } from '../src/infra/inspect/index.js';
import { heifDecodes } from '../src/infra/inspect/heif.js';
import { Client, samplePdf } from './client.js';
import { startTestPlatform, type TestPlatform } from './harness.js';
import * as s from './samples.js';
import { blobFiles } from './samples.js';

let p: TestPlatform;
let owner: Client;
let filingId: string;
type Err = { error: { code: string; message: string; details?: Array<{ path: string; code: string; message: string }> } };

const materialRows = async () =>
  Number(
    (
      await p.deps.db
        .selectFrom('materials')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  p = await startTestPlatform();
  owner = await new Client(p.app).login('13800000001');
  filingId = (await owner.post<{ filing: FilingView }>('/api/filings', { courtId: p.court.id })).body.filing.id;
});
afterAll(async () => {
  await p?.stop();
});

const upload = <T>(name: string, bytes: Buffer, kind = 'evidence') =>
  owner.upload<T>(`/api/filings/${filingId}/materials?kind=${kind}&fileName=${encodeURIComponent(name)}`, bytes);

type Accept = { accept: Partial<Pick<MaterialView, 'mediaType' | 'pageCount' | 'width' | 'height' | 'durationMs' | 'hasPreview'>> };
type Refuse = { status: number; code: string; detail: string };
const sampleTable: Array<[label: string, name: string, bytes: () => Promise<Buffer> | Buffer, zip: boolean, expected: Accept | Refuse]> = [
  ['a two-page PDF', '借款合同.pdf', () => s.pdf(2), false, { accept: { mediaType: 'application/pdf', pageCount: 2, hasPreview: false } }],
  ['an encrypted PDF', 'secret.pdf', s.encryptedPdf, false, { status: 422, code: 'MATERIAL_UNREADABLE', detail: 'PDF_ENCRYPTED' }],
  [
    'a truncated PDF',
    'cut.pdf',
    async () => s.truncated(await s.pdf(3)),
    false,
    { status: 422, code: 'MATERIAL_UNREADABLE', detail: 'PDF_DAMAGED' },
  ],
  [
    'a PDF header and garbage',
    'junk.pdf',
    () => Buffer.from('%PDF-1.7\nnothing of a PDF here\n%%EOF\n'),
    false,
    { status: 422, code: 'MATERIAL_UNREADABLE', detail: 'PDF_DAMAGED' },
  ],
  ['a JPEG photo', '现场照片.JPG', s.jpegWithGps, false, { accept: { mediaType: 'image/jpeg', width: 64, height: 48, hasPreview: true } }],
  ['a JPEG named .jpeg', 'photo.jpeg', s.jpegWithGps, false, { accept: { mediaType: 'image/jpeg' } }],
  ['a PNG', 'scan.png', () => s.png(30, 20), false, { accept: { mediaType: 'image/png', width: 30, height: 20, hasPreview: true } }],
  [
    'a JPEG whose data is garbage',
    'broken.jpg',
    () => Buffer.concat([Buffer.from('ffd8ffe000104a46494600', 'hex'), Buffer.alloc(300, 7)]),
    false,
    { status: 422, code: 'MATERIAL_UNREADABLE', detail: 'IMAGE_UNDECODABLE' },
  ],
  ['a HEIC photo', 'IMG_0001.HEIC', s.heicPhoto, false, { accept: { mediaType: 'image/heic', width: 80, height: 60, hasPreview: true } }],
  [
    'a HEIC header with a size box but no coded image',
    'IMG_0002.HEIC',
    s.heicHeader,
    false,
    { status: 422, code: 'MATERIAL_UNREADABLE', detail: 'IMAGE_UNDECODABLE' },
  ],
  ['a HEIC named .jpg', 'IMG_0001.jpg', s.heicHeader, false, { status: 415, code: 'MATERIAL_TYPE_REFUSED', detail: 'EXTENSION_MISMATCH' }],
  ['a WAV recording', '录音.wav', s.wav, false, { accept: { mediaType: 'audio/wav', durationMs: 1000 } }],
  ['an MP4 video', '监控.mp4', s.mp4, false, { accept: { mediaType: 'video/mp4', durationMs: 2500 } }],
  [
    'a DOCX document',
    '起诉状.docx',
    s.docx,
    false,
    { accept: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } },
  ],
  ['an OFD document', '电子发票.ofd', s.ofd, false, { accept: { mediaType: 'application/ofd' } }],
  ['an OFD named .zip', 'invoice.zip', s.ofd, true, { status: 415, code: 'MATERIAL_TYPE_REFUSED', detail: 'EXTENSION_MISMATCH' }],
  ['an executable renamed .pdf', 'contract.pdf', s.exe, false, { status: 415, code: 'MATERIAL_TYPE_REFUSED', detail: 'TYPE_NOT_ALLOWED' }],
  ['a 0-byte file', 'empty.pdf', () => Buffer.alloc(0), false, { status: 422, code: 'MATERIAL_EMPTY', detail: 'EMPTY' }],
  [
    'a ZIP when the court accepts none',
    'bundle.zip',
    async () => s.zip([['a.pdf', await s.pdf(1)]]),
    false,
    { status: 415, code: 'MATERIAL_TYPE_REFUSED', detail: 'ARCHIVE_NOT_ALLOWED' },
  ],
  [
    'a ZIP of a PDF and a PNG',
    'bundle.zip',
    async () =>
      s.zip([
        ['a.pdf', await s.pdf(1)],
        ['照片/b.png', await s.png()],
      ]),
    true,
    { accept: { mediaType: 'application/zip' } },
  ],
  [
    'a zip bomb (10 MB of zeros)',
    'bomb.zip',
    () => s.zip([['zeros.pdf', Buffer.alloc(10 * 1024 * 1024)]]),
    true,
    { status: 422, code: 'MATERIAL_UNREADABLE', detail: 'ARCHIVE_TOO_LARGE' },
  ],
  [
    'a ZIP inside a ZIP',
    'nested.zip',
    async () => s.zip([['inner.zip', await s.zip([['a.pdf', await s.pdf(1)]]), false]]),
    true,
    { status: 415, code: 'MATERIAL_TYPE_REFUSED', detail: 'ARCHIVE_NESTED' },
  ],
  [
    'a ZIP holding an executable',
    'tools.zip',
    () => s.zip([['setup.pdf', s.exe()]]),
    true,
    { status: 415, code: 'MATERIAL_TYPE_REFUSED', detail: 'ARCHIVE_ENTRY_REFUSED' },
  ],
  [
    'a path-traversal name',
    '../../etc/passwd.pdf',
    () => samplePdf(),
    false,
    { status: 422, code: 'MATERIAL_NAME_INVALID', detail: 'PATH' },
  ],
  [
    'a control character in the name',
    'a\u0007b.pdf',
    () => samplePdf(),
    false,
    { status: 422, code: 'MATERIAL_NAME_INVALID', detail: 'CONTROL' },
  ],
  ['a reserved device name', 'CON.pdf', () => samplePdf(), false, { status: 422, code: 'MATERIAL_NAME_INVALID', detail: 'RESERVED' }],
];

describe('upload inspection', () => {
  it.each(sampleTable)('%s (%s)', async (_label, name, make, zip, expected) => {
    p.deps.inspection = { ...defaultInspectionPolicy, allowArchives: zip };
    const bytes = await make();
    const [rows, blobs] = [await materialRows(), await blobFiles(p.config.dataDir)];
    const r = await upload<{ material: MaterialView } & Err>(name, bytes);
    if ('accept' in expected) {
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      expect(r.body.material).toMatchObject({ fileName: name, size: bytes.length, ...expected.accept });
      // Removing it removes its blobs, the preview derivative too.
      expect((await owner.del(`/api/filings/${filingId}/materials/${r.body.material.id}`)).status).toBe(204);
    } else {
      expect(r.status, JSON.stringify(r.body)).toBe(expected.status);
      expect(r.body.error.code).toBe(expected.code);
      // The name check runs before the upload is read (its detail is the domain's reason); every other
      // refusal names the inspection's code. The detail carries the file's name for the message shown to
      // the filer; the message itself repeats it only when it is safe to show.
      expect(r.body.error.details?.[0]).toMatchObject({ path: expect.stringMatching(/^file/), code: expected.detail, message: name });
      if (r.body.error.code !== 'MATERIAL_NAME_INVALID') expect(r.body.error.message).toContain(name);
    }
    expect(await materialRows()).toBe(rows);
    expect(await blobFiles(p.config.dataDir)).toEqual(blobs);
  });

  it('serves an EXIF-free preview of a photo and keeps the original byte for byte', async () => {
    p.deps.inspection = defaultInspectionPolicy;
    const original = await s.jpegWithGps();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const up = await upload<{ material: MaterialView }>('gps.jpg', original);
    expect(up.status).toBe(201);
    const id = up.body.material.id;
    const content = await owner.get(await owner.linkTo(filingId, id));
    expect(content.raw.equals(original)).toBe(true);
    const preview = await owner.get(await owner.linkTo(filingId, id, 'preview'));
    expect(preview.status).toBe(200);
    expect(preview.headers['content-type']).toBe('image/jpeg');
    const meta = await sharp(preview.raw).metadata();
    expect(meta).toMatchObject({ width: 64, height: 48, format: 'jpeg' });
    expect(meta.exif).toBeUndefined();
    expect(preview.raw.includes(Buffer.from('Zhang San'))).toBe(false);
    expect(original.includes(Buffer.from('Zhang San'))).toBe(true);
    // A PDF has no preview.
    const doc = await upload<{ material: MaterialView }>('doc.pdf', await s.pdf(1));
    await expect(owner.linkTo(filingId, doc.body.material.id, 'preview')).rejects.toThrow(/no preview link/);
    expect((await owner.get<Err>(`/api/filings/${filingId}/materials/${doc.body.material.id}/preview`)).status).not.toBe(200);
  });

  it('decodes a HEIC phone photo into an EXIF-free JPEG preview of its real pixels; the original is kept', async () => {
    p.deps.inspection = defaultInspectionPolicy;
    const original = await s.heicPhoto();
    expect(original.includes(Buffer.from('Zhang San'))).toBe(true);
    const up = await upload<{ material: MaterialView }>('IMG_4031.HEIC', original);
    expect(up.status).toBe(201);
    expect(up.body.material).toMatchObject({ mediaType: 'image/heic', width: 80, height: 60, hasPreview: true });
    const id = up.body.material.id;
    const content = await owner.get(await owner.linkTo(filingId, id));
    expect(content.raw.equals(original)).toBe(true);
    const preview = await owner.get(await owner.linkTo(filingId, id, 'preview'));
    expect(preview.headers['content-type']).toBe('image/jpeg');
    const meta = await sharp(preview.raw).metadata();
    expect(meta).toMatchObject({ width: 80, height: 60, format: 'jpeg' });
    expect(meta.exif).toBeUndefined();
    expect(preview.raw.includes(Buffer.from('Zhang San'))).toBe(false);
    // The decoded picture itself: red on the left, blue on the right (lossy, so only roughly).
    const { data, info } = await sharp(preview.raw).raw().toBuffer({ resolveWithObject: true });
    const px = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
    const [lr, , lb] = px(10, 30);
    const [rr, , rb] = px(70, 30);
    expect(lr! > 150 && lb! < 100).toBe(true);
    expect(rb! > 150 && rr! < 100).toBe(true);
  });

  it('decodes photos uploaded together one slot at a time (half the cores), all of them in the end', async () => {
    const photo = await s.heicPhoto();
    const uploads = [1, 2, 3].map((i) => upload<{ material: MaterialView }>(`IMG_50${i}.HEIC`, photo));
    let peak = 0;
    for (let i = 0; i < 2000 && heifDecodes.load().running + heifDecodes.load().waiting === 0; i++)
      await new Promise((r) => setTimeout(r, 5));
    while (heifDecodes.load().running + heifDecodes.load().waiting > 0) {
      peak = Math.max(peak, heifDecodes.load().running);
      await new Promise((r) => setTimeout(r, 5));
    }
    const done = await Promise.all(uploads);
    expect(done.map((u) => [u.status, u.body.material.hasPreview])).toEqual([
      [201, true],
      [201, true],
      [201, true],
    ]);
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThanOrEqual(Math.max(1, Math.floor(availableParallelism() / 2)));
  });
});

describe('Range requests on the content route', () => {
  it('answers one byte range with 206, a range past the end with 416, none with the whole file', async () => {
    const wav = s.wav();
    const up = await upload<{ material: MaterialView }>('range.wav', wav);
    const url = await owner.linkTo(filingId, up.body.material.id);
    const get = (range?: string) => owner.call('GET', url, undefined, range ? { headers: { range } } : {});
    const whole = await get();
    expect(whole.status).toBe(200);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.raw.equals(wav)).toBe(true);
    const first = await get('bytes=0-99');
    expect(first.status).toBe(206);
    expect(first.headers['content-range']).toBe(`bytes 0-99/${wav.length}`);
    expect(first.raw.equals(wav.subarray(0, 100))).toBe(true);
    const tail = await get('bytes=8000-');
    expect(tail.status).toBe(206);
    expect(tail.raw.equals(wav.subarray(8000))).toBe(true);
    const suffix = await get('bytes=-10');
    expect(suffix.raw.equals(wav.subarray(wav.length - 10))).toBe(true);
    const past = await get(`bytes=${wav.length + 10}-`);
    expect(past.status).toBe(416);
    expect(past.headers['content-range']).toBe(`bytes */${wav.length}`);
  });
});
