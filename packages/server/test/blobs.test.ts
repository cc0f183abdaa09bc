// The blob store contract, run against both implementations (a local directory, and an S3-compatible
// store served in-process by s3rver), the LIAN_S3_* configuration, and the integrity check on serving.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { FilingView } from '@lian/contract';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobIntegrityError, BlobNotFoundError, type BlobStore, localBlobStore, SizeLimitError } from '../src/infra/blobs.js';
import { ConfigError, loadConfig } from '../src/infra/config.js';
import { s3BlobStore } from '../src/infra/s3-blobs.js';
import { openMaterial } from '../src/modules/filing/materials.js';
import { seedDemo } from '../src/cli/seed.js';
import { openPlatform } from '../src/platform.js';
import { Client, samplePdf } from './client.js';
import { signedInActor, submitCompleteFilings } from './fixtures.js';
import { startTestPlatform, type TestPlatform } from './harness.js';
import { blobFileOf, integrityAlarms } from './samples.js';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const bytesOf = async (r: Readable) => {
  const parts: Buffer[] = [];
  for await (const c of r) parts.push(c as Buffer);
  return Buffer.concat(parts);
};
/** A stream that delivers `chunks` one after another. */
const chunked = (...chunks: Buffer[]) => Readable.from(chunks);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

interface Subject {
  store: BlobStore;
  /** Names of committed blobs, relative to the store's root. */
  stored(): Promise<string[]>;
  tmpDir: string;
}

const scratch: string[] = [];
let s3server: S3rver;
let s3port = 0;
beforeAll(async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lian-s3rver-'));
  scratch.push(dir);
  s3server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: dir,
    configureBuckets: [{ name: 'lian-test', configs: [] }],
  });
  s3port = (await s3server.run()).port;
});
afterAll(async () => {
  await s3server?.close();
  for (const d of scratch) await rm(d, { recursive: true, force: true });
});

const subjects: Record<string, () => Promise<Subject>> = {
  'local directory': async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'lian-blobs-'));
    scratch.push(root);
    const tmpDir = path.join(root, 'tmp');
    return { store: localBlobStore(root), tmpDir, stored: async () => (await filesUnder(root)).filter((f) => !f.startsWith('tmp')) };
  },
  's3 (s3rver)': async () => {
    const tmpDir = await mkdtemp(path.join(os.tmpdir(), 'lian-s3stage-'));
    scratch.push(tmpDir);
    const prefix = `t-${randomBytes(4).toString('hex')}`;
    const store = s3BlobStore({
      endpoint: `http://127.0.0.1:${s3port}`,
      region: 'us-east-1',
      bucket: 'lian-test',
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
      prefix,
      tmpDir,
    });
    const stored = async () => {
      const list = await store.client.send(new ListObjectsV2Command({ Bucket: 'lian-test', Prefix: `${prefix}/` }));
      return (list.Contents ?? []).map((o) => o.Key!.slice(prefix.length + 1));
    };
    return { store, tmpDir, stored };
  },
};

