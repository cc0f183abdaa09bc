// Assembles the running platform from configuration: database (migrated), keys, blob store, app.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyServerOptions } from 'fastify';
import { buildApp } from './http/app.js';
import { localBlobStore } from './infra/blobs.js';
import type { Config } from './infra/config.js';
import { s3BlobStore } from './infra/s3-blobs.js';
import { createFieldCipher, loadKeyMaterial } from './infra/crypto.js';
import { type DbHandle, openDatabase } from './infra/db.js';
import { migrateToLatest } from './infra/migrate.js';

export const defaultWebDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    // Session cookies and credentials never reach the log.
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'], censor: '[redacted]' },
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
    const deps = {
      db: handle.db,
      cipher,
      blobs: config.s3
        ? s3BlobStore({ ...config.s3, tmpDir: path.join(config.dataDir, 'blobs', 'tmp') })
        : localBlobStore(path.join(config.dataDir, 'blobs')),
      maxUploadBytes: config.maxUploadBytes,
      publicUrl: config.publicUrl,
      secureCookies: config.publicUrl?.startsWith('https://') ?? false,
      webDist: opts.webDist ?? defaultWebDist,
      logger: opts.logger ?? loggerOptions(config.logLevel),
    };
    const app = await buildApp(deps);
    Object.assign(deps, { log: app.log });
    return {
      app,
      deps,
      handle,
      close: async () => {
        await app.close();
        await handle.close();
      },
    };
  } catch (e) {
    await handle.close();
    throw e;
  }
}
