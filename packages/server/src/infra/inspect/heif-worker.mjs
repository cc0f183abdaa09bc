// Decodes the primary image of one HEIF file off the main thread: libheif in WebAssembly takes seconds
// for a 12-megapixel phone photo, and the server must keep answering other requests meanwhile. Plain
// JavaScript, so that the worker needs no TypeScript loader. Input: workerData.path; output: one message,
// { ok: true, width, height, data } (RGBA, its buffer transferred) or { ok: false, message }.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const decode = createRequire(import.meta.url)('heic-decode');

try {
  const image = await decode({ buffer: await readFile(workerData.path) });
  parentPort.postMessage({ ok: true, width: image.width, height: image.height, data: image.data }, [image.data.buffer]);
} catch (e) {
  parentPort.postMessage({ ok: false, message: String(e && e.message ? e.message : e) });
}
