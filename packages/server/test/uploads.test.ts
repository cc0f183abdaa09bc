// Resumable uploads (tus 1.0) through real HTTP on a real port: resume after a dropped connection, the
// limits, who may touch an upload, refusals that leave nothing behind, and the sweep of expired uploads.
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { searchCausesOfAction } from '@lian/domain';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMaterial } from '../src/modules/filing/materials.js';
import { createFiling, saveDraft, submitFiling } from '../src/modules/filing/service.js';
import { acceptFiling } from '../src/modules/review/service.js';
import { sweepExpiredUploads } from '../src/modules/filing/uploads.js';
import type { Actor } from '../src/modules/policy/policy.js';
import { completeDraft as draft, samplePdf, samplePng } from './client.js';
import { fillEvidenceList, signedInActor, submitCompleteFilings } from './fixtures.js';
import { wav } from './samples.js';
import { startTestPlatform, type TestPlatform } from './harness.js';
import { sha256, TusClient } from './tus-client.js';

let p: TestPlatform;
let base: string;
let owner: TusClient;
let other: TusClient;
let clock = Date.now();

beforeAll(async () => {
  p = await startTestPlatform({ now: () => new Date(clock) });
  await p.app.listen({ port: 0, host: '127.0.0.1' });
  const addr = p.app.server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  owner = await TusClient.signIn(p.app, base, '13800000001');
  other = await TusClient.signIn(p.app, base, '13800000002');
});
afterAll(async () => {
  await p?.stop();
});

const uploadsDir = () => path.join(p.config.dataDir, 'uploads');
const staged = async () => (await readdir(uploadsDir())).sort();
const uploadRows = (filingId: string) => p.deps.db.selectFrom('uploads').selectAll().where('filing_id', '=', filingId).execute();
const materials = (filingId: string) => p.deps.db.selectFrom('materials').selectAll().where('filing_id', '=', filingId).execute();
const blobCount = async () =>
  (await readdir(path.join(p.config.dataDir, 'blobs'), { recursive: true })).filter((f) => /[0-9a-f]{64}$/.test(f)).length;

async function newDraft(client = owner): Promise<string> {
  const r = await client.json<{ filing: { id: string } }>('POST', '/api/filings', {
    courtId: p.court.id,
    caseType: 'civil_first_instance',
  });
  expect(r.status).toBe(201);
  return r.body.filing.id;
}

const ctx = { actorId: null, requestId: 'uploads-test', ip: null };

/** A draft with everything a submission needs, made through the use cases. */
async function completeDraft(actor: Actor): Promise<string> {
  const id = await createFiling(p.deps, ctx, actor, { courtId: p.court.id, caseType: 'civil_first_instance' });
  await saveDraft(p.deps, ctx, actor, id, { ...draft, causeOfActionCode: searchCausesOfAction('民间借贷', 1)[0]!.code } as Parameters<
    typeof saveDraft
  >[4]);
  for (const [kind, fileName, bytes] of [
    ['complaint', 'c.pdf', samplePdf()],
    ['identity', 'id.png', samplePng()],
    ['evidence', 'e.png', samplePng()],
  ] as const) {
    await addMaterial(p.deps, ctx, actor, id, { kind, fileName, declaredLength: undefined }, Readable.from([bytes]));
  }
  await fillEvidenceList(p.deps, actor, id);
  return id;
}

/** A recording (WAV) of `size` bytes: a real header and noise, which the content inspection accepts. */
function bigWav(size: number): Buffer {
  const b = randomBytes(size);
  wav().subarray(0, 44).copy(b, 0);
  b.writeUInt32LE(size - 8, 4);
  b.writeUInt32LE(size - 44, 40);
  return b;
}

