// Short-lived, session-bound download links: the API hands out URLs with a token; the file is served only
// with a token of this session, for this material and kind of link, before its expiry (an injected clock
// moves time). A copied URL fails in another session, after expiry, after sign-out and when changed, with
// its specific code and an audited refusal; Range requests reuse the token while it is valid. Issued
// documents (PDF) are served by the same kind of link, signed by the same signer, with the same refusals.
import type { DocumentLinksResponse, MaterialLinksResponse, MaterialView } from '@lian/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOWNLOAD_LINK_TTL_MS } from '../src/modules/filing/download-links.js';
import { Client, samplePdf, samplePng } from './client.js';
import { signedInActor, submitCompleteFilings } from './fixtures.js';
import { startTestPlatform, type TestPlatform } from './harness.js';

type Err = { error: { code: string } };
let p: TestPlatform;
let offsetMs = 0;
let owner: Client;
let filingId: string;
let png: MaterialView;
let pdf: MaterialView;
let pdfBytes: Buffer;

beforeAll(async () => {
  p = await startTestPlatform({ now: () => new Date(Date.now() + offsetMs) });
  owner = await new Client(p.app).login('13800000001');
  filingId = (await owner.post<{ filing: { id: string } }>('/api/filings', { courtId: p.court.id, caseType: 'civil_first_instance' })).body
    .filing.id;
  const upload = async (name: string, bytes: Buffer) =>
    (await owner.upload<{ material: MaterialView }>(`/api/filings/${filingId}/materials?kind=evidence&fileName=${name}`, bytes)).body
      .material;
  png = await upload('photo.png', samplePng());
  pdfBytes = samplePdf('download links');
  pdf = await upload('contract.pdf', pdfBytes);
});
afterAll(async () => {
  await p?.stop();
});

const linksOf = async (c: Client) => {
  const res = await c.get<MaterialLinksResponse>(`/api/filings/${filingId}/material-links`);
  expect(res.status).toBe(200);
  const byId = new Map(res.body.links.map((l) => [l.materialId, l]));
  return { ...res.body, of: (m: MaterialView) => byId.get(m.id)! };
};
const refusals = (reason: string) =>
  p.deps.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', 'access.denied')
    .execute()
    .then((rows) => rows.filter((r) => r.detail.reason === reason));
const codeOf = (res: { body: unknown }) => (res.body as Err).error.code;

