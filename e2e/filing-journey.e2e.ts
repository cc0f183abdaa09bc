// The foundation journey in a real browser: a litigant registers, files a civil case with a complaint
// and evidence, submits it and gets a receipt; a filing clerk accepts it from the review queue; the
// litigant sees 已立案 with the case number and the timeline; anyone verifies the receipt PDF by its code.
// Screenshots go to e2e/screenshots/.
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_TOTP_SECRETS } from '../packages/server/src/cli/seed.js';
import { samplePdf, samplePng } from '../packages/server/test/client.js';
import { totpAt } from '../packages/server/test/second-factor.js';
import { axeViolations, fillSignUpCode, openPage, screenshot, settled } from './src/browser.js';
import { platformAndBrowser } from './src/suite.js';

const suite = platformAndBrowser();

/** The visible form field with exactly this label (the editor keeps other steps' fields mounted). */
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true }).filter({ visible: true });

const newPage = (name: string, viewport?: { width: number; height: number }) => openPage(suite.browser, name, viewport);

/** The material is stored and listed (a link to it), not merely being uploaded. */
const uploaded = async (page: Page, fileName: string) =>
  (await page.locator('a', { hasText: fileName }).count()) > 0 && (await page.locator('.upload-row').count()) === 0;

// The demo already registered the demo judge's cases (demo-judge-cases.ts): the serial is not 1.
const caseNumberPattern = /（\d{4}）京0105民初\d+号/;

