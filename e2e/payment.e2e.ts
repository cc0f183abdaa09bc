// Paying the acceptance fee in a real browser (issue #7 §4): the litigant opens the registered case on a
// phone, sees the fee card (amount, due date, days left), pays on the simulated gateway's page (court, case
// number, amount; no script), comes back to the case and sees 已缴费. The case is prepared through the API.
import { describe, expect, it, onTestFailed } from 'vitest';
import { acceptedFiling } from './src/api.js';
import { axeViolations, passwordSignIn, screenshot, settled } from './src/browser.js';
import { platformAndBrowser } from './src/suite.js';

const suite = platformAndBrowser();

describe('paying the fee', () => {
  it('fee card → 去缴费 → gateway page → 确认支付 → back on the case: 已缴费', async () => {
    const filing = await acceptedFiling(suite.server.url);
    const context = await suite.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    onTestFailed(async () => {
      await screenshot(page, 'FAILED-payment');
    });
    await passwordSignIn(page, suite.server.url, '13800000001');
    await page.waitForURL(/\/filings$/);

    await page.goto(`${suite.server.url}/filings/${filing.id}`);
    const card = page.getByTestId('fee-card');
    await expect.poll(() => card.getByTestId('fee-status').textContent()).toBe('待缴费');
    expect(await card.textContent()).toContain('¥1,050.00');
    expect(await card.textContent()).toMatch(/还剩 \d+ 天/);
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '30-litigant-fee-card');

    await card.getByRole('button', { name: /去缴费/ }).click();
    await page.waitForURL(/\/pay\/sim\?s=/);
    const gateway = await page.textContent('main');
    expect(gateway).toContain(filing.caseNumber);
    expect(gateway).toContain('北京市朝阳区人民法院');
    expect(gateway).toContain('¥1,050.00');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '31-simulated-gateway');

    await page.getByRole('button', { name: /确认支付/ }).click();
    await page.waitForURL(new RegExp(`/filings/${filing.id}\\?paid=1$`));
    await expect.poll(() => page.getByTestId('fee-status').textContent()).toBe('已缴费');
    expect(
      await page
        .getByTestId('fee-card')
        .getByRole('button', { name: /去缴费/ })
        .count(),
    ).toBe(0);
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '32-litigant-fee-paid');
    await context.close();
  });
});
