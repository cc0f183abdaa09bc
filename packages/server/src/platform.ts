// Assembles the running platform from configuration: database (migrated), keys, blob store, app.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyServerOptions } from 'fastify';
import { buildApp } from './http/app.js';
import { localBlobStore } from './infra/blobs.js';
import type { Config } from './infra/config.js';
import { s3BlobStore } from './infra/s3-blobs.js';
import { clamdScanner, defaultInspectionPolicy } from './infra/inspect/index.js';
import { createFieldCipher, loadKeyMaterial } from './infra/crypto.js';
import { type DbHandle, openDatabase } from './infra/db.js';
import { migrateToLatest } from './infra/migrate.js';
import { createMessaging } from './infra/messaging.js';
import { HashingFileStore } from './infra/tus-store.js';
import { paymentGatewayOf } from './infra/payments/keys.js';
import { sweepExpiredUploads } from './modules/filing/uploads.js';
import { httpVerifier } from './modules/identity/verifier.js';
import { sealClearLogins } from './modules/identity/login-name.js';

export const defaultWebDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** A request as the log shows it: method, path without the query string, host and client address. */
export function requestForLog(req: { method: string; url: string; hostname?: string; ip?: string; socket?: { remotePort?: number } }) {
  return {
    method: req.method,
    url: req.url.split('?')[0],
    hostname: req.hostname,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}

export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    // Session cookies and credentials never reach the log.
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'], censor: '[redacted]' },
    // Query strings can carry personal data (an auditor's search by phone number, a search term) and
    // credentials (download-link tokens): the log keeps the path only.
    serializers: { req: requestForLog },
  };
}

export async function openPlatform(config: Config, opts: { webDist?: string; logger?: FastifyServerOptions['logger'] } = {}) {
  const handle: DbHandle = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    onIdleError: (err) => console.warn(`database connection lost (${err.message}); it will be reopened on the next query`),
  });
  try {
    await migrateToLatest(handle.db);
    const keys = await loadKeyMaterial({ fieldKeys: config.fieldKeys, indexKey: config.indexKey, dataDir: config.dataDir });
    const cipher = createFieldCipher(keys);
    // Sign-in names of accounts from before migration 0013 are encrypted now that the keys are known.
    await sealClearLogins(handle.db, cipher);
    const uploadsDir = path.join(config.dataDir, 'uploads');
    await mkdir(uploadsDir, { recursive: true, mode: 0o700 });
    const deps = {
      db: handle.db,
      cipher,
      blobs: config.s3
        ? s3BlobStore({ ...config.s3, tmpDir: path.join(config.dataDir, 'blobs', 'tmp') })
        : localBlobStore(path.join(config.dataDir, 'blobs')),
      maxUploadBytes: config.maxUploadBytes,
      inspection: {
        ...defaultInspectionPolicy,
        allowArchives: config.acceptZip ?? false,
        ...(config.clamdUrl ? { scanner: clamdScanner(config.clamdUrl) } : {}),
      },
      maxFilingBytes: config.maxFilingBytes,
      uploads: {
        store: new HashingFileStore({ directory: uploadsDir, expirationPeriodInMilliseconds: config.uploadExpiryMs }),
        directory: uploadsDir,
        expiryMs: config.uploadExpiryMs,
      },
      publicUrl: config.publicUrl,
      duplicateWindowMonths: config.duplicateWindowMonths,
      secureCookies: config.publicUrl?.startsWith('https://') ?? false,
      webDist: opts.webDist ?? defaultWebDist,
      logger: opts.logger ?? loggerOptions(config.logLevel),
      messaging: createMessaging({
        db: handle.db,
        cipher,
        env: config.env,
        smtpUrl: config.smtpUrl,
        mailFrom: config.mailFrom ?? '立案 Lian <no-reply@lian.localhost>',
        smsUrl: config.sms?.url,
        smsSecret: config.sms?.secret,
      }),
      ...(config.identityVerifier ? { verifier: httpVerifier(config.identityVerifier) } : {}),
      paymentGateway: paymentGatewayOf(config, keys.indexKey),
    };
    const app = await buildApp(deps);
    Object.assign(deps, { log: app.log });
    deps.messaging.log = app.log;
    if (config.env === 'production' && deps.paymentGateway.name === 'none') {
      app.log.warn('LIAN_PAYMENT_GATEWAY: no payment gateway: litigants cannot pay fees online');
    }
    let sweeper: NodeJS.Timeout | undefined;
    const sweepUploads = async () => {
      try {
        const { removed } = await sweepExpiredUploads(deps);
        if (removed) app.log.info({ removed }, 'expired resumable uploads removed');
      } catch (err) {
        app.log.error({ err }, 'sweep of expired uploads failed');
      }
    };
    return {
      app,
      deps,
      handle,
      sweepUploads,
      /** Sweeps expired uploads now and then every `intervalMs` (default: a quarter of their lifetime, at most an hour). */
      startUploadSweeper(intervalMs = Math.min(3600_000, Math.max(60_000, config.uploadExpiryMs / 4))) {
        void sweepUploads();
        sweeper = setInterval(() => void sweepUploads(), intervalMs);
        sweeper.unref();
      },
      close: async () => {
        if (sweeper) clearInterval(sweeper);
        await app.close();
        await deps.messaging.close();
        await handle.close();
      },
    };
  } catch (e) {
    await handle.close();
    throw e;
  }
}
