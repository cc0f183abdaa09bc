// The court's decisions in a real browser (issue #7): the clerk asks for a correction with a deadline, the
// litigant corrects only the named section and resubmits, the clerk registers the case under the simplified
// procedure with the fee shown first; and a ruling not to accept that the litigant reads with how to appeal.
// Filings are prepared through the HTTP API; every decision and what the litigant sees go through the UI.
import { execFileSync } from 'node:child_process';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { DEMO_TOTP_SECRETS } from '../packages/server/src/cli/seed.js';
import { samplePdf, samplePng } from '../packages/server/test/client.js';
import { totpAt } from '../packages/server/test/second-factor.js';
import { axeViolations, screenshot, settled } from './src/browser.js';
import { platformAndBrowser } from './src/suite.js';

const suite = platformAndBrowser();

/** A submitted filing of the demo litigant 张三, made through the API as the web UI would. */
async function submittedFiling(defendant: string): Promise<{ id: string; receipt: string }> {
  let cookie = '';
  const call = async (method: string, url: string, body?: unknown, raw?: Buffer) => {
    const res = await fetch(`${suite.server.url}${url}`, {
      method,
      headers: {
        cookie,
        'x-requested-with': 'lian',
        ...(raw ? { 'content-type': 'application/octet-stream' } : body ? { 'content-type': 'application/json' } : {}),
      },
      body: raw ? new Blob([new Uint8Array(raw)]) : body ? JSON.stringify(body) : undefined,
    });
    const set = res.headers.get('set-cookie');
    if (set?.startsWith('lian_session=')) cookie = set.split(';')[0]!;
    const json = (await res.json()) as Record<string, unknown>;
    if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json)}`);
    return json as { filing: { id: string; receiptNumber: string }; courts: Array<{ id: string }>; items: Array<{ code: string }> };
  };
  await call('POST', '/api/auth/login', { login: '13800000001', password: 'Lian-demo-2026' });
  const court = (await call('GET', '/api/courts')).courts[0]!.id;
  const cause = (await call('GET', `/api/causes-of-action?q=${encodeURIComponent('民间借贷')}`)).items[0]!.code;
  const { id } = (await call('POST', '/api/filings', { courtId: court, caseType: 'civil_first_instance' })).filing;
  await call('PUT', `/api/filings/${id}`, {
    plaintiff: {
      phone: '13800000001',
      address: '北京市朝阳区建国路1号',
      ethnicity: '汉族',
      occupation: '职员',
      employer: '北京某科技有限公司',
    },
    defendants: [{ kind: 'person', name: defendant, sex: 'male', address: '北京市朝阳区光华路' }],
    claims: [{ text: '判令被告归还借款人民币100000元', amountFen: 10_000_000 }],
    factsAndReasons: '2025年3月1日被告向原告借款100000元，约定一年内归还，到期后经多次催要未还。',
    causeOfActionCode: cause,
  });
  await call('POST', `/api/filings/${id}/materials?kind=complaint&fileName=c.pdf`, undefined, samplePdf('complaint'));
  await call('POST', `/api/filings/${id}/materials?kind=identity&fileName=id.png`, undefined, samplePng());
  const evidence = (await call('POST', `/api/filings/${id}/materials?kind=evidence&fileName=e.png`, undefined, samplePng())) as unknown as {
    material: { id: string };
  };
  // The evidence list (证据目录) must say what each piece of evidence is, where it comes from and what it proves.
  await call('PUT', `/api/filings/${id}/materials/${evidence.material.id}/evidence`, {
    name: '借条',
    source: '原告持有',
    purpose: '证明被告向原告借款',
    original: 'original',
    pageCount: 1,
  });
  const submitted = await call('POST', `/api/filings/${id}/submit`);
  return { id, receipt: submitted.filing.receiptNumber };
}

/** Downloads the document the link names, as the litigant would, and returns the PDF's text (spaces removed). */
async function downloadedText(page: Page, linkName: string): Promise<string> {
  const link = page.getByRole('link', { name: linkName });
  await expect.poll(() => link.count()).toBe(1);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const file = await download.path();
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s/g, '');
}

const staffState = new Map<string, Awaited<ReturnType<BrowserContext['cookies']>>>();

async function signedIn(name: string, login: string, password = 'Lian-demo-2026', viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await suite.browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', reducedMotion: 'reduce' });
  const page = await context.newPage();
  onTestFailed(async () => {
    await screenshot(page, `FAILED-${name}`);
  });
  if (staffState.has(login)) {
    // Signed in once already: a TOTP code may not be used twice within its 30 seconds, so reuse the session.
    await context.addCookies(staffState.get(login)!);
    await page.goto(`${suite.server.url}/`);
    await page.waitForURL(/\/(workbench|filings)$/);
    return page;
  }
  await page.goto(`${suite.server.url}/login`);
  await page.getByLabel('手机号或电子邮箱').fill(login);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /^登\s*录$/ }).click();
  const secret = DEMO_TOTP_SECRETS[login];
  if (secret) {
    // Court staff: the second step asks for the authenticator's code (the demo seed's published secret).
    await page.getByLabel('6 位验证码').fill(totpAt(secret, new Date()));
    await page.getByRole('button', { name: '验证并登录' }).click();
  }
  await page.waitForURL(/\/(workbench|filings)$/);
  if (secret) staffState.set(login, await context.cookies());
  return page;
}

describe('correction round trip', () => {
  let filing: { id: string; receipt: string };

  it('the clerk finds the filing with the queue filters and sends a correction notice with a deadline', async () => {
    filing = await submittedFiling('周被告');
    const page = await signedIn('clerk-corrects', 'clerk@chaoyang.court.example');
    await expect.poll(() => page.getByText(/待审查 \d+ 件/).count()).toBe(1);
    await page.getByLabel('代理').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '本人起诉' }).click();
    const row = page.getByRole('row').filter({ hasText: filing.receipt });
    await expect.poll(() => row.count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '10-clerk-queue-filters');

    await page.goto(`${suite.server.url}/workbench/filings/${filing.id}`);
    await page.getByRole('button', { name: /补\s*正/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('补正事项 1').fill('被告住所地不够具体，请补充门牌号');
    await dialog.getByLabel('涉及部分 1').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '被告信息' }).click();
    await settled(page);
    await screenshot(page, '11-clerk-correction-modal');
    await dialog.getByRole('button', { name: /发出补正通知/ }).click();
    await expect.poll(() => page.getByText('待补正').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('被告住所地不够具体，请补充门牌号').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the litigant reads the notice, corrects only the defendant and resubmits', async () => {
    const page = await signedIn('litigant-corrects', '13800000001', 'Lian-demo-2026', { width: 390, height: 844 });
    await page.goto(`${suite.server.url}/filings/${filing.id}`);
    await expect.poll(() => page.getByText(/请在 \d{4}-\d{2}-\d{2} 前补正以下事项/).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '12-litigant-correction-notice');
    expect(await downloadedText(page, '补正通知书')).toContain('被告住所地不够具体，请补充门牌号');
    await page.getByRole('button', { name: /去补正/ }).click();
    await page.waitForURL('**/edit');
    // The plaintiff step is locked: it is not named in the notice.
    await expect.poll(() => page.getByText('此部分不在补正范围内，不能修改。').filter({ visible: true }).count()).toBe(1);
    await page.getByRole('button', { name: /保存并下一步/ }).click();
    await page.locator('#step-defendants-title').waitFor({ state: 'visible' });
    // The defendant step is open; its field ids come from the form's name (filing_defendants_0_address).
    const address = page.locator('#filing_defendants_0_address');
    await address.fill('北京市朝阳区光华路2号院3号楼101');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '13-litigant-correcting-defendant');
    // Each step saves before the next shows: wait for it, or a second click lands while the first still saves.
    for (const next of ['claims', 'materials', 'confirm']) {
      await page.getByRole('button', { name: /保存并下一步/ }).click();
      await page.locator(`#step-${next}-title`).waitFor({ state: 'visible' });
    }
    await settled(page);
    await page.getByRole('button', { name: /(^|loading )提\s*交$/ }).click();
    await page
      .locator('.ant-modal-confirm')
      .getByRole('button', { name: /提\s*交/ })
      .click();
    await page.waitForURL(/\/filings\/[0-9a-f-]+$/);
    await expect.poll(() => page.getByText('已补正待审查').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('补正后重新提交').count()).toBeGreaterThan(0);
  });

  it('the clerk registers it under the simplified procedure, seeing the halved fee before confirming', async () => {
    const page = await signedIn('clerk-accepts-corrected', 'clerk@chaoyang.court.example');
    await page.getByLabel('状态').first().click();
    await page.locator('.ant-select-item-option').filter({ hasText: '已补正待审查' }).click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: filing.receipt }).count()).toBe(1);
    await page.goto(`${suite.server.url}/workbench/filings/${filing.id}`);
    await page.getByRole('button', { name: /立\s*案$/ }).click();
    const dialog = page.getByRole('dialog');
    // 100,000 yuan: 50 + 90,000 × 2.5 % = 2,300 yuan under the ordinary procedure …
    await expect.poll(() => dialog.getByText('¥2,300.00').count()).toBeGreaterThan(0);
    await dialog.getByLabel('审理程序').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '简易程序' }).click();
    // … halved under the simplified procedure (诉讼费用交纳办法 Art. 16).
    await expect.poll(() => dialog.getByText('¥1,150.00').count()).toBeGreaterThan(0);
    await settled(page);
    await screenshot(page, '14-clerk-accept-fee-preview');
    await dialog.getByRole('button', { name: /确认立案/ }).click();
    await expect.poll(() => page.getByText(/（\d{4}）京0105民初\d+号/).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: /指派法官/ }).click();
    await page.getByRole('dialog').getByLabel('承办法官').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '孙法官' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确认指派/ })
      .click();
    await expect.poll(() => page.getByText('指派承办法官').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the litigant sees the case number, the fee with its explanation and the payment deadline', async () => {
    const page = await signedIn('litigant-sees-fee', '13800000001', 'Lian-demo-2026', { width: 390, height: 844 });
    await page.goto(`${suite.server.url}/filings/${filing.id}`);
    await expect.poll(() => page.getByText('简易程序').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('¥1,150.00').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(/适用简易程序减半/).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('交费期限', { exact: true }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '15-litigant-fee');
    // The registration issued the acceptance and payment notices; the litigant downloads and reads them.
    const payment = await downloadedText(page, '交纳诉讼费用通知书');
    expect(payment).toContain('北京市朝阳区人民法院');
    expect(payment).toMatch(/（\d{4}）京0105民初\d+号/);
    expect(payment).toContain('人民币壹仟壹佰伍拾元整（￥1,150.00元）');
    expect(payment).toContain('《诉讼费用交纳办法》第二十二条');
    expect(await downloadedText(page, '受理案件通知书')).toContain('立案受理');
  });
});

