// Issued documents through the real HTTP API: the receipt issued on submission (row, blob, event, audit),
// listed and downloaded by those who may read the filing, refused and audited for anyone else, verified
// publicly by its code, and refused with an alarm when its stored file has changed.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { searchCausesOfAction } from '@lian/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/cli/seed.js';
import { issueDocument } from '../src/modules/documents/service.js';
import { addMaterial } from '../src/modules/filing/materials.js';
import { createFiling, saveDraft } from '../src/modules/filing/service.js';
import { createAccount } from '../src/modules/identity/service.js';
import type { Actor } from '../src/modules/policy/policy.js';
import { Client, completeDraft, samplePdf, samplePng } from './client.js';
import { fillEvidenceList, signedInActor } from './fixtures.js';
import { startTestPlatform, type TestPlatform } from './harness.js';
import { sampleDocumentData } from './documents-samples.js';

const ctx = { actorId: null, requestId: 'documents-test', ip: null };
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const PUBLIC_URL = 'https://lian.court.example';

interface Doc {
  id: string;
  kind: string;
  title: string;
  number: string;
  fileName: string;
  size: number;
  sha256: string;
  verificationCode: string;
}

let p: TestPlatform;
let owner: Client;
let clerk: Client;
let other: Client;
let ownerActor: Actor;
let scratch: string;

async function draftWithMaterials(): Promise<string> {
  const id = await createFiling(p.deps, ctx, ownerActor, { courtId: p.court.id, caseType: 'civil_first_instance' });
  await saveDraft(p.deps, ctx, ownerActor, id, {
    ...completeDraft,
    causeOfActionCode: searchCausesOfAction('民间借贷', 1)[0]!.code,
  } as Parameters<typeof saveDraft>[4]);
  for (const f of [
    { kind: 'complaint', fileName: '起诉状.pdf', bytes: samplePdf(`complaint ${id}`) },
    { kind: 'identity', fileName: 'id.png', bytes: samplePng() },
    { kind: 'evidence', fileName: 'e.pdf', bytes: samplePdf(`evidence ${id}`) },
  ] as const) {
    await addMaterial(
      p.deps,
      ctx,
      ownerActor,
      id,
      { kind: f.kind, fileName: f.fileName, declaredLength: undefined },
      Readable.from([f.bytes]),
    );
  }
  await fillEvidenceList(p.deps, ownerActor, id);
  return id;
}

beforeAll(async () => {
  p = await startTestPlatform();
  Object.assign(p.deps, { publicUrl: PUBLIC_URL });
  scratch = await mkdtemp(path.join(os.tmpdir(), 'lian-doc-test-'));
  await createAccount(p.deps, {
    login: '13800000066',
    password: DEMO_PASSWORD,
    realName: '孙八',
    idNumber: null,
    roles: [{ role: 'litigant', courtId: null }],
  });
  owner = await new Client(p.app).login('13800000001');
  clerk = await new Client(p.app).login('clerk@chaoyang.court.example');
  other = await new Client(p.app).login('13800000066');
  ownerActor = await signedInActor(p.deps, '13800000001');
});
afterAll(async () => {
  await p?.stop();
  await rm(scratch, { recursive: true, force: true });
});

