// Passkeys in a real browser: Chromium's virtual authenticator (DevTools WebAuthn domain) stands in
// for the phone's fingerprint sensor. A litigant adds a passkey on the account page, signs out, and
// signs in again with "使用通行密钥登录" — no password. WebAuthn needs a secure context and a domain
// RP ID, so the browser talks to the server as http://localhost (the development relying party).
import type { CDPSession, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openPage, screenshot } from './src/browser.js';
import { platformAndBrowser } from './src/suite.js';

const suite = platformAndBrowser();
let base: string;

beforeAll(async () => {
  base = suite.server.url.replace('127.0.0.1', 'localhost');
});

/** A platform authenticator with user verification (like a phone's fingerprint) on this page. */
async function virtualAuthenticator(page: Page): Promise<{ cdp: CDPSession; authenticatorId: string }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, authenticatorId };
}

const me = (page: Page) =>
  page.evaluate(async () => {
    const r = await fetch('/api/me');
    return r.ok ? ((await r.json()) as { user: { realName: string } }).user.realName : r.status;
  });

describe('passkeys', () => {
  it('adds a passkey on the account page, then signs in with it instead of the password', async () => {
    const page = await openPage(suite.browser, 'passkeys-desk');
    const { cdp, authenticatorId } = await virtualAuthenticator(page);
    // Chromium's virtual authenticator answers an autofill (conditional) request at once, which would
    // sign in before the button is pressed: while this flag is set, the page reports no autofill support.
    await page.addInitScript(() => {
      if (localStorage.getItem('e2e-no-passkey-autofill') && window.PublicKeyCredential) {
        PublicKeyCredential.isConditionalMediationAvailable = async () => false;
      }
    });

    await page.goto(`${base}/login`);
    await page.getByLabel('手机号或电子邮箱').fill('13800000001');
    await page.getByLabel('密码').fill('Lian-demo-2026');
    await page.getByRole('button', { name: /^登\s*录$/ }).click();
    await page.waitForURL('**/filings');

    await page.goto(`${base}/account`);
    await page.getByRole('heading', { name: '通行密钥' }).waitFor();
    await page.getByText('尚未添加通行密钥').waitFor();
    await page.getByRole('button', { name: /添加通行密钥/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('名称').fill('测试电脑');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('测试电脑').waitFor();
    await expect.poll(() => dialog.count()).toBe(0);

    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials).toHaveLength(1);
    expect(credentials[0]!.isResidentCredential).toBe(true);
    expect(credentials[0]!.rpId).toBe('localhost');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '20-account-passkeys');

    // Signed out (cookies gone), the same browser signs in with the passkey alone.
    await page.evaluate(() => localStorage.setItem('e2e-no-passkey-autofill', '1'));
    await page.context().clearCookies();
    await page.goto(`${base}/login`);
    expect(await me(page)).toBe(401);
    await page.getByRole('button', { name: /使用通行密钥登录/ }).click();
    await page.waitForURL('**/filings');
    expect(await me(page)).toBe('张三');
    const after = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(after.credentials[0]!.signCount).toBeGreaterThan(0);

    // The account page now shows when it was last used.
    await page.goto(`${base}/account`);
    await page.getByText(/添加于 .+ · 最近使用/).waitFor();

    // With autofill (conditional UI) the passkey is offered in the login field: picking it signs in.
    await page.evaluate(() => localStorage.removeItem('e2e-no-passkey-autofill'));
    await page.context().clearCookies();
    await page.goto(`${base}/login`);
    await page.waitForURL('**/filings');
    expect(await me(page)).toBe('张三');
  });

  it('looks right on a phone: the login page offers the passkey, the account page its sections', async () => {
    const page = await openPage(suite.browser, 'passkeys-phone', { width: 390, height: 844 });
    await virtualAuthenticator(page);
    await page.goto(`${base}/login`);
    await page.getByRole('button', { name: /使用通行密钥登录/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '21-login-passkey-phone');
    await page.getByLabel('手机号或电子邮箱').fill('13800000002');
    await page.getByLabel('密码').fill('Lian-demo-2026');
    await page.getByRole('button', { name: /^登\s*录$/ }).click();
    await page.waitForURL('**/filings');
    await page.goto(`${base}/account`);
    await page.getByRole('heading', { name: '身份验证器（两步验证）' }).waitFor();
    await page.getByRole('button', { name: /启用身份验证器/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '22-account-security-phone');
  });
});
