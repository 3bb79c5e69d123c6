import { expect } from 'chai';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { useApp } from '../support/app';
import {
  expectAccessible,
  expectFrenchAndNarrow,
  shownTicketImage,
  signInPortal,
  useBrowser,
} from '../support/browser';
import { eventually, OPPOSE } from '../support/booking-fixtures';
import { book, organizerEvent } from '../support/event-fixtures';
import { readQr } from '../support/qr';

const ALICE = 'alice@example.org';
const TICKETS_CACHE = 'billetterie-tickets';

/** Every request the page's caches hold, by cache name. */
const cachedUrls = (page: Page) =>
  page.evaluate(async () => {
    const all: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      all[name] = (await cache.keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search);
    }
    return all;
  });

const TEMPLATE_COLOUR = { r: 200, g: 60, b: 90 };

/** The top-left pixel of the ticket image the worker keeps, or null when none is kept. */
async function keptPixel(page: Page, image: string) {
  const base64 = await page.evaluate(
    async ([name, url]) => {
      const kept = await (await caches.open(name)).match(url);
      if (!kept) return null;
      const bytes = new Uint8Array(await kept.arrayBuffer());
      let text = '';
      for (const b of bytes) text += String.fromCharCode(b);
      return btoa(text);
    },
    [TICKETS_CACHE, image],
  );
  if (!base64) return null;
  const { data } = await sharp(Buffer.from(base64, 'base64'))
    .extract({ left: 0, top: 0, width: 1, height: 1 })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { r: data[0], g: data[1], b: data[2] };
}