describe('the receipt issued on submission', () => {
  let filingId: string;
  let doc: Doc;
  let pdf: Buffer;

  beforeAll(async () => {
    filingId = await draftWithMaterials();
    const submitted = await owner.post<{
      filing: { receiptNumber: string; timeline: Array<{ type: string; data: Record<string, unknown> }> };
    }>(`/api/filings/${filingId}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body.filing.timeline.filter((e) => e.type === 'document.issued')).toHaveLength(1);
  });

  it('is one documents row with its blob, a timeline event and an audit record', async () => {
    const rows = await p.deps.db.selectFrom('documents').selectAll().where('filing_id', '=', filingId).execute();
    expect(rows.map((r) => r.kind)).toEqual(['filing_receipt']);
    const row = rows[0]!;
    expect(row.issued_by).toBeNull();
    expect(row.number).toMatch(/网立\d{8}\d{6}$/);
    expect(await p.deps.blobs.has(row.sha256)).toBe(true);
    const audit = await p.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'document.issue')
      .where('resource_id', '=', filingId)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).toMatchObject({ documentId: row.id, sha256: row.sha256, kind: 'filing_receipt' });
  });

  it('is listed for the filer and for a clerk of the court', async () => {
    for (const c of [owner, clerk]) {
      const res = await c.get<{ documents: Doc[] }>(`/api/filings/${filingId}/documents`);
      expect(res.status).toBe(200);
      expect(res.body.documents).toHaveLength(1);
      doc = res.body.documents[0]!;
      expect(doc).toMatchObject({ kind: 'filing_receipt', title: '收到诉状凭证' });
      expect(doc.verificationCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
      expect(doc.fileName).toBe(`收到诉状凭证-${doc.number}.pdf`);
    }
  });

  it('downloads for the filer and the clerk with its hash, a Chinese file name, and every material hash inside', async () => {
    for (const c of [owner, clerk]) {
      const res = await c.get(await c.documentLinkTo(filingId, doc.id));
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['x-content-sha256']).toBe(sha(res.raw));
      expect(sha(res.raw)).toBe(doc.sha256);
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[\x20-\x7e]+"; /);
      expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(doc.fileName)}`);
      pdf = res.raw;
    }
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const file = path.join(scratch, 'receipt.pdf');
    await writeFile(file, pdf);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    const materials = await p.deps.db.selectFrom('materials').select('sha256').where('filing_id', '=', filingId).execute();
    expect(materials).toHaveLength(3);
    for (const m of materials) expect(text).toContain(m.sha256);
    expect(text).toContain(doc.number);
    expect(text).toContain(`${PUBLIC_URL}/verify/${doc.verificationCode.replaceAll('-', '')}`);
  });

  it("is invisible to another litigant: 404 and a 'denied' audit record for the list and the file", async () => {
    const link = await owner.documentLinkTo(filingId, doc.id);
    for (const [i, url] of [`/api/filings/${filingId}/documents`, `/api/filings/${filingId}/document-links`, link].entries()) {
      const requestId = `doc-denied-${i}`;
      const res = await other.call<{ error: { code: string } }>('GET', url, undefined, { headers: { 'x-request-id': requestId } });
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
      const audit = await p.deps.db.selectFrom('audit_log').selectAll().where('request_id', '=', requestId).execute();
      expect(audit.map((a) => [a.action, a.outcome])).toEqual([['filing.read', 'denied']]);
    }
  });

  it('answers 404 for a document id of another filing', async () => {
    const second = await draftWithMaterials();
    const res = await owner.get(`/api/filings/${second}/documents/${doc.id}/content?token=none`);
    expect(res.status).toBe(404);
    // Nor does this filing's link open it under the other filing.
    const moved = (await owner.documentLinkTo(filingId, doc.id)).replace(filingId, second);
    expect((await owner.get(moved)).status).toBe(404);
  });

  it('verifies publicly by its code, as printed or typed, with the hash of the downloaded bytes and no personal data', async () => {
    const anonymous = new Client(p.app);
    for (const code of [doc.verificationCode, doc.verificationCode.toLowerCase().replaceAll('-', ' ')]) {
      const res = await anonymous.get<{ document: Record<string, unknown> }>(`/api/verify/${encodeURIComponent(code)}`);
      expect(res.status).toBe(200);
      expect(res.body.document.sha256).toBe(sha(pdf));
      expect(res.body.document).toMatchObject({
        court: { name: p.court.name },
        kind: 'filing_receipt',
        title: '收到诉状凭证',
        number: doc.number,
        size: pdf.length,
        verificationCode: doc.verificationCode,
      });
      expect(Object.keys(res.body.document).sort()).toEqual(
        ['court', 'issuedAt', 'issuedOn', 'kind', 'number', 'sha256', 'size', 'title', 'verificationCode'].sort(),
      );
      expect(JSON.stringify(res.body)).not.toContain('张三');
    }
  });

  it('answers 404 VERIFICATION_CODE_UNKNOWN for an unknown or malformed code', async () => {
    const anonymous = new Client(p.app);
    for (const code of ['ABCD-1234-EFGH-5678', 'nonsense', "x' OR '1'='1"]) {
      const res = await anonymous.get<{ error: { code: string } }>(`/api/verify/${encodeURIComponent(code)}`);
      expect({ code, status: res.status, error: res.body.error.code }).toEqual({ code, status: 404, error: 'VERIFICATION_CODE_UNKNOWN' });
    }
  });

  it('keeps its blob when the same PDF, uploaded as a material elsewhere, is removed again', async () => {
    const draft = await draftWithMaterials();
    const up = await owner.upload<{ material: { id: string; sha256: string } }>(
      `/api/filings/${draft}/materials?kind=evidence&fileName=${encodeURIComponent('凭证.pdf')}`,
      pdf,
    );
    expect(up.status).toBe(201);
    expect(up.body.material.sha256).toBe(doc.sha256);
    expect((await owner.del(`/api/filings/${draft}/materials/${up.body.material.id}`)).status).toBe(204);
    expect(await p.deps.blobs.has(doc.sha256)).toBe(true);
    expect((await owner.get(await owner.documentLinkTo(filingId, doc.id))).status).toBe(200);
  });

  it('is refused with an integrity alarm when its stored file has changed', async () => {
    const blobFile = path.join(p.config.dataDir, 'blobs', doc.sha256.slice(0, 2), doc.sha256.slice(2, 4), doc.sha256);
    const tampered = Buffer.from(pdf);
    tampered[tampered.length - 10] = tampered.at(-10)! ^ 0x01;
    await writeFile(blobFile, tampered);
    try {
      const res = await clerk.get<{ error: { code: string } }>(await clerk.documentLinkTo(filingId, doc.id));
      expect(res.status).toBe(500);
      expect(res.body.error.code).toBe('INTERNAL');
      expect(res.raw.includes(Buffer.from('%PDF'))).toBe(false);
      const alarms = await p.deps.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'document.integrity_alarm')
        .where('resource_id', '=', filingId)
        .execute();
      expect(alarms).toHaveLength(1);
      expect(alarms[0]!.detail).toMatchObject({ documentId: doc.id, reason: 'mismatch', actualSha256: sha(tampered) });
    } finally {
      await writeFile(blobFile, pdf);
    }
  });
});

