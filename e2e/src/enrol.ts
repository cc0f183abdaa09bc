// A staff member's first sign-in: the enrolment page's authenticator secret is read, a code confirms it,
// the recovery codes are acknowledged. Returns the secret, for the codes of later sign-ins. (The
// filing journey spells these steps out, as it checks and photographs each of them.)
import type { Page } from 'playwright-core';
import { totpAt } from '../../packages/server/test/second-factor.js';

export async function enrolAuthenticator(page: Page): Promise<string> {
  await page.waitForURL('**/login/authenticator');
  const secret = (await page.locator('.totp-secret').first().innerText()).replace(/\s/g, '');
  await page.getByLabel('6 位验证码').fill(totpAt(secret, new Date()));
  await page.getByRole('button', { name: /确认绑定/ }).click();
  await page.getByRole('checkbox', { name: /我已保存这些恢复码/ }).check();
  await page.getByRole('button', { name: /继\s*续/ }).click();
  return secret;
}
