// The evidence list (证据目录) through the API: defaults from the upload, editing, reordering (a wrong id
// list refused and the order unchanged), replacing a file (old row and blob gone, fields carried over),
// removing, submission blocked until every item has a purpose, and the list as the clerk sees it.
import type { FilingView, MaterialView } from '@lian/contract';
import { searchCausesOfAction } from '@lian/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, completeDraft, samplePng } from './client.js';
import { startTestPlatform, type TestPlatform } from './harness.js';
import { blobFiles, pdf, png, wav } from './samples.js';

let p: TestPlatform;
let owner: Client;
let id: string;
type Err = { error: { code: string; message: string; details?: Array<{ path: string; code: string; message: string }> } };

beforeAll(async () => {
  p = await startTestPlatform();
  owner = await new Client(p.app).login('13800000001');
  id = (await owner.post<{ filing: FilingView }>('/api/filings', { courtId: p.court.id })).body.filing.id;
  const cause = searchCausesOfAction('民间借贷', 1)[0]!.code;
  expect((await owner.put(`/api/filings/${id}`, { ...completeDraft, causeOfActionCode: cause })).status).toBe(200);
});
afterAll(async () => {
  await p?.stop();
});

const upload = async (name: string, bytes: Buffer, kind = 'evidence', replaces?: string) => {
  const q = `kind=${kind}&fileName=${encodeURIComponent(name)}${replaces ? `&replaces=${replaces}` : ''}`;
  return owner.upload<{ material: MaterialView } & Err>(`/api/filings/${id}/materials?${q}`, bytes);
};
const evidenceOf = async () =>
  (await owner.get<{ filing: FilingView }>(`/api/filings/${id}`)).body.filing.materials.filter((m) => m.kind === 'evidence');
const fields = (over: Record<string, unknown> = {}) => ({
  name: '借条',
  source: '原告持有',
  purpose: '证明被告借款50000元',
  original: 'original',
  pageCount: 1,
  ...over,
});

