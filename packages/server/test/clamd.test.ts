// Virus scanning against a real clamd (Debian clamav-daemon), started by the test on a free port with one
// custom signature for the EICAR test string, so no signature download is needed. Without clamd installed
// the test is skipped locally and fails on CI (.ci/run installs it).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { FilingView, MaterialView } from '@lian/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clamdScanner, defaultInspectionPolicy } from '../src/infra/inspect/index.js';
import { Client } from './client.js';
import { startTestPlatform, type TestPlatform } from './harness.js';
import { blobFiles, EICAR, pdf } from './samples.js';

const CLAMD = ['/usr/sbin/clamd', '/usr/bin/clamd'].find((f) => existsSync(f));
if (!CLAMD && process.env.CI) throw new Error('clamd is not installed: .ci/run must install clamav-daemon');

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });

async function waitForPing(port: number, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const pong = await new Promise<string>((resolve) => {
      const c = net.connect({ host: '127.0.0.1', port }, () => c.end('zPING\0'));
      let got = '';
      c.on('data', (b) => (got += b.toString()));
      c.on('close', () => resolve(got));
      c.on('error', () => resolve(''));
    });
    if (pong.startsWith('PONG')) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('clamd did not start');
}

/** A PDF with the EICAR string in a trailing comment: a valid PDF that any scanner must flag. */
const infectedPdf = async () => Buffer.concat([await pdf(1), Buffer.from(`%${EICAR}\n%%EOF\n`, 'latin1')]);

describe.skipIf(!CLAMD)('virus scanning with clamd', () => {
  let dir: string;
  let clamd: ChildProcess;
  let url: string;
  let p: TestPlatform;
  let owner: Client;
  let filingId: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lian-clamd-'));
    await mkdir(path.join(dir, 'db'));
    await writeFile(path.join(dir, 'db', 'lian-eicar.ndb'), `Lian.Test.EICAR:0:*:${Buffer.from(EICAR).toString('hex')}\n`);
    const port = await freePort();
    await writeFile(
      path.join(dir, 'clamd.conf'),
      [
        'Foreground yes',
        `DatabaseDirectory ${path.join(dir, 'db')}`,
        `TCPSocket ${port}`,
        'TCPAddr 127.0.0.1',
        `PidFile ${path.join(dir, 'clamd.pid')}`,
        'StreamMaxLength 60M',
        // Run as whoever starts the test: no switch to a 'clamav' user that could not read the temp dir.
        ...(process.getuid?.() === 0 ? ['User root'] : []),
      ].join('\n'),
    );
    clamd = spawn(CLAMD!, ['-c', path.join(dir, 'clamd.conf')], { stdio: 'ignore' });
    await waitForPing(port, 30_000);
    url = `tcp://127.0.0.1:${port}`;
    p = await startTestPlatform();
    p.deps.inspection = { ...defaultInspectionPolicy, scanner: clamdScanner(url) };
    owner = await new Client(p.app).login('13800000001');
    filingId = (await owner.post<{ filing: FilingView }>('/api/filings', { courtId: p.court.id })).body.filing.id;
  }, 60_000);
  afterAll(async () => {
    clamd?.kill('SIGTERM');
    await p?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const upload = <T>(name: string, bytes: Buffer) =>
    owner.upload<T>(`/api/filings/${filingId}/materials?kind=evidence&fileName=${encodeURIComponent(name)}`, bytes);
  type Err = { error: { code: string; message: string; details: Array<{ path: string; code: string; message: string }> } };

  it('accepts a clean file', async () => {
    const r = await upload<{ material: MaterialView }>('clean.pdf', await pdf(1));
    expect(r.status, JSON.stringify(r.body)).toBe(201);
  });

  it('refuses a file carrying the EICAR string with the signature name, leaving nothing behind', async () => {
    const before = await blobFiles(p.config.dataDir);
    const r = await upload<Err>('infected.pdf', await infectedPdf());
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('MATERIAL_INFECTED');
    expect(r.body.error.details).toContainEqual({ path: 'signature', code: 'VIRUS_FOUND', message: 'Lian.Test.EICAR.UNOFFICIAL' });
    expect(r.body.error.message).toContain('infected.pdf');
    expect(await blobFiles(p.config.dataDir)).toEqual(before);
  });

  it('refuses a file it could not scan (scanner unreachable) as "try again", never accepting it', async () => {
    p.deps.inspection = { ...defaultInspectionPolicy, scanner: clamdScanner(`tcp://127.0.0.1:${await freePort()}`) };
    const before = await blobFiles(p.config.dataDir);
    const r = await upload<Err>('unscanned.pdf', await pdf(1));
    expect(r.status).toBe(503);
    expect(r.body.error.code).toBe('MATERIAL_SCAN_FAILED');
    expect(await blobFiles(p.config.dataDir)).toEqual(before);
    p.deps.inspection = { ...defaultInspectionPolicy, scanner: clamdScanner(url) };
  });
});
