import { expect } from 'chai';
import { chromium, type Page } from 'playwright-core';
import { useApp } from '../support/app';
import { MARK_PAID, sql } from '../support/booking-fixtures';
import { CHROMIUM, expectAccessible, expectFrenchAndNarrow, signInConsole, useBrowser } from '../support/browser';
import { insertSales } from '../support/dashboard-fixtures';
import { BOOK, organizerEvent } from '../support/event-fixtures';
import { signInAll } from '../support/fixtures';

// Demo seed: bureau@ (board of Net7) holds ADMIN on the events organizerEvent() makes; alice@ and chloe@ book.
const BOARD = 'bureau@example.org';

describe('e2e (Chromium): the event dashboard (DB1)', function () {
  this.timeout(120_000);
  const t = useApp({ serveApps: true, env: { JOBS: 'false' } });
  const b = useBrowser();

  /** An event with paid, pending and bulk sales over three weeks, an option, a group and an answer to validate. */
  async function eventWithSales() {
    const ev = await organizerEvent(t, { name: 'Gala tableau de bord' });
    const gala = await ev.ticket({ name: 'Gala', priceCents: 1500, capacity: 500 });
    const shuttle = await ev.option(gala, 'Navette', 0);
    const meal = await ev.group(gala, 'Repas', [
      ['Viande', 0],
      ['Végé', 0],
    ]);
    const diet = await ev.extraInfo(gala, { label: 'Régime', type: 'TEXT', blocks: 'ENTRY' });
    const p = await signInAll(t, { alice: 'alice@example.org', chloe: 'chloe@example.org' });
    const alice = (await p.alice.data(BOOK, { i: { ticketId: gala, optionIds: [meal.options[0]] } })).book;
    await ev.board.data(MARK_PAID, { i: { bookingId: alice.id, method: 'CASH', amountCents: 1500, reference: '' } });
    await p.chloe.data(BOOK, { i: { ticketId: gala, optionIds: [meal.options[1]] } });
    await insertSales(sql(t).getKnex(), {
      eventId: ev.eventId,
      ticketId: gala,
      count: 120,
      days: 21,
      optionId: shuttle,
      extraInfoId: diet,
    });
    return { ev, gala };
  }

  async function checkFigures(page: Page, gala: string) {
    // 120 bulk sales: 32 reservations (24 opposed, 64 pending) plus alice (paid) and chloe (pending).
    const door = page.locator(`[data-testid="dashboard-door-ticket"][data-ticket-id="${gala}"]`);
    expect((await door.locator('[data-testid="door-in"]').textContent())?.trim()).to.equal('10');
    expect((await door.locator('[data-testid="door-expected"]').textContent())?.trim()).to.equal('33');
    expect(await page.textContent('[data-testid="revenue-paid"]')).to.match(/495,00\s€/);
    expect(await page.textContent('[data-testid="revenue-pending"]')).to.match(/975,00\s€/);
    expect(await page.locator('[data-testid="dashboard-series"] tbody tr').count()).to.be.greaterThan(10);
    expect(
      (await page.textContent('[data-testid="dashboard-answer"] [data-testid="answers-waiting"]'))?.trim(),
    ).to.equal('64');
  }

  it('DB1 e2e: the dashboard is the event’s first tab, with tables and charts, at 375 and 1280 px, accessible', async () => {
    const { ev, gala } = await eventWithSales();
    const { page } = b;
    await signInConsole(page, t.url, BOARD);
    await page.goto(`${t.url}/console/events/${ev.eventId}`);
    await page.waitForURL(new RegExp(`/console/events/${ev.eventId}/dashboard$`));
    expect(await page.getAttribute('[data-testid="tab-dashboard"]', 'aria-current')).to.equal('page');
    expect((await page.textContent('nav.tabs li:first-child'))?.trim()).to.equal('Tableau de bord');
    await checkFigures(page, gala);
    // Three weeks of sales: one point per Paris day, drawn by uPlot once the page runs its scripts.
    await page.waitForSelector('[data-testid="dashboard-chart-counts"] canvas');
    await page.waitForSelector('[data-testid="dashboard-chart-revenue"] canvas');
    await expectFrenchAndNarrow(page, 'dashboard at 375 px');

    const canvasWidth = () =>
      page.evaluate(
        () => (document.querySelector('[data-testid="dashboard-chart-revenue"] canvas') as HTMLCanvasElement).width,
      );
    const narrow = await canvasWidth();
    await page.setViewportSize({ width: 1280, height: 900 });
    // The charts follow their column's width.
    await page.waitForFunction(
      (before) =>
        (document.querySelector('[data-testid="dashboard-chart-revenue"] canvas') as HTMLCanvasElement).width > before,
      narrow,
    );
    await expectAccessible(page, 'dashboard at 1280 px');

    // The step changes through a plain form: hourly now.
    await page.selectOption('[data-testid="dashboard-step"]', 'HOUR');
    await page.click('form.step-form button[type="submit"]');
    await page.waitForURL(/step=HOUR/);
    expect(await page.locator('[data-testid="dashboard-series"] tbody tr').count()).to.be.greaterThan(50);
  });

  it('DB1 e2e: without JavaScript the dashboard’s figures are all there, in tables', async () => {
    const { ev, gala } = await eventWithSales();
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 375, height: 812 },
        locale: 'fr-FR',
      });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await signInConsole(page, t.url, BOARD, { waitForIdle: true });
      await page.goto(`${t.url}/console/events/${ev.eventId}/dashboard`);
      await checkFigures(page, gala);
      await expectFrenchAndNarrow(page, 'dashboard without JavaScript');
    } finally {
      await browser.close();
    }
  });
});