describe('the evidence list', () => {
  let a: MaterialView;
  let b: MaterialView;
  let c: MaterialView;

  it('lists each evidence upload in order, named after its file, with the PDF page count pre-filled', async () => {
    expect((await upload('起诉状.pdf', await pdf(1), 'complaint')).status).toBe(201);
    expect((await upload('身份证.png', samplePng(), 'identity')).status).toBe(201);
    a = (await upload('借条.pdf', await pdf(3))).body.material;
    b = (await upload('转账记录.png', await png(31, 21))).body.material;
    c = (await upload('通话录音.wav', wav())).body.material;
    const list = await evidenceOf();
    expect(list.map((m) => [m.id, m.evidence?.position, m.evidence?.name, m.evidence?.pageCount])).toEqual([
      [a.id, 1, '借条', 3],
      [b.id, 2, '转账记录', null],
      [c.id, 3, '通话录音', null],
    ]);
    expect(a.pageCount).toBe(3);
    const complaint = (await owner.get<{ filing: FilingView }>(`/api/filings/${id}`)).body.filing.materials.find(
      (m) => m.kind === 'complaint',
    );
    expect(complaint?.evidence).toBeNull();
  });

  it('saves the fields of an item; refuses them for a file that is not evidence', async () => {
    const r = await owner.put<{ material: MaterialView }>(
      `/api/filings/${id}/materials/${b.id}/evidence`,
      fields({ name: '银行转账记录', original: 'copy', pageCount: 2 }),
    );
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.material.evidence).toEqual({
      position: 2,
      name: '银行转账记录',
      source: '原告持有',
      purpose: '证明被告借款50000元',
      original: 'copy',
      pageCount: 2,
    });
    const complaint = (await owner.get<{ filing: FilingView }>(`/api/filings/${id}`)).body.filing.materials.find(
      (m) => m.kind === 'complaint',
    )!;
    const wrong = await owner.put<Err>(`/api/filings/${id}/materials/${complaint.id}/evidence`, fields());
    expect(wrong.status).toBe(409);
    expect(wrong.body.error.code).toBe('MATERIAL_NOT_EVIDENCE');
    const bad = await owner.put<Err>(`/api/filings/${id}/materials/${b.id}/evidence`, fields({ pageCount: 0 }));
    expect(bad.status).toBe(400);
  });

  it('reorders with the full id list and refuses a wrong list, leaving the order as it was', async () => {
    const order = async () => (await evidenceOf()).map((m) => m.id);
    const r = await owner.put<{ materials: MaterialView[] }>(`/api/filings/${id}/evidence-order`, { materialIds: [c.id, a.id, b.id] });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(await order()).toEqual([c.id, a.id, b.id]);
    expect((await evidenceOf()).map((m) => m.evidence?.position)).toEqual([1, 2, 3]);
    const complaint = (await owner.get<{ filing: FilingView }>(`/api/filings/${id}`)).body.filing.materials.find(
      (m) => m.kind === 'complaint',
    )!;
    for (const [label, ids] of [
      ['one missing', [c.id, a.id]],
      ['one twice', [c.id, a.id, b.id, a.id]],
      ['an unknown id', [c.id, a.id, b.id, '00000000-0000-4000-8000-000000000000']],
      ['a file that is not evidence', [c.id, a.id, complaint.id]],
      ['nothing', []],
    ] as const) {
      const wrong = await owner.put<Err>(`/api/filings/${id}/evidence-order`, { materialIds: ids });
      expect({ label, status: wrong.status, code: wrong.body.error.code }).toEqual({ label, status: 422, code: 'EVIDENCE_ORDER_INVALID' });
    }
    expect(await order()).toEqual([c.id, a.id, b.id]);
  });

  it('replaces a file: the new one takes the place and fields of the old, whose row and blob are gone', async () => {
    const before = (await evidenceOf()).find((m) => m.id === b.id)!;
    const oldLink = await owner.linkTo(id, b.id);
    const r = await upload('转账记录-清晰版.pdf', await pdf(4), 'evidence', b.id);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const n = r.body.material;
    expect(n.evidence).toEqual({ ...before.evidence, pageCount: 4 });
    expect((await evidenceOf()).map((m) => m.id)).toEqual([c.id, a.id, n.id]);
    expect((await owner.get(oldLink)).status).toBe(404);
    const blobs = (await blobFiles(p.config.dataDir)).map((f) => f.split('/').pop());
    expect(blobs).not.toContain(b.sha256);
    expect(blobs).toContain(n.sha256);
    b = n;
  });

  it('refuses to replace a material the draft does not have, leaving nothing behind', async () => {
    const before = await blobFiles(p.config.dataDir);
    const r = await upload('x.pdf', await pdf(5), 'evidence', '00000000-0000-4000-8000-000000000000');
    expect(r.status).toBe(404);
    expect(await blobFiles(p.config.dataDir)).toEqual(before);
    expect(await evidenceOf()).toHaveLength(3);
  });

  it('blocks submission until every item has a name, source and purpose, naming each in the filer’s language', async () => {
    await owner.put(`/api/filings/${id}/materials/${a.id}/evidence`, fields({ purpose: '' }));
    await owner.put(`/api/filings/${id}/materials/${c.id}/evidence`, fields({ name: '通话录音', purpose: '   ' }));
    const zh = await owner.post<Err>(`/api/filings/${id}/submit`);
    expect(zh.status).toBe(422);
    expect(zh.body.error.code).toBe('FILING_INCOMPLETE');
    // c is first in the list, then a.
    expect(zh.body.error.details?.map((d) => [d.path, d.message])).toEqual([
      ['evidence.0.purpose', '证据1的证明目的未填写'],
      ['evidence.1.purpose', '证据2的证明目的未填写'],
    ]);
    const en = await owner.call<Err>('POST', `/api/filings/${id}/submit`, {}, { headers: { 'accept-language': 'en' } });
    expect(en.body.error.details?.map((d) => d.message)).toEqual(['Evidence 1: purpose is missing', 'Evidence 2: purpose is missing']);
    expect((await owner.get<{ filing: FilingView }>(`/api/filings/${id}`)).body.filing.state).toBe('draft');
  });

  it('removes an item, and submits once the list is complete; the clerk sees the list', async () => {
    expect((await owner.del(`/api/filings/${id}/materials/${a.id}`)).status).toBe(204);
    expect((await evidenceOf()).map((m) => m.id)).toEqual([c.id, b.id]);
    await owner.put(`/api/filings/${id}/materials/${c.id}/evidence`, fields({ name: '通话录音', purpose: '证明被告承认借款' }));
    const submitted = await owner.post<{ filing: FilingView } & Err>(`/api/filings/${id}/submit`);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    const clerk = await new Client(p.app).login('clerk@chaoyang.court.example');
    const seen = (await clerk.get<{ filing: FilingView }>(`/api/filings/${id}`)).body.filing.materials.filter((m) => m.kind === 'evidence');
    expect(seen.map((m) => [m.evidence?.name, m.evidence?.purpose])).toEqual([
      ['通话录音', '证明被告承认借款'],
      ['银行转账记录', '证明被告借款50000元'],
    ]);
    // Once submitted the list is frozen.
    expect((await owner.put<Err>(`/api/filings/${id}/evidence-order`, { materialIds: [b.id, c.id] })).body.error.code).toBe(
      'FILING_NOT_EDITABLE',
    );
  });
});
