// Short-lived, session-bound download links: the API hands out URLs with a token; the file is served only
// with a token of this session, for this material and kind of link, before its expiry (an injected clock
// moves time). A copied URL fails in another session, after expiry, after sign-out and when changed, with
// its specific code and an audited refusal; Range requests reuse the token while it is valid.
import type { MaterialLinksResponse, MaterialView } from '@lian/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOWNLOAD_LINK_TTL_MS } from '../src/modules/filing/download-links.js';
import { Client, samplePdf, samplePng } from './client.js';
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