describe('issueDocument', () => {
  it('leaves no row, event or audit record when the issuing transaction rolls back', async () => {
    const filingId = await draftWithMaterials();
    const count = async () =>
      Promise.all(
        (['documents', 'filing_events'] as const).map(async (t) =>
          Number(
            (
              await p.deps.db
                .selectFrom(t)
                .select((eb) => eb.fn.countAll().as('n'))
                .where('filing_id', '=', filingId)
                .executeTakeFirstOrThrow()
            ).n,
          ),
        ),
      );
    const before = await count();
    let issuedSha = '';
    await expect(
      p.deps.db.transaction().execute(async (trx) => {
        const d = await issueDocument(trx, p.deps, {
          filingId,
          kind: 'acceptance_notice',
          data: sampleDocumentData.acceptance_notice,
          ctx,
        });
        issuedSha = d.sha256;
        throw new Error('the issuing decision failed');
      }),
    ).rejects.toThrow('the issuing decision failed');
    expect(await count()).toEqual(before);
    const audit = await p.deps.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'document.issue')
      .where('resource_id', '=', filingId)
      .execute();
    expect(audit).toEqual([]);
    expect(issuedSha).toMatch(/^[0-9a-f]{64}$/);
    // The blob may stay: it is content-addressed and named by no row.
    const rows = await p.deps.db.selectFrom('documents').select('id').where('sha256', '=', issuedSha).execute();
    expect(rows).toEqual([]);
  });

  it('issues any of the five kinds with the staff member who issued it', async () => {
    const filingId = await draftWithMaterials();
    const clerkActor = await signedInActor(p.deps, 'clerk@chaoyang.court.example');
    const d = await p.deps.db.transaction().execute((trx) =>
      issueDocument(trx, p.deps, {
        filingId,
        kind: 'rejection_ruling',
        data: sampleDocumentData.rejection_ruling,
        ctx,
        issuedBy: clerkActor.userId,
      }),
    );
    expect(d).toMatchObject({ kind: 'rejection_ruling', title: '民事裁定书', number: '（2026）京0105民初12346号' });
    const row = await p.deps.db.selectFrom('documents').selectAll().where('id', '=', d.id).executeTakeFirstOrThrow();
    expect(row.issued_by).toBe(clerkActor.userId);
    expect(await p.deps.blobs.has(row.sha256)).toBe(true);
  });
});
