import { expect } from 'chai';
import { chromium } from 'playwright-core';
import { useApp } from '../support/app';
import { CHROMIUM, expectFrenchAndNarrow, signInConsole, signInPortal, useBrowser } from '../support/browser';
import { DELETE, sql } from '../support/booking-fixtures';
import { book, organizerEvent } from '../support/event-fixtures';

// WL1–WL3 in the apps, in French, at 375 px, accessible: people join a sold-out ticket's waiting list from the
// portal (with and without JavaScript) and see their position, then the place offered to them; the organizer
// orders and manages the list in the console.
describe('e2e (Chromium, 375 px): the waiting list (WL1–WL3)', function () {
  this.timeout(180_000);
  const t = useApp({ serveApps: true });
  const b = useBrowser();

  async function soldOutEvent(name: string) {
    const ev = await organizerEvent(t, { name });
    const ticket = await ev.ticket({ name: 'Entrée', capacity: 1, priceCents: 1500 });
    const holder = await t.signedIn('chloe@example.org');
    const booked = await book(holder, ticket);
    expect(booked.errors).to.equal(undefined);
    return { ...ev, ticket, holder, bookingId: booked.data!.book.id as string };
  }

  it('WL1, WL2: alice joins the sold-out ticket’s list, sees her position on the event page and in Mes réservations, then the place held for her, and books it', async () => {
    const ev = await soldOutEvent('Gala complet');
    const { page } = b;
    await signInPortal(page, t.url, 'alice@example.org', { waitForIdle: true });
    await page.goto(`${t.url}/events/${ev.eventId}`);
    await page.waitForSelector(`[data-testid="waiting-list-form-${ev.ticket}"]`);
    await expectFrenchAndNarrow(page, 'event page with a waiting list form');
    await page.click(`[data-testid="waiting-list-join-${ev.ticket}"]`);
    await page.waitForSelector('[data-testid="waiting-list-entry"][data-status="WAITING"]');
    expect(await page.getAttribute('[data-testid="waiting-list-entry"]', 'data-position')).to.equal('1');
    expect(await page.textContent('[data-testid="waiting-list-position"]')).to.include('n° 1');
    await expectFrenchAndNarrow(page, 'event page with my position');

    await page.goto(`${t.url}/bookings`);
    await page.waitForSelector('[data-testid="my-waiting-lists"] [data-testid="waiting-list-entry"]');
    await expectFrenchAndNarrow(page, 'Mes réservations with a waiting list');

    // The place frees: it is held for alice, whose booking form comes pre-filled though the ticket shows sold out.
    await ev.holder.data(DELETE, { id: ev.bookingId });
    await page.goto(`${t.url}/events/${ev.eventId}`);
    await page.waitForSelector('[data-testid="waiting-list-offer"]');
    expect(await page.textContent('[data-testid="waiting-list-offer"]')).to.include('Une place vous attend');
    await expectFrenchAndNarrow(page, 'event page with a place offered');
    await page.click(`[data-testid="book-continue-${ev.ticket}"]`);
    await page.click('[data-testid="book-confirm"]');
    await page.waitForURL(/\/bookings\/[0-9a-f-]{36}$/);
    const [{ status }] = await sql(t).execute(
      `select w.status from waiting_list_entries w join users u on u.id = w.user_id where u.email = 'alice@example.org' and w.event_id = ?`,
      [ev.eventId],
    );
    expect(status).to.equal('BOOKED');
  });

  it('WL1: without JavaScript, bruno joins the list and leaves it', async () => {
    const ev = await soldOutEvent('Gala sans script');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 375, height: 812 },
        locale: 'fr-FR',
      });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await signInPortal(page, t.url, 'bruno@example.org', { waitForIdle: true });
      await page.goto(`${t.url}/events/${ev.eventId}`);
      await page.click(`[data-testid="waiting-list-join-${ev.ticket}"]`);
      await page.waitForSelector('[data-testid="waiting-list-entry"][data-status="WAITING"]');
      await expectFrenchAndNarrow(page, 'event page with my position, without JavaScript');
      await page.click('[data-testid="waiting-list-leave"]');
      await page.waitForSelector(`[data-testid="waiting-list-form-${ev.ticket}"]`);
      expect(await page.locator('[data-testid="waiting-list-entry"]').count()).to.equal(0);
    } finally {
      await browser.close();
    }
  });

  it('WL3: the organizer sees the list in the console, moves the second person first, changes the settings and clears it', async () => {
    const ev = await soldOutEvent('Gala console');
    const first = await t.signedIn('alice@example.org');
    const second = await t.signedIn('bruno@example.org');
    const JOIN = `mutation($i: JoinWaitingListInput!) { joinWaitingList(input: $i) { id } }`;
    await first.data(JOIN, { i: { ticketId: ev.ticket, optionIds: [] } });
    const moved = (await second.data(JOIN, { i: { ticketId: ev.ticket, optionIds: [] } })).joinWaitingList.id;
    const { page } = b;
    await signInConsole(page, t.url, 'bureau@example.org');
    await page.goto(`${t.url}/console/events/${ev.eventId}`);
    await page.click('[data-testid="tab-waiting-list"]');
    await page.waitForURL(/\/waiting-list$/);
    await page.waitForSelector('[data-testid="waiting-entry"]');
    await expectFrenchAndNarrow(page, 'waiting list page');
    await page.click(`[data-entry-id="${moved}"] [data-testid="waiting-up"]`);
    await page.waitForFunction(
      (id) => document.querySelector('[data-testid="waiting-entry"]')?.getAttribute('data-entry-id') === id,
      moved,
    );
    await page.fill('#waiting-offer-minutes', '90');
    await page.click('[data-testid="waiting-settings-submit"]');
    await page.waitForSelector('[data-testid="waiting-settings-saved"]');
    const api = await ev.board.data(`query($e: ID!) { event(id: $e) { waitingListOfferMinutes } }`, { e: ev.eventId });
    expect(api.event.waitingListOfferMinutes).to.equal(90);
    await page.click('[data-testid="waiting-clear"]');
    await page.click('[data-testid="waiting-clear-confirm"]');
    await page.waitForSelector('[data-testid="waiting-none"]');
    await expectFrenchAndNarrow(page, 'waiting list page, emptied');
  });
});