describe('resumable uploads', () => {
  it('resumes after a dropped PATCH and stores a byte-identical file', async () => {
    const filingId = await newDraft();
    const file = bigWav(1_500_000);
    const { res, location } = await owner.create({ filingId, kind: 'evidence', fileName: '借条扫描件.wav' }, file.length);
    expect(res.status).toBe(201);
    expect(location).toMatch(/^\/api\/uploads\/[0-9a-f]{32}$/);
    expect(res.headers.get('upload-expires')).toBeTruthy();

    await owner.patchInterrupted(location, 0, file, 700_000);
    let offset = 0;
    for (let i = 0; i < 50 && (offset = await owner.offset(location)) === 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(offset).toBeGreaterThan(0);
    expect(offset).toBeLessThanOrEqual(700_000);

    const done = await owner.patch(location, offset, file.subarray(offset));
    expect(done.status).toBe(204);
    expect(Number(done.headers.get('upload-offset'))).toBe(file.length);
    const materialId = done.headers.get('lian-material-id')!;
    expect(materialId).toMatch(/^[0-9a-f-]{36}$/);

    const [m] = await materials(filingId);
    expect({ id: m!.id, sha256: m!.sha256, size: m!.size, name: m!.file_name, type: m!.media_type }).toEqual({
      id: materialId,
      sha256: sha256(file),
      size: file.length,
      name: '借条扫描件.wav',
      type: 'audio/wav',
    });
    const back = await owner.download(filingId, materialId);
    expect(sha256(back)).toBe(sha256(file));
    expect((await staged()).filter((f) => f.startsWith(location.split('/').pop()!))).toEqual([]);
    expect(await uploadRows(filingId)).toEqual([]);
    expect((await owner.head(location)).status).toBe(404);
  });

  it('hashes from disk when the running hash is lost (restart), with the same result', async () => {
    const filingId = await newDraft();
    const file = bigWav(300_000);
    const { location } = await owner.create({ filingId, kind: 'evidence', fileName: 'a.wav' }, file.length);
    expect((await owner.patch(location, 0, file.subarray(0, 100_000))).status).toBe(204);
    p.deps.uploads.store.forget(location.split('/').pop()!);
    const done = await owner.patch(location, 100_000, file.subarray(100_000));
    expect(done.status).toBe(204);
    expect((await materials(filingId))[0]?.sha256).toBe(sha256(file));
  });

  it('refuses a PATCH whose Upload-Offset is not the server offset, and changes nothing', async () => {
    const filingId = await newDraft();
    const file = bigWav(10_000);
    const { location } = await owner.create({ filingId, kind: 'evidence', fileName: 'b.wav' }, file.length);
    expect((await owner.patch(location, 0, file.subarray(0, 4000))).status).toBe(204);
    const wrong = await owner.patch(location, 1000, file.subarray(1000, 2000));
    expect([wrong.status, wrong.error?.code]).toEqual([409, 'UPLOAD_OFFSET_MISMATCH']);
    expect(await owner.offset(location)).toBe(4000);
    expect(await materials(filingId)).toEqual([]);
  });

  it('refuses an over-limit Upload-Length at creation, before any byte, and keeps nothing', async () => {
    const filingId = await newDraft();
    const before = await staged();
    const { res } = await owner.create({ filingId, kind: 'evidence', fileName: 'video.wav' }, p.config.maxUploadBytes + 1);
    expect([res.status, res.error?.code]).toEqual([413, 'MATERIAL_TOO_LARGE']);
    expect(await staged()).toEqual(before);
    expect(await uploadRows(filingId)).toEqual([]);
  });

  it("enforces the filing's total, counting uploads in progress; cancelling one frees its room", async () => {
    const filingId = await newDraft();
    const two = 2 * 1024 * 1024; // the test platform: 2 MiB a file, 5 MiB a filing
    const a = await owner.create({ filingId, kind: 'evidence', fileName: '1.wav' }, two);
    const b = await owner.create({ filingId, kind: 'evidence', fileName: '2.wav' }, two);
    expect([a.res.status, b.res.status]).toEqual([201, 201]);
    const c = await owner.create({ filingId, kind: 'evidence', fileName: '3.wav' }, two);
    expect([c.res.status, c.res.error?.code]).toEqual([413, 'FILING_SIZE_LIMIT_REACHED']);
    expect((await uploadRows(filingId)).length).toBe(2);

    expect((await owner.del(b.location)).status).toBe(204);
    await expect.poll(async () => (await uploadRows(filingId)).length).toBe(1);
    expect(await staged()).not.toContain(b.location.split('/').pop());
    const d = await owner.create({ filingId, kind: 'evidence', fileName: '3.wav' }, two);
    expect(d.res.status).toBe(201);
    await owner.del(a.location);
    await owner.del(d.location);
  });

  it("answers 404 to another user's upload id on HEAD, PATCH and DELETE, audits each, and leaves the upload alone", async () => {
    const filingId = await newDraft();
    const file = bigWav(20_000);
    const { location } = await owner.create({ filingId, kind: 'evidence', fileName: 'c.wav' }, file.length);
    await owner.patch(location, 0, file.subarray(0, 5000));
    const id = location.split('/').pop()!;
    const otherId = (await other.json<{ user: { id: string } }>('GET', '/api/me')).body.user.id;

    const head = await other.head(location);
    const patch = await other.patch(location, 5000, file.subarray(5000));
    const del = await other.del(location);
    expect([head.status, patch.status, patch.error?.code, del.status, del.error?.code]).toEqual([404, 404, 'NOT_FOUND', 404, 'NOT_FOUND']);
    const audit = await p.deps.db
      .selectFrom('audit_log')
      .select(['action', 'outcome', 'actor_id', 'resource_type'])
      .where('resource_id', '=', id)
      .orderBy('id')
      .execute();
    expect(audit).toEqual(
      ['upload.head', 'upload.patch', 'upload.delete'].map((action) => ({
        action,
        outcome: 'denied',
        actor_id: otherId,
        resource_type: 'upload',
      })),
    );
    expect(await owner.offset(location)).toBe(5000);
    // Nor can they create an upload on the owner's filing.
    const create = await other.create({ filingId, kind: 'evidence', fileName: 'x.wav' }, 100);
    expect([create.res.status, create.res.error?.code]).toEqual([404, 'NOT_FOUND']);
    expect(await uploadRows(filingId)).toHaveLength(1);
    await owner.del(location);
  });

  it('refuses uploads to a submitted filing, at creation and for one already under way', async () => {
    const actor = await signedInActor(p.deps, '13800000001');
    const [submitted] = await submitCompleteFilings(p.deps, actor, p.court.id, 1);
    const { res } = await owner.create({ filingId: submitted!, kind: 'evidence', fileName: 'late.wav' }, 100);
    expect([res.status, res.error?.code]).toEqual([409, 'FILING_NOT_EDITABLE']);

    const filingId = await completeDraft(actor);
    const file = bigWav(10_000);
    const { location } = await owner.create({ filingId, kind: 'evidence', fileName: 'late.wav' }, file.length);
    await submitFiling(p.deps, ctx, actor, filingId, 'zh-CN');
    const before = (await materials(filingId)).length;
    const patch = await owner.patch(location, 0, file);
    expect([patch.status, patch.error?.code]).toEqual([409, 'FILING_NOT_EDITABLE']);
    expect(await materials(filingId)).toHaveLength(before);
    expect((await owner.head(location)).status).toBe(409);
    // The owner may still cancel it.
    expect((await owner.del(location)).status).toBe(204);
  });

  it('refuses a disguised file (.exe bytes named .pdf) when it completes, and leaves nothing behind', async () => {
    const filingId = await newDraft();
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'), randomBytes(60_000)]);
    const blobsBefore = await blobCount();
    const { location } = await owner.create({ filingId, kind: 'evidence', fileName: '合同.pdf' }, exe.length);
    const id = location.split('/').pop()!;
    await owner.patch(location, 0, exe.subarray(0, 30_000));
    const done = await owner.patch(location, 30_000, exe.subarray(30_000));
    expect([done.status, done.error?.code]).toEqual([415, 'MATERIAL_TYPE_REFUSED']);
    expect(await materials(filingId)).toEqual([]);
    expect(await uploadRows(filingId)).toEqual([]);
    expect((await staged()).filter((f) => f.startsWith(id))).toEqual([]);
    expect(await blobCount()).toBe(blobsBefore);
  });

  it('stores identical files once (content-addressed), as two materials', async () => {
    const filingId = await newDraft();
    const png = samplePng();
    const blobsBefore = await blobCount();
    for (const name of ['one.png', 'two.png']) {
      const { location } = await owner.create({ filingId, kind: 'identity', fileName: name }, png.length);
      expect((await owner.patch(location, 0, png)).status).toBe(204);
    }
    expect((await materials(filingId)).map((m) => m.sha256)).toEqual([sha256(png), sha256(png)]);
    expect(await blobCount()).toBeLessThanOrEqual(blobsBefore + 1);
  });

  it('sweeps uploads past their expiry: row, staged bytes and info file', async () => {
    const filingId = await newDraft();
    const file = bigWav(10_000);
    const { location } = await owner.create({ filingId, kind: 'evidence', fileName: 'old.wav' }, file.length);
    await owner.patch(location, 0, file.subarray(0, 3000));
    const id = location.split('/').pop()!;
    expect(await staged()).toEqual(expect.arrayContaining([id, `${id}.json`]));

    expect((await sweepExpiredUploads(p.deps)).removed).toBe(0);
    clock += p.config.uploadExpiryMs + 60_000;
    try {
      expect((await sweepExpiredUploads(p.deps)).removed).toBeGreaterThanOrEqual(1);
    } finally {
      clock = Date.now();
    }
    expect(await staged()).not.toContain(id);
    expect(await staged()).not.toContain(`${id}.json`);
    expect(await uploadRows(filingId)).toEqual([]);
    expect((await owner.head(location)).status).toBe(404);
  });

  it('requires a session and the CSRF header on tus requests', async () => {
    const anon = new TusClient(base);
    const { res } = await anon.create({ filingId: '00000000-0000-4000-8000-000000000000', kind: 'evidence', fileName: 'a.wav' }, 10);
    expect(res.status).toBe(401);
    const noCsrf = await fetch(`${base}/api/uploads`, { method: 'POST', headers: { 'tus-resumable': '1.0.0', 'upload-length': '10' } });
    expect(noCsrf.status).toBe(403);
  });

  it('refuses creation without the metadata it needs', async () => {
    const filingId = await newDraft();
    const { res } = await owner.create({ filingId, kind: 'video', fileName: 'a.wav' }, 10);
    expect([res.status, res.error?.code]).toEqual([400, 'UPLOAD_INVALID']);
    const deferred = await owner.create({ filingId, kind: 'evidence', fileName: 'a.wav' }, 10, { 'upload-defer-length': '1' });
    expect(deferred.res.status).toBe(400);
    expect(await uploadRows(filingId)).toEqual([]);
  });
});

// The rows of kind 'tus' in authorization-matrix.test.ts point here: every subject × filing state.
describe('authorization of the tus routes', () => {
  const states = ['draft', 'submitted', 'accepted'] as const;
  const subjects = { lawyer: '13800000002', clerk: 'clerk@chaoyang.court.example', admin: 'admin@chaoyang.court.example' };
  const fixtures = {} as Record<(typeof states)[number], { filingId: string; location: string }>;
  const clients = {} as Record<keyof typeof subjects, TusClient>;

  beforeAll(async () => {
    const actor = await signedInActor(p.deps, '13800000001');
    const clerk = await signedInActor(p.deps, subjects.clerk);
    for (const state of states) {
      const filingId = await completeDraft(actor);
      const { location } = await owner.create({ filingId, kind: 'evidence', fileName: `${state}.pdf` }, 1000);
      if (state !== 'draft') await submitFiling(p.deps, ctx, actor, filingId, 'zh-CN');
      if (state === 'accepted') await acceptFiling(p.deps, ctx, clerk, filingId);
      fixtures[state] = { filingId, location };
    }
    for (const [s, login] of Object.entries(subjects)) clients[s as keyof typeof subjects] = await TusClient.signIn(p.app, base, login);
  });

  const send = (c: TusClient, route: string, f: { filingId: string; location: string }) => {
    if (route === 'POST /api/uploads')
      return c.create({ filingId: f.filingId, kind: 'evidence', fileName: 'm.wav' }, 1000).then((r) => r.res);
    if (route === 'HEAD /api/uploads/:id') return c.head(f.location);
    if (route === 'PATCH /api/uploads/:id') return c.patch(f.location, 0, samplePdf().subarray(0, 10));
    return c.del(f.location);
  };
  const ownerExpects: Record<string, Record<(typeof states)[number], number>> = {
    'POST /api/uploads': { draft: 201, submitted: 409, accepted: 409 },
    'HEAD /api/uploads/:id': { draft: 200, submitted: 409, accepted: 409 },
    'PATCH /api/uploads/:id': { draft: 204, submitted: 409, accepted: 409 },
    'DELETE /api/uploads/:id': { draft: 204, submitted: 204, accepted: 204 },
  };

  it.each(Object.keys(ownerExpects))(
    '%s: 401 anonymous, 404 + denied audit for everyone but the owner, the owner per state',
    async (route) => {
      const seen: string[] = [];
      const wanted: string[] = [];
      for (const state of states) {
        const f = fixtures[state];
        seen.push(`anonymous/${state} → ${(await send(new TusClient(base), route, f)).status}`);
        wanted.push(`anonymous/${state} → 401`);
        for (const [name, c] of Object.entries(clients)) {
          const before = await p.deps.db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.max('id').as('id'))
            .executeTakeFirstOrThrow();
          const res = await send(c, route, f);
          const denied = await p.deps.db
            .selectFrom('audit_log')
            .select(['outcome'])
            .where('id', '>', Number(before.id))
            .where('outcome', '=', 'denied')
            .execute();
          seen.push(`${name}/${state} → ${res.status}${denied.length ? ' audited' : ''}`);
          wanted.push(`${name}/${state} → 404 audited`);
        }
        seen.push(`owner/${state} → ${(await send(owner, route, f)).status}`);
        wanted.push(`owner/${state} → ${ownerExpects[route]![state]}`);
      }
      expect(seen).toEqual(wanted);
    },
  );
});
