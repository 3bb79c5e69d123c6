import fsp from 'node:fs/promises';
import { expect } from 'chai';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { useApp } from '../support/app';
import { expectFrenchAndNarrow, signInConsole, useBrowser } from '../support/browser';
import { book, organizerEvent } from '../support/event-fixtures';
import type { ApiClient } from '../support/graphql';

// Demo seed: bureau@ (Bastien Bureau) gets ADMIN on the events organizerEvent() creates; alice@ is Alice Martin,
// chloe@ Chloé Dubois, bruno@ Bruno Garcia, exterieur@ an external account. One booking per account and event;
// a guest's booking is the sponsor's. The console is driven at phone width, in French.
const BOARD = 'bureau@example.org';

async function bookAs(
  c: ApiClient,
  ticketId: string,
  guest?: { firstName: string; lastName: string; email: string },
): Promise<{ id: string; reference: string; status: string }> {
  const res = await book(c, ticketId, [], guest);
  expect(res.errors, JSON.stringify(res.errors)).to.equal(undefined);
  return res.data!.book;
}

/** Clicks a link and returns the file the browser saved. */
async function clickDownload(
  page: Page,
  selector: string,
): Promise<{ download: Download; file: string; body: Buffer }> {
  const [saved] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const file = await saved.path();
  return { download: saved, file, body: await fsp.readFile(file) };
}

/** Asks for an export from the list shown, in `format`; resolves with its id once the progress panel says DONE. */
async function exportList(page: Page, format: string): Promise<string> {
  await page.check(`[data-testid="export-format-${format}"]`);
  await page.click('[data-testid="export-submit"]');
  // The action redirects to the list following the new export; the page polls it every second.
  await page.waitForURL(/[?&]export=/);
  const panel = page.locator('[data-testid="export-progress"]');
  await panel.waitFor();
  expect(await panel.getAttribute('data-format')).to.equal(format);
  await page.waitForSelector('[data-testid="export-progress"][data-status="DONE"]', { timeout: 60_000 });
  return (await panel.getAttribute('data-export-id'))!;
}

