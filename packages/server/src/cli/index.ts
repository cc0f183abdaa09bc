// The `lian` command: serve | migrate | seed-demo | demo-totp | verify-audit | rotate-keys | create-admin | retention.
import { rm } from 'node:fs/promises';
import closeWithGrace from 'close-with-grace';
import { generateSync } from 'otplib';
import { ConfigError, loadConfig } from '../infra/config.js';
import { openDatabase } from '../infra/db.js';
import { migrateToLatest } from '../infra/migrate.js';
import { createFieldCipher, loadKeyMaterial } from '../infra/crypto.js';
import { verifyAuditChain } from '../modules/audit/service.js';
import { rotateFieldKeys } from '../modules/privacy/key-rotation.js';
import { rotateIndexKeys } from '../modules/privacy/index-rotation.js';
import { defaultRetention, sweepRetention } from '../modules/privacy/retention.js';
import { startScheduler } from '../infra/scheduler.js';
import { sweepDueFilings } from '../modules/review/sweep.js';
import { sweepUnpaidFees } from '../modules/fees/sweep.js';
import { openPlatform } from '../platform.js';
import { seedDemoQueue } from './demo-queue.js';
import { seedDemoJudgeCases } from './demo-judge-cases.js';
import { demoLitigants, demoQueue } from './demo-queue-data.js';
import { bootstrapAdministrator } from '../modules/accounts/bootstrap.js';
import { SET_UP_CODE_HOURS } from '../modules/accounts/staff.js';
import { assertDemoAllowed, DEMO_PASSWORD, DEMO_TOTP_SECRETS, demoAccounts, demoOtpauthUri, seedDemo } from './seed.js';

const usage = `usage: lian <command> [options]
  serve [--demo] [--reset]   migrate, then serve the API and web UI (--demo seeds the demo court and accounts;
                             --reset first deletes the embedded database and files in LIAN_DATA_DIR)
  migrate                    apply database migrations
  seed-demo                  create the demo court and demo accounts (idempotent)
  demo-totp <login>          print the current TOTP code of a demo staff account (DEMO ONLY; not in production)
  verify-audit               check the hash chain of the audit trail; exit 1 at the first broken link
  create-admin <e-mail> <name> [--court <designation>]
                             create the first administrator (system administrator; with --court a court
                             administrator of that court) and print the set-up code for /forgot-password
  rotate-keys                re-encrypt personal data under the first key of LIAN_FIELD_KEYS and recompute blind
                             indexes under the first key of LIAN_INDEX_KEY (the older keys must still be listed
                             after it until this has finished)
  retention [--dry-run]      delete the contents of rejected, withdrawn and returned filings past
                             LIAN_RETENTION_*_DAYS (--dry-run lists them only)`;

