// Configuration validation and field encryption.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/infra/config.js';
import { createFieldCipher, loadKeyMaterial, parseFieldKeys } from '../src/infra/crypto.js';

const key = () => randomBytes(32).toString('base64');

describe('loadConfig', () => {
  it('has working defaults for a fresh clone', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, databaseUrl: undefined, env: 'development' });
    expect(c.dataDir).toBe(path.resolve('./data'));
  });

  it('reports one clear message per bad value', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LIAN_LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const problems = (e as ConfigError).problems;
      expect(problems).toHaveLength(3);
      expect(problems.find((p) => p.startsWith('PORT'))).toBeDefined();
      expect(problems.find((p) => p.startsWith('DATABASE_URL'))).toContain('postgres://');
      expect(problems.find((p) => p.startsWith('LIAN_LOG_LEVEL'))).toBeDefined();
    }
  });

  it('reads the virus scanner and archive settings, refusing a clamd URL that is not tcp://host:port', () => {
    expect(loadConfig({})).toMatchObject({ clamdUrl: undefined, acceptZip: false });
    expect(loadConfig({ LIAN_CLAMD_URL: 'tcp://127.0.0.1:3310', LIAN_ACCEPT_ZIP: 'true' })).toMatchObject({
      clamdUrl: 'tcp://127.0.0.1:3310',
      acceptZip: true,
    });
    expect(() => loadConfig({ LIAN_CLAMD_URL: 'http://clamd:3310' })).toThrow(/LIAN_CLAMD_URL: must be tcp:\/\/host:port/);
    expect(() => loadConfig({ LIAN_ACCEPT_ZIP: 'yes' })).toThrow(/LIAN_ACCEPT_ZIP/);
  });

  it('limits uploads to 2 GiB a file and 4 GiB a filing by default, unfinished ones to 24 hours', () => {
    const c = loadConfig({});
    expect([c.maxUploadBytes, c.maxFilingBytes, c.uploadExpiryMs]).toEqual([2 * 1024 ** 3, 4 * 1024 ** 3, 24 * 3600 * 1000]);
    const set = loadConfig({ LIAN_MAX_UPLOAD_BYTES: '1000', LIAN_MAX_FILING_BYTES: '5000', LIAN_UPLOAD_EXPIRY_HOURS: '0.5' });
    expect([set.maxUploadBytes, set.maxFilingBytes, set.uploadExpiryMs]).toEqual([1000, 5000, 1800 * 1000]);
    expect(() => loadConfig({ LIAN_MAX_UPLOAD_BYTES: '5000', LIAN_MAX_FILING_BYTES: '1000' })).toThrow(
      /LIAN_MAX_FILING_BYTES: must be at least LIAN_MAX_UPLOAD_BYTES/,
    );
    expect(() => loadConfig({ LIAN_UPLOAD_EXPIRY_HOURS: '0' })).toThrow(/LIAN_UPLOAD_EXPIRY_HOURS/);
  });

  it('requires explicit keys in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/LIAN_FIELD_KEYS.*\n.*LIAN_INDEX_KEY/s);
    const delivery = {
      LIAN_PUBLIC_URL: 'https://lian.court.example',
      SMTP_URL: 'smtp://mail.court.example:587',
      LIAN_SMS_URL: 'https://sms.court.example/send',
      LIAN_SMS_SECRET: 'x'.repeat(32),
    };
    expect(loadConfig({ NODE_ENV: 'production', LIAN_FIELD_KEYS: `k1:${key()}`, LIAN_INDEX_KEY: key(), ...delivery }).env).toBe(
      'production',
    );
  });
});

describe('field encryption', () => {
  const material = { fieldKeys: parseFieldKeys(`new:${key()},old:${key()}`), indexKey: randomBytes(32) };
  const cipher = createFieldCipher(material);

  it('round-trips and never stores the plain value', () => {
    const stored = cipher.encrypt('110105199003071239');
    expect(stored).toMatch(/^v1:new:/);
    expect(stored).not.toContain('110105');
    expect(cipher.decrypt(stored)).toBe('110105199003071239');
    expect(cipher.encrypt('same')).not.toBe(cipher.encrypt('same'));
  });

  it('decrypts values written under an older key (rotation)', () => {
    const old = createFieldCipher({ fieldKeys: [material.fieldKeys[1]!], indexKey: material.indexKey });
    expect(cipher.decrypt(old.encrypt('地址'))).toBe('地址');
  });

  it('refuses tampered ciphertext and relabelled key ids', () => {
    const stored = cipher.encrypt('13800000001');
    const [v, id, blob] = stored.split(':') as [string, string, string];
    const bytes = Buffer.from(blob, 'base64');
    bytes[14] = bytes[14]! ^ 1;
    expect(() => cipher.decrypt(`${v}:${id}:${bytes.toString('base64')}`)).toThrow();
    expect(() => cipher.decrypt(`${v}:old:${blob}`)).toThrow();
  });

  it('gives a stable keyed index that depends on the key', () => {
    expect(cipher.index('x')).toBe(cipher.index('x'));
    expect(cipher.index('x')).not.toBe(createFieldCipher({ ...material, indexKey: randomBytes(32) }).index('x'));
  });

  it('generates development keys once, private to the owner', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lian-keys-'));
    try {
      const a = await loadKeyMaterial({ fieldKeys: undefined, indexKey: undefined, dataDir: dir });
      const b = await loadKeyMaterial({ fieldKeys: undefined, indexKey: undefined, dataDir: dir });
      expect(b.indexKey.equals(a.indexKey)).toBe(true);
      const file = path.join(dir, 'keys', 'dev-keys.json');
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect(JSON.parse(await readFile(file, 'utf8'))).toHaveProperty('fieldKeys');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
