// Configuration of index keys with ids (rotation) and of retention periods; the cipher's blind index
// formats (bare hex under the single legacy key, `id:hex` otherwise) and look-ups under every key.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/infra/config.js';
import { createFieldCipher, indexKeyIdOf, parseFieldKeys, parseIndexKeys } from '../src/infra/crypto.js';

const key = () => randomBytes(32).toString('base64');

describe('index keys and retention configuration', () => {
  it('accepts one index key or a list with ids, and refuses anything else', () => {
    expect(loadConfig({ LIAN_INDEX_KEY: key() }).indexKey).toBeTruthy();
    expect(loadConfig({ LIAN_INDEX_KEY: `i2:${key()},k0:${key()}` }).indexKey).toMatch(/^i2:/);
    expect(() => loadConfig({ LIAN_INDEX_KEY: 'i2:short' })).toThrow(/LIAN_INDEX_KEY/);
    expect(() => loadConfig({ LIAN_INDEX_KEY: `${key()},${key()}` })).toThrow(/LIAN_INDEX_KEY/);
  });

  it('has retention defaults and refuses periods shorter than 30 days', () => {
    expect(loadConfig({}).retention).toEqual({ rejectedDays: 1095, withdrawnDays: 1095, returnedDays: 1095 });
    expect(loadConfig({ LIAN_RETENTION_WITHDRAWN_DAYS: '400' }).retention?.withdrawnDays).toBe(400);
    expect(() => loadConfig({ LIAN_RETENTION_REJECTED_DAYS: '7' })).toThrow(/LIAN_RETENTION_REJECTED_DAYS/);
    expect(() => loadConfig({ LIAN_RETENTION_RETURNED_DAYS: 'soon' })).toThrow(/LIAN_RETENTION_RETURNED_DAYS/);
  });

  it('labels hashes with their key id and finds values under every configured key', () => {
    const fieldKeys = parseFieldKeys(`f1:${key()}`);
    const legacy = parseIndexKeys(key());
    expect(legacy.map((k) => k.id)).toEqual(['k0']);
    const old = createFieldCipher({ fieldKeys, indexKeys: legacy });
    const rotating = createFieldCipher({ fieldKeys, indexKeys: [{ id: 'i2', key: randomBytes(32) }, ...legacy] });
    const stored = old.index('login:13800000001');
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(indexKeyIdOf(stored)).toBe('k0');
    const fresh = rotating.index('login:13800000001');
    expect(fresh).toMatch(/^i2:[0-9a-f]{64}$/);
    expect(indexKeyIdOf(fresh)).toBe('i2');
    expect(rotating.indexCandidates('login:13800000001')).toEqual([fresh, stored]);
    expect(rotating.currentIndexKeyId).toBe('i2');
    expect(createFieldCipher({ fieldKeys, indexKeys: [{ id: 'i2', key: randomBytes(32) }] }).index('login:13800000001')).not.toBe(fresh);
  });
});