const retentionCtx = { actorId: null, requestId: 'retention', ip: null };

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
      if (flags.includes('--demo')) assertDemoAllowed(config.env);
      const platform = await openPlatform(config);
      if (flags.includes('--demo')) {
        const { court } = await seedDemo(platform.deps);
        await seedDemoQueue(platform.deps);
        await seedDemoJudgeCases(platform.deps);
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
      // Fees unpaid after the payment period, with no judicial-aid application pending: 按撤诉处理.
      const feeSweeps = startScheduler(
        async () => {
          const r = await sweepUnpaidFees(platform.deps);
          return r.treatedAsWithdrawn.length ? `fees unpaid: ${r.treatedAsWithdrawn.length} treated as withdrawn` : null;
        },
        { intervalMs: 60_000, log: platform.app.log, name: 'unpaid-fees' },
      );
      // Contents of rejected, withdrawn and returned filings past retention: see docs/security.md.
      const retention = startScheduler(
        async () => {
          const r = await sweepRetention(platform.deps, retentionCtx, config.retention ?? defaultRetention);
          return r.purged.length ? `retention: contents of ${r.purged.length} filings deleted` : null;
        },
        { intervalMs: 3_600_000, log: platform.app.log, name: 'retention' },
      );
      closeWithGrace({ delay: 10_000 }, async ({ err, signal }) => {
        if (err) platform.app.log.error({ err }, 'shutting down after an error');
        else platform.app.log.info({ signal }, 'shutting down');
        await sweeps.stop();
        await feeSweeps.stop();
        await retention.stop();
        await platform.close();
      });
      await platform.app.listen({ port: config.port, host: config.host });
      // Unfinished resumable uploads past their expiry: removed now and periodically.
      platform.startUploadSweeper();
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
      assertDemoAllowed(config.env);
      const platform = await openPlatform(config, { logger: false });
      try {
        const { court } = await seedDemo(platform.deps);
        const added = await seedDemoQueue(platform.deps);
        if (added) console.log(`demo review queue: ${added} filings submitted at ${court.designation}`);
        const judged = await seedDemoJudgeCases(platform.deps);
        if (judged) console.log(`demo judge: ${judged} registered cases assigned at ${court.designation}`);
        printDemo(court.name, court.designation, config.port);
      } finally {
        await platform.close();
      }
      return;
    }
    case 'demo-totp': {
      assertDemoAllowed(config.env);
      const secret = DEMO_TOTP_SECRETS[flags[0] ?? ''];
      if (!secret) throw new Error(`not a demo staff account; one of: ${Object.keys(DEMO_TOTP_SECRETS).join(', ')}`);
      console.log(generateSync({ secret }));
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
    case 'rotate-keys': {
      const h = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const keys = await loadKeyMaterial({ fieldKeys: config.fieldKeys, indexKey: config.indexKey, dataDir: config.dataDir });
        const cipher = createFieldCipher(keys);
        const results = await rotateFieldKeys(h.db, cipher, { actorId: null, requestId: 'cli:rotate-keys', ip: null });
        for (const r of results) console.log(`${`${r.table}.${r.column}`.padEnd(36)} ${r.rewritten} re-encrypted`);
        console.log(`all personal data is now under key "${cipher.currentKeyId}"; older keys may be removed from LIAN_FIELD_KEYS`);
        const ix = await rotateIndexKeys(h.db, cipher, { actorId: null, requestId: 'cli:rotate-keys', ip: null });
        for (const [column, n] of Object.entries(ix.recomputed)) console.log(`${column.padEnd(36)} ${n} blind indexes recomputed`);
        const left = Object.entries(ix.remainingUnderOlderKeys).filter(([, n]) => n > 0);
        for (const [column, n] of left) console.log(`${column.padEnd(36)} ${n} still under an older index key (codes not kept in plain)`);
        console.log(
          left.length
            ? `keep the older keys in LIAN_INDEX_KEY until these codes are used, expire or are replaced`
            : `every blind index is under index key "${cipher.currentIndexKeyId}"; older keys may be removed from LIAN_INDEX_KEY`,
        );
      } finally {
        await h.close();
      }
      return;
    }
    case 'create-admin': {
      const [email, name, ...rest] = flags;
      const at = rest.indexOf('--court');
      if (!email || !name) throw new Error('usage: lian create-admin <e-mail> <name> [--court <designation>]');
      const platform = await openPlatform(config, { logger: false });
      try {
        const r = await bootstrapAdministrator(platform.deps, {
          login: email,
          realName: name,
          courtCode: at >= 0 ? (rest[at + 1] ?? '') : null,
        });
        console.log(`created ${r.login}; within ${SET_UP_CODE_HOURS} hours open /forgot-password, enter ${r.login},`);
        console.log(`the set-up code ${r.code} and a new password; the first sign-in sets up an authenticator.`);
      } finally {
        await platform.close();
      }
      return;
    }
    case 'retention': {
      const platform = await openPlatform(config, { logger: false });
      try {
        const dryRun = flags.includes('--dry-run');
        const r = await sweepRetention(platform.deps, retentionCtx, config.retention ?? defaultRetention, { dryRun });
        for (const f of r.due) console.log(`${f.id}  ${f.state.padEnd(9)}  decided ${f.decidedAt}`);
        console.log(
          dryRun
            ? `${r.due.length} filings are past retention (dry run: nothing deleted)`
            : `contents of ${r.purged.length} filings deleted; tombstones and audit records kept`,
        );
      } finally {
        await platform.close();
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
  const totp = Object.entries(DEMO_TOTP_SECRETS).flatMap(([login, secret]) => [
    `  ${login.padEnd(30)} secret: ${secret}`,
    `    ${demoOtpauthUri(login)}`,
  ]);
  console.log(
    [
      `Demo court: ${courtName} (${designation})`,
      'Demo accounts (密码 password for all):',
      ...rows,
      'Court staff sign in with a second factor (TOTP). DEMO ONLY — published secrets, never use them for real accounts.',
      'Add a secret to an authenticator app, or print the current code: node packages/server/bin/lian.mjs demo-totp <login>',
      ...totp,
      `Review queue: ${demoQueue.length} submitted filings at ${designation}, filed by 张三 (13800000001) and by ${demoLitigants.length - 1} more demo litigants ${demoLitigants[1]!.login}–${demoLitigants.at(-1)!.login} (same password)`,
      `Open http://localhost:${port}/`,
    ].join('\n'),
  );
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
