import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import fs from 'node:fs';
import { chromium, type Download, type Page } from 'playwright-core';
import sharp from 'sharp';
import { useApp } from '../support/app';
import {
  CHROMIUM,
  expectFrenchAndNarrow,
  launchBrowser,
  signInConsole,
  signInPortal,
  type Browser,
} from '../support/browser';
import { book, organizerEvent } from '../support/event-fixtures';
import type { ApiClient } from '../support/graphql';
import { readQr } from '../support/qr';

const ALICE = 'alice@example.org';
const BOARD = 'bureau@example.org';
const CHECK_IN = `mutation($e: ID!, $c: String!) { checkIn(eventId: $e, code: $c) { status booking { id } } }`;
const FILES = `query($id: ID!) { booking(id: $id) { status reference ticketFiles { png pdf } } }`;
const TEMPLATE_COLOUR = { r: 200, g: 60, b: 90 };

/** Reads the QR of a rendered ticket the way a phone would: from pixels, downscaled (as in test/api/ticket-documents). */
/** A plain image of the template's colour, written to a temporary file as an organizer would pick it. */
async function imageFile(dir: string, width: number, height: number): Promise<string> {
  const file = path.join(dir, `modele-${width}x${height}.png`);
  await sharp({ create: { width, height, channels: 3, background: TEMPLATE_COLOUR } })
    .png()
    .toFile(file);
  return file;
}

/** GET with the client's session cookie. */
const download = (c: ApiClient, url: string) =>
  fetch(`${c.baseUrl}${url}`, { headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });

/** Clicks a link and returns the file the browser saved. */
async function clickDownload(page: Page, selector: string): Promise<{ download: Download; body: Buffer }> {
  const [saved] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const file = await saved.path();
  return { download: saved, body: await fsp.readFile(file) };
}

/** The image is really shown (lazy images load once scrolled to). */
async function expectImageShown(page: Page, selector: string, width: number) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.waitForFunction((s) => {
    const img = document.querySelector<HTMLImageElement>(s);
    return img !== null && img.complete && img.naturalWidth > 0;
  }, selector);
  expect(await page.locator(selector).evaluate((img) => (img as HTMLImageElement).naturalWidth)).to.equal(width);
}

