// A VirusScanner over clamd's INSTREAM command on TCP (clamd.conf: TCPSocket, StreamMaxLength ≥ the upload
// limit). The file is streamed in chunks; clamd answers "stream: OK" or "stream: <signature> FOUND". Any other
// answer, a refused connection or a time-out is an error: the caller refuses the file, never lets it through.
import { createReadStream } from 'node:fs';
import net from 'node:net';
import type { ScanResult, VirusScanner } from './types.js';

export class ScannerError extends Error {}

export function parseClamdUrl(url: string): { host: string; port: number } {
  const u = new URL(url);
  if (u.protocol !== 'tcp:' || !u.hostname || !u.port) throw new Error('expected tcp://host:port');
  return { host: u.hostname.replace(/^\[|\]$/g, ''), port: Number(u.port) };
}

export function clamdScanner(url: string, opts: { timeoutMs?: number } = {}): VirusScanner {
  const { host, port } = parseClamdUrl(url);
  const timeoutMs = opts.timeoutMs ?? 60_000;
  return {
    scan: (path) =>
      new Promise<ScanResult>((resolve, reject) => {
        const socket = net.connect({ host, port });
        const replies: Buffer[] = [];
        let settled = false;
        const fail = (e: Error) => {
          if (settled) return;
          settled = true;
          socket.destroy();
          reject(e instanceof ScannerError ? e : new ScannerError(`clamd: ${e.message}`));
        };
        socket.setTimeout(timeoutMs, () => fail(new ScannerError('clamd did not answer in time')));
        socket.on('error', fail);
        socket.on('data', (b: Buffer) => replies.push(b));
        socket.on('end', () => {
          if (settled) return;
          const reply = Buffer.concat(replies).toString('utf8').replace(/\0/g, '').trim();
          const found = /^stream: (.+) FOUND$/.exec(reply);
          if (found) {
            settled = true;
            socket.end();
            return resolve({ clean: false, signature: found[1]! });
          }
          if (reply === 'stream: OK') {
            settled = true;
            socket.end();
            return resolve({ clean: true });
          }
          fail(new ScannerError(`clamd answered: ${reply.slice(0, 200) || '(nothing)'}`));
        });
        socket.on('connect', () => {
          socket.write('zINSTREAM\0');
          const file = createReadStream(path, { highWaterMark: 64 * 1024 });
          file.on('error', fail);
          file.on('data', (chunk) => {
            const buf = chunk as Buffer;
            const len = Buffer.alloc(4);
            len.writeUInt32BE(buf.length);
            socket.write(len);
            if (!socket.write(buf)) {
              file.pause();
              socket.once('drain', () => file.resume());
            }
          });
          file.on('end', () => socket.write(Buffer.alloc(4)));
        });
      }),
  };
}