describe.each(Object.entries(subjects))('blob store contract: %s', (_name, make) => {
  let s: Subject;
  beforeAll(async () => {
    s = await make();
  });

  it('stores content under its SHA-256, once, and reads it back byte-identical', async () => {
    const content = randomBytes(200_000);
    const a = await s.store.stage(chunked(content.subarray(0, 70_000), content.subarray(70_000)), 1_000_000);
    expect(a).toMatchObject({ sha256: sha(content), size: content.length });
    expect(a.head.equals(content.subarray(0, 4100))).toBe(true);
    expect(await s.store.has(a.sha256)).toBe(false);
    await a.commit();
    const b = await s.store.stage(chunked(content), 1_000_000);
    await b.commit();
    const h = a.sha256;
    expect(await s.stored()).toEqual([`${h.slice(0, 2)}/${h.slice(2, 4)}/${h}`]);
    expect(await filesUnder(s.tmpDir)).toEqual([]);
    expect(await s.store.has(h)).toBe(true);
    expect((await bytesOf(s.store.read(h))).equals(content)).toBe(true);
  });

  it('removes a blob', async () => {
    const content = Buffer.from(`remove me ${randomBytes(8).toString('hex')}`);
    const staged = await s.store.stage(chunked(content), 1000);
    await staged.commit();
    expect(await s.store.has(staged.sha256)).toBe(true);
    await s.store.remove(staged.sha256);
    expect(await s.store.has(staged.sha256)).toBe(false);
    expect(await s.stored()).not.toContain(expect.stringContaining(staged.sha256));
  });

  it('leaves nothing behind when a staged upload is discarded', async () => {
    const before = await s.stored();
    const staged = await s.store.stage(chunked(randomBytes(5000)), 10_000);
    expect(await filesUnder(s.tmpDir)).toHaveLength(1);
    await staged.discard();
    expect(await filesUnder(s.tmpDir)).toEqual([]);
    expect(await s.store.has(staged.sha256)).toBe(false);
    expect(await s.stored()).toEqual(before);
  });

  it('stops at the size limit in the middle of a stream and leaves nothing behind', async () => {
    const before = await s.stored();
    const big = chunked(randomBytes(4000), randomBytes(4000), randomBytes(4000));
    await expect(s.store.stage(big, 6000)).rejects.toBeInstanceOf(SizeLimitError);
    expect(await filesUnder(s.tmpDir)).toEqual([]);
    expect(await s.stored()).toEqual(before);
  });

  it('fails to read a blob it does not have', async () => {
    const missing = sha(randomBytes(16));
    await expect(bytesOf(s.store.read(missing))).rejects.toBeInstanceOf(BlobNotFoundError);
    expect(() => s.store.read('../../etc/passwd')).toThrow(/sha256/);
  });

  it('reads a byte range from its offset and tells the stored size of a blob without reading it', async () => {
    const content = randomBytes(300_000);
    const staged = await s.store.stage(chunked(content), 1_000_000);
    await staged.commit();
    const h = staged.sha256;
    expect(await s.store.size(h)).toBe(content.length);
    expect(await s.store.size(sha(randomBytes(16)))).toBeNull();
    for (const [start, end] of [
      [0, 0],
      [123_457, 250_000],
      [299_000, 299_999],
    ] as const) {
      const got = await bytesOf(s.store.read(h, { start, end }));
      expect({ start, length: got.length, same: got.equals(content.subarray(start, end + 1)) }).toEqual({
        start,
        length: end - start + 1,
        same: true,
      });
    }
    await expect(bytesOf(s.store.read(sha(randomBytes(16)), { start: 5, end: 9 }))).rejects.toBeInstanceOf(BlobNotFoundError);
  });

  it('quarantines a blob: no read finds it any more, and its bytes are kept aside', async () => {
    const content = Buffer.from(`quarantine me ${randomBytes(8).toString('hex')}`);
    const staged = await s.store.stage(chunked(content), 1000);
    await staged.commit();
    const h = staged.sha256;
    await s.store.quarantine(h);
    expect(await s.store.has(h)).toBe(false);
    await expect(bytesOf(s.store.read(h, { start: 1, end: 3 }))).rejects.toBeInstanceOf(BlobNotFoundError);
    const aside = (await s.stored()).filter((f) => f.startsWith(`quarantine/${h}.`));
    expect(aside).toHaveLength(1);
    // Quarantining what is not there (already moved by another process) is no error.
    await expect(s.store.quarantine(h)).resolves.toBeUndefined();
  });
});

