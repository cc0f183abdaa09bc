// Debian's Chromium through playwright-core, with an axe accessibility check per page.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { onTestFailed } from 'vitest';
import type { RunningServer } from './server.js';

export const screenshotDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../screenshots');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A page in a fresh browser context (no cookies), as a person in China would have it (zh-CN, Shanghai
 * time, reduced motion); on failure its page is saved as a FAILED-… screenshot with the API errors seen.
 */
export async function openPage(browser: Browser, name: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
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

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** WCAG 2 A/AA violations on the current page, as "rule: target — why" lines (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  await settled(page);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
}

/**
 * Waits until requests, spinners, disabled-while-busy buttons, closing popups and every finite CSS
 * animation or transition have settled: axe must not judge a toast half-way through its fade.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    () =>
      document.querySelectorAll(
        '.ant-btn-loading, .ant-spin-spinning, .ant-select-dropdown:not(.ant-select-dropdown-hidden), .ant-zoom-leave, .ant-move-up-leave',
      ).length === 0 &&
      document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
}

/** The sign-in page's password step; the button is matched exactly, as 使用通行密钥登录 also contains 登录. */
export async function passwordSignIn(page: Page, baseUrl: string, login: string, password = 'Lian-demo-2026'): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('手机号或电子邮箱').fill(login);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /^登\s*录$/ }).click();
}

/** On the registration page: asks for the sign-up code for the login already typed, and types the code that was sent. */
export async function fillSignUpCode(page: Page, server: RunningServer, maskedRecipient: string): Promise<void> {
  await page.getByRole('button', { name: '获取验证码' }).click();
  await page.getByText(/验证码已发送至/).waitFor();
  await page.getByLabel('验证码').fill(await server.codeSentTo(maskedRecipient));
}
