// `npm run bench`: the cost of accepting a filing (lock, case-number counter, state, timeline, audit
// chain — one transaction) as a ratio of a bare one-row-update transaction on the same database, both
// measured in this run; and the cost of rendering a receipt PDF, which submission does inside its
// transaction. DATABASE_URL selects a PostgreSQL server; unset, the embedded PGlite is used.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { seedDemo } from '@lian/server/src/cli/seed.js';
import { acceptFiling } from '@lian/server/src/modules/review/service.js';
import { renderDocument } from '@lian/server/src/modules/documents/render.js';
import { openPlatform } from '@lian/server/src/platform.js';
import { sampleDocumentData } from '@lian/server/test/documents-samples.js';
import { signedInActor, submitCompleteFilings } from '@lian/server/test/fixtures.js';

const N = Number(process.env.BENCH_N ?? 200);
const stamp = (code: string) => ({ verificationCode: code, verifyUrl: `https://lian.example/verify/${code}`, issuedAt: new Date() });

async function main() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lian-bench-'));
  const platform = await openPlatform(
    {
      env: 'test',
      port: 0,
      host: '127.0.0.1',
      dataDir,
      databaseUrl: process.env.DATABASE_URL,
      publicUrl: undefined,
      fieldKeys: `b:${randomBytes(32).toString('base64')}`,
      indexKey: randomBytes(32).toString('base64'),
      logLevel: 'silent',
      maxUploadBytes: 1 << 20,
      maxFilingBytes: 4 * 1024 * 1024 * 1024,
      uploadExpiryMs: 24 * 3600 * 1000,
    },
    { logger: false, webDist: dataDir },
  );
  try {
    const { deps } = platform;
    await seedDemo(deps);
    const court = await deps.db.selectFrom('courts').select('id').executeTakeFirstOrThrow();
    const ctx = { actorId: null, requestId: 'bench', ip: null };
    const litigant = await signedInActor(deps, '13800000001');
    const clerk = await signedInActor(deps, 'clerk@chaoyang.court.example');
    const ids = await submitCompleteFilings(deps, litigant, court.id, N);

    await sql`CREATE TABLE IF NOT EXISTS bench_counter_t (id int PRIMARY KEY, n int NOT NULL)`.execute(deps.db);
    await sql`INSERT INTO bench_counter_t VALUES (1, 0) ON CONFLICT DO NOTHING`.execute(deps.db);
    const t0 = performance.now();
    for (let i = 0; i < N; i++) {
      await deps.db.transaction().execute((trx) => sql`UPDATE bench_counter_t SET n = n + 1 WHERE id = 1`.execute(trx));
    }
    const baselineMs = performance.now() - t0;

    const t1 = performance.now();
    for (const id of ids) await acceptFiling(deps, ctx, clerk, id);
    const acceptMs = performance.now() - t1;
    await sql`DROP TABLE bench_counter_t`.execute(deps.db);

    // The receipt PDF is rendered inside the submitting transaction: how much does that cost?
    const receipts = Math.max(10, Math.floor(N / 4));
    await renderDocument('filing_receipt', sampleDocumentData.filing_receipt, stamp('WARMUPWARMUP0000'));
    const t2 = performance.now();
    for (let i = 0; i < receipts; i++) {
      await renderDocument('filing_receipt', sampleDocumentData.filing_receipt, stamp(String(i).padStart(16, '0')));
    }
    const renderMs = (performance.now() - t2) / receipts;

    console.log(`database: ${platform.handle.kind}, ${N} operations each`);
    console.log(`baseline (one-row update transaction): ${(baselineMs / N).toFixed(2)} ms/op`);
    console.log(`acceptFiling (lock, case number, state, timeline, audit): ${(acceptMs / N).toFixed(2)} ms/op`);
    console.log(`ratio acceptFiling / baseline: ${(acceptMs / baselineMs).toFixed(2)}×`);
    console.log(`receipt PDF render (3 materials, subset CJK font, QR code): ${renderMs.toFixed(2)} ms/op`);
    console.log(`ratio receipt render / baseline: ${(renderMs / (baselineMs / N)).toFixed(2)}×`);
  } finally {
    await platform.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