describe('e2e (Chromium, 375 px): organizers export the booking lists (EX1, EX2)', function () {
  this.timeout(180_000);
  const t = useApp({ serveApps: true });
  const b = useBrowser();

  it('EX1 EX2 e2e: an organizer exports the filtered reservations list as XLSX and downloads it when done', async () => {
    const ev = await organizerEvent(t, { name: 'Gala des exports' });
    const free = await ev.ticket({ name: 'Bénévole', priceCents: 0, capacity: 20 });
    const paid = await ev.ticket({ name: 'Entrée', priceCents: 1500, capacity: 20 });
    const aliceFree = await bookAs(await t.signedIn('alice@example.org'), free);
    const chloeFree = await bookAs(await t.signedIn('chloe@example.org'), free);
    // Another Alice, Bruno's guest on the paid ticket: found by the same search, but a pre-reservation.
    const guestPaid = await bookAs(await t.signedIn('bruno@example.org'), paid, {
      firstName: 'Alice',
      lastName: 'Lambert',
      email: 'alice.lambert@example.org',
    });
    const externalPaid = await bookAs(await t.signedIn('exterieur@example.org'), paid);
    expect([aliceFree.status, chloeFree.status, guestPaid.status, externalPaid.status]).to.deep.equal([
      'RESERVED',
      'RESERVED',
      'PRE_RESERVED',
      'PRE_RESERVED',
    ]);

    const { page } = b;
    await signInConsole(page, t.url, BOARD);
    await page.goto(`${t.url}/console/events/${ev.eventId}/reservations`);
    expect(await page.getAttribute('[data-testid="export-scope"]', 'data-count')).to.equal('2');
    expect(await page.locator('[data-testid="exports-none"]').count()).to.equal(1);

    // BK13 filter, then EX1: the export takes the list's filters (reservations only, searched "Alice").
    await page.fill('#search', 'Alice');
    await page.click('[data-testid="bookings-filter-submit"]');
    await page.waitForURL(/search=Alice/);
    await page.waitForSelector('[data-testid="bookings-total"][data-count="1"]');
    expect(await page.getAttribute('[data-testid="export-scope"]', 'data-count')).to.equal('1');
    expect(await page.isChecked('[data-testid="export-format-XLSX"]'), 'XLSX is the default format').to.equal(true);
    await expectFrenchAndNarrow(page, 'reservations list with its export form');

    const xlsxId = await exportList(page, 'XLSX');
    expect(page.url(), 'the list keeps its filters').to.include('search=Alice');
    // EX2: the progress ended: a full bar, "1 / 1 réservations", and the file with its size.
    const panel = page.locator('[data-testid="export-progress"]');
    expect(await panel.locator('[data-testid="export-rows"]').textContent()).to.equal('1 / 1 réservations');
    expect(await panel.locator('progress').evaluate((el: HTMLProgressElement) => [el.value, el.max])).to.deep.equal([
      1, 1,
    ]);
    expect(await page.locator('[data-testid="export-progress-region"]').getAttribute('aria-live')).to.equal('polite');
    const link = page.locator('[data-testid="export-download"]');
    expect(await link.textContent())
      .to.include('Télécharger')
      .and.to.match(/\.xlsx \(\d+(,\d)?\sko\)/);
    expect(
      await page.locator('[data-testid="export-refresh"]').count(),
      'no "Actualiser" once JavaScript polls',
    ).to.equal(0);
    await expectFrenchAndNarrow(page, 'reservations list with a finished export');

    const xlsx = await clickDownload(page, '[data-testid="export-download"]');
    expect(xlsx.download.suggestedFilename()).to.match(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx.file);
    const ws = wb.getWorksheet('Réservations')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    const col = (name: string) => header.indexOf(name) + 1;
    const rows: Array<Record<string, unknown>> = [];
    ws.eachRow((row, n) => {
      if (n > 1)
        rows.push({
          reference: row.getCell(col('Référence')).value,
          status: row.getCell(col('Statut')).value,
          firstName: row.getCell(col('Prénom')).value,
          ticket: row.getCell(col('Billet')).value,
        });
    });
    // Only Alice Martin's reservation: not Chloé's (search), not Alice Lambert's pre-reservation (the other list).
    expect(rows).to.deep.equal([
      { reference: aliceFree.reference, status: 'Réservée', firstName: 'Alice', ticket: 'Bénévole' },
    ]);

    // EX2: the recent exports list shows it, done, by whom, with its filter, size and expiry.
    const row = page.locator(`[data-testid="export-row"][data-export-id="${xlsxId}"]`);
    expect(await row.getAttribute('data-status')).to.equal('DONE');
    expect(await row.getAttribute('data-format')).to.equal('XLSX');
    const rowText = (await row.textContent())!;
    expect(rowText).to.include('Bastien Bureau').and.to.include('Prêt').and.to.include('expire le');
    expect(await row.locator('[data-testid="export-row-filter"]').textContent()).to.equal(
      'Statuts : Réservée · Recherche : « Alice »',
    );
    expect(await row.locator('[data-testid="export-row-size"]').textContent()).to.match(/^\d+(,\d)?\sko$/);
    const again = await clickDownload(
      page,
      `[data-testid="export-row"][data-export-id="${xlsxId}"] [data-testid="export-row-download"]`,
    );
    expect(again.body.equals(xlsx.body), 'the list links the same file').to.equal(true);

    // EX1: the door list (PDF) from the pre-reservations list: both of them, whatever the search was.
    await page.click('[data-testid="tab-pre-reservations"]');
    await page.waitForURL(/\/pre-reservations$/);
    expect(await page.getAttribute('[data-testid="export-scope"]', 'data-count')).to.equal('2');
    expect(
      await page.locator('[data-testid="export-progress"]').count(),
      'no export followed on a fresh list',
    ).to.equal(0);
    const pdfId = await exportList(page, 'PDF');
    expect(await page.locator('[data-testid="export-rows"]').textContent()).to.equal('2 / 2 réservations');
    const pdf = await clickDownload(page, '[data-testid="export-download"]');
    expect(pdf.download.suggestedFilename()).to.match(/\.pdf$/);
    expect(pdf.body.subarray(0, 5).toString()).to.equal('%PDF-');
    expect(
      await page
        .locator('[data-testid="export-row"]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-export-id'))),
    ).to.deep.equal([pdfId, xlsxId]);
    expect(
      await page
        .locator(`[data-testid="export-row"][data-export-id="${pdfId}"] [data-testid="export-row-filter"]`)
        .textContent(),
    ).to.equal('Statuts : Pré-réservée');
    await expectFrenchAndNarrow(page, 'pre-reservations list with its exports');
  });

  it('EX1 EX2 e2e: without JavaScript, the export form posts the list’s filters and the page shows the state with an "Actualiser" link', async () => {
    const ev = await organizerEvent(t, { name: 'Gala sans script' });
    const free = await ev.ticket({ name: 'Bénévole', priceCents: 0, capacity: 20 });
    await bookAs(await t.signedIn('alice@example.org'), free);
    await bookAs(await t.signedIn('chloe@example.org'), free);

    const { page } = b;
    await signInConsole(page, t.url, BOARD);
    const list = `${t.url}/console/events/${ev.eventId}/reservations`;
    await page.goto(`${list}?search=Chlo`);
    expect(await page.getAttribute('[data-testid="export-form"]', 'action')).to.equal('?search=Chlo&/export');

    // The form as a browser without JavaScript sends it (page.request shares the session cookie).
    const posted = await page.request.post(`${list}?search=Chlo&/export`, {
      form: { format: 'ZIP' },
      headers: { origin: t.url, accept: 'text/html' },
      maxRedirects: 0,
    });
    expect(posted.status()).to.equal(303);
    const location = new URL(posted.headers().location!, list);
    expect(location.pathname).to.equal(`/console/events/${ev.eventId}/reservations`);
    expect(location.searchParams.get('search')).to.equal('Chlo');
    expect(location.hash).to.equal('#export-progress');
    const exportId = location.searchParams.get('export')!;

    // The page it leads to shows where the export stands; while it runs, an "Actualiser" link reloads it.
    const html = await (await page.request.get(location.href)).text();
    expect(html).to.include(`data-export-id="${exportId}"`).and.to.include('lang="fr"');
    const state = /data-testid="export-progress" data-export-id="[^"]+" data-status="(\w+)"/.exec(html)?.[1];
    expect(state).to.be.oneOf(['QUEUED', 'RUNNING', 'DONE']);
    if (state !== 'DONE') expect(html).to.include('data-testid="export-refresh"').and.to.include('Actualiser');

    // Reloading (what "Actualiser" does) ends on the download link; the ZIP holds the one booking's spreadsheet.
    let done = '';
    for (let i = 0; i < 60 && !done.includes('data-testid="export-download"'); i++) {
      done = await (await page.request.get(location.href)).text();
      if (!done.includes('data-testid="export-download"')) await new Promise((r) => setTimeout(r, 500));
    }
    const href = /href="([^"]+)"[^>]*data-testid="export-download"/.exec(done)?.[1];
    expect(href, 'download link').to.equal(`/media/exports/${exportId}`);
    const zip = await page.request.get(`${t.url}${href}`);
    expect(zip.status()).to.equal(200);
    expect(zip.headers()['content-disposition']).to.match(/^attachment/);
    expect((await zip.body()).subarray(0, 2).toString()).to.equal('PK');
  });
});
