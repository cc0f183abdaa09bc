// The platform's outer surface: health, OpenAPI, security headers, request ids, logs without secrets.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '../src/cli/seed.js';
import { loggerOptions, openPlatform } from '../src/platform.js';
import { freshPostgresDatabase, usingPostgres } from './harness.js';

const logLines: string[] = [];
let platform: Awaited<ReturnType<typeof openPlatform>>;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lian-platform-'));
  const pgdb = usingPostgres() ? await freshPostgresDatabase() : null;
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      logLines.push(chunk.toString());
      cb();
    },
  });
  platform = await openPlatform(
    {
      env: 'test',
      port: 0,
      host: '127.0.0.1',
      dataDir,
      databaseUrl: pgdb?.url,
      publicUrl: 'https://court.example',
      fieldKeys: `t:${randomBytes(32).toString('base64')}`,
      indexKey: randomBytes(32).toString('base64'),
      logLevel: 'info',
      maxUploadBytes: 1024,
      maxFilingBytes: 4 * 1024 * 1024 * 1024,
      uploadExpiryMs: 24 * 3600 * 1000,
    },
    { logger: { ...(loggerOptions('info') as object), stream: sink }, webDist: path.join(dataDir, 'none') },
  );
  await seedDemo(platform.deps);
  cleanup = async () => {
    await platform.close();
    await pgdb?.drop();
    await rm(dataDir, { recursive: true, force: true });
  };
});
afterAll(async () => {
  await cleanup?.();
});

describe('platform', () => {
  it('answers /healthz and /readyz', async () => {
    expect((await platform.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await platform.app.inject('/readyz')).json()).toEqual({ status: 'ready' });
  });

  it('serves an OpenAPI 3.1 document with every API route', async () => {
    const doc = (await platform.app.inject('/api/docs/json')).json() as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/register',
        '/api/auth/login',
        '/api/me',
        '/api/courts',
        '/api/causes-of-action',
        '/api/filings',
        '/api/filings/{id}',
        '/api/filings/{id}/materials',
        '/api/filings/{id}/submit',
        '/api/review/queue',
        '/api/review/filings/{id}/accept',
      ]),
    );
    expect((await platform.app.inject('/api/docs')).statusCode).toBeLessThan(400);
  });

  it('sets security headers and a secure, HttpOnly session cookie', async () => {
    const res = await platform.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'lian' },
      payload: { login: '13800000001', password: DEMO_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(res.headers['strict-transport-security']).toContain('max-age=');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it('echoes a request id and keeps passwords and session tokens out of the log', async () => {
    const res = await platform.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: {
        'content-type': 'application/json',
        'x-requested-with': 'lian',
        'x-request-id': 'trace-123',
        cookie: 'lian_session=secret-session-token',
      },
      payload: { login: '13800000001', password: DEMO_PASSWORD },
    });
    expect(res.headers['x-request-id']).toBe('trace-123');
    const token = String(res.headers['set-cookie']).split(';')[0]!.split('=')[1]!;
    const log = logLines.join('');
    expect(log).toContain('trace-123');
    expect(log).not.toContain(DEMO_PASSWORD);
    expect(log).not.toContain('secret-session-token');
    expect(log).not.toContain(token);
  });

  it('logs request paths without their query strings (a search by phone number stays out of the log)', async () => {
    const res = await platform.app.inject('/api/audit/records?actor=13912340000&filing=%E4%BA%AC0105');
    expect(res.statusCode).toBe(401);
    const log = logLines.join('');
    expect(log).toContain('"url":"/api/audit/records"');
    expect(log).not.toContain('13912340000');
  });

  it('logs a download link without its token', async () => {
    const url = '/api/filings/00000000-0000-4000-8000-000000000001/materials/00000000-0000-4000-8000-000000000002/content';
    await platform.app.inject({ method: 'GET', url: `${url}?token=kq1x2y.secret-link-mac&x=1`, headers: { 'x-request-id': 'link-log' } });
    const line = logLines.find((l) => l.includes('"link-log"') && l.includes('/content'));
    expect(line).toContain(`"url":"${url}"`);
    expect(logLines.join('')).not.toContain('secret-link-mac');
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await platform.app.inject('/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