describe('download links', () => {
  it('hands out links for every material, expiring in five minutes; a link opens its file in this session', async () => {
    const before = Date.now();
    const links = await linksOf(owner);
    expect(links.links).toHaveLength(2);
    expect(Date.parse(links.expiresAt) - before).toBeGreaterThan(DOWNLOAD_LINK_TTL_MS - 5000);
    expect(Date.parse(links.expiresAt) - before).toBeLessThanOrEqual(DOWNLOAD_LINK_TTL_MS + 1000);
    expect(links.of(pdf).previewUrl).toBeNull();
    expect(links.of(png).previewUrl).toMatch(/\/preview\?token=/);
    const file = await owner.get(links.of(pdf).contentUrl);
    expect(file.status).toBe(200);
    expect(file.raw.equals(pdfBytes)).toBe(true);
    const preview = await owner.get(links.of(png).previewUrl!);
    expect(preview.status).toBe(200);
    expect(preview.headers['content-type']).toBe('image/png');
    // A player's Range requests reuse the same token.
    const part = await owner.call('GET', links.of(pdf).contentUrl, undefined, { headers: { range: 'bytes=10-19' } });
    expect(part.status).toBe(206);
    expect(part.raw.equals(pdfBytes.subarray(10, 20))).toBe(true);
  });

  it('refuses the stable URL without a token, a changed token, and a token of another file or kind', async () => {
    const links = await linksOf(owner);
    const url = links.of(pdf).contentUrl;
    const [base, token] = url.split('?token=') as [string, string];
    const [expiry, mac] = token.split('.') as [string, string];
    const flipped = `${mac.slice(0, 10)}${mac[10] === 'A' ? 'B' : 'A'}${mac.slice(11)}`;
    const later = (parseInt(expiry, 36) + 3600).toString(36);
    const wrong = [
      base,
      `${base}?token=`,
      `${base}?token=${expiry}.${flipped}`,
      `${base}?token=${later}.${mac}`,
      `${base}?token=${token}x`,
      links.of(png).contentUrl.replace(png.id, pdf.id),
      links.of(png).previewUrl!.replace('/preview?', '/content?'),
    ];
    const before = (await refusals('download_link_invalid')).length;
    for (const u of wrong) {
      const res = await owner.get(u);
      expect({ u, status: res.status, code: codeOf(res) }).toEqual({ u, status: 403, code: 'DOWNLOAD_LINK_INVALID' });
      expect(res.raw.includes(pdfBytes.subarray(0, 64))).toBe(false);
    }
    expect((await refusals('download_link_invalid')).length).toBe(before + wrong.length);
  });

  it('refuses a copied link in another session of the same person, and another person gets nothing', async () => {
    const url = (await linksOf(owner)).of(pdf).contentUrl;
    const sameUserElsewhere = await new Client(p.app).login('13800000001');
    const res = await sameUserElsewhere.get(url);
    expect([res.status, codeOf(res)]).toEqual([403, 'DOWNLOAD_LINK_INVALID']);
    // Their own links work there.
    expect((await sameUserElsewhere.get((await linksOf(sameUserElsewhere)).of(pdf).contentUrl)).status).toBe(200);
    // Someone who may not read the filing learns nothing, link or not (404, as for any other filing).
    const lawyer = await new Client(p.app).login('13800000002');
    expect((await lawyer.get(url)).status).toBe(404);
    expect((await lawyer.get(`/api/filings/${filingId}/material-links`)).status).toBe(404);
    expect((await new Client(p.app).get(url)).status).toBe(401);
  });

  it('refuses a link after its five minutes with DOWNLOAD_LINK_EXPIRED, and a fresh link works', async () => {
    const url = (await linksOf(owner)).of(pdf).contentUrl;
    try {
      offsetMs = DOWNLOAD_LINK_TTL_MS - 2000;
      expect((await owner.get(url)).status).toBe(200);
      offsetMs = DOWNLOAD_LINK_TTL_MS + 1000;
      const before = (await refusals('download_link_expired')).length;
      const res = await owner.get(url);
      expect([res.status, codeOf(res)]).toEqual([403, 'DOWNLOAD_LINK_EXPIRED']);
      expect((await refusals('download_link_expired')).length).toBe(before + 1);
      expect((await owner.get((await linksOf(owner)).of(pdf).contentUrl)).status).toBe(200);
    } finally {
      offsetMs = 0;
    }
  });

  it('a link dies with its session: after sign-out, and in a new session of the same browser', async () => {
    const c = await new Client(p.app).login('13800000001');
    const url = (await linksOf(c)).of(pdf).contentUrl;
    expect((await c.get(url)).status).toBe(200);
    expect((await c.post('/api/auth/logout')).status).toBeLessThan(300);
    expect((await c.get(url)).status).toBe(401);
    await c.login('13800000001');
    const res = await c.get(url);
    expect([res.status, codeOf(res)]).toEqual([403, 'DOWNLOAD_LINK_INVALID']);
  });
});

