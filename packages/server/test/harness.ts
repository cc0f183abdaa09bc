// Test harness: a real app on a fresh database — embedded PGlite in a temporary directory, or a new
// database on the PostgreSQL server of TEST_DATABASE_URL — with a real blob store on disk.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Config } from '../src/infra/config.js';
import { openPlatform } from '../src/platform.js';
import { seedDemo } from '../src/cli/seed.js';
import { testDepsOf } from './second-factor.js';

export const usingPostgres = () => process.env.LIAN_TEST_DB === 'postgres';

/** A new, empty PostgreSQL database on the TEST_DATABASE_URL server; returns its URL and a dropper. */
export async function freshPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is required for the PostgreSQL suite');
  const name = `lian_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function startTestPlatform(opts: { now?: () => Date; config?: Partial<Config> } = {}) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lian-test-'));
  const pgdb = usingPostgres() ? await freshPostgresDatabase() : null;
  const config: Config = {
    env: 'test',
    port: 0,
    host: '127.0.0.1',
    dataDir,
    databaseUrl: pgdb?.url,
    publicUrl: undefined,
    fieldKeys: `t1:${randomBytes(32).toString('base64')}`,
    indexKey: randomBytes(32).toString('base64'),
    logLevel: 'silent',
    maxUploadBytes: 2 * 1024 * 1024,
    ...opts.config,
    maxFilingBytes: 5 * 1024 * 1024,
    uploadExpiryMs: 24 * 3600 * 1000,
  };
  const platform = await openPlatform(config, { logger: false, webDist: path.join(dataDir, 'no-web') });
  if (opts.now) Object.assign(platform.deps, { now: opts.now });
  testDepsOf.set(platform.app, platform.deps);
  const seeded = await seedDemo(platform.deps);
  const court = await platform.deps.db
    .selectFrom('courts')
    .selectAll()
    .where('code', '=', seeded.court.designation)
    .executeTakeFirstOrThrow();
  return {
    ...platform,
    config,
    court,
    async stop() {
      await platform.close();
      await pgdb?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
export type TestPlatform = Awaited<ReturnType<typeof startTestPlatform>>;
