// Case numbers under concurrency: two server processes on one PostgreSQL database accept 200 filings
// at once; the serial numbers for that court, year and case type must be exactly 1…200.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCaseNumber } from '@lian/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRETS } from '../src/cli/seed.js';
import { signedInActor, submitCompleteFilings } from './fixtures.js';
import { totpAt } from './second-factor.js';
import { startTestPlatform, type TestPlatform, usingPostgres } from './harness.js';

const FILINGS = 200;
const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../bin/lian.mjs');

let p: TestPlatform;
const servers: Array<{ child: ChildProcess; url: string; dataDir: string }> = [];

async function startServer(): Promise<{ child: ChildProcess; url: string; dataDir: string }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lian-proc-'));
  const child = spawn(process.execPath, [bin, 'serve'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: p.config.databaseUrl,
      LIAN_DATA_DIR: dataDir,
      LIAN_FIELD_KEYS: p.config.fieldKeys,
      LIAN_INDEX_KEY: p.config.indexKey,
      LIAN_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 60_000);
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /Lian is running: (http:\/\/localhost:\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!.replace('localhost', '127.0.0.1'));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
  return { child, url, dataDir };
}

describe.runIf(usingPostgres())('case numbers with two server processes on one PostgreSQL', () => {
  beforeAll(async () => {
    p = await startTestPlatform();
    const litigant = await signedInActor(p.deps, '13800000001');
    await submitCompleteFilings(p.deps, litigant, p.court.id, FILINGS);
    servers.push(await startServer(), await startServer());
  });
  afterAll(async () => {
    for (const s of servers) {
      s.child.kill('SIGTERM');
      await new Promise((r) => s.child.once('exit', r));
      await rm(s.dataDir, { recursive: true, force: true });
    }
    await p?.stop();
  });

  it('assigns 1…200 with no duplicate and no gap', async () => {
    // One clerk session, used against both processes: sessions live in the database, not in a process.
    const login = await fetch(`${servers[0]!.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'lian' },
      body: JSON.stringify({ login: 'clerk@chaoyang.court.example', password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    // The second factor is answered at the other process: the pending challenge lives in the database.
    const challenge = login.headers.get('set-cookie')!.split(';')[0]!;
    const second = await fetch(`${servers[1]!.url}/api/auth/second-factor`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'lian', cookie: challenge },
      body: JSON.stringify({ code: totpAt(DEMO_TOTP_SECRETS['clerk@chaoyang.court.example']!, new Date()) }),
    });
    expect(second.status).toBe(200);
    const cookie = second.headers
      .getSetCookie()
      .find((c) => c.startsWith('lian_session='))!
      .split(';')[0]!;
    const queue = (await (await fetch(`${servers[1]!.url}/api/review/queue`, { headers: { cookie } })).json()) as {
      items: Array<{ id: string }>;
    };
    expect(queue.items).toHaveLength(FILINGS);

    const results = await Promise.all(
      queue.items.map(async (item, i) => {
        const res = await fetch(`${servers[i % 2]!.url}/api/review/filings/${item.id}/accept`, {
          method: 'POST',
          headers: { cookie, 'x-requested-with': 'lian' },
        });
        return { status: res.status, body: (await res.json()) as { filing: { caseNumber: string } } };
      }),
    );
    expect(results.map((r) => r.status)).toEqual(Array(FILINGS).fill(200));
    const serials = results.map((r) => {
      const parsed = parseCaseNumber(r.body.filing.caseNumber);
      if (!parsed.ok) throw new Error(`bad case number ${r.body.filing.caseNumber}`);
      expect(parsed.value).toMatchObject({ courtCode: '京0105', typeCode: '民初' });
      return parsed.value.serial;
    });
    expect([...serials].sort((a, b) => a - b)).toEqual(Array.from({ length: FILINGS }, (_, i) => i + 1));

    const rows = await p.deps.db.selectFrom('filings').select(['case_serial', 'state']).where('court_id', '=', p.court.id).execute();
    expect(rows.every((r) => r.state === 'accepted')).toBe(true);
    expect(new Set(rows.map((r) => r.case_serial)).size).toBe(FILINGS);
    const counter = await p.deps.db
      .selectFrom('case_counters')
      .select('last_serial')
      .where('court_id', '=', p.court.id)
      .executeTakeFirstOrThrow();
    expect(counter.last_serial).toBe(FILINGS);
  });
});
