import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { useApp } from '../support/app';
import { expectAccessible, expectFrenchAndNarrow, signInConsole, useBrowser } from '../support/browser';
import { book, organizerEvent } from '../support/event-fixtures';
import { uploadRequest } from '../support/fixtures';
import { MARK_PAID } from '../support/booking-fixtures';
import type { ApiClient } from '../support/graphql';

// Demo seed: bureau@ (Bastien Bureau) gets ADMIN on the events organizerEvent() creates; alice@ is Alice Martin,
// chloe@ is Chloé Dubois. The console drives everything below at phone width, in French.
const BOARD = 'bureau@example.org';
const ALICE = 'alice@example.org';
const CHLOE = 'chloe@example.org';

const ANSWER = `mutation($b: ID!, $x: ID!, $i: AnswerInput, $file: Upload) {
  answerExtraInfo(bookingId: $b, extraInfoId: $x, input: $i, file: $file) { id } }`;
const BOOKING = `query($id: ID!) { booking(id: $id) {
  status priceCents forced oppositionReason payments { method amountCents reference provider }
  requirements { state extraInfo { id } answer { id textValue validatedAt } } } }`;
const EVENT = `query($id: ID!) { event(id: $id) { cancelled cancellationReason tickets { id placesTaken } } }`;

/** A small but real PDF: the server judges the type by content. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

async function bookAs(c: ApiClient, ticketId: string, optionIds: string[] = []): Promise<string> {
  const res = await book(c, ticketId, optionIds);
  expect(res.errors, JSON.stringify(res.errors)).to.equal(undefined);
  return res.data!.book.id;
}

describe('e2e (Chromium, 375 px): organizers manage bookings in the console', function () {
  this.timeout(120_000);
  const t = useApp({ serveApps: true });
  const b = useBrowser();

  const status = (page: Page) => page.getAttribute('[data-testid="booking-status"]', 'data-status');
  const actions = (page: Page) =>
    page
      .locator('[data-testid="audit-log"] [data-testid="audit-entry"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-action')));

  it('BK13 e2e: on a wide screen the lists are tables sorted from their headers, with a column chooser (also without JavaScript); cards on a phone', async () => {
    const ev = await organizerEvent(t, { name: 'Gala des tableaux' });
    const ticketId = await ev.ticket({ name: 'Entrée', priceCents: 1500, capacity: 10 });
    await bookAs(await t.signedIn(ALICE), ticketId);
    await bookAs(await t.signedIn(CHLOE), ticketId);
    const { page } = b;
    await signInConsole(page, t.url, BOARD);
    await page.setViewportSize({ width: 1280, height: 900 });
    try {
      await page.goto(`${t.url}/console/events/${ev.eventId}/pre-reservations`);
      const holders = () => page.locator('[data-testid="booking-row"] [data-testid="booking-link"]').allTextContents();
      const headers = () => page.locator('[data-testid="bookings-list"] thead th').allTextContents();
      expect(
        (await holders()).map((h) => h.trim()),
        'newest first',
      ).to.deep.equal(['Chloé Dubois', 'Alice Martin']);
      expect((await page.locator('thead').boundingBox())!.height, 'a table with its header row').to.be.above(10);
      expect((await headers()).map((h) => h.trim())).to.include('Référence');
      await expectAccessible(page, 'bookings table at 1280 px');

      // Sorted by the holder's name from the header, A to Z, then Z to A; aria-sort says which.
      await page.click('[data-testid="bookings-sort-name"]');
      await page.waitForURL(/order=NAME$/);
      expect((await holders()).map((h) => h.trim())).to.deep.equal(['Chloé Dubois', 'Alice Martin']);
      expect(await page.getAttribute('thead th:first-child', 'aria-sort')).to.equal('ascending');
      await page.click('[data-testid="bookings-sort-name"]');
      await page.waitForURL(/order=NAME_DESC/);
      expect((await holders()).map((h) => h.trim())).to.deep.equal(['Alice Martin', 'Chloé Dubois']);

      // The column chooser, with scripts blocked: the reference column goes, the order and the search stay.
      await page.route('**/console/_app/**/*.js', (route) => route.abort());
      await page.goto(`${t.url}/console/events/${ev.eventId}/pre-reservations?order=NAME_DESC&search=a`);
      await page.click('[data-testid="bookings-columns"] summary');
      await page.uncheck('[data-testid="bookings-column-reference"]');
      await page.check('[data-testid="bookings-column-email"]');
      await page.click('[data-testid="bookings-columns-submit"]');
      await page.waitForURL(/cols=1/);
      expect(page.url())
        .to.match(/order=NAME_DESC/)
        .and.to.match(/search=a/);
      const after = (await headers()).map((h) => h.trim());
      expect(after).to.not.include('Référence');
      expect(after).to.include('Adresse e-mail');
      expect((await holders()).map((h) => h.trim())).to.deep.equal(['Alice Martin', 'Chloé Dubois']);
      // The filter form keeps the chosen columns and order.
      await page.fill('#search', 'chlo');
      await page.click('[data-testid="bookings-filter-submit"]');
      await page.waitForURL(/search=chlo/);
      expect(page.url())
        .to.match(/cols=1/)
        .and.to.match(/order=NAME_DESC/);
      expect((await headers()).map((h) => h.trim())).to.not.include('Référence');
      await page.unroute('**/console/_app/**/*.js');
    } finally {
      await page.setViewportSize({ width: 375, height: 812 });
    }
    // TT4 in the reservations list: who is in already, or not yet.
    const listed = () => page.locator('[data-testid="booking-row"] [data-testid="booking-link"]').allTextContents();
    const [aliceBooking] = await ev.board
      .data(`query($e: ID!) { event(id: $e) { bookings(filter: { search: "alice" }) { nodes { id } } } }`, {
        e: ev.eventId,
      })
      .then((d) => d.event.bookings.nodes.map((n: { id: string }) => n.id));
    const chloeBooking = (
      await ev.board.data(
        `query($e: ID!) { event(id: $e) { bookings(filter: { search: "chloé" }) { nodes { id } } } }`,
        {
          e: ev.eventId,
        },
      )
    ).event.bookings.nodes[0].id;
    for (const id of [aliceBooking, chloeBooking])
      await ev.board.data(MARK_PAID, { i: { bookingId: id, amountCents: 1500, method: 'CASH', reference: '' } });
    await ev.board.data(`mutation($e: ID!, $b: ID) { checkIn(eventId: $e, bookingId: $b) { status } }`, {
      e: ev.eventId,
      b: aliceBooking,
    });
    await page.goto(`${t.url}/console/events/${ev.eventId}/reservations`);
    expect((await listed()).map((h) => h.trim())).to.have.members(['Alice Martin', 'Chloé Dubois']);
    await page.selectOption('#entryFilter', 'in');
    await page.click('[data-testid="bookings-filter-submit"]');
    await page.waitForURL(/entry=in/);
    expect((await listed()).map((h) => h.trim())).to.deep.equal(['Alice Martin']);
    await page.goto(`${t.url}/console/events/${ev.eventId}/reservations?entry=out`);
    expect((await listed()).map((h) => h.trim())).to.deep.equal(['Chloé Dubois']);

    // On a phone the same rows read as cards: no header row shown, each cell says what it is.
    await page.goto(`${t.url}/console/events/${ev.eventId}/pre-reservations`);
    expect((await page.locator('thead').boundingBox())!.height, 'the header row is for screen readers').to.be.at.most(
      1,
    );
    await expectFrenchAndNarrow(page, 'bookings as cards at 375 px');
  });

  it('BK13/XI4/BK7/BK14: the organizer finds a pre-reservation by name, validates its PDF answer, marks it paid in cash and reads the audit log', async () => {
    const ev = await organizerEvent(t, { name: 'Gala des lists' });
    const ticketId = await ev.ticket({ name: 'Entrée', priceCents: 1500, capacity: 10 });
    const infoId = await ev.extraInfo(ticketId, {
      label: 'Certificat médical',
      type: 'FILE',
      blocks: 'PAYMENT',
      fileTypes: ['application/pdf'],
      fileMaxBytes: 1024 * 1024,
    });
    const [alice, chloe] = [await t.signedIn(ALICE), await t.signedIn(CHLOE)];
    const bookingId = await bookAs(alice, ticketId);
    await bookAs(chloe, ticketId);
    const uploaded = await uploadRequest(alice, ANSWER, { b: bookingId, x: infoId }, 'file', {
      name: 'certificat.pdf',
      type: 'application/pdf',
      data: PDF,
    });
    expect(uploaded.errors, JSON.stringify(uploaded.errors)).to.equal(undefined);
    const answerId: string = uploaded.data!.answerExtraInfo.id;

    const { page } = b;
    await signInConsole(page, t.url, BOARD);
    await page.goto(`${t.url}/console/events/${ev.eventId}/tickets`);
    await page.click('[data-testid="tab-pre-reservations"]');
    await page.waitForURL(/\/pre-reservations$/);
    const rows = page.locator('[data-testid="bookings-list"] [data-testid="booking-row"]');
    expect(await page.getAttribute('[data-testid="bookings-total"]', 'data-count')).to.equal('2');
    expect(await rows.count()).to.equal(2);
    await expectFrenchAndNarrow(page, 'pre-reservations list');

    // BK13: searched by name, only her pre-reservation is left.
    await page.fill('#search', 'Alice');
    await page.click('[data-testid="bookings-filter-submit"]');
    await page.waitForURL(/search=Alice/);
    await page.waitForSelector('[data-testid="bookings-total"][data-count="1"]');
    expect(await rows.count()).to.equal(1);
    expect(await rows.first().getAttribute('data-booking-id')).to.equal(bookingId);
    expect(await rows.first().getAttribute('data-status')).to.equal('PRE_RESERVED');
    await rows.first().locator('[data-testid="booking-link"]').click();
    await page.waitForURL(new RegExp(`/console/events/${ev.eventId}/bookings/${bookingId}$`));
    expect(await status(page)).to.equal('PRE_RESERVED');
    await expectFrenchAndNarrow(page, 'booking page');

    // XI4: the file answer, downloadable, then validated after the irreversibility is acknowledged.
    const requirement = page.locator(`[data-testid="requirement-${infoId}"]`);
    expect(await requirement.getAttribute('data-state')).to.equal('WAITING_VALIDATION');
    expect(await requirement.locator('[data-testid="answer-file-name"]').textContent()).to.equal('certificat.pdf');
    const href = (await requirement.locator('[data-testid="answer-file-link"]').getAttribute('href'))!;
    const download = await page.request.get(`${t.url}${href}`);
    expect(download.status()).to.equal(200);
    expect((await download.body()).subarray(0, 5).toString()).to.equal('%PDF-');
    await page.check(`[data-testid="answer-validate-confirm-${answerId}"]`);
    await page.click(`[data-testid="answer-validate-${answerId}"]`);
    await page.waitForSelector(`[data-testid="requirement-${infoId}"][data-state="VALIDATED"]`);
    expect(await page.locator(`[data-testid="answer-validate-${answerId}"]`).count()).to.equal(0); // frozen for good

    // BK7: cash, the amount prefilled with the price.
    expect(await page.inputValue('#amountEuros')).to.equal('15');
    await page.selectOption('#method', 'CASH');
    await page.fill('#paymentReference', 'Reçu 42');
    await page.click('[data-testid="mark-paid-submit"]');
    await page.waitForSelector('[data-testid="booking-status"][data-status="RESERVED"]');
    expect(await page.locator('[data-testid="mark-paid-form"]').count()).to.equal(0);
    expect(await page.textContent('[data-testid="payments-list"]'))
      .to.include('Espèces')
      .and.to.include('Reçu 42');
    const saved = (await ev.board.data(BOOKING, { id: bookingId })).booking;
    expect(saved.status).to.equal('RESERVED');
    expect(saved.payments).to.deep.equal([
      { method: 'CASH', amountCents: 1500, reference: 'Reçu 42', provider: 'MANUAL' },
    ]);
    expect(saved.requirements[0].answer.validatedAt).to.be.a('string');

    // BK14: created, answered, validated, paid — by whom, in French.
    expect(await actions(page)).to.deep.equal(['booking.created', 'answer.saved', 'answer.validated', 'booking.paid']);
    const log = (await page.textContent('[data-testid="audit-log"]'))!;
    expect(log).to.include('Réservation créée').and.to.include('Réponse validée').and.to.include('Marquée payée');
    expect(log).to.include('Bastien Bureau').and.to.include('Alice Martin');
    await expectFrenchAndNarrow(page, 'reserved booking page');

    // The reservation moved to the other list.
    await page.click('[data-testid="tab-reservations"]');
    await page.waitForURL(/\/reservations$/);
    expect(await rows.count()).to.equal(1);
    expect(await rows.first().getAttribute('data-status')).to.equal('RESERVED');
  });

  it('XI5/XI4/BK7: mark paid says ANSWERS_PENDING while a PAYMENT-blocking answer waits, AMOUNT_MISMATCH for a wrong amount; corrected and validated, it is paid', async () => {
    const ev = await organizerEvent(t, { name: 'Gala des attentes' });
    const ticketId = await ev.ticket({ name: 'Adhérent', priceCents: 1000, capacity: 10 });
    const infoId = await ev.extraInfo(ticketId, { label: "Numéro d'adhérent", type: 'TEXT', blocks: 'PAYMENT' });
    const alice = await t.signedIn(ALICE);
    const bookingId = await bookAs(alice, ticketId);
    const answered = await alice.request(ANSWER, { b: bookingId, x: infoId, i: { text: 'A-123' } });
    expect(answered.errors, JSON.stringify(answered.errors)).to.equal(undefined);
    const answerId: string = answered.data!.answerExtraInfo.id;

    const { page } = b;
    await signInConsole(page, t.url, BOARD);
    await page.goto(`${t.url}/console/events/${ev.eventId}/bookings/${bookingId}`);
    expect(await page.textContent('[data-testid="mark-paid-blocked"]')).to.include("Numéro d'adhérent");
    await page.click('[data-testid="mark-paid-submit"]');
    await page.waitForSelector('[data-testid="mark-paid-error"] [data-error-code="ANSWERS_PENDING"]');
    expect(await status(page)).to.equal('PRE_RESERVED');
    expect((await ev.board.data(BOOKING, { id: bookingId })).booking.status).to.equal('PRE_RESERVED');
    await expectFrenchAndNarrow(page, 'booking page with a refused payment');

    // XI4: the organizer corrects the answer, then validates it.
    await page.click(`[data-testid="answer-correct-toggle-${infoId}"]`);
    await page.fill(`#correct-${infoId}-text`, 'A-456');
    await page.click(`[data-testid="answer-correct-${infoId}"]`);
    await page.waitForSelector(`[data-testid="answer-corrected-${infoId}"]`);
    const requirement = page.locator(`[data-testid="requirement-${infoId}"]`);
    expect(await requirement.locator('[data-testid="answer-value"]').textContent()).to.equal('A-456');
    expect(await requirement.textContent()).to.include('Bastien Bureau'); // who wrote the current value
    await page.check(`[data-testid="answer-validate-confirm-${answerId}"]`);
    await page.click(`[data-testid="answer-validate-${answerId}"]`);
    await page.waitForSelector(`[data-testid="requirement-${infoId}"][data-state="VALIDATED"]`);
    expect(await page.locator('[data-testid="mark-paid-blocked"]').count()).to.equal(0);

    // The amount must be the price.
    await page.fill('#amountEuros', '9,50');
    await page.click('[data-testid="mark-paid-submit"]');
    await page.waitForSelector('[data-testid="field-error-amountEuros"]');
    expect(await page.textContent('[data-testid="field-error-amountEuros"]')).to.include('ne correspond pas');
    expect(await page.getAttribute('#amountEuros', 'aria-invalid')).to.equal('true');
    await page.fill('#amountEuros', '10');
    await page.selectOption('#method', 'CHEQUE');
    await page.fill('#paymentReference', 'Chèque 0042');
    await page.click('[data-testid="mark-paid-submit"]');
    await page.waitForSelector('[data-testid="booking-status"][data-status="RESERVED"]');
    const saved = (await ev.board.data(BOOKING, { id: bookingId })).booking;
    expect(saved.requirements[0].answer).to.include({ textValue: 'A-456' });
    expect(saved.payments).to.deep.equal([
      { method: 'CHEQUE', amountCents: 1000, reference: 'Chèque 0042', provider: 'MANUAL' },
    ]);
  });

  it('BK11/BK9: giving a ticket on a sold-out ticket says SOLD_OUT and suggests forcing; forced, it is given beyond capacity with its options', async () => {
    const ev = await organizerEvent(t, { name: 'Gala complet' });
    const ticketId = await ev.ticket({ name: 'Dernière place', priceCents: 2000, capacity: 1 });
    const shuttle = await ev.option(ticketId, 'Navette', 300);
    const meal = await ev.group(ticketId, 'Repas', [
      ['Végétarien', 800],
      ['Viande', 900],
    ]);
    await bookAs(await t.signedIn(CHLOE), ticketId);

    const { page } = b;
    await signInConsole(page, t.url, BOARD);
    await page.goto(`${t.url}/console/events/${ev.eventId}/tickets`);
    expect(await page.textContent(`[data-ticket-id="${ticketId}"] [data-testid="ticket-places"]`)).to.include(
      '1 / 1 places prises',
    );
    await page.click('[data-testid="tab-give"]');
    await page.waitForURL(/\/give$/);
    await expectFrenchAndNarrow(page, 'give page');
    await page.selectOption('#giveTicket', ticketId);
    await page.fill('#giveEmail', ALICE);
    await page.check(`[data-testid="give-option-${shuttle}"]`);
    await page.selectOption(`#give-group-${meal.id}`, meal.options[0]);
    await page.click('[data-testid="give-submit"]');
    await page.waitForSelector('[data-testid="give-error"] [data-error-code="SOLD_OUT"]');
    expect(await page.isVisible('[data-testid="give-sold-out-hint"]')).to.equal(true);
    expect((await ev.board.data(EVENT, { id: ev.eventId })).event.tickets[0].placesTaken).to.equal(1);

    // What was typed is kept: only the force box is left to tick.
    expect(await page.inputValue('#giveEmail')).to.equal(ALICE);
    await page.check('[data-testid="give-force"]');
    await page.click('[data-testid="give-submit"]');
    await page.waitForSelector('[data-testid="give-done"]');
    expect((await ev.board.data(EVENT, { id: ev.eventId })).event.tickets[0].placesTaken).to.equal(2);
    await page.click('[data-testid="give-done-link"]');
    await page.waitForURL(/\/bookings\/[0-9a-f-]{36}$/);
    const bookingId = /\/bookings\/([0-9a-f-]{36})$/.exec(page.url())![1];
    expect(await page.textContent('[data-testid="booking-holder"]')).to.include('Alice Martin');
    expect(await page.textContent('[data-testid="booking-given-by"]'))
      .to.include('Bastien Bureau')
      .and.to.include('au-delà de la capacité');
    expect(await page.textContent('[data-testid="booking-price"]')).to.include('31,00');
    const given = (await ev.board.data(BOOKING, { id: bookingId })).booking;
    expect(given).to.include({ status: 'PRE_RESERVED', priceCents: 3100, forced: true });
    expect(await actions(page)).to.deep.equal(['booking.given']);
  });

  it('BK8: the organizer puts a reservation in opposition with a reason; it stays, filtered as opposed, with the reason in its audit log', async () => {
    const ev = await organizerEvent(t, { name: 'Gala contesté' });
    const ticketId = await ev.ticket({ name: 'Gratuit', priceCents: 0, capacity: 10 });
    const bookingId = await bookAs(await t.signedIn(ALICE), ticketId); // XI5/BK5: free, reserved at once

    const { page } = b;
    await signInConsole(page, t.url, BOARD);
    await page.goto(`${t.url}/console/events/${ev.eventId}/bookings/${bookingId}`);
    expect(await status(page)).to.equal('RESERVED');
    expect(await page.locator('[data-testid="delete-form"]').count()).to.equal(0); // BK8: a reservation is never deleted
    await page.fill('#reason', 'Billet revendu');
    await page.check('[data-testid="oppose-confirm"]');
    await page.click('[data-testid="oppose-submit"]');
    await page.waitForSelector('[data-testid="booking-status"][data-status="OPPOSED"]');
    expect(await page.textContent('[data-testid="booking-opposition-reason"]')).to.equal('Billet revendu');
    expect(await page.locator('[data-testid="oppose-form"]').count()).to.equal(0); // final
    expect(await actions(page)).to.deep.equal(['booking.created', 'booking.opposed']);
    expect(await page.textContent('[data-testid="audit-log"]')).to.include('Billet revendu');
    expect((await ev.board.data(BOOKING, { id: bookingId })).booking).to.include({
      status: 'OPPOSED',
      oppositionReason: 'Billet revendu',
    });

    await page.goto(`${t.url}/console/events/${ev.eventId}/reservations`);
    await page.waitForSelector('[data-testid="bookings-none"]');
    await page.selectOption('#statusFilter', 'OPPOSED');
    await page.click('[data-testid="bookings-filter-submit"]');
    await page.waitForSelector(`[data-testid="booking-row"][data-booking-id="${bookingId}"][data-status="OPPOSED"]`);
  });

  it('EV5: an ADMIN cancels the event after a confirmation naming the consequences; the header shows it cancelled and the bookings stay', async () => {
    const ev = await organizerEvent(t, { name: 'Gala annulé' });
    const ticketId = await ev.ticket({ name: 'Entrée', priceCents: 1500, capacity: 10 });
    const bookingId = await bookAs(await t.signedIn(ALICE), ticketId);

    const { page } = b;
    await signInConsole(page, t.url, BOARD);
    await page.goto(`${t.url}/console/events/${ev.eventId}/edit`);
    expect(await page.locator('[data-testid="event-cancelled"]').count()).to.equal(0);
    const consequences = (await page.textContent('[data-testid="cancel-event-consequences"]'))!;
    expect(consequences).to.include('ventes').and.to.include('e-mail').and.to.include('ne supprime rien');
    await page.fill('#cancelReason', 'Salle indisponible');
    // The confirmation box is required: without it the browser does not send the form.
    const form = page.locator('[data-testid="cancel-event-form"]');
    expect(await form.evaluate((f) => (f as HTMLFormElement).checkValidity())).to.equal(false);
    await page.check('[data-testid="cancel-event-confirm"]');
    await page.click('[data-testid="cancel-event-submit"]');
    await page.waitForSelector('[data-testid="event-cancelled"]');
    expect(await page.textContent('[data-testid="event-cancelled"]')).to.include('Salle indisponible');
    expect(await page.isVisible('[data-testid="cancel-event-already"]')).to.equal(true);
    expect(await page.locator('[data-testid="tab-give"]').count()).to.equal(0);
    expect((await ev.board.data(EVENT, { id: ev.eventId })).event).to.include({
      cancelled: true,
      cancellationReason: 'Salle indisponible',
    });
    await expectFrenchAndNarrow(page, 'cancelled event');

    // Nothing is deleted: the pre-reservation is still listed, under the cancelled header.
    await page.click('[data-testid="tab-pre-reservations"]');
    await page.waitForSelector(`[data-testid="booking-row"][data-booking-id="${bookingId}"]`);
    expect(await page.isVisible('[data-testid="event-cancelled"]')).to.equal(true);

    // BK14 for the whole event: its log, newest first, says who cancelled it and why; the booking links to its page.
    await page.click('[data-testid="tab-audit"]');
    await page.waitForURL(/\/audit$/);
    const first = page.locator('[data-testid="audit-entry"]').first();
    expect(await first.getAttribute('data-action')).to.equal('event.cancelled');
    expect(await first.textContent())
      .to.include('Événement annulé')
      .and.to.include('Bastien Bureau')
      .and.to.include('Salle indisponible');
    await expectFrenchAndNarrow(page, 'event log');
    await page.click('[data-testid="audit-scope-BOOKINGS"]');
    await page.waitForURL(/scope=BOOKINGS/);
    const subjects = await page
      .locator('[data-testid="audit-entry"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-subject')));
    expect(subjects).to.have.length.greaterThan(0);
    expect(new Set(subjects)).to.deep.equal(new Set(['BOOKING']));
    await page.locator('[data-testid="audit-subject"]').first().click();
    await page.waitForURL(new RegExp(`/bookings/${bookingId}$`));
  });

  it('PM1: a VIEW admin sees places taken and the booking lists, but no ticket edit link and no validate, pay, give or opposition form', async () => {
    const ev = await organizerEvent(t, { name: 'Gala consulté' });
    const ticketId = await ev.ticket({ name: 'Entrée', priceCents: 1500, capacity: 10 });
    const infoId = await ev.extraInfo(ticketId, {
      label: 'Taille',
      type: 'CHOICE',
      blocks: 'ENTRY',
      choices: ['S', 'M', 'L'],
    });
    const alice = await t.signedIn(ALICE);
    const bookingId = await bookAs(alice, ticketId);
    await alice.data(ANSWER, { b: bookingId, x: infoId, i: { choice: 'M' } });
    await ev.grant('VIEW', CHLOE);

    const { page } = b;
    await signInConsole(page, t.url, CHLOE);
    await page.goto(`${t.url}/console/events/${ev.eventId}/tickets`);
    const row = page.locator(`[data-ticket-id="${ticketId}"]`);
    expect(await row.locator('a').count()).to.equal(0);
    expect(await row.locator('[data-testid="ticket-places"]').textContent()).to.include('1 / 10 places prises');
    expect(await page.locator('[data-testid="tab-give"]').count()).to.equal(0);
    expect(await page.locator('[data-testid="tab-audit"]').count(), 'the event log is for ADMIN').to.equal(0);
    await page.click('[data-testid="tab-pre-reservations"]');
    await page.check('[data-testid="bookings-filter-pending"]');
    await page.click('[data-testid="bookings-filter-submit"]');
    await page.waitForURL(/pending=1/);
    await page.locator(`[data-booking-id="${bookingId}"] [data-testid="booking-link"]`).click();
    await page.waitForURL(new RegExp(`/bookings/${bookingId}$`));
    expect(
      await page.locator(`[data-testid="requirement-${infoId}"] [data-testid="answer-value"]`).textContent(),
    ).to.equal('M');
    for (const form of ['mark-paid-form', 'oppose-form', 'delete-form', `answer-correct-form-${infoId}`]) {
      expect(await page.locator(`[data-testid="${form}"]`).count(), form).to.equal(0);
    }
    expect(await page.locator('[data-testid^="answer-validate-"]').count()).to.equal(0);
    expect(await page.locator('[data-testid="audit-log"] [data-testid="audit-entry"]').count()).to.equal(2);
  });
});
