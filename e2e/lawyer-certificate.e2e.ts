// A lawyer corrects the practising certificate on file from the account page, on a 390 px phone: the
// form opens from the 实名认证 card, a number that is not 17 digits is refused in the page, the corrected
// one goes to the administrators' queue (pending, masked), and the page fits the phone's width.
import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, passwordSignIn, screenshot, settled } from './src/browser.js';
import { platformAndBrowser } from './src/suite.js';

const suite = platformAndBrowser();

describe('a lawyer’s certificate from the account page', () => {
  it('the waiting demo lawyer corrects the certificate number on a phone', async () => {
    const page = await openPage(suite.browser, 'lawyer-certificate-phone', { width: 390, height: 844 });
    await passwordSignIn(page, suite.server.url, '13800000003');
    await page.waitForURL('**/filings');
    await page.goto(`${suite.server.url}/account`);
    await page.getByText('待法院管理员核验', { exact: true }).waitFor();
    await page.getByRole('button', { name: /更正执业证信息/ }).click();
    await page.getByText(/如填写有误，可在此更正/).waitFor();
    expect(await page.getByLabel('执业机构（律师事务所）').inputValue()).toBe('北京示例律师事务所');

    await page.getByLabel('律师执业证号').fill('1110120181');
    await page.getByRole('button', { name: /提交核验/ }).click();
    await page.getByText('律师执业证号应为 17 位数字').waitFor();
    await page.getByLabel('律师执业证号').fill('11101201810000012');
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '25-lawyer-certificate-form-phone');

    await page.getByRole('button', { name: /提交核验/ }).click();
    await page.getByText('1110**********012').waitFor();
    await expect.poll(() => page.getByLabel('律师执业证号').count()).toBe(0);
    await page.getByText('已提交，等待法院管理员核验').waitFor();
    await page.getByText('待法院管理员核验', { exact: true }).waitFor();
    await settled(page);
    await screenshot(page, '26-lawyer-certificate-submitted-phone');
  });
});
