import { expect } from 'chai';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { useApp } from '../support/app';
import {
  expectAccessible,
  expectFrenchAndNarrow,
  expectNoHorizontalScroll,
  launchBrowser,
  signInPortal,
  type Browser,
} from '../support/browser';
import { book, organizerEvent } from '../support/event-fixtures';
import type { ApiClient } from '../support/graphql';

const ALICE = 'alice@example.org';
const CHLOE = 'chloe@example.org';

/** Sets an event's cover through the API's multipart upload, as the console does. */
async function setCover(url: string, board: ApiClient, eventId: string) {
  const png = await sharp({ create: { width: 1200, height: 600, channels: 3, background: { r: 30, g: 80, b: 160 } } })
    .png()
    .toBuffer();
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({
      query: `mutation($id: ID!, $f: Upload!) { setEventCover(id: $id, file: $f) { coverUrl } }`,
      variables: { id: eventId, f: null },
    }),
  );
  form.append('map', JSON.stringify({ 0: ['variables.f'] }));
  form.append('0', new Blob([new Uint8Array(png)]), 'cover.png');
  const cookie = [...board.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    body: form,
    headers: { cookie, 'apollo-require-preflight': 'true' },
  });
  expect(res.status).to.equal(200);
}

const card = (page: Page, eventId: string) => page.locator(`[data-testid="event-card"][data-event-id="${eventId}"]`);

/** How many lines the element's text takes (a word broken in two takes two). */
const linesOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });

const DESCRIPTION = [
  '**La soirée de l’année** : dîner, concert et piste de danse jusqu’au bout de la nuit.',
  '',
  'Tenue de soirée conseillée. Navettes depuis le campus toutes les 30 minutes à partir de 19 h.',
  '',
  '- Apéritif à 19 h 30',
  '- Dîner à 20 h 30',
  '- Concert à 22 h',
].join('\n');

