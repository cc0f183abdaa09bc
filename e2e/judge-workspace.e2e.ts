// The judge's first day in a real browser: the clerk registers a filing and assigns it to the demo judge;
// the judge signs in (enrolling an authenticator the first time), lands on 我的案件 with that case first and
// the demo's two assigned cases below, opens it read-only — case number, fee, acceptance notice, parties,
// materials, timeline — on a desktop and on a 390 px phone. A case not assigned to them answers 404.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { totpAt } from '../packages/server/test/second-factor.js';
import { acceptedFiling, apiSession } from './src/api.js';
import { axeViolations, openPage, passwordSignIn, screenshot } from './src/browser.js';
import { enrolAuthenticator } from './src/enrol.js';
import { platformAndBrowser } from './src/suite.js';

const suite = platformAndBrowser();
let assigned: { id: string; caseNumber: string };
let notMine = '';

beforeAll(async () => {
  const clerk = apiSession(suite.server.url);
  await clerk.login('clerk@chaoyang.court.example');
  assigned = await acceptedFiling(suite.server.url, clerk);
  const { judges } = await clerk.call<{ judges: Array<{ id: string; name: string }> }>('GET', '/api/review/judges');
  const judge = judges.find((j) => j.name === '孙法官')!;
  await clerk.call('POST', `/api/review/filings/${assigned.id}/assign`, { judgeId: judge.id });
  // A filing of the same court in the clerk's queue: not the judge's.
  notMine = (await clerk.call<{ items: Array<{ id: string }> }>('GET', '/api/review/queue')).items[0]!.id;
});

async function openCase(page: Page, caseNumber: string) {
  await page.getByRole('button', { name: `查看 ${caseNumber}` }).click();
  await page.waitForURL(`**/cases/${assigned.id}`);
  await page.getByRole('heading', { name: '案件详情' }).waitFor();
  await page.getByText(caseNumber).first().waitFor();
  await expect.poll(() => page.getByTestId('fee-status').innerText()).toBe('待缴费');
  await page.getByText('受理案件通知书').first().waitFor();
  await page.getByText('c.pdf').first().waitFor();
}

describe('judge workspace', () => {
  it('the demo judge enrols, sees the assigned cases and reads one, on a desktop and on a phone', async () => {
    const page = await openPage(suite.browser, 'judge-desktop', { width: 1280, height: 900 });
    await passwordSignIn(page, suite.server.url, 'judge@chaoyang.court.example');
    const secret = await enrolAuthenticator(page);
    await page.waitForURL('**/cases');
    await page.getByRole('heading', { name: '我的案件' }).waitFor();
    await expect.poll(() => page.locator('tbody tr.ant-table-row').count()).toBe(3);
    const rows = await page.locator('tbody tr.ant-table-row').allInnerTexts();
    expect(rows[0]).toContain(assigned.caseNumber);
    expect(rows[0]).toMatch(/张三\s*诉\s*/);
    expect(rows[0]).toContain('待缴费');
    expect(rows.join('\n')).toContain('司法救助申请待审');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '30-judge-cases-desktop');

    await openCase(page, assigned.caseNumber);
    // Masked personal data, no decision or payment buttons.
    expect(await page.getByText('110105199003071239').count()).toBe(0);
    expect(await page.getByRole('button', { name: /去缴费|立\s*案|指派/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '31-judge-case-desktop');

    const phone = await openPage(suite.browser, 'judge-phone', { width: 390, height: 844 });
    await passwordSignIn(phone, suite.server.url, 'judge@chaoyang.court.example');
    await phone.getByLabel('6 位验证码').fill(totpAt(secret, new Date(), 1));
    await phone.getByRole('button', { name: '验证并登录' }).click();
    await phone.waitForURL('**/cases');
    await expect.poll(() => phone.locator('.ant-card').count()).toBe(3);
    expect(await phone.locator('.ant-table').count()).toBe(0);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(phone)).toEqual([]);
    await screenshot(phone, '32-judge-cases-phone');
    await openCase(phone, assigned.caseNumber);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(phone, '33-judge-case-phone');

    // A filing that is not theirs: the page says it was not found.
    await page.goto(`${suite.server.url}/cases/${notMine}`);
    await page.getByText('没有找到该内容').waitFor();
    expect(await page.getByRole('heading', { name: '案件详情' }).count()).toBe(0);
  });
});
