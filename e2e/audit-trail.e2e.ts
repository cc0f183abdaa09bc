// The auditor's day in a real browser: first sign-in enrols an authenticator, the audit trail opens,
// a search by a litigant's phone number shows only that person's records with the number masked, a
// record's details open in a drawer, and the hash chain is verified — on a phone and a desktop screen.
// A filing clerk who tries the page is refused.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { totpAt } from '../packages/server/test/second-factor.js';
import { DEMO_TOTP_SECRETS } from '../packages/server/src/cli/seed.js';
import { axeViolations, openPage, passwordSignIn, screenshot } from './src/browser.js';
import { enrolAuthenticator } from './src/enrol.js';
import { platformAndBrowser } from './src/suite.js';

const suite = platformAndBrowser();

const passwordStep = (page: Page, login: string) => passwordSignIn(page, suite.server.url, login);

describe('audit trail', () => {
  it('an auditor enrols, searches by phone number (masked in the results), opens a record and verifies the chain', async () => {
    // A litigant signs in and fails once: records to find.
    const litigant = await openPage(suite.browser, 'audit-litigant');
    await passwordStep(litigant, '13800000001');
    await litigant.waitForURL('**/filings');

    const page = await openPage(suite.browser, 'audit-desktop');
    await passwordStep(page, 'auditor@chaoyang.court.example');
    const secret = await enrolAuthenticator(page);
    await page.waitForURL('**/audit');
    await page.getByRole('heading', { name: '审计日志' }).waitFor();

    await page.getByLabel('操作人').fill('13800000001');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await expect.poll(() => page.locator('tbody tr').filter({ hasText: 'session.sign_in' }).count()).toBeGreaterThan(0);
    const rows = page.locator('tbody tr');
    const texts = await rows.allInnerTexts();
    expect(texts.every((t) => t.includes('138****0001'))).toBe(true);
    // The full number is only in the search box the auditor typed it into.
    expect(await page.locator('table').innerText()).not.toContain('13800000001');

    await rows.first().getByRole('button').first().click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('记录哈希').waitFor();
    expect(await drawer.innerText()).toContain('138****0001');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '20-audit-record');
    await drawer.getByRole('button', { name: /Close|关闭/ }).click();

    await page.getByRole('button', { name: /校验审计链/ }).click();
    await expect.poll(() => page.getByText(/审计链完整：\d+ 条记录全部校验通过/).count()).toBe(1);
    await screenshot(page, '21-audit-verified');

    // The same auditor on a phone (a fresh TOTP step for the second sign-in).
    const phone = await openPage(suite.browser, 'audit-phone', { width: 390, height: 844 });
    await passwordStep(phone, 'auditor@chaoyang.court.example');
    await phone.getByLabel('6 位验证码').fill(totpAt(secret, new Date(), 1));
    await phone.getByRole('button', { name: '验证并登录' }).click();
    await phone.waitForURL('**/audit');
    await phone.getByRole('button', { name: /校验审计链/ }).click();
    await expect.poll(() => phone.getByText(/审计链完整/).count()).toBe(1);
    expect(await axeViolations(phone)).toEqual([]);
    await screenshot(phone, '22-audit-phone');
  });

  it('refuses the page to a filing clerk', async () => {
    const page = await openPage(suite.browser, 'audit-clerk');
    await passwordStep(page, 'clerk@chaoyang.court.example');
    await page.getByLabel('6 位验证码').fill(totpAt(DEMO_TOTP_SECRETS['clerk@chaoyang.court.example']!, new Date()));
    await page.getByRole('button', { name: '验证并登录' }).click();
    await page.waitForURL('**/workbench');
    await page.goto(`${suite.server.url}/audit`);
    await page.getByText('您没有访问此页面的权限').waitFor();
    expect(await page.getByRole('heading', { name: '审计日志' }).count()).toBe(0);
  });
});
