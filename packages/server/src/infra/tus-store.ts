// The staging store of resumable uploads: @tus/file-store under LIAN_DATA_DIR/uploads, which also hashes
// the bytes as they arrive. While an upload's PATCH requests follow one another in this process, its
// SHA-256 is ready the moment the last byte is written, so a finished 2 GiB file is not read a second time.
// After a restart, or when a request carried on elsewhere, the running hash is dropped and the finished
// file is hashed from disk instead (infra/blobs.ts `hashFile`).
import { createHash, type Hash } from 'node:crypto';
import type http from 'node:http';
import { pipeline, type Readable, Transform } from 'node:stream';
import { FileStore } from '@tus/file-store';
import { HEAD_BYTES, type StagedFile } from './blobs.js';

interface RunningHash {
  hash: Hash;
  offset: number;
  head: Buffer[];
  headLen: number;
}

export class HashingFileStore extends FileStore {
  private readonly running = new Map<string, RunningHash>();

  override async write(readable: http.IncomingMessage | Readable, id: string, offset: number): Promise<number> {
    let state = offset === 0 ? { hash: createHash('sha256'), offset: 0, head: [], headLen: 0 } : this.running.get(id);
    if (state && state.offset !== offset) state = undefined;
    if (!state) {
      this.running.delete(id);
      return super.write(readable, id, offset);
    }
    this.running.set(id, state);
    const s = state;
    const tap = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        s.hash.update(chunk);
        s.offset += chunk.length;
        if (s.headLen < HEAD_BYTES) {
          s.head.push(chunk.subarray(0, HEAD_BYTES - s.headLen));
          s.headLen += Math.min(chunk.length, HEAD_BYTES - s.headLen);
        }
        cb(null, chunk);
      },
    });
    try {
      const written = await super.write(pipeline(readable, tap, () => undefined), id, offset);
      // Every byte hashed must be a byte on disk; otherwise the file is hashed again at the end.
      if (written !== s.offset) this.running.delete(id);
      return written;
    } catch (e) {
      this.running.delete(id);
      throw e;
    }
  }

  /** The hash of a finished upload if every byte of it passed through this process in order. */
  takeHash(id: string, size: number): Omit<StagedFile, 'tmp'> | undefined {
    const s = this.running.get(id);
    this.running.delete(id);
    if (!s || s.offset !== size) return undefined;
    return { sha256: s.hash.digest('hex'), size, head: Buffer.concat(s.head) };
  }

  forget(id: string): void {
    this.running.delete(id);
  }
}
