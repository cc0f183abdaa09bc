// A large material uploaded in a real browser over the resumable (tus) path: the connection is cut
// half-way, the upload retries by itself and resumes from the server's offset; it is paused and resumed
// by hand; the stored file is byte-identical to the one chosen. Screenshots go to e2e/screenshots/.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { DEMO_PASSWORD } from '../packages/server/src/cli/seed.js';
import { wav } from '../packages/server/test/samples.js';
import { axeViolations, screenshot } from './src/browser.js';
import { platformAndBrowser } from './src/suite.js';

/** A recording (WAV) of `size` bytes — a real header and noise — which the content inspection accepts. */
function recording(size: number): Buffer {
  const b = randomBytes(size);
  wav().subarray(0, 44).copy(b, 0);
  b.writeUInt32LE(size - 8, 4);
  b.writeUInt32LE(size - 44, 40);
  return b;
}

const suite = platformAndBrowser();

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const csrf = { 'x-requested-with': 'lian' };

async function signedInPage(): Promise<Page> {
  const context = await suite.browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  onTestFailed(async () => {
    await screenshot(page, 'FAILED-resumable-upload');
  });
  const login = await page.request.post(`${suite.server.url}/api/auth/login`, {
    data: { login: '13800000001', password: DEMO_PASSWORD },
    headers: csrf,
  });
  expect(login.status()).toBe(200);
  return page;
}

/** A new draft filing of the signed-in litigant at the demo court. */
async function newDraft(page: Page): Promise<string> {
  const courts = (await (await page.request.get(`${suite.server.url}/api/courts`)).json()) as { courts: Array<{ id: string }> };
  const created = await page.request.post(`${suite.server.url}/api/filings`, {
    data: { courtId: courts.courts[0]!.id, caseType: 'civil_first_instance' },
    headers: csrf,
  });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { filing: { id: string } }).filing.id;
}

describe('resumable upload in the browser', () => {
  it('survives a dropped connection and a pause, and stores the file byte-identical', async () => {
    const page = await signedInPage();
    const filingId = await newDraft(page);

    // 20 MiB: three PATCH requests of at most 8 MiB each.
    const file = recording(20 * 1024 * 1024);
    let patches = 0;
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const seen: string[] = [];
    await page.route('**/api/uploads/*', async (route) => {
      const method = route.request().method();
      if (method !== 'PATCH') {
        seen.push(method);
        return route.continue();
      }
      patches++;
      seen.push(`PATCH#${patches} @${route.request().headers()['upload-offset']}`);
      // The second chunk: the connection drops.
      if (patches === 2) return route.abort('connectionreset');
      // The chunk after the automatic resume is held until the progress has been looked at.
      if (patches === 3) await held;
      await route.continue().catch(() => undefined);
    });

    await page.goto(`${suite.server.url}/filings/${filingId}/edit?step=3`);
    await page.getByRole('heading', { name: '材料' }).waitFor();
    await page.locator('#upload-evidence').setInputFiles({ name: '录音.wav', mimeType: 'audio/wav', buffer: file });

    // Cut, retried by itself (HEAD for the offset), and now resuming from the first chunk's end.
    await expect.poll(() => patches, { timeout: 30_000 }).toBe(3);
    const row = page.locator('.upload-row');
    const percent = async () => Number(await row.getByRole('progressbar').getAttribute('aria-valuenow'));
    await expect.poll(percent, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await percent()).toBeLessThan(100);
    await expect.poll(() => row.locator('.upload-detail').textContent()).toMatch(/%/);
    await screenshot(page, '10-resumable-upload-mid');

    // Paused by hand: the held request is dropped; nothing more is sent.
    await page.getByRole('button', { name: '暂停上传 录音.wav' }).click();
    await expect.poll(() => row.getAttribute('data-upload-status')).toBe('paused');
    release();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '11-resumable-upload-paused');
    await page.getByRole('button', { name: '继续上传 录音.wav' }).click();

    await expect.poll(() => row.count(), { timeout: 60_000 }).toBe(0);
    await expect.poll(() => page.getByRole('cell', { name: /录音\.wav/ }).count()).toBeGreaterThan(0);
    expect(seen.filter((s) => s === 'HEAD').length, seen.join(', ')).toBeGreaterThanOrEqual(2);

    const filing = (await (await page.request.get(`${suite.server.url}/api/filings/${filingId}`)).json()) as {
      filing: { materials: Array<{ id: string; sha256: string; size: number }> };
    };
    const [m] = filing.filing.materials;
    expect({ sha256: m?.sha256, size: m?.size }).toEqual({ sha256: sha256(file), size: file.length });
    // The file by the short-lived download link the page's session is handed for it.
    const links = (await (await page.request.get(`${suite.server.url}/api/filings/${filingId}/material-links`)).json()) as {
      links: Array<{ materialId: string; contentUrl: string }>;
    };
    const link = links.links.find((l) => l.materialId === m!.id)!.contentUrl;
    expect((await page.request.get(`${suite.server.url}${link.split('?')[0]}`)).status()).toBe(403);
    const content = await page.request.get(`${suite.server.url}${link}`);
    expect(sha256(Buffer.from(await content.body()))).toBe(sha256(file));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '12-resumable-upload-done');
  });

  it('continues an upload after the page is reloaded, from where it stopped', async () => {
    const page = await signedInPage();
    const filingId = await newDraft(page);
    // A file on disk, so that choosing it again gives the browser the same name, size and date.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lian-e2e-file-'));
    const file = recording(12 * 1024 * 1024);
    const filePath = path.join(dir, '庭审录音.wav');
    await writeFile(filePath, file);

    const seen: string[] = [];
    let stall = true;
    await page.route('**/api/uploads**', async (route) => {
      const r = route.request();
      seen.push(`${r.method()}${r.headers()['upload-offset'] ? ` @${r.headers()['upload-offset']}` : ''}`);
      // Before the reload, everything after the first chunk hangs, as on a dead connection.
      if (r.method() === 'PATCH' && stall && r.headers()['upload-offset'] !== '0') return;
      await route.continue().catch(() => undefined);
    });
    await page.goto(`${suite.server.url}/filings/${filingId}/edit?step=3`);
    await page.getByRole('heading', { name: '材料' }).waitFor();
    await page.locator('#upload-evidence').setInputFiles(filePath);
    await expect.poll(() => seen.filter((x) => x.startsWith('PATCH')).length, { timeout: 30_000 }).toBe(2);

    stall = false;
    seen.length = 0;
    await page.reload();
    await page.getByText('有上次未传完的文件').waitFor();
    expect(await page.getByRole('button', { name: '放弃上传 庭审录音.wav' }).count()).toBe(1);
    await screenshot(page, '13-resumable-upload-after-reload');
    await page.locator('#upload-evidence').setInputFiles(filePath);
    await expect.poll(() => page.locator('.upload-row').count(), { timeout: 60_000 }).toBe(0);
    await expect.poll(() => page.getByRole('cell', { name: /庭审录音\.wav/ }).count()).toBeGreaterThan(0);
    // No new upload: the browser asked for the offset and sent only the rest.
    expect(seen).toEqual(['HEAD', `PATCH @${8 * 1024 * 1024}`]);
    const filing = (await (await page.request.get(`${suite.server.url}/api/filings/${filingId}`)).json()) as {
      filing: { materials: Array<{ sha256: string }> };
    };
    expect(filing.filing.materials.map((m) => m.sha256)).toEqual([sha256(file)]);
    await rm(dir, { recursive: true, force: true });
  });
});
