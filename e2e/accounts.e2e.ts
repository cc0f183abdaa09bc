// Accounts in a real browser: an organisation registers on a phone through the kind selector and finds
// its verification on the account page; the court administrator lands on the administration after
// enrolling an authenticator, sees the court's staff and verifies a waiting lawyer, who then sees it.
import type { Page } from 'playwright-core';
import { creditCodeCheckChar, residentIdCheckChar } from '@lian/domain';
import { describe, expect, it } from 'vitest';
import { axeViolations, fillSignUpCode, openPage, passwordSignIn, screenshot } from './src/browser.js';
import { enrolAuthenticator } from './src/enrol.js';
import { platformAndBrowser } from './src/suite.js';

const suite = platformAndBrowser();

const signIn = (page: Page, login: string) => passwordSignIn(page, suite.server.url, login);

describe('accounts', () => {
  it('an organisation registers on a phone; its account page shows the organisation and the verified identity', async () => {
    const page = await openPage(suite.browser, 'register-organisation', { width: 390, height: 844 });
    await page.goto(`${suite.server.url}/register`);
    await page.getByText('单位', { exact: true }).click();
    await page.getByLabel('单位名称').fill('北京示例科技有限公司');
    await page.getByLabel('统一社会信用代码').fill(`91110105MA01C3DE7${creditCodeCheckChar('91110105MA01C3DE7')}`);
    await page.getByLabel('法定代表人或主要负责人').fill('孙法代');
    await page.getByLabel('手机号或电子邮箱').fill('legal@acme.example');
    await fillSignUpCode(page, suite.server, 'l***@acme.example');
    await page.getByLabel('密码', { exact: true }).fill('Acme-legal-2026');
    await page.getByLabel('再次输入密码').fill('Acme-legal-2026');
    await page.getByLabel('经办人姓名').fill('钱经办');
    await page.getByLabel('经办人身份证号码').fill(`11010519850303123${residentIdCheckChar('11010519850303123')}`);
    await page.getByLabel('经办人手机号码').fill('13900000011');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '20-register-organisation-phone');
    await page.getByRole('button', { name: /注册并登录/ }).click();
    await page.waitForURL('**/filings');
    await page.goto(`${suite.server.url}/account`);
    await page.getByText('已通过实名认证').waitFor();
    await page.getByText('北京示例科技有限公司').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '21-organisation-account-phone');
  });

  it('the administrator lands on the administration, verifies a waiting lawyer, and the lawyer sees it', async () => {
    const page = await openPage(suite.browser, 'admin-lawyers');
    await signIn(page, 'admin@chaoyang.court.example');
    await enrolAuthenticator(page);
    await page.waitForURL((url) => url.pathname === '/admin');
    await page.getByRole('heading', { name: '人员管理' }).waitFor();
    await page.getByText('clerk@chaoyang.court.example').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '22-admin-staff');

    await page.getByRole('link', { name: '律师核验' }).click();
    await page.getByText('周律师').waitFor();
    await page.getByRole('button', { name: '查看完整号码' }).click();
    await page.getByText('11101201810000002').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '23-admin-lawyer-queue');
    await page.getByRole('button', { name: '核验通过' }).click();
    await page.getByText('已核验通过').waitFor();
    await expect.poll(() => page.getByText('周律师').count()).toBe(0);

    const lawyer = await openPage(suite.browser, 'lawyer-verified', { width: 390, height: 844 });
    await signIn(lawyer, '13800000003');
    await lawyer.waitForURL('**/filings');
    await lawyer.goto(`${suite.server.url}/account`);
    await lawyer.getByText('已核验，可代理立案').waitFor();
    await screenshot(lawyer, '24-lawyer-verified-phone');
  });
});
