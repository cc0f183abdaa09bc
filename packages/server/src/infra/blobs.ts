// Content-addressed blob store: a file is named by its SHA-256, written once, and identical files are
// stored once. Two implementations behind one interface: a local directory (default) and an
// S3-compatible object store (s3-blobs.ts). Both stage an upload to a local temporary file while
// hashing it, so the name is known before anything is written under it.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface StagedBlob {
  sha256: string;
  size: number;
  /** The staged file on local disk, for content checks that read more than the head. */
  path: string;
  /** The first bytes of the file, for type detection by magic bytes. */
  head: Buffer;
  /** Moves the staged file into the store (no-op when the content is already there). */
  commit(): Promise<void>;
  discard(): Promise<void>;
}

export class SizeLimitError extends Error {
  constructor(readonly limit: number) {
    super(`stream exceeds ${limit} bytes`);
  }
}

/** The store has no blob of that name. */
export class BlobNotFoundError extends Error {
  constructor(readonly sha256: string) {
    super(`blob ${sha256} not found`);
  }
}

/** The bytes read back are not the blob they are named after (changed or truncated in storage). */
export class BlobIntegrityError extends Error {
  constructor(
    readonly sha256: string,
    readonly actualSha256: string | null,
    readonly expectedSize: number,
    readonly actualSize: number,
  ) {
    super(
      `blob ${sha256} failed its integrity check (read ${actualSize} of ${expectedSize} bytes, hash ${actualSha256 ?? 'not computed'})`,
    );
  }
}

export interface BlobStore {
  stage(stream: Readable, maxBytes: number): Promise<StagedBlob>;
  /**
   * Takes over a complete file already on local disk (a finished resumable upload): hashes it where it
   * lies (unless its hash is `known`, computed as it arrived); `commit` moves it into the store and
   * `discard` deletes it.
   */
  adopt(file: string, known?: Omit<StagedFile, 'tmp'>): Promise<StagedBlob>;
  /**
   * Streams a blob, or only bytes `range.start..range.end` (inclusive) of it, read from that offset
   * (a file seek, an S3 Range GET) rather than from the start; fails with BlobNotFoundError when there is none.
   */
  read(sha256: string, range?: ByteRange): Readable;
  has(sha256: string): Promise<boolean>;
  /** The stored length of a blob (without reading it), or null when there is none. */
  size(sha256: string): Promise<number | null>;
  remove(sha256: string): Promise<void>;
  /**
   * Moves a blob that failed its integrity check out of the store's namespace (kept aside for the
   * operators, under `quarantine/`), so that no later read — whole or partial — can serve it.
   */
  quarantine(sha256: string): Promise<void>;
}

export interface ByteRange {
  start: number;
  end: number;
}

export const HEAD_BYTES = 4100;

export function assertSha256(sha: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha)) throw new Error('not a sha256');
  return sha;
}

/** `aa/bb/<sha256>`: two levels of fan-out keep directories (and object listings) small. */
export const blobRelativePath = (sha: string) => `${assertSha256(sha).slice(0, 2)}/${sha.slice(2, 4)}/${sha}`;

export interface StagedFile {
  tmp: string;
  sha256: string;
  size: number;
  head: Buffer;
}

/** Streams into a new file under `tmpDir`, hashing and counting; nothing is left behind on failure. */
export async function stageToFile(tmpDir: string, stream: Readable, maxBytes: number): Promise<StagedFile> {
  await mkdir(tmpDir, { recursive: true });
  const tmp = path.join(tmpDir, randomUUID());
  const hash = createHash('sha256');
  let size = 0;
  const headParts: Buffer[] = [];
  let headLen = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      size += chunk.length;
      if (size > maxBytes) return cb(new SizeLimitError(maxBytes));
      if (headLen < HEAD_BYTES) {
        headParts.push(chunk.subarray(0, HEAD_BYTES - headLen));
        headLen += Math.min(chunk.length, HEAD_BYTES - headLen);
      }
      hash.update(chunk);
      cb(null, chunk);
    },
  });
  try {
    await pipeline(stream, meter, createWriteStream(tmp, { mode: 0o600 }));
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  return { tmp, sha256: hash.digest('hex'), size, head: Buffer.concat(headParts) };
}

/** SHA-256, size and head of a file on disk, read as a stream: never the whole file in memory. */
export async function hashFile(file: string): Promise<StagedFile> {
  const hash = createHash('sha256');
  let size = 0;
  const headParts: Buffer[] = [];
  let headLen = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (headLen < HEAD_BYTES) {
      headParts.push(chunk.subarray(0, HEAD_BYTES - headLen));
      headLen += Math.min(chunk.length, HEAD_BYTES - headLen);
    }
    hash.update(chunk);
  }
  return { tmp: file, sha256: hash.digest('hex'), size, head: Buffer.concat(headParts) };
}

/** A staged file as a blob whose `commit` is the store's own; `discard` deletes the file. */
export function stagedBlob(f: StagedFile, commit: (discard: () => Promise<void>) => Promise<void>): StagedBlob {
  const discard = () => rm(f.tmp, { force: true });
  return { sha256: f.sha256, size: f.size, head: f.head, path: f.tmp, discard, commit: () => commit(discard) };
}

