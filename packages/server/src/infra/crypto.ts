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
}

interface KeyMaterial {
  /** First key encrypts; all keys decrypt. */
  fieldKeys: Array<{ id: string; key: Buffer }>;
  indexKey: Buffer;
}

const PREFIX = 'v1';

export function createFieldCipher(material: KeyMaterial): FieldCipher {
  const [current] = material.fieldKeys;
  if (!current) throw new Error('at least one field key is required');
  const byId = new Map(material.fieldKeys.map((k) => [k.id, k.key]));
  return {
    currentKeyId: current.id,
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
      return createHmac('sha256', material.indexKey).update(normalised, 'utf8').digest('hex');
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
 * Keys from configuration, or — in development only — generated once into the data directory
 * (mode 0600) so that `npm start` works on a fresh clone and keeps working across restarts.
 */
export async function loadKeyMaterial(opts: {
  fieldKeys: string | undefined;
  indexKey: string | undefined;
  dataDir: string;
}): Promise<KeyMaterial> {
  if (opts.fieldKeys && opts.indexKey) {
    return { fieldKeys: parseFieldKeys(opts.fieldKeys), indexKey: Buffer.from(opts.indexKey, 'base64') };
  }
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
  return {
    fieldKeys: parseFieldKeys(opts.fieldKeys ?? stored.fieldKeys),
    indexKey: Buffer.from(opts.indexKey ?? stored.indexKey, 'base64'),
  };
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** An opaque random token for a session; only its hash is stored. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: sha256Hex(token) };
}
