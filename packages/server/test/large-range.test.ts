// HTTP Range on a large material (over the 16 MB that are checked before sending): a part is read from its
// offset in the blob store, not from the start of the file; the whole file (and a media player's first
// request, bytes=0-) still streams through the SHA-256 check; a stored file of the wrong length is refused
// with an audited alarm; and a blob that failed its check is quarantined, so no part of it is served again.
import { createHash, randomBytes } from 'node:crypto';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MaterialView } from '@lian/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ByteRange } from '../src/infra/blobs.js';
import { VERIFY_BEFORE_SEND_BYTES } from '../src/modules/filing/materials.js';
import { Client } from './client.js';
import { startTestPlatform, type TestPlatform } from './harness.js';
import { blobFileOf, integrityAlarms, wav } from './samples.js';

let p: TestPlatform;
let owner: Client;
let filingId: string;
let material: MaterialView;
let original: Buffer;
/** Every read the blob store is asked for, as (sha256, range): the real store, observed. */
const reads: Array<{ sha256: string; range: ByteRange | undefined }> = [];

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const blobFile = (h: string) => blobFileOf(p.config.dataDir, h);
const alarms = () => integrityAlarms(p.deps.db, filingId);

beforeAll(async () => {
  p = await startTestPlatform();
  Object.assign(p.deps, { maxUploadBytes: 40 * 1024 * 1024, maxFilingBytes: 80 * 1024 * 1024 });
  const store = p.deps.blobs;
  const read = store.read.bind(store);
  store.read = (sha256, range) => {
    reads.push({ sha256, range });
    return read(sha256, range);
  };
  owner = await new Client(p.app).login('13800000001');
  filingId = (await owner.post<{ filing: { id: string } }>('/api/filings', { courtId: p.court.id, caseType: 'civil_first_instance' })).body
    .filing.id;
  original = wav(randomBytes(17 * 1024 * 1024));
  expect(original.length).toBeGreaterThan(VERIFY_BEFORE_SEND_BYTES);
  const up = await owner.upload<{ material: MaterialView }>(
    `/api/filings/${filingId}/materials?kind=evidence&fileName=recording.wav`,
    original,
  );
  expect(up.status).toBe(201);
  material = up.body.material;
}, 120_000);
afterAll(async () => {
  await p?.stop();
});

const get = async (range?: string) =>
  owner.call('GET', await owner.linkTo(filingId, material.id), undefined, range ? { headers: { range } } : {});

describe('Range on a file over 16 MB', () => {
  it('reads a part from its offset in the store and answers 206 with exactly those bytes', async () => {
    reads.length = 0;
    const start = 16_500_000;
    const res = await get(`bytes=${start}-${start + 65_535}`);
    expect(res.status).toBe(206);
    expect(res.headers['content-range']).toBe(`bytes ${start}-${start + 65_535}/${original.length}`);
    expect(res.raw.equals(original.subarray(start, start + 65_536))).toBe(true);
    expect(reads).toEqual([{ sha256: material.sha256, range: { start, end: start + 65_535 } }]);
    const tail = await get('bytes=-100');
    expect(tail.status).toBe(206);
    expect(tail.raw.equals(original.subarray(original.length - 100))).toBe(true);
    expect(reads.at(-1)!.range).toEqual({ start: original.length - 100, end: original.length - 1 });
  });

  it('streams the whole file, and a bytes=0- request, through the hash check', async () => {
    reads.length = 0;
    const whole = await get();
    expect(whole.status).toBe(200);
    expect(sha(whole.raw)).toBe(material.sha256);
    const player = await get('bytes=0-');
    expect(player.status).toBe(206);
    expect(sha(player.raw)).toBe(material.sha256);
    expect(reads).toEqual([
      { sha256: material.sha256, range: undefined },
      { sha256: material.sha256, range: undefined },
    ]);
    expect(await alarms()).toEqual([]);
  });

  it('refuses a part of a stored file whose length changed, with an audited alarm', async () => {
    const file = blobFile(material.sha256);
    await appendFile(file, Buffer.from('x'));
    try {
      const res = await get('bytes=17000000-17000099');
      expect(res.status).toBe(500);
      expect((res.body as { error: { code: string } }).error.code).toBe('INTERNAL');
      const rows = await alarms();
      expect(rows).toHaveLength(1);
      expect(rows[0]!.detail).toMatchObject({ reason: 'mismatch', expectedSize: original.length, actualSize: original.length + 1 });
    } finally {
      // The alarm quarantined the blob; the operators restore it from a backup.
      await writeFile(file, original);
    }
  });

  it('quarantines a blob whose bytes changed once a full read finds it, so no part of it is served after', async () => {
    const file = blobFile(material.sha256);
    const corrupt = Buffer.from(original);
    corrupt[1000] = corrupt[1000]! ^ 0xff;
    await writeFile(file, corrupt);
    const before = (await alarms()).length;
    try {
      // A part cannot be hashed: before any full read it is served as stored.
      expect((await get('bytes=500-1500')).status).toBe(206);
      // The full read ends in an aborted transfer, never a clean copy of the wrong file.
      await expect(get()).rejects.toThrow();
      const rows = await alarms();
      expect(rows).toHaveLength(before + 1);
      expect(rows.at(-1)!.detail).toMatchObject({ reason: 'mismatch', actualSha256: sha(corrupt), quarantined: true });
      const quarantined = (await readFile(path.join(p.config.dataDir, 'blobs', 'quarantine', (await quarantineNames())[0]!))).equals(
        corrupt,
      );
      expect(quarantined).toBe(true);
      const after = await get('bytes=500-1500');
      expect(after.status).toBe(500);
      expect(after.raw.includes(corrupt.subarray(500, 1501))).toBe(false);
    } finally {
      await writeFile(file, original);
    }
    expect((await get('bytes=500-1500')).raw.equals(original.subarray(500, 1501))).toBe(true);
  });
});

async function quarantineNames(): Promise<string[]> {
  const { readdir } = await import('node:fs/promises');
  const names = await readdir(path.join(p.config.dataDir, 'blobs', 'quarantine'));
  return names
    .filter((n) => n.startsWith(material.sha256))
    .sort()
    .reverse();
}