describe('LIAN_S3_* configuration', () => {
  const full = {
    LIAN_S3_ENDPOINT: 'http://127.0.0.1:3900',
    LIAN_S3_BUCKET: 'lian-files',
    LIAN_S3_ACCESS_KEY_ID: 'GK123',
    LIAN_S3_SECRET_ACCESS_KEY: 'very-secret-value',
  };

  it('uses the local directory store when no bucket is set, and defaults the rest', () => {
    expect(loadConfig({}).s3).toBeUndefined();
    expect(loadConfig(full).s3).toEqual({
      endpoint: 'http://127.0.0.1:3900',
      bucket: 'lian-files',
      accessKeyId: 'GK123',
      secretAccessKey: 'very-secret-value',
      region: 'us-east-1',
      forcePathStyle: true,
      prefix: 'blobs',
    });
    expect(loadConfig({ ...full, LIAN_S3_FORCE_PATH_STYLE: 'false', LIAN_S3_PREFIX: 'court/files' }).s3).toMatchObject({
      forcePathStyle: false,
      prefix: 'court/files',
    });
  });

  it('reports one clear message per bad value and never echoes the secret', () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        expect((e as ConfigError).message).not.toContain('very-secret-value');
        return (e as ConfigError).problems;
      }
      return [];
    };
    expect(problems({ LIAN_S3_BUCKET: 'lian-files', LIAN_S3_SECRET_ACCESS_KEY: 'very-secret-value' })).toEqual([
      'LIAN_S3_ENDPOINT: required when LIAN_S3_BUCKET is set',
      'LIAN_S3_ACCESS_KEY_ID: required when LIAN_S3_BUCKET is set',
    ]);
    expect(problems({ LIAN_S3_SECRET_ACCESS_KEY: 'very-secret-value' })).toEqual([
      'LIAN_S3_BUCKET: required when LIAN_S3_SECRET_ACCESS_KEY is set',
    ]);
    const bad = problems({
      ...full,
      LIAN_S3_ENDPOINT: 'ftp://x',
      LIAN_S3_BUCKET: 'Bad_Bucket',
      LIAN_S3_FORCE_PATH_STYLE: 'yes',
      LIAN_S3_PREFIX: '/x',
    });
    expect(bad.map((p) => p.split(':')[0]).sort()).toEqual([
      'LIAN_S3_BUCKET',
      'LIAN_S3_ENDPOINT',
      'LIAN_S3_FORCE_PATH_STYLE',
      'LIAN_S3_PREFIX',
    ]);
  });
});

describe('integrity of a served material', () => {
  let p: TestPlatform;
  let client: Client;
  let filingId: string;
  let complaint: FilingView['materials'][number];
  const errors: unknown[] = [];
  beforeAll(async () => {
    p = await startTestPlatform();
    const litigant = await signedInActor(p.deps, '13800000001');
    [filingId] = (await submitCompleteFilings(p.deps, litigant, p.court.id, 1)) as [string];
    client = await new Client(p.app).login('13800000001');
    const view = await client.get<{ filing: FilingView }>(`/api/filings/${filingId}`);
    complaint = view.body.filing.materials.find((m) => m.kind === 'complaint')!;
    const log = p.app.log;
    Object.assign(p.deps, { log: { warn: log.warn.bind(log), error: (obj: object) => errors.push(obj) } });
  });
  afterAll(async () => {
    await p?.stop();
  });

  const blobFile = (h: string) => blobFileOf(p.config.dataDir, h);
  const alarms = () => integrityAlarms(p.deps.db, filingId);
  const url = () => client.linkTo(filingId, complaint.id);

  it('serves an intact file byte-identical, with its hash', async () => {
    const res = await client.get(await url());
    expect(res.status).toBe(200);
    expect(sha(res.raw)).toBe(complaint.sha256);
    expect(res.headers['x-content-sha256']).toBe(complaint.sha256);
    expect(await alarms()).toEqual([]);
  });

  it('refuses a file whose stored bytes changed, and raises an audited, logged alarm', async () => {
    const file = blobFile(complaint.sha256);
    const original = await readFile(file);
    const corrupt = Buffer.from(original);
    corrupt[corrupt.length - 10] = corrupt[corrupt.length - 10]! ^ 0xff;
    await writeFile(file, corrupt);
    try {
      const res = await client.get<{ error: { code: string } }>(await url());
      expect(res.status).toBe(500);
      expect(res.body.error.code).toBe('INTERNAL');
      expect(res.raw.includes(corrupt)).toBe(false);
      const rows = await alarms();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ outcome: 'failure', resource_type: 'filing' });
      expect(rows[0]!.detail).toMatchObject({
        materialId: complaint.id,
        sha256: complaint.sha256,
        reason: 'mismatch',
        actualSha256: sha(corrupt),
      });
      expect(errors).toContainEqual(expect.objectContaining({ filingId, sha256: complaint.sha256 }));
    } finally {
      await writeFile(file, original);
    }
  });

  it('aborts a streamed (large-file) transfer at the end when the bytes do not match', async () => {
    const file = blobFile(complaint.sha256);
    const original = await readFile(file);
    await writeFile(file, original.subarray(0, original.length - 1));
    const before = (await alarms()).length;
    try {
      const actor = await signedInActor(p.deps, '13800000001');
      const ctx = { actorId: actor.userId, requestId: 'integrity-test', ip: null };
      const opened = await openMaterial(p.deps, ctx, actor, filingId, complaint.id, { verifyBeforeSendBytes: 0 });
      await expect(text(opened.stream)).rejects.toBeInstanceOf(BlobIntegrityError);
      const rows = await alarms();
      expect(rows).toHaveLength(before + 1);
      expect(rows.at(-1)!.detail).toMatchObject({ reason: 'mismatch', expectedSize: original.length, actualSize: original.length - 1 });
      // The intact file streams cleanly through the same path.
      await writeFile(file, original);
      const again = await openMaterial(p.deps, ctx, actor, filingId, complaint.id, { verifyBeforeSendBytes: 0 });
      expect(sha(await bytesOf(again.stream))).toBe(complaint.sha256);
    } finally {
      await writeFile(file, original);
    }
  });

  it('raises an alarm when the stored file is missing', async () => {
    const file = blobFile(complaint.sha256);
    const original = await readFile(file);
    await rm(file);
    try {
      const res = await client.get<{ error: { code: string } }>(await url());
      expect(res.status).toBe(500);
      expect((await alarms()).at(-1)!.detail).toMatchObject({ reason: 'missing', sha256: complaint.sha256 });
    } finally {
      await writeFile(file, original);
    }
  });
});

