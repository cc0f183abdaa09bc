// The database connection: PostgreSQL when DATABASE_URL is set, otherwise embedded PGlite served
// over a private Unix socket so that both paths use the same driver (pg), SQL and transactions.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

// bigint (int8) counts and money come back as JS numbers; amounts stay well below 2^53 fen.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
// Calendar dates stay strings (YYYY-MM-DD): a date has no time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export type Db = Kysely<Database>;

export interface DbHandle {
  db: Db;
  kind: 'postgres' | 'pglite';
  close(): Promise<void>;
}

export async function openDatabase(opts: {
  databaseUrl: string | undefined;
  dataDir: string;
  poolSize?: number;
  onIdleError?: (err: Error) => void;
}): Promise<DbHandle> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10 });
    // An idle connection closed by the server (restart, failover) must not crash the process:
    // the pool drops it and the next query opens a new one.
    pool.on('error', (err) => opts.onIdleError?.(err));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const dir = path.join(opts.dataDir, 'pglite');
  await mkdir(dir, { recursive: true });
  const lite = await PGlite.create({ dataDir: dir });
  // A private directory (mode 0700) keeps other local users off the embedded database.
  const sockDir = await mkdtemp(path.join(os.tmpdir(), 'lian-pg-'));
  const server = new PGLiteSocketServer({
    db: lite,
    path: path.join(sockDir, '.s.PGSQL.5432'),
    maxConnections: 2,
  });
  await server.start();
  // One connection: PGlite is a single session, and pglite-socket interleaves extended-protocol messages
  // (Parse/Bind/Execute) of concurrent connections outside a transaction, so that one request can bind
  // another's statement (electric-sql/pglite#1046: errors, or silently wrong rows). The pool's queue
  // serialises requests instead; a use case must therefore never query outside its open transaction.
  const pool = new pg.Pool({ host: sockDir, database: 'postgres', user: 'postgres', max: 1 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await db.destroy();
      await server.stop();
      await lite.close();
      await rm(sockDir, { recursive: true, force: true });
    },
  };
}