describe('document links', () => {
  let submitted: string;
  let docId: string;
  let docSha: string;
  const docLinksOf = async (c: Client, id = submitted) => {
    const res = await c.get<DocumentLinksResponse>(`/api/filings/${id}/document-links`);
    expect(res.status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    [submitted] = (await submitCompleteFilings(p.deps, await signedInActor(p.deps, '13800000001'), p.court.id, 1)) as [string];
    const listed = await owner.get<{ documents: Array<{ id: string; sha256: string }> }>(`/api/filings/${submitted}/documents`);
    [docId, docSha] = [listed.body.documents[0]!.id, listed.body.documents[0]!.sha256];
  });

  it('hands out a five-minute link per issued document that opens its PDF in this session, Range included', async () => {
    const before = Date.now();
    const links = await docLinksOf(owner);
    expect(links.links.map((l) => l.documentId)).toEqual([docId]);
    expect(Date.parse(links.expiresAt) - before).toBeLessThanOrEqual(DOWNLOAD_LINK_TTL_MS + 1000);
    const url = links.links[0]!.contentUrl;
    expect(url).toMatch(new RegExp(`^/api/filings/${submitted}/documents/${docId}/content\\?token=`));
    const file = await owner.get(url);
    expect([file.status, file.headers['content-type'], file.headers['x-content-sha256']]).toEqual([200, 'application/pdf', docSha]);
    expect(file.headers['accept-ranges']).toBe('bytes');
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="[^"]+\.pdf"; filename\*=UTF-8''/);
    const part = await owner.call('GET', url, undefined, { headers: { range: 'bytes=0-4' } });
    expect([part.status, part.raw.toString(), part.headers['content-range']]).toEqual([206, '%PDF-', `bytes 0-4/${file.raw.length}`]);
    const past = await owner.call('GET', url, undefined, { headers: { range: `bytes=${file.raw.length + 10}-` } });
    expect(past.status).toBe(416);
  });

  it('refuses the stable URL, a changed token and a token of a material with DOWNLOAD_LINK_INVALID, audited', async () => {
    const url = (await docLinksOf(owner)).links[0]!.contentUrl;
    const [base, token] = url.split('?token=') as [string, string];
    const [expiry, mac] = token.split('.') as [string, string];
    const flipped = `${mac.slice(0, 5)}${mac[5] === 'A' ? 'B' : 'A'}${mac.slice(6)}`;
    const materialToken = (await linksOf(owner)).of(pdf).contentUrl.split('?token=')[1]!;
    const wrong = [
      base,
      `${base}?token=${expiry}.${flipped}`,
      `${base}?token=${(parseInt(expiry, 36) + 60).toString(36)}.${mac}`,
      `${base}?token=${materialToken}`,
    ];
    const before = (await refusals('download_link_invalid')).length;
    for (const u of wrong) {
      const res = await owner.get(u);
      expect({ u, status: res.status, code: codeOf(res) }).toEqual({ u, status: 403, code: 'DOWNLOAD_LINK_INVALID' });
      expect(res.raw.includes(Buffer.from('%PDF'))).toBe(false);
    }
    expect((await refusals('download_link_invalid')).length).toBe(before + wrong.length);
  });

  it('refuses a copied link in another session (403) and to another person (404), and after expiry (403)', async () => {
    const url = (await docLinksOf(owner)).links[0]!.contentUrl;
    const elsewhere = await new Client(p.app).login('13800000001');
    const res = await elsewhere.get(url);
    expect([res.status, codeOf(res)]).toEqual([403, 'DOWNLOAD_LINK_INVALID']);
    expect((await elsewhere.get((await docLinksOf(elsewhere)).links[0]!.contentUrl)).status).toBe(200);
    const lawyer = await new Client(p.app).login('13800000002');
    expect([(await lawyer.get(url)).status, codeOf(await lawyer.get(url))]).toEqual([404, 'NOT_FOUND']);
    expect((await lawyer.get(`/api/filings/${submitted}/document-links`)).status).toBe(404);
    expect((await new Client(p.app).get(url)).status).toBe(401);
    try {
      offsetMs = DOWNLOAD_LINK_TTL_MS + 1000;
      const before = (await refusals('download_link_expired')).length;
      const old = await owner.get(url);
      expect([old.status, codeOf(old)]).toEqual([403, 'DOWNLOAD_LINK_EXPIRED']);
      expect((await refusals('download_link_expired')).length).toBe(before + 1);
      expect((await owner.get((await docLinksOf(owner)).links[0]!.contentUrl)).status).toBe(200);
    } finally {
      offsetMs = 0;
    }
  });

  it("does not open another filing's document, nor another document, with a link", async () => {
    const url = (await docLinksOf(owner)).links[0]!.contentUrl;
    // The owner's own draft: their document's id and token under it find nothing.
    expect((await owner.get(url.replace(submitted, filingId))).status).toBe(404);
    // Another litigant's filing and document: the owner's session is handed no link and learns nothing.
    const [theirs] = (await submitCompleteFilings(p.deps, await signedInActor(p.deps, '13800000002'), p.court.id, 1)) as [string];
    const theirDoc = (await p.deps.db.selectFrom('documents').select('id').where('filing_id', '=', theirs).executeTakeFirstOrThrow()).id;
    expect((await owner.get(`/api/filings/${theirs}/document-links`)).status).toBe(404);
    const forged = await owner.get(url.replace(submitted, theirs).replace(docId, theirDoc));
    expect([forged.status, codeOf(forged)]).toEqual([404, 'NOT_FOUND']);
  });
});