describe('e2e (Chromium, 375 px): ticket documents — downloading my ticket, uploading a template', function () {
  this.timeout(120_000);
  const t = useApp({ serveApps: true });
  let b: Browser;
  let dir: string;
  const ids = {} as {
    eventId: string;
    ticketId: string;
    bookingId: string;
    reference: string;
    board: ApiClient;
    alice: ApiClient;
  };

  before(async function () {
    this.timeout(60_000);
    dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'billetterie-templates-'));
    const ev = await organizerEvent(t, { name: 'Soirée des billets' });
    ids.eventId = ev.eventId;
    ids.board = ev.board;
    // BK5: a free ticket is reserved at once, hence has a ticket to download.
    ids.ticketId = await ev.ticket({ name: 'Entrée libre', priceCents: 0, capacity: 50 });
    ids.alice = await t.signedIn(ALICE);
    const res = await book(ids.alice, ids.ticketId);
    expect(res.errors, JSON.stringify(res.errors)).to.equal(undefined);
    ids.bookingId = res.data!.book.id;
    ids.reference = res.data!.book.reference;
    expect(res.data!.book.status).to.equal('RESERVED');
  });
  after(async () => {
    await fsp.rm(dir, { recursive: true, force: true });
  });
  afterEach(async () => {
    await b?.close();
  });

  async function open(page: Page, url: string) {
    await page.goto(`${t.url}${url}`);
    await page.waitForLoadState('networkidle');
  }

  it('TT2 e2e: a holder downloads their ticket (PNG and PDF) from Mes réservations; its QR decodes and checks them in', async function () {
    b = await launchBrowser(this, { width: 375 });
    const { page } = b;
    await signInPortal(page, t.url, ALICE, { waitForIdle: true });

    // The list of my bookings: the reservation's card shows the ticket and its two links.
    await open(page, '/bookings');
    const listed = page.locator(`[data-testid="booking-${ids.bookingId}"]`);
    expect(await listed.locator('[data-testid="ticket-files"] :is(h3, h4)').textContent()).to.include('Mon billet');
    expect((await listed.locator('[data-testid="ticket-png"]').textContent())?.trim()).to.equal(
      'Télécharger mon billet (PNG)',
    );
    expect((await listed.locator('[data-testid="ticket-pdf"]').textContent())?.trim()).to.equal(
      'Télécharger mon billet (PDF)',
    );
    await expectImageShown(page, `[data-testid="booking-${ids.bookingId}"] [data-testid="ticket-image"]`, 2480);
    await expectFrenchAndNarrow(page, 'my bookings with a ticket');

    // The booking's page: the ticket image, full width, to show at the door.
    await open(page, `/bookings/${ids.bookingId}`);
    const image = `[data-testid="booking-${ids.bookingId}"] [data-testid="ticket-image"]`;
    expect(await page.getAttribute(image, 'src')).to.equal(`/media/tickets/${ids.bookingId}.png?inline=1`);
    expect(await page.getAttribute(image, 'alt'))
      .to.include('Billet')
      .and.to.include(ids.reference);
    await expectImageShown(page, image, 2480);
    const shown = await page.locator(image).boundingBox();
    const card = await page.locator(`[data-testid="booking-${ids.bookingId}"]`).boundingBox();
    expect(shown!.width, 'the ticket fills the card').to.be.greaterThan(card!.width - 60);
    expect(await page.locator('[data-testid="ticket-checked-in"]').count()).to.equal(0);
    await expectFrenchAndNarrow(page, 'booking page with a ticket');

    // PNG: the file the browser saves carries a QR code that checks the holder in.
    const png = await clickDownload(page, '[data-testid="ticket-png"]');
    expect(png.download.suggestedFilename()).to.equal(`billet-${ids.reference}.png`);
    const meta = await sharp(png.body).metadata();
    expect([meta.format, meta.width, meta.height]).to.deep.equal(['png', 2480, 1169]);
    const code = await readQr(png.body);
    expect(code, 'the QR decodes from the downloaded PNG').to.be.a('string');
    const board = await t.signedIn(BOARD);
    const checkedIn = (await board.data(CHECK_IN, { e: ids.eventId, c: code })).checkIn;
    expect(checkedIn).to.deep.equal({ status: 'OK', booking: { id: ids.bookingId } });

    // PDF.
    const pdf = await clickDownload(page, '[data-testid="ticket-pdf"]');
    expect(pdf.download.suggestedFilename()).to.equal(`billet-${ids.reference}.pdf`);
    expect(pdf.body.subarray(0, 5).toString()).to.equal('%PDF-');

    // TT4: once in, the page says when.
    await page.reload();
    const when = (await page.textContent('[data-testid="ticket-checked-in"]'))?.replace(/\s+/g, ' ').trim();
    expect(when).to.match(/^Entrée validée le \d{1,2} \S+ \d{4} à \d{2}:\d{2}$/);
    await expectFrenchAndNarrow(page, 'checked-in booking page');
  });

  it('TT2 e2e: a pre-reservation shows no ticket (payment comes first)', async function () {
    const ev = await organizerEvent(t, { name: 'Soirée payante' });
    const paid = await ev.ticket({ name: 'Entrée payante', priceCents: 1200 });
    const res = await book(ids.alice, paid);
    const bookingId = res.data!.book.id;
    expect((await ids.alice.data(FILES, { id: bookingId })).booking).to.include({
      status: 'PRE_RESERVED',
      ticketFiles: null,
    });
    b = await launchBrowser(this, { width: 375 });
    const { page } = b;
    await signInPortal(page, t.url, ALICE, { waitForIdle: true });
    await open(page, `/bookings/${bookingId}`);
    await page.waitForSelector(`[data-testid="booking-${bookingId}"]`);
    expect(await page.locator('[data-testid="ticket-files"]').count()).to.equal(0);
    expect(await page.locator('[data-testid="ticket-png"]').count()).to.equal(0);
  });

  it('TT1 e2e: an organizer uploads a template; a wrong size is refused with a clear message', async function () {
    b = await launchBrowser(this, { width: 375 });
    const { page } = b;
    await signInConsole(page, t.url, BOARD, { waitForIdle: true });
    await open(page, `/console/events/${ids.eventId}/tickets/${ids.ticketId}/template`);
    const section = page.locator('[data-testid="template-section"]');
    expect(await section.locator('h2').textContent()).to.equal('Modèle de billet');
    expect(await section.textContent())
      .to.include('2480 × 1169')
      .and.to.include('PNG ou JPEG');
    expect((await page.textContent('[data-testid="template-none"]'))?.trim()).to.equal(
      'Aucun modèle : le design par défaut est utilisé.',
    );
    expect(await page.getAttribute('[data-testid="template-file"]', 'accept')).to.equal('image/png,image/jpeg');
    // The example template downloads.
    const example = await clickDownload(page, '[data-testid="template-example"]');
    const exampleMeta = await sharp(example.body).metadata();
    expect([exampleMeta.format, exampleMeta.width, exampleMeta.height]).to.deep.equal(['png', 2480, 1169]);
    await expectFrenchAndNarrow(page, 'ticket page, template section');

    // A wrong size: refused, the reason next to the input.
    await page.setInputFiles('[data-testid="template-file"]', await imageFile(dir, 1000, 500));
    await page.click('[data-testid="template-submit"]');
    const error = section.locator('[data-testid="field-error-file"]');
    await error.waitFor();
    expect((await error.textContent())?.trim()).to.equal(
      'L’image doit mesurer exactement 2480 × 1169 pixels (paysage).',
    );
    expect(await page.getAttribute('[data-testid="template-file"]', 'aria-invalid')).to.equal('true');
    expect(await page.locator('[data-testid="template-preview"]').count()).to.equal(0);
    await expectFrenchAndNarrow(page, 'ticket page, template refused');

    // The right size: saved and previewed.
    await page.setInputFiles('[data-testid="template-file"]', await imageFile(dir, 2480, 1169));
    await page.click('[data-testid="template-submit"]');
    await page.waitForSelector('[data-testid="template-preview"]');
    expect((await page.textContent('[data-testid="template-done"]'))?.trim()).to.equal(
      "Modèle enregistré : les billets l'utilisent désormais.",
    );
    expect(await section.locator('[data-testid="field-error-file"]').count()).to.equal(0);
    await expectImageShown(page, '[data-testid="template-preview"]', 2480);
    await expectFrenchAndNarrow(page, 'ticket page, template saved');

    // The holder's ticket is now drawn on the template: its top-left pixel has the template's colour.
    const files = (await ids.alice.data(FILES, { id: ids.bookingId })).booking.ticketFiles;
    const res = await download(ids.alice, files.png);
    expect(res.status).to.equal(200);
    const { data } = await sharp(Buffer.from(await res.arrayBuffer()))
      .extract({ left: 0, top: 0, width: 1, height: 1 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 3)]).to.deep.equal([TEMPLATE_COLOUR.r, TEMPLATE_COLOUR.g, TEMPLATE_COLOUR.b]);
  });

  it('TT1 e2e: the organizer removes the template after confirming; a VIEW admin sees the template but cannot change it', async function () {
    b = await launchBrowser(this, { width: 375 });
    const { page } = b;
    await ids.board.data(
      `mutation($e: ID!, $i: GrantPermissionInput!) { grantPermission(eventId: $e, input: $i) { id } }`,
      {
        e: ids.eventId,
        i: { level: 'VIEW', granteeKind: 'USER', userEmail: 'chloe@example.org' },
      },
    );
    // VIEW: the preview in the tickets list, no link to the edit page.
    await signInConsole(page, t.url, 'chloe@example.org', { waitForIdle: true });
    await open(page, `/console/events/${ids.eventId}/tickets`);
    await expectImageShown(page, `[data-ticket-id="${ids.ticketId}"] [data-testid="ticket-template-preview"]`, 2480);
    expect(await page.locator(`a[href$="/tickets/${ids.ticketId}"]`).count()).to.equal(0);
    await expectFrenchAndNarrow(page, 'tickets list for a VIEW admin');
    await b.close();

    b = await launchBrowser(this, { width: 375 });
    const board = b.page;
    await signInConsole(board, t.url, BOARD, { waitForIdle: true });
    await open(board, `/console/events/${ids.eventId}/tickets/${ids.ticketId}/template`);
    await board.click('[data-testid="template-remove"]');
    expect(await board.textContent('#template-remove-question')).to.include('design par défaut');
    await board.click('[data-testid="template-remove-confirm"]');
    await board.waitForSelector('[data-testid="template-none"]');
    expect((await board.textContent('[data-testid="template-done"]'))?.trim()).to.equal(
      'Modèle retiré : le design par défaut est utilisé.',
    );
    const ticket = (
      await ids.board.data(`query($id: ID!) { event(id: $id) { tickets { id templateUrl } } }`, { id: ids.eventId })
    ).event.tickets.find((x: { id: string }) => x.id === ids.ticketId);
    expect(ticket.templateUrl).to.equal(null);
  });

  it('TT1 TT2 e2e: without JavaScript, the template form answers with its error and the ticket downloads', async function () {
    if (!fs.existsSync(CHROMIUM)) this.skip();
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 375, height: 812 },
        locale: 'fr-FR',
        acceptDownloads: true,
      });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await signInConsole(page, t.url, BOARD, { waitForIdle: true });
      await open(page, `/console/events/${ids.eventId}/tickets/${ids.ticketId}/template`);
      await page.setInputFiles('[data-testid="template-file"]', await imageFile(dir, 1169, 2480));
      await page.click('[data-testid="template-submit"]');
      await page.waitForSelector('[data-testid="template-section"] [data-testid="field-error-file"]');
      expect(
        (await page.textContent('[data-testid="template-section"] [data-testid="field-error-file"]'))?.trim(),
      ).to.include('2480 × 1169');
      await expectFrenchAndNarrow(page, 'template refused without JavaScript');

      await signInPortal(page, t.url, ALICE, { waitForIdle: true });
      await open(page, `/bookings/${ids.bookingId}`);
      const png = await clickDownload(page, '[data-testid="ticket-png"]');
      expect(png.download.suggestedFilename()).to.equal(`billet-${ids.reference}.png`);
      expect((await sharp(png.body).metadata()).width).to.equal(2480);
    } finally {
      await browser.close();
    }
  });
});
