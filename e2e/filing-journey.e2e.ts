// The foundation journey in a real browser: a litigant registers, files a civil case with a complaint
// and evidence, submits it and gets a receipt; a filing clerk accepts it from the review queue; the
// litigant sees 已立案 with the case number and the timeline. Screenshots go to e2e/screenshots/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { samplePdf, samplePng } from '../packages/server/test/client.js';
import { axeViolations, launchChromium, screenshot, settled } from './src/browser.js';
import { type RunningServer, startServer } from './src/server.js';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The visible form field with exactly this label (the editor keeps other steps' fields mounted). */
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true }).filter({ visible: true });

/** A fresh browser context (no cookies); on failure its page is saved as a FAILED-… screenshot. */
async function newPage(name: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const apiErrors: string[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/api/') && r.status() >= 400) apiErrors.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  onTestFailed(async () => {
    await screenshot(page, `FAILED-${name}`);
    console.error(`API errors seen by ${name}:\n${apiErrors.join('\n')}`);
  });
  return page;
}

const caseNumberPattern = /（\d{4}）京0105民初1号/;

describe('online filing journey', () => {
  let filingUrl = '';

  it('a litigant registers, files a case with a complaint and evidence, and submits it', async () => {
    const page = await newPage('litigant-files', { width: 390, height: 844 });
    await page.goto(`${server.url}/register`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('手机号或电子邮箱').fill('13912345678');
    await page.getByLabel('密码', { exact: true }).fill('Spring-garden-2026');
    await page.getByLabel('再次输入密码').fill('Spring-garden-2026');
    await page.getByLabel('真实姓名').fill('陈小华');
    await page.getByLabel('居民身份证号码').fill('110105199208152462');
    await page.getByRole('button', { name: /注册并登录/ }).click();
    await page.waitForURL('**/filings');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /新建立案/ }).click();
    // The demo installation has one court, which is chosen already.
    await expect.poll(() => page.getByRole('dialog').getByText('北京市朝阳区人民法院').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: /开始填写/ }).click();
    await page.waitForURL('**/filings/*/edit');

    // ① Plaintiff (self)
    await expect.poll(() => page.getByText('陈小华').count()).toBeGreaterThan(0);
    await field(page, '联系电话').fill('13912345678');
    await field(page, '住址').fill('北京市朝阳区朝阳路 8 号院 3 号楼 201');
    await field(page, '民族').fill('汉族');
    await field(page, '职业').fill('教师');
    await field(page, '工作单位').fill('北京市朝阳区某小学');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /保存并下一步/ }).click();

    // ② Defendant
    await field(page, '姓名').fill('刘大海');
    await field(page, '住址').fill('北京市朝阳区团结湖路 5 号');
    await page.getByRole('button', { name: /保存并下一步/ }).click();

    // ③ Claims, facts and reasons, cause of action
    await field(page, '请求内容').fill('判令被告归还借款本金人民币 30000 元');
    await field(page, '金额（元，选填）').fill('30000');
    await field(page, '事实与理由').fill(
      '2025 年 6 月 1 日，被告向原告借款 30000 元，约定三个月内归还，有借条为证。到期后经多次催要，被告至今未还。',
    );
    await field(page, '案由').click();
    await field(page, '案由').fill('借钱不还');
    await page.locator('.ant-select-item-option').filter({ hasText: '民间借贷纠纷' }).first().click();
    // antd's open dropdown has an unlabelled listbox (a library limitation): axe runs once it has closed.
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /保存并下一步/ }).click();

    // ④ Materials, with a progress bar per upload
    await page
      .locator('#upload-complaint')
      .setInputFiles({ name: '起诉状.pdf', mimeType: 'application/pdf', buffer: samplePdf('complaint') });
    await expect.poll(() => page.getByText('起诉状.pdf').count()).toBeGreaterThan(0);
    await page.locator('#upload-identity').setInputFiles({ name: '身份证.png', mimeType: 'image/png', buffer: samplePng() });
    await expect.poll(() => page.getByText('身份证.png').count()).toBeGreaterThan(0);
    await page.locator('#upload-evidence').setInputFiles({ name: '借条.png', mimeType: 'image/png', buffer: samplePng() });
    await expect.poll(() => page.getByText('借条.png').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '01-litigant-materials');
    await page.getByRole('button', { name: /保存并下一步/ }).click();

    // ⑤ Confirm and submit
    await page.getByRole('heading', { name: '确认提交' }).waitFor();
    await settled(page);
    // antd can leave a zero-width "loading" icon in a button after a save, which joins its accessible name.
    await page.getByRole('button', { name: /(^|loading )提\s*交$/ }).click();
    await page
      .locator('.ant-modal-confirm')
      .getByRole('button', { name: /提\s*交/ })
      .click();
    await page.waitForURL(/\/filings\/[0-9a-f-]+$/);
    filingUrl = page.url();
    await expect.poll(() => page.getByText('收到诉状凭证').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(/京0105网立\d{14}/).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '02-litigant-receipt');
  });

  it('a filing clerk sees it in the review queue with the days left, opens it and accepts it', async () => {
    const page = await newPage('clerk-accepts');
    await page.goto(`${server.url}/login`);
    await page.getByLabel('手机号或电子邮箱').fill('clerk@chaoyang.court.example');
    await page.getByLabel('密码').fill('Lian-demo-2026');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL('**/workbench');
    const row = page.getByRole('row').filter({ hasText: '陈小华' });
    await expect.poll(() => row.count()).toBe(1);
    await expect.poll(() => row.getByText(/剩 \d+ 天/).count()).toBe(1);
    expect(await row.textContent()).toContain('刘大海');
    expect(await row.textContent()).toContain('民间借贷纠纷');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '03-clerk-queue');

    await row
      .getByRole('link', { name: /审\s*查/ })
      .or(row.getByRole('button', { name: /审\s*查/ }))
      .first()
      .click();
    await page.waitForURL('**/workbench/filings/*');
    await expect.poll(() => page.getByText('起诉状.pdf').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('借条.png').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /立\s*案$/ }).click();
    // The modal shows the procedure and the acceptance fee bracket by bracket before confirming.
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByTestId('fee-breakdown').count()).toBe(1);
    await expect.poll(() => dialog.getByText('¥550.00').count()).toBeGreaterThan(0); // 50 + 20,000 × 2.5 % = 550 yuan
    await dialog.getByRole('button', { name: /确认立案/ }).click();
    await expect.poll(() => page.getByText(caseNumberPattern).count()).toBeGreaterThan(0);
    await screenshot(page, '04-clerk-accepted');
  });

  it('the litigant sees the case as 已立案 with its case number and a timeline of every step', async () => {
    const page = await newPage('litigant-sees-case', { width: 390, height: 844 });
    await page.goto(`${server.url}/login`);
    await page.getByLabel('手机号或电子邮箱').fill('13912345678');
    await page.getByLabel('密码').fill('Spring-garden-2026');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL('**/filings');
    await expect.poll(() => page.getByText(caseNumberPattern).count()).toBeGreaterThan(0);
    await page.goto(filingUrl);
    await expect.poll(() => page.getByText('已立案').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(caseNumberPattern).count()).toBeGreaterThan(0);
    for (const step of ['创建立案申请', '上传材料', '提交立案申请', '法院立案']) {
      await expect.poll(() => page.getByText(step).count(), { message: step }).toBeGreaterThan(0);
    }
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '05-litigant-case-accepted');
  });
});

describe('language', () => {
  it('switches the UI to English and remembers the choice', async () => {
    const page = await newPage('language-switch', { width: 390, height: 844 });
    await page.goto(`${server.url}/login`);
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await axeViolations(page)).toEqual([]);
  });
});