describe('online filing journey', () => {
  let filingUrl = '';
  let receiptPdf: Buffer = Buffer.alloc(0);
  let verificationCode = '';

  it('a litigant registers, files a case with a complaint and evidence, and submits it', async () => {
    const page = await newPage('litigant-files', { width: 390, height: 844 });
    await page.goto(`${suite.server.url}/register`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('手机号或电子邮箱').fill('13912345678');
    await fillSignUpCode(page, suite.server, '139****5678');
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
    await expect.poll(() => uploaded(page, '起诉状.pdf'), { timeout: 30_000 }).toBe(true);
    await page.locator('#upload-identity').setInputFiles({ name: '身份证.png', mimeType: 'image/png', buffer: samplePng() });
    await expect.poll(() => uploaded(page, '身份证.png'), { timeout: 30_000 }).toBe(true);
    await page.locator('#upload-evidence').setInputFiles({ name: '借条.png', mimeType: 'image/png', buffer: samplePng() });
    await expect.poll(() => uploaded(page, '借条.png'), { timeout: 30_000 }).toBe(true);
    // The evidence list (证据目录): fill in its source and what it proves, and look at the preview.
    await page.getByRole('button', { name: /填写 借条\.png/ }).click();
    const editor = page.locator('.ant-modal').filter({ hasText: '证据 1' });
    await editor.getByLabel('证据名称').fill('借条');
    await editor.getByLabel('证据来源').fill('原告持有');
    await editor.getByLabel('证明目的').fill('证明被告向原告借款五万元');
    await editor.getByLabel('原件', { exact: true }).check();
    await editor.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => page.getByRole('cell', { name: '证明被告向原告借款五万元' }).count()).toBe(1);
    await page.getByRole('button', { name: '预览：借条.png' }).click();
    const preview = page.locator('.ant-modal').filter({ hasText: '预览：借条.png' }).locator('img');
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
    await page.keyboard.press('Escape');
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
    // The receipt as a PDF, issued with the submission, under 法院文书.
    const receiptLink = page.getByRole('link', { name: '收到诉状凭证' });
    await receiptLink.waitFor();
    // A short-lived link of this session, never the stable URL (a copy of it in a chat would still open).
    const href = (await receiptLink.getAttribute('href'))!;
    expect(href).toMatch(/\/documents\/[0-9a-f-]+\/content\?token=[0-9a-z]+\.[\w-]{43}$/);
    const download = await page.request.get(new URL(href, suite.server.url).toString());
    expect(download.status()).toBe(200);
    const stable = await page.request.get(new URL(href.split('?')[0]!, suite.server.url).toString());
    expect(stable.status()).toBe(403);
    receiptPdf = await download.body();
    expect(receiptPdf.subarray(0, 5).toString()).toBe('%PDF-');
    const listed = await page.request.get(`${suite.server.url}/api/filings/${filingUrl.split('/').at(-1)}/documents`);
    verificationCode = ((await listed.json()) as { documents: Array<{ verificationCode: string }> }).documents[0]!.verificationCode;
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '02-litigant-receipt');
  });

  it('anyone can verify the receipt by its code, and check the PDF they hold against it', async () => {
    const page = await newPage('verify-receipt', { width: 390, height: 844 });
    await page.goto(`${suite.server.url}/verify/${verificationCode}`);
    await page.getByText('北京市朝阳区人民法院').first().waitFor();
    expect(await page.getByText(createHash('sha256').update(receiptPdf).digest('hex')).count()).toBe(1);
    await page.getByLabel('选择 PDF 文件').setInputFiles({ name: '收到诉状凭证.pdf', mimeType: 'application/pdf', buffer: receiptPdf });
    await page.getByText('一致：该文件与法院出具的文书完全相同').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '06-verify-match');
    const changed = Buffer.from(receiptPdf);
    changed[100] = changed.at(100)! ^ 1;
    await page.getByLabel('选择 PDF 文件').setInputFiles({ name: 'changed.pdf', mimeType: 'application/pdf', buffer: changed });
    await page.getByText('不一致：该文件不是法院出具的原文件').waitFor();
  });

  it('a filing clerk sees it in the review queue with the days left, opens it and accepts it', async () => {
    const page = await newPage('clerk-accepts');
    await page.goto(`${suite.server.url}/login`);
    await page.getByLabel('手机号或电子邮箱').fill('clerk@chaoyang.court.example');
    await page.getByLabel('密码').fill('Lian-demo-2026');
    await page.getByRole('button', { name: /^登\s*录$/ }).click();
    // Court staff: the second step asks for the code of the authenticator app (the demo seed's secret).
    const code = page.getByLabel('6 位验证码');
    await code.waitFor();
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '03a-clerk-second-factor');
    await code.fill(totpAt(DEMO_TOTP_SECRETS['clerk@chaoyang.court.example']!, new Date()));
    await page.getByRole('button', { name: '验证并登录' }).click();
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
    // The clerk sees the evidence list, read-only.
    await expect.poll(() => page.getByText('证明被告向原告借款五万元').count()).toBe(1);
    expect(await page.getByRole('button', { name: /填写/ }).count()).toBe(0);
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
    await page.goto(`${suite.server.url}/login`);
    await page.getByLabel('手机号或电子邮箱').fill('13912345678');
    await page.getByLabel('密码').fill('Spring-garden-2026');
    await page.getByRole('button', { name: /^登\s*录$/ }).click();
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

describe('court staff second factor', () => {
  it('the demo administrator enrols an authenticator on first sign-in and keeps the recovery codes', async () => {
    const page = await newPage('admin-enrols');
    await page.goto(`${suite.server.url}/login`);
    await page.getByLabel('手机号或电子邮箱').fill('admin@chaoyang.court.example');
    await page.getByLabel('密码').fill('Lian-demo-2026');
    await page.getByRole('button', { name: /^登\s*录$/ }).click();
    await page.waitForURL('**/login/authenticator');
    await page.getByAltText('身份验证器二维码').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '06-admin-enrolment');
    const secret = (await page.locator('.totp-secret').first().innerText()).replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await page.getByLabel('6 位验证码').fill(totpAt(secret, new Date()));
    await page.getByRole('button', { name: '确认绑定' }).click();
    await page.getByRole('heading', { name: '请保存恢复码' }).waitFor();
    await expect.poll(() => page.locator('.recovery-codes li').count()).toBe(10);
    const proceed = page.getByRole('button', { name: /继\s*续/ });
    expect(await proceed.isDisabled()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '07-admin-recovery-codes');
    await page.getByLabel('我已保存这些恢复码').check();
    await proceed.click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  });

  it('忘记密码: the reset page sends a code and asks for it with a new password', async () => {
    const page = await newPage('password-reset', { width: 390, height: 844 });
    await page.goto(`${suite.server.url}/login`);
    await page.getByRole('link', { name: '忘记密码？' }).click();
    await page.waitForURL('**/forgot-password');
    // The URL changes before the lazily loaded page replaces the sign-in form: wait for the page itself.
    await page.getByRole('heading', { name: '找回密码' }).waitFor();
    await page.getByLabel('手机号或电子邮箱').fill('13800000002');
    await page.getByRole('button', { name: '发送验证码' }).click();
    await page.getByText('如果该账号存在，验证码已发送，10 分钟内有效。').waitFor();
    expect(await page.getByLabel('验证码').getAttribute('inputmode')).toBe('numeric');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '08-password-reset');
  });
});

describe('language', () => {
  it('switches the UI to English and remembers the choice', async () => {
    const page = await newPage('language-switch', { width: 390, height: 844 });
    await page.goto(`${suite.server.url}/login`);
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await axeViolations(page)).toEqual([]);
  });
});