/** `stage` (a stream, staged under `tmpDir`) and `adopt` (a file already on disk) of a store. */
export function staging(tmpDir: string, toBlob: (f: StagedFile) => StagedBlob): Pick<BlobStore, 'stage' | 'adopt'> {
  return {
    stage: async (stream, maxBytes) => toBlob(await stageToFile(tmpDir, stream, maxBytes)),
    adopt: async (file, known) => toBlob(known ? { tmp: file, ...known } : await hashFile(file)),
  };
}

/**
 * A stream that is `source` once it resolves, with its errors translated; returned synchronously so a
 * store whose read starts with a request (S3) fits the same interface as one that opens a file.
 */
export function deferredStream(source: () => Promise<Readable>, translate: (e: unknown) => unknown): Readable {
  const out = new PassThrough();
  const fail = (e: unknown) => out.destroy(translate(e) as Error);
  source().then((s) => {
    s.on('error', fail);
    // A consumer that goes away (client aborted) releases the file or connection.
    out.on('close', () => s.destroy());
    s.pipe(out);
  }, fail);
  return out;
}

/**
 * Passes on only bytes start..end (inclusive) of the stream: for a store that answered a ranged read
 * with the whole object (some S3-compatible stores ignore a Range they do not support).
 */
export function sliceStream(source: Readable, start: number, end: number): Readable {
  let at = 0;
  let done = false;
  const cut = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      if (done) return cb();
      const from = Math.max(start - at, 0);
      const to = Math.min(end + 1 - at, chunk.length);
      at += chunk.length;
      cb(null, to > from ? chunk.subarray(from, to) : undefined);
      if (at > end) {
        // Nothing more is wanted: end here and let the source go.
        done = true;
        source.unpipe(cut);
        cut.end();
        source.destroy();
      }
    },
  });
  source.on('error', (e) => cut.destroy(e));
  cut.on('close', () => source.destroy());
  return source.pipe(cut);
}

export function localBlobStore(root: string): BlobStore {
  const blobPath = (sha: string) => path.join(root, ...blobRelativePath(sha).split('/'));
  const tmpDir = path.join(root, 'tmp');
  const staged = (f: StagedFile) =>
    stagedBlob(f, async (discard) => {
      const dest = blobPath(f.sha256);
      if (await exists(dest)) return discard();
      await mkdir(path.dirname(dest), { recursive: true });
      // fsync before rename so a crash never leaves a named blob with partial content.
      const fh = await open(f.tmp, 'r');
      await fh.sync();
      await fh.close();
      await moveFile(f.tmp, dest);
    });
  return {
    ...staging(tmpDir, staged),
    read(sha, range) {
      const file = blobPath(sha);
      return deferredStream(
        async () => {
          // Opened before the stream is handed on, so a missing file is an error of the stream, not of a later read.
          const fh = await open(file, 'r');
          return fh.createReadStream(range ? { start: range.start, end: range.end } : {});
        },
        (e) => ((e as NodeJS.ErrnoException).code === 'ENOENT' ? new BlobNotFoundError(sha) : e),
      );
    },
    has: (sha) => exists(blobPath(sha)),
    async size(sha) {
      try {
        return (await stat(blobPath(sha))).size;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw e;
      }
    },
    remove: (sha) => rm(blobPath(sha), { force: true }),
    async quarantine(sha) {
      const aside = path.join(root, 'quarantine', `${sha}.${new Date().toISOString().replace(/[:.]/g, '-')}`);
      await mkdir(path.dirname(aside), { recursive: true });
      try {
        await rename(blobPath(sha), aside);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
    },
  };
}

/** rename, or copy and delete when the staging directory is on another file system. */
async function moveFile(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    const partial = `${to}.${randomUUID()}.partial`;
    try {
      await copyFile(from, partial);
      const fh = await open(partial, 'r');
      await fh.sync();
      await fh.close();
      await rename(partial, to);
    } finally {
      await rm(partial, { force: true });
    }
    await rm(from, { force: true });
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * Passes bytes through while hashing them; fails as soon as there are more than `size` bytes, and at
 * the end if the count or the SHA-256 differ, after awaiting `onMismatch` (e.g. to record an alarm).
 * A consumer therefore never sees a clean end of a wrong file.
 */
export function integrityCheck(sha256: string, size: number, onMismatch: (e: BlobIntegrityError) => Promise<void>): Transform {
  const hash = createHash('sha256');
  let seen = 0;
  const fail = (e: BlobIntegrityError, cb: (err: Error) => void) =>
    void onMismatch(e).then(
      () => cb(e),
      () => cb(e),
    );
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      seen += chunk.length;
      if (seen > size) return fail(new BlobIntegrityError(sha256, null, size, seen), cb);
      hash.update(chunk);
      cb(null, chunk);
    },
    flush(cb) {
      const actual = hash.digest('hex');
      if (seen !== size || actual !== sha256) return fail(new BlobIntegrityError(sha256, actual, size, seen), cb);
      cb();
    },
  });
}

/** Reads a whole blob into memory and checks it before any byte is handed on. */
export async function readVerified(
  store: BlobStore,
  sha256: string,
  size: number,
  onMismatch: (e: BlobIntegrityError) => Promise<void>,
): Promise<Buffer> {
  const parts: Buffer[] = [];
  await pipeline(store.read(sha256), integrityCheck(sha256, size, onMismatch), async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) parts.push(chunk);
  });
  return Buffer.concat(parts);
}