describe('e2e (Chromium, 375 px): OF1 the portal installable and the ticket without network', function () {
  this.timeout(120_000);
  const t = useApp({ serveApps: true });
  const b = useBrowser({ width: 375 });
  const ids = {} as { eventId: string; bookingId: string; reference: string };

  before(async function () {
    this.timeout(60_000);
    const ev = await organizerEvent(t, { name: 'Soirée au sous-sol' });
    ids.eventId = ev.eventId;
    // BK5: a free ticket is reserved at once, hence has a ticket to show at the door.
    const ticket = await ev.ticket({ name: 'Entrée libre', priceCents: 0, capacity: 50 });
    const res = await book(await t.signedIn(ALICE), ticket);
    expect(res.errors, JSON.stringify(res.errors)).to.equal(undefined);
    expect(res.data!.book.status).to.equal('RESERVED');
    ids.bookingId = res.data!.book.id;
    ids.reference = res.data!.book.reference;
  });

  /** Opens the booking's page and waits until the worker says the ticket is kept on the device. */
  async function openTicket(page: Page) {
    await page.goto(`${t.url}/bookings/${ids.bookingId}`);
    await page.waitForSelector('[data-testid="ticket-kept-offline"]');
  }

  it('OF1: the portal is installable — a manifest (standalone, theme colour, start URL, 192/512 and maskable PNG icons), a favicon and an Apple touch icon, and a service worker for the whole portal', async () => {
    const res = await fetch(`${t.url}/manifest.webmanifest`);
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.match(/^application\/manifest\+json/);
    const manifest = await res.json();
    expect(manifest).to.include({ name: 'Billetterie', display: 'standalone', scope: '/', theme_color: '#1d4ed8' });
    expect(manifest.start_url).to.be.a('string');
    const icons = manifest.icons as Array<{ src: string; sizes: string; type: string; purpose: string }>;
    for (const [sizes, purpose] of [
      ['192x192', 'any'],
      ['512x512', 'any'],
      ['512x512', 'maskable'],
    ]) {
      const icon = icons.find((i) => i.sizes === sizes && i.purpose === purpose);
      expect(icon, `${sizes} ${purpose}`).to.not.equal(undefined);
      const png = Buffer.from(await (await fetch(`${t.url}${icon!.src}`)).arrayBuffer());
      const meta = await sharp(png).metadata();
      expect([meta.format, `${meta.width}x${meta.height}`]).to.deep.equal(['png', sizes]);
    }

    const { page } = b;
    await page.goto(`${t.url}/`);
    const head = await page.evaluate(() => ({
      manifest: document.querySelector('link[rel="manifest"]')?.getAttribute('href'),
      icons: [...document.querySelectorAll('link[rel="icon"]')].map((l) => l.getAttribute('href')),
      apple: document.querySelector('link[rel="apple-touch-icon"]')?.getAttribute('href'),
      theme: document.querySelector('meta[name="theme-color"]')?.getAttribute('content'),
    }));
    expect(head.manifest).to.equal('/manifest.webmanifest');
    expect(head.theme).to.equal('#1d4ed8');
    for (const href of [...head.icons, head.apple]) {
      expect((await fetch(`${t.url}${href}`)).status, String(href)).to.equal(200);
    }
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).to.equal(`${t.url}/`);
    // The console, inside the worker's scope, is left alone and still works.
    await page.goto(`${t.url}/console/signin`);
    await page.waitForSelector('[data-testid="sign-in-submit"]');
  });

  it('OF1: a reservation’s ticket once opened is shown with the network cut (image and QR code); opposed meanwhile, it is gone at the next connection', async () => {
    const { page, context } = b;
    await signInPortal(page, t.url, ALICE, { waitForIdle: true });
    await openTicket(page);
    await expectFrenchAndNarrow(page, 'booking page with its ticket kept offline');
    // Only the ticket's page, its image and the worker's index are kept: no GraphQL answer, no other page.
    const kept = (await cachedUrls(page))[TICKETS_CACHE];
    expect(kept).to.have.members([
      `/bookings/${ids.bookingId}`,
      `/media/tickets/${ids.bookingId}.png?inline=1`,
      '/__offline-tickets/index.json',
    ]);
    for (const urls of Object.values(await cachedUrls(page))) {
      expect(urls.filter((u) => u.startsWith('/graphql') || u.includes('__data.json'))).to.deep.equal([]);
    }

    // A basement: no network at all.
    await context.setOffline(true);
    // The network is really cut for the worker too: a page never opened answers the offline page.
    await page.goto(`${t.url}/account`);
    expect(await page.textContent('h1')).to.equal('Hors connexion');
    expect(await page.textContent('main')).to.include(`Soirée au sous-sol — ${ids.reference}`);
    await expectAccessible(page, 'offline page');

    await page.goto(`${t.url}/bookings/${ids.bookingId}`);
    expect(await page.textContent('h1')).to.include(ids.reference);
    const png = await shownTicketImage(page);
    expect((await sharp(png).metadata()).width).to.equal(2480);
    expect(await readQr(png), 'the QR code reads from the ticket shown offline').to.be.a('string');
    await expectFrenchAndNarrow(page, 'booking page offline');

    // The organizer opposes the booking while the phone has no network: the kept copy stays until it reconnects.
    const board = await t.signedIn('bureau@example.org');
    await board.data(OPPOSE, { id: ids.bookingId, r: 'Billet annulé' });
    await page.reload();
    await page.waitForSelector('[data-testid="ticket-image"]');

    // Back online: any portal page checks the kept tickets again; the opposed one is dropped.
    await context.setOffline(false);
    await page.goto(`${t.url}/`);
    await eventually(
      'the opposed ticket dropped',
      async () => !(await cachedUrls(page))[TICKETS_CACHE].includes(`/bookings/${ids.bookingId}`),
    );
    expect((await cachedUrls(page))[TICKETS_CACHE]).to.deep.equal(['/__offline-tickets/index.json']);
    await context.setOffline(true);
    await page.goto(`${t.url}/bookings/${ids.bookingId}`);
    expect(await page.textContent('h1')).to.equal('Hors connexion');
    expect(await page.locator('[data-testid="ticket-image"]').count()).to.equal(0);
    expect(await page.textContent('main')).to.include('Aucun billet enregistré sur cet appareil');
    await context.setOffline(false);
  });

  it('OF1: a ticket drawn again (the organizer sets a template) replaces the kept copy at the next connection', async () => {
    const ev = await organizerEvent(t, { name: 'Soirée redessinée' });
    const ticket = await ev.ticket({ name: 'Entrée libre', priceCents: 0, capacity: 50 });
    const res = await book(await t.signedIn(ALICE), ticket);
    const bookingId = res.data!.book.id;
    const image = `/media/tickets/${bookingId}.png?inline=1`;
    const { page, context } = b;
    await signInPortal(page, t.url, ALICE, { waitForIdle: true });
    await page.goto(`${t.url}/bookings/${bookingId}`);
    await page.waitForSelector('[data-testid="ticket-kept-offline"]');
    const before = await keptPixel(page, image);
    expect(before, 'the ticket is kept').to.not.equal(null);
    expect(before).to.not.deep.equal(TEMPLATE_COLOUR);

    // TT1: a template of one colour; the holder's ticket is drawn on it from now on.
    const template = await sharp({ create: { width: 2480, height: 1169, channels: 3, background: TEMPLATE_COLOUR } })
      .png()
      .toBuffer();
    const form = new FormData();
    form.append(
      'operations',
      JSON.stringify({
        query: `mutation($t: ID!, $file: Upload!) { setTicketTemplate(ticketId: $t, file: $file) { id } }`,
        variables: { t: ticket, file: null },
      }),
    );
    form.append('map', JSON.stringify({ 0: ['variables.file'] }));
    form.append('0', new Blob([new Uint8Array(template)]), 'modele.png');
    const cookie = [...ev.board.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const upload = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      body: form,
      headers: { cookie, 'apollo-require-preflight': 'true' },
    });
    expect((await upload.json()).errors).to.equal(undefined);

    // The phone loses the network, then finds it again: the kept ticket is the new drawing.
    await context.setOffline(true);
    await page.goto(`${t.url}/`);
    expect(await page.textContent('h1')).to.equal('Hors connexion');
    await context.setOffline(false);
    await page.goto(`${t.url}/`);
    await eventually('the kept ticket drawn again', async () => {
      const pixel = await keptPixel(page, image);
      return pixel && JSON.stringify(pixel) === JSON.stringify(TEMPLATE_COLOUR);
    });
    expect((await cachedUrls(page))[TICKETS_CACHE]).to.include(`/bookings/${bookingId}`);
  });

  it('OF1: signing out forgets the tickets kept on the device', async () => {
    const ev = await organizerEvent(t, { name: 'Soirée déconnexion' });
    const ticket = await ev.ticket({ name: 'Entrée libre', priceCents: 0, capacity: 50 });
    const res = await book(await t.signedIn(ALICE), ticket);
    ids.bookingId = res.data!.book.id;
    const { page } = b;
    await signInPortal(page, t.url, ALICE, { waitForIdle: true });
    await openTicket(page);
    expect((await cachedUrls(page))[TICKETS_CACHE]).to.include(`/bookings/${ids.bookingId}`);
    await page.click('[data-testid="sign-out-submit"]');
    await page.waitForSelector('[data-testid="nav-sign-in"]');
    expect((await cachedUrls(page))[TICKETS_CACHE] ?? []).to.deep.equal([]);
  });
});
