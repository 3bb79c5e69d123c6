import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * Debian's Chromium, headless, with a fresh profile. Without Chromium the e2e tests are skipped loudly,
 * except under CI=true where that is a failure.
 */
export async function launchBrowser(ctx: Mocha.Context, opts: { width?: number; locale?: string; args?: string[] } = {}): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    if (process.env.CI === 'true') throw new Error(`Chromium not found at ${CHROMIUM}: CI must install it (apt-get install chromium)`);
    process.stderr.write(`\n  !!! SKIPPING end-to-end tests: no Chromium at ${CHROMIUM} (apt-get install chromium) !!!\n\n`);
    ctx.skip();
  }
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'billetterie-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: opts.width ?? 375, height: 812 },
    locale: opts.locale ?? 'fr-FR',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...(opts.args ?? [])],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  return {
    context,
    page,
    async close() {
      await context.close();
      await fsp.rm(dir, { recursive: true, force: true });
    },
  };
}

/** The page never scrolls sideways (usable at phone width). */
export async function expectNoHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
}
