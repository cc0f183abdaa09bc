// `lian rotate-keys`: every encrypted personal-data column is re-encrypted under the new first key,
// nothing is lost, a second run has nothing to do, and the run is in the audit trail.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFieldCipher, parseFieldKeys } from '../src/infra/crypto.js';
import { verifyAuditChain } from '../src/modules/audit/service.js';
import { encryptedColumns, rotateFieldKeys } from '../src/modules/privacy/key-rotation.js';
import { signedInActor, submitCompleteFilings } from './fixtures.js';
import { startTestPlatform, type TestPlatform } from './harness.js';

let p: TestPlatform;
const ctx = { actorId: null, requestId: 'test:rotate-keys', ip: null };

beforeAll(async () => {
  p = await startTestPlatform();
  const owner = await signedInActor(p.deps, '13800000001');
  await submitCompleteFilings(p.deps, owner, p.court.id, 2);
});
afterAll(async () => {
  await p?.stop();
});

/** Every stored encrypted value, as `table.column#id` → stored text. */
async function encryptedValues(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const { table, column } of await encryptedColumns(p.deps.db)) {
    const rows = (await p.deps.db
      .selectFrom(table as 'users')
      .select(['id', `${column} as value` as 'id_number_enc'])
      .execute()) as unknown as Array<{ id: string; value: string | null }>;
    for (const r of rows) if (r.value !== null) out.set(`${table}.${column}#${r.id}`, r.value);
  }
  return out;
}

describe('rotate-keys', () => {
  it('finds every encrypted column of the schema', async () => {
    const columns = (await encryptedColumns(p.deps.db)).map((c) => `${c.table}.${c.column}`);
    expect(columns).toEqual(
      expect.arrayContaining([
        'users.id_number_enc',
        'filings.plaintiff_phone_enc',
        'filings.plaintiff_address_enc',
        'filing_parties.id_number_enc',
      ]),
    );
  });

  it('re-encrypts every value under the new key, keeps every plain value, and is idempotent', async () => {
    const oldKeys = p.config.fieldKeys!;
    const before = await encryptedValues();
    expect(before.size).toBeGreaterThan(5);
    expect([...before.values()].every((v) => v.startsWith('v1:t1:'))).toBe(true);
    const oldCipher = p.deps.cipher;
    const plainBefore = new Map([...before].map(([k, v]) => [k, oldCipher.decrypt(v)]));

    const material = { fieldKeys: parseFieldKeys(`t2:${randomBytes(32).toString('base64')},${oldKeys}`), indexKey: randomBytes(32) };
    const next = createFieldCipher(material);
    const results = await rotateFieldKeys(p.deps.db, next, ctx, { batchSize: 2 });
    expect(results.reduce((n, r) => n + r.rewritten, 0)).toBe(before.size);

    const after = await encryptedValues();
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [k, v] of after) {
      expect(v.startsWith('v1:t2:'), k).toBe(true);
      expect(next.decrypt(v), k).toBe(plainBefore.get(k));
    }
    // Only the new key is needed now.
    const onlyNew = createFieldCipher({ fieldKeys: material.fieldKeys.slice(0, 1), indexKey: material.indexKey });
    for (const [k, v] of after) expect(onlyNew.decrypt(v), k).toBe(plainBefore.get(k));

    expect((await rotateFieldKeys(p.deps.db, next, ctx)).every((r) => r.rewritten === 0)).toBe(true);
    const audit = await p.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'keys.rotated').orderBy('id').execute();
    expect(audit.map((a) => a.detail.keyId)).toEqual(['t2', 't2']);
    expect(await verifyAuditChain(p.deps.db)).toMatchObject({ ok: true });
  });

  it('stops, changing nothing in the failing batch, when a value is under a key that is no longer configured', async () => {
    const before = await encryptedValues();
    const stranger = createFieldCipher({
      fieldKeys: parseFieldKeys(`t3:${randomBytes(32).toString('base64')}`),
      indexKey: randomBytes(32),
    });
    await expect(rotateFieldKeys(p.deps.db, stranger, ctx)).rejects.toThrow(/unreadable encrypted field|unsupported state|authenticate/);
    expect(await encryptedValues()).toEqual(before);
  });
});
