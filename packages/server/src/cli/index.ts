// The `lian` command: serve | migrate | seed-demo | verify-audit.
import { rm } from 'node:fs/promises';
import closeWithGrace from 'close-with-grace';
import { ConfigError, loadConfig } from '../infra/config.js';
import { openDatabase } from '../infra/db.js';
import { migrateToLatest } from '../infra/migrate.js';
import { verifyAuditChain } from '../modules/audit/service.js';
import { startScheduler } from '../infra/scheduler.js';
import { sweepDueFilings } from '../modules/review/sweep.js';
import { openPlatform } from '../platform.js';
import { DEMO_PASSWORD, demoAccounts, seedDemo } from './seed.js';

const usage = `usage: lian <command> [options]
  serve [--demo] [--reset]   migrate, then serve the API and web UI (--demo seeds the demo court and accounts;
                             --reset first deletes the embedded database and files in LIAN_DATA_DIR)
  migrate                    apply database migrations
  seed-demo                  create the demo court and demo accounts (idempotent)
  verify-audit               check the hash chain of the audit trail; exit 1 at the first broken link`;

async function main(argv: string[]) {
  const [command, ...flags] = argv;
  const config = loadConfig();
  switch (command) {
    case 'serve': {
      if (flags.includes('--reset')) {
        if (config.databaseUrl) throw new Error('--reset only clears the embedded database; it never touches DATABASE_URL');
        await rm(config.dataDir, { recursive: true, force: true });
        console.log(`reset: removed ${config.dataDir}`);
      }
      const platform = await openPlatform(config);
      if (flags.includes('--demo')) {
        const { court } = await seedDemo(platform.deps);
        printDemo(court.name, court.designation, config.port);
      }
      // Periods that run out (correction deadlines, decision periods): see docs/operations.md.
      const sweeps = startScheduler(
        async () => {
          const r = await sweepDueFilings(platform.deps);
          const n = r.returned.length + r.registeredFirst.length;
          return n ? `periods ran out: ${r.returned.length} returned, ${r.registeredFirst.length} registered first` : null;
        },
        { intervalMs: 60_000, log: platform.app.log, name: 'filing-periods' },
      );
      closeWithGrace({ delay: 10_000 }, async ({ err, signal }) => {
        if (err) platform.app.log.error({ err }, 'shutting down after an error');
        else platform.app.log.info({ signal }, 'shutting down');
        await sweeps.stop();
        await platform.close();
      });
      await platform.app.listen({ port: config.port, host: config.host });
      const address = platform.app.server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      console.log(`Lian is running: http://localhost:${port}/  (API docs: /api/docs; database: ${platform.handle.kind})`);
      return;
    }
    case 'migrate': {
      const h = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const applied = await migrateToLatest(h.db);
        console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
      } finally {
        await h.close();
      }
      return;
    }
    case 'seed-demo': {
      const platform = await openPlatform(config, { logger: false });
      try {
        const { court } = await seedDemo(platform.deps);
        printDemo(court.name, court.designation, config.port);
      } finally {
        await platform.close();
      }
      return;
    }
    case 'verify-audit': {
      const h = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const r = await verifyAuditChain(h.db);
        if (r.ok) console.log(`audit trail intact: ${r.records} records`);
        else {
          console.error(`audit trail BROKEN at record ${r.brokenAtId} (${r.reason}); ${r.records} records before it are intact`);
          process.exitCode = 1;
        }
      } finally {
        await h.close();
      }
      return;
    }
    default:
      console.error(usage);
      process.exitCode = 2;
  }
}

function printDemo(courtName: string, designation: string, port: number) {
  const rows = demoAccounts.map((a) => `  ${a.description.padEnd(28)} ${a.login.padEnd(30)} password: ${DEMO_PASSWORD}`);
  console.log(
    [`Demo court: ${courtName} (${designation})`, 'Demo accounts (密码 password for all):', ...rows, `Open http://localhost:${port}/`].join(
      '\n',
    ),
  );
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
