import { expect } from 'chai';
import fs from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { useApp } from '../support/app';
import { CHROMIUM, expectFrenchAndNarrow, launchBrowser, signInConsole, type Browser } from '../support/browser';
import { organizerEvent } from '../support/event-fixtures';

const SECTIONS = ['general', 'price', 'sales', 'eligibility', 'options', 'groups', 'extras', 'template'];
const TICKET = `query($e: ID!) { event(id: $e) { tickets { id name description priceCents capacity salesOpenAt salesCloseAt position locked } } }`;

/** How tall the section itself is (below the event's header and the ticket's), in screens of the window's height. */
const screens = (page: Page) =>
  page.evaluate(
    () =>
      document.querySelector('[data-testid="ticket-section-body"]')!.getBoundingClientRect().height /
      window.innerHeight,
  );

// Issue 15: a ticket's page in sections that each fit a screen (1280×800 and 375 px), reached by plain links.
describe('e2e (Chromium): the ticket’s page in sections, and why its locked controls are locked (TK3, TK4, TK5)', function () {
  this.timeout(180_000);
  const t = useApp({ serveApps: true });
  let b: Browser | undefined;
  afterEach(async () => {
    await b?.close();
    b = undefined;
  });

  for (const [width, height] of [
    [1280, 800],
    [375, 812],
  ] as const) {
    it(`TK3: at ${width} px every section has its own page, fits about a screen, and is accessible (axe)`, async function () {
      const ev = await organizerEvent(t, { name: `Gala sections ${width}` });
      const ticketId = await ev.ticket({ name: 'Entrée' });
      b = await launchBrowser(this, { width });
      const { page } = b;
      await page.setViewportSize({ width, height });
      await signInConsole(page, t.url, 'bureau@example.org');
      await page.goto(`${t.url}/console/events/${ev.eventId}/tickets`);
      await page.click(`[data-ticket-id="${ticketId}"] a`);
      await page.waitForURL(new RegExp(`/tickets/${ticketId}$`));
      for (const section of SECTIONS) {
        await page.click(`[data-testid="ticket-section-${section}"]`);
        await page.waitForSelector(`[data-testid="ticket-section-body"][data-section="${section}"]`);
        expect(await page.getAttribute(`[data-testid="ticket-section-${section}"]`, 'aria-current')).to.equal('page');
        await expectFrenchAndNarrow(page, `ticket section ${section} at ${width} px`);
        // A screen on a laptop; a few thumb scrolls on a phone — never the old endless page.
        expect(await screens(page), `height of ${section} at ${width} px`).to.be.at.most(width > 1000 ? 1 : 2.5);
      }
    });
  }

  it('TK3, TK5: a section saves its own fields and keeps the others as they are', async function () {
    const ev = await organizerEvent(t, { name: 'Gala prix' });
    const ticketId = await ev.ticket({
      name: 'Entrée',
      description: 'Avec vestiaire',
      priceCents: 1500,
      capacity: 100,
    });
    b = await launchBrowser(this, { width: 375 });
    const { page } = b;
    await signInConsole(page, t.url, 'bureau@example.org');
    await page.goto(`${t.url}/console/events/${ev.eventId}/tickets/${ticketId}/price`);
    expect(await page.locator('#ticketName').count(), 'the price section asks only for price and places').to.equal(0);
    await page.fill('#priceEuros', '18,50');
    await page.fill('#capacity', '120');
    await page.click('[data-testid="ticket-submit"]');
    await page.waitForSelector('[data-testid="ticket-saved"]');
    expect(await page.textContent('[data-testid="ticket-summary"]')).to.include('18,50');

    await page.click('[data-testid="ticket-section-sales"]');
    await page.fill('#salesOpenAt', '2030-01-10T09:00');
    await page.click('[data-testid="ticket-submit"]');
    await page.waitForSelector('[data-testid="ticket-saved"]');

    await page.click('[data-testid="ticket-section-general"]');
    await page.fill('#ticketName', 'Entrée générale');
    await page.click('[data-testid="ticket-submit"]');
    await page.waitForSelector('[data-testid="ticket-saved"]');

    const ticket = (await ev.board.data(TICKET, { e: ev.eventId })).event.tickets.find(
      (x: { id: string }) => x.id === ticketId,
    );
    expect(ticket).to.deep.include({
      name: 'Entrée générale',
      description: 'Avec vestiaire',
      priceCents: 1850,
      capacity: 120,
      salesOpenAt: '2030-01-10T08:00:00.000Z',
      salesCloseAt: null,
    });
  });

  it('TK4, TK5: on a ticket with bookings, every locked control says why next to it (visible, aria-describedby)', async function () {
    const ev = await organizerEvent(t, { name: 'Gala verrouillé' });
    const ticketId = await ev.ticket({ name: 'Entrée', capacity: 10 });
    await ev.option(ticketId, 'Navette', 300);
    const alice = await t.signedIn('alice@example.org');
    await alice.data(`mutation($i: BookInput!) { book(input: $i) { id } }`, { i: { ticketId, optionIds: [] } });
    b = await launchBrowser(this, { width: 375 });
    const { page } = b;
    await signInConsole(page, t.url, 'bureau@example.org');

    const expectReasoned = async (selector: string, what: string) => {
      const control = page.locator(selector);
      expect(await control.isDisabled(), `${what} is disabled`).to.equal(true);
      const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
      expect(ids, `${what} points to its reason`).to.not.deep.equal([]);
      const reasons = await Promise.all(ids.map((id) => page.locator(`#${id}`).textContent()));
      expect(reasons.join(' '), `${what}: the reason`).to.include('réservations');
      for (const id of ids) expect(await page.isVisible(`#${id}`), `${what}: reason #${id} visible`).to.equal(true);
    };

    await page.goto(`${t.url}/console/events/${ev.eventId}/tickets/${ticketId}`);
    await expectReasoned('[data-testid="ticket-delete"]', 'deleting the ticket');
    await expectFrenchAndNarrow(page, 'locked ticket, general');
    await page.click('[data-testid="ticket-section-price"]');
    await page.waitForSelector('[data-testid="ticket-section-body"][data-section="price"]');
    // TK5: the price stays editable (new bookings only), the capacity says its floor.
    expect(await page.isDisabled('#priceEuros')).to.equal(false);
    expect(await page.textContent('[data-testid="ticket-section-body"]'))
      .to.include('nouvelles réservations')
      .and.to.include('1 places sont déjà prises');
    await page.click('[data-testid="ticket-section-options"]');
    await page.waitForSelector('[data-testid="ticket-section-body"][data-section="options"]');
    await expectReasoned('[data-testid="option-submit"]', 'adding an option');
    await expectReasoned('[data-testid^="option-"][data-testid$="-delete"]', 'deleting an option');
    await expectFrenchAndNarrow(page, 'locked ticket, options');
    await page.click('[data-testid="ticket-section-groups"]');
    await page.waitForSelector('[data-testid="ticket-section-body"][data-section="groups"]');
    await expectReasoned('[data-testid="group-submit"]', 'adding a group');
    await page.click('[data-testid="ticket-section-extras"]');
    await page.waitForSelector('[data-testid="ticket-section-body"][data-section="extras"]');
    await expectReasoned('[data-testid="extra-submit"]', 'adding an extra information');
  });

  it('TK3: without JavaScript, the sections are links and a section’s form saves', async function () {
    if (!fs.existsSync(CHROMIUM)) this.skip();
    const ev = await organizerEvent(t, { name: 'Gala sans JS' });
    const ticketId = await ev.ticket({ name: 'Entrée', priceCents: 1000 });
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 812 } });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await signInConsole(page, t.url, 'bureau@example.org');
      await page.goto(`${t.url}/console/events/${ev.eventId}/tickets/${ticketId}`);
      await page.click('[data-testid="ticket-section-price"]');
      await page.waitForURL(new RegExp(`/tickets/${ticketId}/price$`));
      await page.fill('#priceEuros', '7');
      await page.click('[data-testid="ticket-submit"]');
      await page.waitForSelector('[data-testid="ticket-saved"]');
      expect(page.url()).to.match(new RegExp(`/tickets/${ticketId}/price\\?/updateTicket$`));
      const ticket = (await ev.board.data(TICKET, { e: ev.eventId })).event.tickets[0];
      expect(ticket).to.deep.include({ name: 'Entrée', priceCents: 700 });
    } finally {
      await browser.close();
    }
  });
});