describe('e2e (Chromium): issue 16 — the portal on a phone (cards, header, event page) and axe on every page', function () {
  this.timeout(180_000);
  const t = useApp({ serveApps: true });
  let b: Browser | undefined;
  const ids = {} as {
    freeEvent: string;
    fullEvent: string;
    galaEvent: string;
    galaOpen: string;
    galaOption: string;
    bookingId: string;
    preBookingId: string;
  };

  before(async function () {
    this.timeout(90_000);
    const alice = await t.signedIn(ALICE);
    const chloe = await t.signedIn(CHLOE);

    const free = await organizerEvent(t, { name: 'Carte gratuite' });
    ids.freeEvent = free.eventId;
    const freeTicket = await free.ticket({ name: 'Entrée libre', priceCents: 0, capacity: 50 });
    await setCover(t.url, free.board, free.eventId);
    const reserved = await book(alice, freeTicket);
    expect(reserved.data!.book.status).to.equal('RESERVED');
    ids.bookingId = reserved.data!.book.id;

    const full = await organizerEvent(t, { name: 'Carte complète' });
    ids.fullEvent = full.eventId;
    const only = await full.ticket({ name: 'Dernière place', priceCents: 1200, capacity: 1 });
    expect((await book(chloe, only)).errors).to.equal(undefined);

    const gala = await organizerEvent(t, { name: 'Carte gala', description: DESCRIPTION });
    ids.galaEvent = gala.eventId;
    await setCover(t.url, gala.board, gala.eventId);
    ids.galaOpen = await gala.ticket({ name: 'Tarif normal', priceCents: 1500, capacity: 200 });
    const reduced = await gala.ticket({ name: 'Tarif réduit', priceCents: 800, capacity: 100 });
    for (const ticket of [ids.galaOpen, reduced]) {
      const option = await gala.option(ticket, 'Navette retour', 300);
      if (ticket === ids.galaOpen) ids.galaOption = option;
      await gala.group(ticket, 'Repas', [
        ['Végétarien', 800],
        ['Viande', 950],
      ]);
      await gala.extraInfo(ticket, {
        label: 'Certificat de scolarité',
        type: 'FILE',
        blocks: 'PAYMENT',
        fileTypes: ['application/pdf'],
        fileMaxBytes: 1048576,
      });
      await gala.extraInfo(ticket, {
        label: 'Taille de T-shirt',
        type: 'CHOICE',
        blocks: 'ENTRY',
        choices: ['S', 'M'],
      });
    }
    const pre = await book(alice, reduced);
    expect(pre.errors, JSON.stringify(pre.errors)).to.equal(undefined);
    ids.preBookingId = pre.data!.book.id;
  });
  afterEach(async () => {
    await b?.close();
    b = undefined;
  });

  it('issue 16 BK9 CP1 BK2: at 375 px each card shows its cover, dates, lowest price, "Complet" and "Réservé"; the search button never breaks inside its word; the header stays compact', async function () {
    b = await launchBrowser(this, { width: 375 });
    const { page } = b;
    await signInPortal(page, t.url, ALICE, { waitForIdle: true });
    await page.fill('[data-testid="events-search"]', 'Carte');
    await page.click('[data-testid="events-search-submit"]');
    await page.waitForURL(/[?&]q=Carte/);
    await card(page, ids.fullEvent).waitFor();

    const free = card(page, ids.freeEvent);
    expect(await free.locator('[data-testid="event-card-cover"]').count()).to.equal(1);
    expect((await free.locator('[data-testid="event-card-dates"]').textContent())?.trim()).to.match(/\d{4}/);
    expect((await free.locator('[data-testid="event-card-price"]').textContent())?.trim()).to.equal('Gratuit');
    expect((await free.locator('[data-testid="event-card-booked"]').textContent())?.trim()).to.equal('Réservé');
    expect(await free.locator('[data-testid="event-card-sold-out"]').count()).to.equal(0);

    const full = card(page, ids.fullEvent);
    expect((await full.locator('[data-testid="event-card-sold-out"]').textContent())?.trim()).to.equal('Complet');
    expect((await full.locator('[data-testid="event-card-price"]').textContent())?.replace(/\s/g, ' ')).to.equal(
      'Dès 12,00 €',
    );
    expect(await full.locator('[data-testid="event-card-booked"]').count(), 'Chloé’s booking is not Alice’s').to.equal(
      0,
    );

    const gala = card(page, ids.galaEvent);
    expect((await gala.locator('[data-testid="event-card-price"]').textContent())?.replace(/\s/g, ' ')).to.equal(
      'Dès 8,00 €',
    );
    expect((await gala.locator('[data-testid="event-card-booked"]').textContent())?.trim()).to.equal('Pré-réservé');

    expect(await linesOf(page, '[data-testid="events-search-submit"]'), 'the search button on one line').to.equal(1);
    const header = await page.locator('header').boundingBox();
    expect(header!.height, 'the phone header is compact: three short lines').to.be.at.most(110);
    await expectFrenchAndNarrow(page, 'portal home with cards');
  });

  it('issue 16 OP1 OP2: at 375 px the event page lists each option once (in the form) and fits without 2,500 px of scrolling', async function () {
    b = await launchBrowser(this, { width: 375 });
    const { page } = b;
    await signInPortal(page, t.url, CHLOE, { waitForIdle: true });
    await page.goto(`${t.url}/events/${ids.galaEvent}`);
    await page.waitForLoadState('networkidle');
    const ticket = page.locator(`[data-testid="ticket-${ids.galaOpen}"]`);
    expect((await ticket.textContent())?.split('Navette retour')).to.have.length(2);
    expect((await ticket.textContent())?.split('Végétarien')).to.have.length(2);
    expect(await ticket.locator(`[data-testid="book-option-${ids.galaOption}"]`).count()).to.equal(1);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    process.stdout.write(`      (event page: ${height} px high at 375 px)\n`);
    expect(height, 'the event page at 375 px').to.be.below(2500);
    await expectFrenchAndNarrow(page, 'event page at 375 px');
  });

  it('XI3 issue 16: my bookings say in words what is left to provide, and never "to provide: 0"', async function () {
    b = await launchBrowser(this, { width: 375 });
    const { page } = b;
    await signInPortal(page, t.url, ALICE, { waitForIdle: true });
    await page.goto(`${t.url}/bookings`);
    const pre = page.locator(`[data-testid="booking-${ids.preBookingId}"] [data-testid="requirements-summary"]`);
    expect((await pre.textContent())?.replace(/\s+/g, ' ').trim()).to.equal('Informations à fournir : 2');
    expect(await page.textContent('main')).to.not.match(/: 0\b/);
    // The free reservation asks for nothing: no summary at all.
    expect(
      await page.locator(`[data-testid="booking-${ids.bookingId}"] [data-testid="requirements-summary"]`).count(),
    ).to.equal(0);
    await expectFrenchAndNarrow(page, 'my bookings');
  });

  for (const width of [375, 1280]) {
    it(`issue 16 OF1: axe-core finds no serious or critical violation on any portal page at ${width} px`, async function () {
      b = await launchBrowser(this, { width });
      const { page } = b;
      const check = async (path: string, what: string) => {
        await page.goto(`${t.url}${path}`);
        await page.waitForLoadState('networkidle');
        await expectAccessible(page, `${what} at ${width} px`);
        await expectNoHorizontalScroll(page, `${what} at ${width} px`);
      };
      // Signed out.
      await check('/', 'home');
      await check(`/events/${ids.galaEvent}`, 'event page (signed out)');
      await check('/signin', 'sign-in');
      await check('/signup', 'sign-up');
      await check('/forgot-password', 'forgotten password');
      await check('/reset-password?token=nothing', 'password reset');
      await check('/verify-email?token=nothing', 'email verification');
      await check('/events/00000000-0000-4000-8000-000000000000', 'unknown event (404)');
      // Signed in.
      await signInPortal(page, t.url, ALICE, { waitForIdle: true });
      await check('/', 'home (signed in)');
      await check('/?q=Carte', 'search results');
      await check(`/events/${ids.galaEvent}`, 'event page (signed in, with a booking)');
      await check(`/events/${ids.fullEvent}`, 'sold-out event page');
      await check('/bookings', 'my bookings');
      await check(`/bookings/${ids.bookingId}`, 'a reservation with its ticket');
      await check(`/bookings/${ids.preBookingId}`, 'a pre-reservation with its requirements');
      await check('/account', 'my account');
      // BK1, BK3: the booking's confirmation step, for a guest (Alice already holds a booking for the gala).
      await page.goto(`${t.url}/events/${ids.galaEvent}`);
      await page.waitForLoadState('networkidle');
      await page.click(`[data-testid="book-continue-${ids.galaOpen}"]`);
      await page.waitForSelector('[data-testid="book-review"]');
      await expectAccessible(page, `booking confirmation step at ${width} px`);
      await expectNoHorizontalScroll(page, `booking confirmation step at ${width} px`);
    });
  }
});
