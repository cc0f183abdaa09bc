// Account and privacy in a real browser: a litigant sees the devices signed in to their account and
// signs the others out; another downloads a copy of their data and deletes their account.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, fillSignUpCode, openPage, screenshot } from './src/browser.js';
import { platformAndBrowser } from './src/suite.js';

const suite = platformAndBrowser();

async function signIn(page: Page, login: string, password: string) {
  await page.goto(`${suite.server.url}/login`);
  await page.getByLabel('手机号或电子邮箱').fill(login);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /^登\s*录$/ }).click();
  await page.waitForURL('**/filings');
}

describe('account and privacy', () => {
  it('lists the signed-in devices, marks this one, and signs the others out', async () => {
    const phone = await openPage(suite.browser, 'account-phone', { width: 390, height: 844 });
    await signIn(phone, '13800000001', 'Lian-demo-2026');
    const desk = await openPage(suite.browser, 'account-desk');
    await signIn(desk, '13800000001', 'Lian-demo-2026');

    await desk.getByRole('link', { name: /账号与隐私/ }).click();
    await desk.waitForURL('**/account');
    await desk.getByRole('heading', { name: '已登录的设备' }).waitFor();
    await expect.poll(() => desk.getByText('本设备', { exact: true }).count()).toBe(1);
    await expect.poll(() => desk.getByRole('button', { name: /结束登录/ }).count()).toBeGreaterThanOrEqual(1);
    expect(await axeViolations(desk)).toEqual([]);
    await screenshot(desk, '10-account-devices');

    await desk.getByRole('button', { name: /退出其他所有设备/ }).click();
    await expect.poll(() => desk.getByRole('button', { name: /结束登录/ }).count()).toBe(0);
    // The phone's session is gone: its next page load goes to sign-in.
    await phone.reload();
    await phone.waitForURL('**/login**');
  });

  it('downloads a copy of the personal data, then deletes the account with the password', async () => {
    const page = await openPage(suite.browser, 'account-delete');
    await page.goto(`${suite.server.url}/register`);
    await page.getByLabel('手机号或电子邮箱').fill('13912340000');
    await fillSignUpCode(page, suite.server, '139****0000');
    await page.getByLabel('密码', { exact: true }).fill('Autumn-harbour-2026');
    await page.getByLabel('再次输入密码').fill('Autumn-harbour-2026');
    await page.getByLabel('真实姓名').fill('林小雨');
    await page.getByLabel('居民身份证号码').fill('110105199208152462');
    await page.getByRole('button', { name: /注册并登录/ }).click();
    await page.waitForURL('**/filings');
    await page.goto(`${suite.server.url}/account`);
    await page.getByRole('heading', { name: '我的个人信息' }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByText('下载我的个人信息').click()]);
    const data = JSON.parse(await readFile((await download.path())!, 'utf8')) as { account: { realName: string; idNumber: string } };
    expect(data.account).toMatchObject({ realName: '林小雨', idNumber: '110105199208152462' });

    await page.getByRole('button', { name: /注销账号/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('登录密码').fill('wrong password');
    await dialog.getByRole('button', { name: /注\s*销/ }).click();
    await expect.poll(() => dialog.getByText('账号或密码错误').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '11-account-delete');
    await dialog.getByLabel('登录密码').fill('Autumn-harbour-2026');
    await dialog.getByRole('button', { name: /注\s*销/ }).click();
    await page.waitForURL('**/login');
    // The account is gone: signing in with it fails.
    await page.getByLabel('手机号或电子邮箱').fill('13912340000');
    await page.getByLabel('密码').fill('Autumn-harbour-2026');
    await page.getByRole('button', { name: /^登\s*录$/ }).click();
    await expect.poll(() => page.getByText('账号或密码错误').count()).toBeGreaterThan(0);
  });
});