describe('ruling not to accept', () => {
  it('the clerk rules with a ground and reasons; the litigant sees them and how to appeal, by when, to which court', async () => {
    const filing = await submittedFiling('吴被告');
    const clerk = await signedIn('clerk-rejects', 'clerk@chaoyang.court.example');
    await clerk.goto(`${suite.server.url}/workbench/filings/${filing.id}`);
    await clerk.getByRole('button', { name: /不予受理/ }).click();
    const dialog = clerk.getByRole('dialog');
    await dialog.getByLabel('理由', { exact: true }).click();
    await clerk.locator('.ant-select-item-option').filter({ hasText: '书面仲裁协议' }).click();
    await expect.poll(() => dialog.getByText('民事诉讼法第一百二十七条第（二）项').count()).toBe(1);
    await dialog.getByLabel('具体理由').fill('双方借款合同第十条约定争议提交北京仲裁委员会仲裁。');
    await settled(clerk);
    await screenshot(clerk, '16-clerk-reject-modal');
    await dialog.getByRole('button', { name: /确认裁定/ }).click();
    await expect.poll(() => clerk.getByText('不予受理裁定').count()).toBeGreaterThan(0);

    const page = await signedIn('litigant-sees-ruling', '13800000001', 'Lian-demo-2026', { width: 390, height: 844 });
    await page.goto(`${suite.server.url}/filings/${filing.id}`);
    await expect.poll(() => page.getByText(/可以在 \d{4}-\d{2}-\d{2} 前向 北京市第三中级人民法院 提起上诉/).count()).toBe(1);
    await expect.poll(() => page.getByText('双方借款合同第十条约定争议提交北京仲裁委员会仲裁。').count()).toBe(1);
    const ruling = await downloadedText(page, '不予受理裁定书');
    expect(ruling).toContain('本院经审查认为，双方借款合同第十条约定争议提交北京仲裁委员会仲裁。');
    expect(ruling).toContain('上诉于北京市第三中级人民法院');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '17-litigant-ruling');
  });
});