describe('platform on an S3-compatible store (from LIAN_S3_* configuration)', () => {
  it('keeps uploaded materials in the bucket under the prefix and serves them back', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lian-s3platform-'));
    scratch.push(dataDir);
    const prefix = `p-${randomBytes(4).toString('hex')}`;
    const config = loadConfig({
      NODE_ENV: 'test',
      LIAN_DATA_DIR: dataDir,
      LIAN_LOG_LEVEL: 'silent',
      LIAN_S3_ENDPOINT: `http://127.0.0.1:${s3port}`,
      LIAN_S3_BUCKET: 'lian-test',
      LIAN_S3_ACCESS_KEY_ID: 'S3RVER',
      LIAN_S3_SECRET_ACCESS_KEY: 'S3RVER',
      LIAN_S3_PREFIX: prefix,
    });
    const platform = await openPlatform(config, { logger: false, webDist: path.join(dataDir, 'no-web') });
    try {
      await seedDemo(platform.deps);
      const court = await platform.deps.db.selectFrom('courts').select('id').executeTakeFirstOrThrow();
      const client = await new Client(platform.app).login('13800000001');
      const created = await client.post<{ filing: FilingView }>('/api/filings', { courtId: court.id, caseType: 'civil_first_instance' });
      const id = created.body.filing.id;
      const pdf = samplePdf('stored in s3');
      const up = await client.upload<{ material: { id: string; sha256: string } }>(
        `/api/filings/${id}/materials?kind=complaint&fileName=c.pdf`,
        pdf,
      );
      expect(up.status, JSON.stringify(up.body)).toBe(201);
      const h = sha(pdf);
      expect(up.body.material.sha256).toBe(h);
      const list = await (platform.deps.blobs as ReturnType<typeof s3BlobStore>).client.send(
        new ListObjectsV2Command({ Bucket: 'lian-test', Prefix: `${prefix}/` }),
      );
      expect((list.Contents ?? []).map((o) => o.Key)).toEqual([`${prefix}/${h.slice(0, 2)}/${h.slice(2, 4)}/${h}`]);
      expect((await filesUnder(path.join(dataDir, 'blobs'))).filter((f) => f.includes(h))).toEqual([]);
      const got = await client.get(await client.linkTo(id, up.body.material.id));
      expect(got.status).toBe(200);
      expect(got.raw.equals(pdf)).toBe(true);
    } finally {
      await platform.close();
    }
  });
});
