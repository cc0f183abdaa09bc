// Field encryption for personal data (AES-256-GCM, key id stored with each value, several keys
// for rotation) and a keyed hash (HMAC-SHA-256) beside it for exact look-ups (blind index).
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface FieldCipher {
  /** The id of the key that encrypts new values; values under other ids are due for rotation. */
  readonly currentKeyId: string;
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  /** Keyed hash of a normalised value: equal inputs give equal outputs, nothing is revealed. */
  index(normalised: string): string;
  /** The id of the index key that `index` uses; stored hashes under other ids are due for rotation. */
  readonly currentIndexKeyId: string;
  /**
   * The keyed hash under every configured index key, current first: look-ups match any of them, so
   * values not yet recomputed by `lian rotate-keys` are still found.
   */
  indexCandidates(normalised: string): string[];
}

export interface KeyMaterial {
  /** First key encrypts; all keys decrypt. */
  fieldKeys: Array<{ id: string; key: Buffer }>;
  /** A single index key (id `k0`); used when `indexKeys` is absent. */
  indexKey?: Buffer;
  /** Index keys with ids; the first one computes new hashes, all are tried on look-up. */
  indexKeys?: Array<{ id: string; key: Buffer }>;
}

/**
 * The id of the index key of a configuration without ids (`LIAN_INDEX_KEY=<base64>`). Its hashes are
 * stored as bare hex, as they were before index keys had ids, so existing data needs no rewrite; hashes
 * under any other key are stored as `<keyId>:<hex>`.
 */
export const LEGACY_INDEX_KEY_ID = 'k0';

/** The id of the index key a stored hash was computed under. */
export const indexKeyIdOf = (stored: string): string => {
  const colon = stored.indexOf(':');
  return colon < 0 ? LEGACY_INDEX_KEY_ID : stored.slice(0, colon);
};

const PREFIX = 'v1';

export function createFieldCipher(material: KeyMaterial): FieldCipher {
  const [current] = material.fieldKeys;
  if (!current) throw new Error('at least one field key is required');
  const byId = new Map(material.fieldKeys.map((k) => [k.id, k.key]));
  const indexKeys = material.indexKeys ?? (material.indexKey ? [{ id: LEGACY_INDEX_KEY_ID, key: material.indexKey }] : []);
  const [currentIndex] = indexKeys;
  if (!currentIndex) throw new Error('at least one index key is required');
  const hashUnder = (k: { id: string; key: Buffer }, normalised: string) => {
    const hex = createHmac('sha256', k.key).update(normalised, 'utf8').digest('hex');
    return k.id === LEGACY_INDEX_KEY_ID ? hex : `${k.id}:${hex}`;
  };
  return {
    currentKeyId: current.id,
    currentIndexKeyId: currentIndex.id,
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current.key, iv);
      // The key id is bound as associated data so a value cannot be relabelled to another key.
      cipher.setAAD(Buffer.from(current.id));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const blob = Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64');
      return `${PREFIX}:${current.id}:${blob}`;
    },
    decrypt(stored) {
      const [prefix, keyId, blob] = stored.split(':');
      const key = keyId === undefined ? undefined : byId.get(keyId);
      if (prefix !== PREFIX || !key || !blob) throw new Error('unreadable encrypted field');
      const raw = Buffer.from(blob, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAAD(Buffer.from(keyId as string));
      decipher.setAuthTag(raw.subarray(raw.length - 16));
      return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString('utf8');
    },
    index(normalised) {
      return hashUnder(currentIndex, normalised);
    },
    indexCandidates(normalised) {
      return indexKeys.map((k) => hashUnder(k, normalised));
    },
  };
}

/** The `v1:<keyId>:` prefix of values encrypted under `keyId` (for finding values due for rotation). */
export const encryptedPrefix = (keyId: string) => `${PREFIX}:${keyId}:`;

export function parseFieldKeys(spec: string): Array<{ id: string; key: Buffer }> {
  return spec.split(',').map((part) => {
    const [id, b64] = part.split(':') as [string, string];
    return { id, key: Buffer.from(b64, 'base64') };
  });
}

/**
 * `LIAN_INDEX_KEY`: either one base64 key (id `k0`) or, to rotate, `keyId:base64[,keyId:base64…]` with
 * the new key first (the old single key is `k0:<base64>` in that list).
 */
export function parseIndexKeys(spec: string): Array<{ id: string; key: Buffer }> {
  return spec.includes(':') ? parseFieldKeys(spec) : [{ id: LEGACY_INDEX_KEY_ID, key: Buffer.from(spec, 'base64') }];
}

/**
 * Keys from configuration, or — in development only — generated once into the data directory
 * (mode 0600) so that `npm start` works on a fresh clone and keeps working across restarts.
 */
export async function loadKeyMaterial(opts: {
  fieldKeys: string | undefined;
  indexKey: string | undefined;
  dataDir: string;
}): Promise<KeyMaterial & { indexKey: Buffer }> {
  const withIndex = (fieldKeys: string, indexSpec: string) => {
    const indexKeys = parseIndexKeys(indexSpec);
    return { fieldKeys: parseFieldKeys(fieldKeys), indexKeys, indexKey: indexKeys[0]!.key };
  };
  if (opts.fieldKeys && opts.indexKey) return withIndex(opts.fieldKeys, opts.indexKey);
  const file = path.join(opts.dataDir, 'keys', 'dev-keys.json');
  let stored: { fieldKeys: string; indexKey: string };
  try {
    stored = JSON.parse(await readFile(file, 'utf8')) as typeof stored;
  } catch {
    stored = {
      fieldKeys: `dev1:${randomBytes(32).toString('base64')}`,
      indexKey: randomBytes(32).toString('base64'),
    };
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await writeFile(file, JSON.stringify(stored), { mode: 0o600, flag: 'wx' }).catch(async (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw e;
      stored = JSON.parse(await readFile(file, 'utf8')) as typeof stored;
    });
  }
  return withIndex(opts.fieldKeys ?? stored.fieldKeys, opts.indexKey ?? stored.indexKey);
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** An opaque random token for a session; only its hash is stored. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: sha256Hex(token) };
}
