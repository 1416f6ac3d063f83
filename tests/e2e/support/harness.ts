import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { generate } from 'otplib';
import { loadConfig } from '../../../src/config/config.ts';
import { startPriora, type RunningPriora } from '../../../src/server/start.ts';
import { demoTotpSecret } from '../../../src/app/demo/demo-accounts.ts';
import type { Clock } from '../../../src/domain/shared/clock.ts';

/** Debian's Chromium; browser journeys never download a browser. */
const CHROMIUM = process.env['PRIORA_CHROMIUM'] ?? '/usr/bin/chromium';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * The server's clock in a journey: real time plus an offset a journey may move forward (days
 * passing), so deadlines come due while sessions and authenticator codes still follow it.
 */
export class JourneyClock implements Clock {
  offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Moves "now" to the given instant, keeping real seconds ticking from there. */
  moveTo(instant: Date): void {
    this.offsetMs = instant.getTime() - Date.now();
  }
}

export interface Harness {
  priora: RunningPriora;
  baseUrl: string;
  browser: Browser;
  clock: JourneyClock;
  close(): Promise<void>;
}

/** A fresh Priora (own data folder, demo data) and a headless Chromium, as a newcomer would have. */
export async function startHarness(): Promise<Harness> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'priora-e2e-'));
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: baseUrl,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    WORKER_POLL_MS: '200',
  });
  const clock = new JourneyClock();
  const priora = await startPriora(config, clock, () => undefined);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    priora,
    baseUrl,
    browser,
    clock,
    async close() {
      await browser.close();
      await priora.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const DEMO_PASSWORD_FOR_TESTS = 'tulip harbor lantern 42';

/** The current authenticator code of a demo account, as `npm run demo:codes` prints it. */
export function demoCode(userName: string, secondsAhead = 0): Promise<string> {
  return generate({ secret: demoTotpSecret(userName), epoch: Math.floor(Date.now() / 1000) + secondsAhead });
}

import type { Page } from 'playwright-core';

/** Opens a fresh browser context (own cookies) and collects console errors and page errors. */
export async function newPage(harness: Harness): Promise<{ page: Page; problems: string[] }> {
  const context = await harness.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // 4xx answers the journey provokes on purpose show up as "Failed to load resource".
    if (message.type() === 'error' && !message.text().includes('Failed to load resource')) {
      problems.push(`console: ${message.text()}`);
    }
  });
  return { page, problems };
}

/**
 * The server takes each authenticator code once: a second sign-in of the same account waits for
 * the next 30-second code rather than being refused as a replay.
 */
const lastCodeStep = new Map<string, number>();
const codeStep = () => Math.floor(Date.now() / 30_000);

/**
 * Signs a demo account in through the login page and its authenticator code; `clock` (a harness
 * whose time was moved) makes the code the one the server expects at its "now".
 */
export async function signInAsDemo(page: Page, baseUrl: string, userName: string, clock?: JourneyClock): Promise<void> {
  while (lastCodeStep.get(userName) === codeStep()) {
    await page.waitForTimeout(500);
  }
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('User ID', { exact: true }).fill(userName);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD_FOR_TESTS);
  await page.getByLabel('I agree to HIPAA Disclosure').check();
  await page.getByRole('button', { name: 'LOGIN' }).click();
  await page.getByRole('heading', { name: 'Verify your identity' }).waitFor();
  await page.getByLabel('Enter 6-digit code').fill(await demoCode(userName, Math.round((clock?.offsetMs ?? 0) / 1000)));
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Welcome to Priora' }).waitFor();
  lastCodeStep.set(userName, codeStep());
}

/** Opens the newest outbox message whose subject matches, and returns its text. */
export async function readOutbox(admin: Page, subject: RegExp): Promise<string> {
  await admin.getByRole('link', { name: 'Outbox' }).click();
  await admin.getByRole('heading', { name: 'Outbox' }).waitFor();
  await admin.getByRole('button', { name: 'Refresh' }).click();
  await admin.getByRole('button', { name: subject }).first().waitFor();
  await admin.getByRole('button', { name: subject }).first().click();
  const dialog = admin.getByRole('dialog');
  const text = await dialog.innerText();
  await admin.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  return text;
}
