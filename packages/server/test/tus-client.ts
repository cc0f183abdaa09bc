// A raw tus 1.0 client over real HTTP (fetch and node:http) with a session cookie, for the upload tests.
import type { FastifyInstance } from 'fastify';
import { Client } from './client.js';
import { createHash } from 'node:crypto';
import http from 'node:http';

export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

export interface TusRes {
  status: number;
  headers: Headers;
  body: string;
  error?: { code: string; message: string };
}

export class TusClient {
  constructor(
    readonly base: string,
    private cookie = '',
  ) {}

  /** Signs in through the app (second factor included, see client.ts) and speaks tus to its real port. */
  static async signIn(app: FastifyInstance, base: string, login: string): Promise<TusClient> {
    const cookie = (await new Client(app).login(login)).sessionCookie();
    if (!cookie) throw new Error(`login ${login}: no session`);
    return new TusClient(base, cookie);
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { 'tus-resumable': '1.0.0', 'x-requested-with': 'lian', ...(this.cookie ? { cookie: this.cookie } : {}), ...extra };
  }

  private async send(method: string, url: string, headers: Record<string, string>, body?: Buffer): Promise<TusRes> {
    const r = await fetch(url.startsWith('http') ? url : `${this.base}${url}`, { method, headers: this.headers(headers), body });
    const text = await r.text();
    let error: TusRes['error'];
    try {
      error = (JSON.parse(text) as { error?: TusRes['error'] }).error;
    } catch {
      error = undefined;
    }
    return { status: r.status, headers: r.headers, body: text, ...(error ? { error } : {}) };
  }

  /** POST /api/uploads; returns the response and the upload's path (from Location). */
  async create(meta: { filingId: string; kind: string; fileName: string }, length: number, extra: Record<string, string> = {}) {
    const metadata = Object.entries(meta)
      .map(([k, v]) => `${k} ${b64(v)}`)
      .join(',');
    const res = await this.send('POST', '/api/uploads', { 'upload-length': String(length), 'upload-metadata': metadata, ...extra });
    return { res, location: res.headers.get('location') ?? '' };
  }

  head = (location: string) => this.send('HEAD', location, {});
  del = (location: string) => this.send('DELETE', location, {});
  patch = (location: string, offset: number, bytes: Buffer) =>
    this.send('PATCH', location, { 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' }, bytes);

  async offset(location: string): Promise<number> {
    return Number((await this.head(location)).headers.get('upload-offset'));
  }

  /** Sends `bytes` from `offset` but cuts the connection after `sendBefore` bytes, as a dropped network would. */
  patchInterrupted(location: string, offset: number, bytes: Buffer, sendBefore: number): Promise<void> {
    const url = new URL(location, this.base);
    return new Promise((resolve) => {
      const req = http.request(url, {
        method: 'PATCH',
        headers: {
          ...this.headers({ 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' }),
          'content-length': String(bytes.length),
        },
      });
      req.on('error', () => resolve());
      req.on('response', () => resolve());
      req.write(bytes.subarray(0, sendBefore), () => setTimeout(() => (req.destroy(), resolve()), 200));
    });
  }

  /** Downloads a material through the download link this session is handed for it. */
  async download(filingId: string, materialId: string): Promise<Buffer> {
    const links = await this.json<{ links: Array<{ materialId: string; contentUrl: string }> }>(
      'GET',
      `/api/filings/${filingId}/material-links`,
    );
    const path = links.body.links.find((l) => l.materialId === materialId)?.contentUrl;
    if (!path) throw new Error(`no link to material ${materialId}: ${links.status}`);
    const r = await fetch(`${this.base}${path}`, { headers: this.cookie ? { cookie: this.cookie } : {} });
    if (r.status !== 200) throw new Error(`download ${path}: ${r.status}`);
    return Buffer.from(await r.arrayBuffer());
  }

  async json<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const r = await fetch(`${this.base}${path}`, {
      method,
      headers: { 'x-requested-with': 'lian', cookie: this.cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: r.status, body: (await r.json()) as T };
  }
}
