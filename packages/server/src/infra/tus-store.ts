// The staging store of resumable uploads: @tus/file-store under LIAN_DATA_DIR/uploads, which also hashes
// the bytes as they arrive. While an upload's PATCH requests follow one another in this process, its
// SHA-256 is ready the moment the last byte is written, so a finished 2 GiB file is not read a second time.
// After a restart, or when a request carried on elsewhere, the running hash is dropped and the finished
// file is hashed from disk instead (infra/blobs.ts `hashFile`).
import { createHash, type Hash } from 'node:crypto';
import type http from 'node:http';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FileStore } from '@tus/file-store';
import { ERRORS } from '@tus/utils';
import { HEAD_BYTES, type StagedFile } from './blobs.js';

const WRITE_BUFFER = 4 * 1024 * 1024;

interface RunningHash {
  hash: Hash;
  offset: number;
  head: Buffer[];
  headLen: number;
}

export class HashingFileStore extends FileStore {
  private readonly running = new Map<string, RunningHash>();

  override async write(readable: http.IncomingMessage | Readable, id: string, offset: number): Promise<number> {
    if (!/^[0-9a-f]{32}$/.test(id)) throw ERRORS.FILE_NOT_FOUND;
    let state = offset === 0 ? { hash: createHash('sha256'), offset: 0, head: [], headLen: 0 } : this.running.get(id);
    if (state && state.offset !== offset) state = undefined;
    if (state) this.running.set(id, state);
    else this.running.delete(id);
    const s = state;
    let received = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        received += chunk.length;
        if (s) {
          s.hash.update(chunk);
          s.offset += chunk.length;
          if (s.headLen < HEAD_BYTES) {
            s.head.push(chunk.subarray(0, HEAD_BYTES - s.headLen));
            s.headLen += Math.min(chunk.length, HEAD_BYTES - s.headLen);
          }
        }
        cb(null, chunk);
      },
    });
    // The file store's own write, with a deep write buffer: chunks arriving while a write is under way are
    // written together (writev), so a large upload is not written in thousands of 64 KiB system calls.
    const out = createWriteStream(path.join(this.directory, id), { flags: 'r+', start: offset, highWaterMark: WRITE_BUFFER });
    try {
      await pipeline(readable, tap, out);
    } catch {
      this.running.delete(id);
      throw ERRORS.FILE_WRITE_ERROR;
    }
    // Every byte hashed must be a byte on disk; otherwise the file is hashed again at the end.
    if (s && s.offset !== offset + received) this.running.delete(id);
    return offset + received;
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
