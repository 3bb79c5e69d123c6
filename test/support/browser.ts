import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from './fixtures';

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

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
export async function launchBrowser(
  ctx: Mocha.Context,
  opts: { width?: number; locale?: string; args?: string[] } = {},
): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    if (process.env.CI === 'true')
      throw new Error(`Chromium not found at ${CHROMIUM}: CI must install it (apt-get install chromium)`);
    process.stderr.write(
      `\n  !!! SKIPPING end-to-end tests: no Chromium at ${CHROMIUM} (apt-get install chromium) !!!\n\n`,
    );
    ctx.skip();
  }
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'billetterie-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: opts.width ?? 375, height: 812 },
    locale: opts.locale ?? 'fr-FR',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(opts.args ?? []),
    ],
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

/**
 * A fresh Chromium for every test of the calling suite: launched before each test, closed after it. The returned
 * browser always speaks for the running test's one (`b.page`).
 */
export function useBrowser(opts: { width?: number; locale?: string; args?: string[] } = {}): Browser {
  let current: Browser | undefined;
  beforeEach(async function () {
    current = await launchBrowser(this, opts);
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  const now = () => {
    if (!current) throw new Error('useBrowser: the browser exists only while a test runs');
    return current;
  };
  return {
    get context() {
      return now().context;
    },
    get page() {
      return now().page;
    },
    close: () => now().close(),
  };
}

/**
 * Fails unless the page never scrolls sideways (usable at phone width). It asserts itself rather than
 * returning a flag, so a caller cannot forget to check. `what` names the page in the failure.
 */
export async function expectNoHorizontalScroll(page: Page, what: string = page.url()): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  // 1 px of slack: fractional layout widths round up.
  expect(
    scrollWidth,
    `horizontal scroll on ${what}: the page is ${scrollWidth} px wide in a ${innerWidth} px window`,
  ).to.be.at.most(innerWidth + 1);
}

type AxeRun = (
  ctx: Document,
  opts: object,
) => Promise<{
  violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
}>;

/** The serious and critical WCAG 2 A/AA violations axe-core finds on a page whose scripts run. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a <script>: it works whatever the page's CSP says.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate((source) => (0, eval)(source), AXE_SOURCE);
  return page.evaluate(async () => {
    const run = (window as unknown as { axe: { run: AxeRun } }).axe.run;
    const result = await run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

/** Whether the page runs its timers (false in a context made with `javaScriptEnabled: false`). */
const runsScripts = (page: Page) =>
  Promise.race([
    page.evaluate(() => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 0))),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1000)),
  ]);

/**
 * Fails when axe-core (WCAG 2 A and AA rules) finds a serious or critical violation on the page as it stands.
 * axe needs scripts to run: a page shown without JavaScript is checked as served (its HTML, without its scripts,
 * at the same address so its styles load) in a context of the same browser where scripts run. `what` names the page
 * in the failure, which lists each rule, its impact and the elements concerned.
 */
export async function expectAccessible(page: Page, what: string = page.url()): Promise<void> {
  let violations: string[];
  if (await runsScripts(page)) violations = await axeViolations(page);
  else {
    const browser = page.context().browser();
    if (!browser) throw new Error('expectAccessible: a page without JavaScript must come from chromium.launch()');
    const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
    const viewport = page.viewportSize() ?? { width: 375, height: 812 };
    const context = await browser.newContext({ viewport, locale: 'fr-FR' });
    try {
      const copy = await context.newPage();
      const url = page.url();
      await copy.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
      await copy.goto(url);
      violations = await axeViolations(copy);
    } finally {
      await context.close();
    }
  }
  expect(violations, `serious or critical accessibility violations on ${what}`).to.deep.equal([]);
}

/**
 * Every main page: French (`<html lang="fr">`), usable at phone width without sideways scrolling, and with no
 * serious or critical accessibility violation (axe-core). `what` names the page in failures.
 */
export async function expectFrenchAndNarrow(page: Page, what: string): Promise<void> {
  expect(await page.getAttribute('html', 'lang'), `html lang on ${what}`).to.equal('fr');
  await expectNoHorizontalScroll(page, what);
  await expectAccessible(page, what);
}

export interface SignInOptions {
  /** Wait for the sign-in page's network to go idle (the page hydrated) before filling the form. Default: false. */
  waitForIdle?: boolean;
  /** Run on the sign-in page once loaded, before the form is filled (e.g. an `expectFrenchAndNarrow` check). */
  beforeFill?: (page: Page) => Promise<void>;
}

/**
 * Opens `signInPath` under `baseUrl`, signs in as `email` with the demo seed's password, and waits for
 * `signedInSelector`, the element that proves the app knows who is signed in.
 */
async function signInWithForm(
  page: Page,
  baseUrl: string,
  signInPath: string,
  email: string,
  signedInSelector: string,
  opts: SignInOptions,
): Promise<void> {
  await page.goto(`${baseUrl}${signInPath}`);
  if (opts.waitForIdle) await page.waitForLoadState('networkidle');
  await opts.beforeFill?.(page);
  await page.fill('#email', email);
  await page.fill('#password', DEMO_PASSWORD);
  await page.click('[data-testid="sign-in-submit"]');
  await page.waitForSelector(signedInSelector);
}

/** Signs in to the console (`${baseUrl}/console/signin`) as a demo account; done once the console shows who is signed in. */
export async function signInConsole(
  page: Page,
  baseUrl: string,
  email: string,
  opts: SignInOptions = {},
): Promise<void> {
  await signInWithForm(page, baseUrl, '/console/signin', email, '[data-testid="console-who"]', opts);
}

/** Signs in to the portal (`${baseUrl}/signin`) as a demo account; done once the portal shows the viewer's name. */
export async function signInPortal(
  page: Page,
  baseUrl: string,
  email: string,
  opts: SignInOptions = {},
): Promise<void> {
  await signInWithForm(page, baseUrl, '/signin', email, '[data-testid="viewer-name"]', opts);
}

/** The Paris wall-clock time of an instant, as a datetime-local input holds it ("YYYY-MM-DDTHH:mm"). */
export function parisLocal(iso: string | Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** The ticket image as the page has it (from the worker's copy when offline), read back as PNG bytes. */
export async function shownTicketImage(page: Page): Promise<Buffer> {
  const selector = '[data-testid="ticket-image"]';
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.waitForFunction((s) => {
    const img = document.querySelector<HTMLImageElement>(s);
    return img !== null && img.complete && img.naturalWidth > 0;
  }, selector);
  const base64 = await page.evaluate(async (s) => {
    const img = document.querySelector<HTMLImageElement>(s)!;
    const bytes = new Uint8Array(await (await fetch(img.currentSrc || img.src)).arrayBuffer());
    let text = '';
    for (const b of bytes) text += String.fromCharCode(b);
    return btoa(text);
  }, selector);
  return Buffer.from(base64, 'base64');
}
