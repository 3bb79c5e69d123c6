import { expect } from 'chai';
import { chromium, type Page } from 'playwright-core';
import { useApp } from '../support/app';
import { pdf, VALIDATE } from '../support/booking-fixtures';
import { CHROMIUM, expectFrenchAndNarrow, launchBrowser, signInPortal, type Browser } from '../support/browser';
import { book, organizerEvent } from '../support/event-fixtures';
import { TINY_PNG } from '../support/fixtures';

// Demo seed: alice@ is ENSEEIHT 2027, chloe@ ENSEEIHT 2028, exterieur@ an EXTERNAL account, bruno@ and admin@ two more accounts.
// The tests share one gala and one concert and run in order: each says what earlier ones left behind.
const ALICE = 'alice@example.org';
const CHLOE = 'chloe@example.org';
const EXTERNAL = 'exterieur@example.org';
const BRUNO = 'bruno@example.org';
const ADMIN = 'admin@example.org';

const BOOKING = `query($id: ID!) { booking(id: $id) {
  id reference status priceCents isGuest holder { fullName email hasAccount } sponsor { email }
  options { name priceCents } requirements { state extraInfo { id } answer { id choiceValue file { name mimeType } } } } }`;
const MY_BOOKINGS = `{ myBookings(includeDeleted: true) { id status isGuest holder { email } ticket { id } } }`;
const PLACES_LEFT = `query($e: ID!) { event(id: $e) { tickets { id placesLeft } } }`;

/** "26,00 €" with whatever space Intl puts before the sign. */
const euros = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('e2e (Chromium, 375 px): booking from the portal and managing my bookings', function () {
  this.timeout(120_000);
  const t = useApp({ serveApps: true });
  let b: Browser;
  afterEach(async () => {
    await b?.close();
  });

  // Built once: the gala (option, group, FILE and CHOICE requirements, a free ticket) and a one-place concert.
  const ids = {} as {
    gala: string;
    entry: string;
    free: string;
    shuttle: string;
    meal: { id: string; options: string[] };
    certificate: string;
    size: string;
    motto: string;
    concert: string;
    lastPlace: string;
    board: Awaited<ReturnType<typeof organizerEvent>>['board'];
  };
  before(async function () {
    this.timeout(60_000);
    const gala = await organizerEvent(t, { name: 'Gala des Lumières' });
    ids.gala = gala.eventId;
    ids.board = gala.board;
    ids.entry = await gala.ticket({ name: 'Entrée', priceCents: 1500, capacity: 100 });
    ids.shuttle = await gala.option(ids.entry, 'Navette retour', 300);
    ids.meal = await gala.group(ids.entry, 'Repas', [
      ['Végétarien', 800],
      ['Viande', 950],
    ]);
    ids.certificate = await gala.extraInfo(ids.entry, {
      label: 'Certificat médical',
      type: 'FILE',
      blocks: 'ENTRY',
      fileTypes: ['application/pdf'],
      fileMaxBytes: 1024 * 1024,
    });
    ids.size = await gala.extraInfo(ids.entry, {
      label: 'Taille de T-shirt',
      type: 'CHOICE',
      blocks: 'ENTRY',
      choices: ['S', 'M', 'L'],
    });
    ids.free = await gala.ticket({ name: 'Bénévole', priceCents: 0, capacity: 10 });
    ids.motto = await gala.extraInfo(ids.free, { label: 'Votre devise', type: 'TEXT', blocks: 'ENTRY' });
    const concert = await organizerEvent(t, { name: 'Concert Unique' });
    ids.concert = concert.eventId;
    ids.lastPlace = await concert.ticket({ name: 'Dernière place', priceCents: 500, capacity: 1 });
  });

  /**
   * Goes to a page and lets it hydrate: what is typed or ticked before hydration would be reset by it
   * (seen under load on the sign-in form).
   */
  async function open(page: Page, path: string) {
    await page.goto(`${t.url}${path}`);
    await page.waitForLoadState('networkidle');
  }

  /** Chooses on the event page and goes to the confirmation step. */
  async function chooseAndContinue(
    page: Page,
    eventId: string,
    ticketId: string,
    choose: (form: ReturnType<Page['locator']>) => Promise<void> = async () => {},
  ) {
    await open(page, `/events/${eventId}`);
    const form = page.locator(`[data-testid="book-form-${ticketId}"]`);
    await choose(form);
    await form.locator(`[data-testid="book-continue-${ticketId}"]`).click();
    await page.waitForSelector('[data-testid="book-review"]');
  }

  it('BK1/BK5/BK12/XI3/XI4: alice books the gala with an option and a meal, sees the price, lands on her pre-reservation and sends her certificate and T-shirt size', async function () {
    b = await launchBrowser(this);
    const { page } = b;
    await signInPortal(page, t.url, ALICE, { waitForIdle: true });
    await open(page, `/events/${ids.gala}`);
    const form = page.locator(`[data-testid="book-form-${ids.entry}"]`);
    await form.waitFor();
    await expectFrenchAndNarrow(page, 'event page with booking forms');
    // OP2: the meal is a dropdown whose first, default choice is the free "none".
    const meal = form.locator(`[data-testid="book-group-${ids.meal.id}"]`);
    expect(await meal.inputValue()).to.equal('');
    expect((await meal.locator('option').first().textContent())?.trim()).to.equal('Aucune (gratuit)');
    expect(euros(await form.locator('[data-testid="book-price"]').textContent())).to.equal('Total : 15,00 €');
    expect(await form.locator('[data-testid="book-for-self"]').isChecked()).to.equal(true);

    await form.locator(`[data-testid="book-option-${ids.shuttle}"]`).check();
    await meal.selectOption(ids.meal.options[0]);
    // The running total follows the choice: 15 + 3 + 8.
    await page.waitForFunction(
      (id) =>
        document
          .querySelector(`[data-testid="book-form-${id}"] [data-testid="book-price"]`)
          ?.textContent?.replace(/\s+/g, ' ')
          .includes('26,00 €'),
      ids.entry,
    );
    await form.locator(`[data-testid="book-continue-${ids.entry}"]`).click();

    // The confirmation step: ticket, options and price, nothing booked yet.
    const review = page.locator('[data-testid="book-review"]');
    await review.waitFor();
    expect(euros(await review.locator('[data-testid="book-price"]').textContent())).to.equal('26,00 €');
    expect(await review.locator('[data-testid="book-review-options"] li').allTextContents()).to.have.length(2);
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal('book-review-title');
    await expectFrenchAndNarrow(page, 'confirmation step');
    const alice = await t.signedIn(ALICE);
    expect((await alice.data(MY_BOOKINGS)).myBookings).to.deep.equal([]);

    await page.click('[data-testid="book-confirm"]');
    await page.waitForURL(/\/bookings\/[0-9a-f-]{36}$/);
    const bookingId = /\/bookings\/([0-9a-f-]{36})$/.exec(page.url())![1];
    const card = page.locator(`[data-testid="booking-${bookingId}"]`);
    expect(await card.getAttribute('data-status')).to.equal('PRE_RESERVED');
    expect((await card.locator('[data-testid="booking-status"]').textContent())?.trim()).to.equal('Pré-réservée');
    await expectFrenchAndNarrow(page, 'booking page');

    // BK5: the server computed the same price; BK12: the page shows the booking's reference.
    const booked = (await alice.data(BOOKING, { id: bookingId })).booking;
    expect(booked).to.deep.include({ status: 'PRE_RESERVED', priceCents: 2600, isGuest: false });
    expect(booked.options.map((o: { name: string }) => o.name)).to.have.members(['Navette retour', 'Végétarien']);
    expect(booked.reference).to.match(/^GALA-[2-9A-HJKMNP-TV-Z]{6}$/);
    expect(await card.locator('[data-testid="booking-reference"]').textContent()).to.equal(booked.reference);
    expect(euros(await card.locator('[data-testid="booking-price"]').textContent())).to.equal('26,00 €');
    expect(await card.locator('[data-testid="booking-expires"]').count()).to.equal(1); // the event has a payment deadline

    // XI3: a FILE requirement, sent as a real PDF through the portal's form action; a PNG is refused by its content.
    const certificate = page.locator(`[data-testid="requirement-${ids.certificate}"]`);
    expect(await certificate.getAttribute('data-state')).to.equal('TO_FILL');
    expect(await page.getAttribute(`[data-testid="answer-file-${ids.certificate}"]`, 'accept')).to.equal(
      'application/pdf',
    );
    await page.setInputFiles(`[data-testid="answer-file-${ids.certificate}"]`, {
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: TINY_PNG,
    });
    await page.click(`[data-testid="answer-submit-${ids.certificate}"]`);
    await certificate.locator('[data-testid="field-error-file"]').waitFor();
    expect((await certificate.locator('[data-testid="field-error-file"]').textContent())?.trim()).to.equal(
      "Ce type de fichier n'est pas accepté.",
    );
    expect(await certificate.getAttribute('data-state')).to.equal('TO_FILL');
    await page.setInputFiles(`[data-testid="answer-file-${ids.certificate}"]`, {
      name: 'certificat.pdf',
      mimeType: 'application/pdf',
      buffer: pdf(),
    });
    await page.click(`[data-testid="answer-submit-${ids.certificate}"]`);
    await page.waitForSelector(`[data-testid="requirement-${ids.certificate}"][data-state="WAITING_VALIDATION"]`);
    expect((await certificate.locator('[data-testid="requirement-state"]').textContent())?.trim()).to.equal(
      'En attente de validation',
    );
    const link = certificate.locator(`[data-testid="answer-file-link-${ids.certificate}"]`);
    expect(await link.textContent()).to.equal('certificat.pdf');
    const download = await page.request.get(`${t.url}${await link.getAttribute('href')}`);
    expect(download.status()).to.equal(200);
    expect((await download.body()).subarray(0, 8).toString()).to.equal('%PDF-1.4');

    // XI3: a CHOICE requirement.
    await page.selectOption(`[data-testid="answer-choice-${ids.size}"]`, 'M');
    await page.click(`[data-testid="answer-submit-${ids.size}"]`);
    await page.waitForSelector(`[data-testid="requirement-${ids.size}"][data-state="WAITING_VALIDATION"]`);
    const answers = Object.fromEntries(
      (await alice.data(BOOKING, { id: bookingId })).booking.requirements.map((r: any) => [r.extraInfo.id, r]),
    );
    expect(answers[ids.certificate]).to.deep.include({ state: 'WAITING_VALIDATION' });
    expect(answers[ids.certificate].answer.file).to.deep.equal({ name: 'certificat.pdf', mimeType: 'application/pdf' });
    expect(answers[ids.size].answer.choiceValue).to.equal('M');

    // XI3/XI4: once validated, the answer is shown but no longer offered for change.
    await ids.board.data(VALIDATE, { id: answers[ids.size].answer.id });
    await page.reload();
    const size = page.locator(`[data-testid="requirement-${ids.size}"]`);
    expect(await size.getAttribute('data-state')).to.equal('VALIDATED');
    expect((await size.locator('[data-testid="requirement-state"]').textContent())?.trim()).to.equal('Validée');
    expect(await size.locator(`[data-testid="answer-choice-${ids.size}"]`).count()).to.equal(0);
    expect(await size.locator(`[data-testid="answer-value-${ids.size}"]`).textContent()).to.include(
      'Votre réponse : M',
    );

    // Mes réservations, from the navigation: the booking with its requirements' states.
    await page.click('[data-testid="nav-bookings"]');
    await page.waitForURL(/\/bookings$/);
    const listed = page.locator(`[data-testid="my-bookings-live"] [data-testid="booking-${bookingId}"]`);
    expect(await listed.getAttribute('data-status')).to.equal('PRE_RESERVED');
    expect(await listed.locator('[data-testid="booking-reference"]').textContent()).to.equal(booked.reference);
    expect(await listed.locator(`[data-testid="requirement-${ids.certificate}"]`).getAttribute('data-state')).to.equal(
      'WAITING_VALIDATION',
    );
    await expectFrenchAndNarrow(page, 'my bookings');

    // BK2: back on the event, the form gives way to a link to the booking.
    await open(page, `/events/${ids.gala}`);
    expect(await page.getAttribute('[data-testid="viewer-booking-link"]', 'href')).to.equal(`/bookings/${bookingId}`);
    expect(await page.locator(`[data-testid="book-form-${ids.entry}"] [data-testid="book-for-self"]`).count()).to.equal(
      0,
    );
  });

  it('BK3: alice, already booked, books the gala for a guest and sees it listed as her guest’s booking', async function () {
    b = await launchBrowser(this);
    const { page } = b;
    await signInPortal(page, t.url, ALICE, { waitForIdle: true });
    await chooseAndContinue(page, ids.gala, ids.entry);
    // The guest's identity is asked on the confirmation step.
    await page.fill('#guestFirstName', 'Bob');
    await page.fill('#guestLastName', 'Invité');
    await page.fill('#guestEmail', 'bob.invite@example.net');
    expect(euros(await page.textContent('[data-testid="book-review"] [data-testid="book-price"]'))).to.equal('15,00 €');
    await expectFrenchAndNarrow(page, 'confirmation step for a guest');
    await page.click('[data-testid="book-confirm"]');
    await page.waitForURL(/\/bookings\/[0-9a-f-]{36}$/);
    const guestBookingId = /\/bookings\/([0-9a-f-]{36})$/.exec(page.url())![1];

    const alice = await t.signedIn(ALICE);
    const booked = (await alice.data(BOOKING, { id: guestBookingId })).booking;
    expect(booked).to.deep.include({ status: 'PRE_RESERVED', isGuest: true, priceCents: 1500 });
    expect(booked.holder, 'SEC4: the sponsor is never told whether the guest has an account').to.deep.equal({
      fullName: 'Bob Invité',
      email: 'bob.invite@example.net',
      hasAccount: null,
    });
    expect(booked.sponsor).to.deep.equal({ email: ALICE });

    await open(page, `/bookings`);
    const card = page.locator(`[data-testid="booking-${guestBookingId}"]`);
    expect(await card.getAttribute('data-status')).to.equal('PRE_RESERVED');
    expect(await card.locator('[data-testid="booking-guest-badge"]').count()).to.equal(1);
    expect(await card.locator('[data-testid="booking-guest"]').textContent())
      .to.include('Bob Invité')
      .and.to.include('bob.invite@example.net');
    // Her own booking is listed too, not as a guest's.
    const mine = (await alice.data(MY_BOOKINGS)).myBookings.find((x: { isGuest: boolean }) => !x.isGuest);
    expect(await page.locator(`[data-testid="booking-${mine.id}"] [data-testid="booking-guest"]`).count()).to.equal(0);
    expect(await page.locator('[data-testid="my-bookings-live"] > li').count()).to.equal(2);
  });

  it('BK9/BK2: refusals are told in French: the last place taken meanwhile (SOLD_OUT), a guest who already has a booking (ALREADY_BOOKED)', async function () {
    b = await launchBrowser(this);
    const { page } = b;
    await signInPortal(page, t.url, CHLOE, { waitForIdle: true });
    await chooseAndContinue(page, ids.concert, ids.lastPlace);
    // Someone else takes the only place while chloe reads the confirmation step.
    expect((await book(await t.signedIn(EXTERNAL), ids.lastPlace)).errors).to.equal(undefined);
    await page.click('[data-testid="book-confirm"]');
    const error = page.locator('[data-testid="book-review"] [data-testid="booking-error"] [data-error-code]');
    await error.waitFor();
    expect(await error.getAttribute('data-error-code')).to.equal('SOLD_OUT');
    expect(await error.textContent()).to.equal("Plus aucune place n'est disponible pour ce billet.");
    expect(page.url()).to.match(new RegExp(`/events/${ids.concert}$`));
    await expectFrenchAndNarrow(page, 'refused confirmation');
    // BK9: the event page now says it is sold out and offers no form.
    await open(page, `/events/${ids.concert}`);
    await page.waitForSelector(`[data-testid="ticket-${ids.lastPlace}"] [data-testid="ticket-sold-out"]`);
    expect(await page.locator(`[data-testid="book-form-${ids.lastPlace}"]`).count()).to.equal(0);

    // BK2 applies to a guest with an account: bruno already holds a gala booking.
    expect((await book(await t.signedIn(BRUNO), ids.entry)).errors).to.equal(undefined);
    await chooseAndContinue(page, ids.gala, ids.entry, (form) =>
      form.locator('[data-testid="book-for-guest"]').check(),
    );
    await page.fill('#guestFirstName', 'Bruno');
    await page.fill('#guestLastName', 'Déjà');
    await page.fill('#guestEmail', BRUNO);
    await page.click('[data-testid="book-confirm"]');
    await page.waitForSelector('[data-testid="booking-error"] [data-error-code="ALREADY_BOOKED"]');
    expect(await page.textContent('[data-testid="booking-error"] [data-error-code]')).to.equal(
      'Cette personne a déjà une réservation pour cet évènement : une seule réservation par personne.',
    );
    // What was typed stays, to fix it.
    expect(await page.inputValue('#guestEmail')).to.equal(BRUNO);
  });

  it('BK6: chloe deletes her pre-reservation after confirming, and its place is freed at once', async function () {
    const chloe = await t.signedIn(CHLOE);
    const res = await book(chloe, ids.entry, [ids.shuttle]);
    const bookingId: string = res.data!.book.id;
    const placesLeft = async () =>
      (await chloe.data(PLACES_LEFT, { e: ids.gala })).event.tickets.find((x: { id: string }) => x.id === ids.entry)
        .placesLeft;
    const before = await placesLeft();

    b = await launchBrowser(this);
    const { page } = b;
    await signInPortal(page, t.url, CHLOE, { waitForIdle: true });
    await open(page, `/bookings`);
    const card = page.locator(`[data-testid="booking-${bookingId}"]`);
    expect(await card.getAttribute('data-status')).to.equal('PRE_RESERVED');
    // The first button only asks.
    await card.locator('[data-testid="booking-delete"]').click();
    expect((await chloe.data(BOOKING, { id: bookingId })).booking.status).to.equal('PRE_RESERVED');
    await card.locator('[data-testid="booking-delete-confirm"]').click();
    await page.waitForSelector(
      `[data-testid="my-bookings-ended"] [data-testid="booking-${bookingId}"][data-status="DELETED"]`,
    );
    expect(
      (await page.textContent(`[data-testid="booking-${bookingId}"] [data-testid="booking-status"]`))?.trim(),
    ).to.equal('Supprimée');
    expect(await page.locator(`[data-testid="booking-${bookingId}"] [data-testid="booking-delete"]`).count()).to.equal(
      0,
    );
    await expectFrenchAndNarrow(page, 'my bookings after a deletion');

    expect((await chloe.data(BOOKING, { id: bookingId })).booking.status).to.equal('DELETED');
    expect(await placesLeft()).to.equal(before + 1);
  });

  it('BK1/BK5/XI3: without JavaScript, chloe books the free ticket (reserved at once) and answers its TEXT requirement', async function () {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 375, height: 812 },
        locale: 'fr-FR',
      });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await signInPortal(page, t.url, CHLOE, { waitForIdle: true });
      await chooseAndContinue(page, ids.gala, ids.free);
      expect(euros(await page.textContent('[data-testid="book-review"] [data-testid="book-price"]'))).to.equal(
        'Gratuit',
      );
      await page.click('[data-testid="book-confirm"]');
      await page.waitForURL(/\/bookings\/[0-9a-f-]{36}$/);
      const bookingId = /\/bookings\/([0-9a-f-]{36})$/.exec(page.url())![1];
      expect(await page.getAttribute(`[data-testid="booking-${bookingId}"]`, 'data-status')).to.equal('RESERVED');

      await page.fill(`[data-testid="answer-text-${ids.motto}"]`, 'Toujours prête');
      await page.click(`[data-testid="answer-submit-${ids.motto}"]`);
      await page.waitForSelector(`[data-testid="requirement-${ids.motto}"][data-state="WAITING_VALIDATION"]`);
      expect(await page.inputValue(`[data-testid="answer-text-${ids.motto}"]`)).to.equal('Toujours prête');
      await expectFrenchAndNarrow(page, 'booking page without JavaScript');
    } finally {
      await browser.close();
    }
  });

  it('BK2/BK9: in English, the sold-out ticket and the refusal read in English', async function () {
    // The guest-to-be already holds a gala booking.
    expect((await book(await t.signedIn(ADMIN), ids.free)).errors).to.equal(undefined);
    b = await launchBrowser(this, { locale: 'en-US' });
    const { page } = b;
    await signInPortal(page, t.url, EXTERNAL, { waitForIdle: true });
    await open(page, `/events/${ids.concert}`);
    expect(await page.getAttribute('html', 'lang')).to.equal('en');
    expect(
      (await page.textContent(`[data-testid="ticket-${ids.lastPlace}"] [data-testid="ticket-sold-out"]`))?.trim(),
    ).to.equal('Sold out');
    await chooseAndContinue(page, ids.gala, ids.free, (form) => form.locator('[data-testid="book-for-guest"]').check());
    await page.fill('#guestFirstName', 'Ada');
    await page.fill('#guestLastName', 'Admin');
    await page.fill('#guestEmail', ADMIN);
    await page.click('[data-testid="book-confirm"]');
    await page.waitForSelector('[data-testid="booking-error"] [data-error-code="ALREADY_BOOKED"]');
    expect(await page.textContent('[data-testid="booking-error"] [data-error-code]')).to.equal(
      'This person already has a booking for this event: one booking per person.',
    );
  });
  it('BK3: bruno, named as a guest by a stranger, accepts one booking and declines another from Mes réservations', async function () {
    const party = await organizerEvent(t, { name: 'Soirée Surprise' });
    const freeEntry = await party.ticket({ name: 'Entrée libre', priceCents: 0, capacity: 10 });
    const brunch = await organizerEvent(t, { name: 'Brunch Surprise' });
    const paidEntry = await brunch.ticket({ name: 'Brunch', priceCents: 500, capacity: 10 });
    const stranger = await t.signedIn(EXTERNAL);
    const guest = { firstName: 'B', lastName: 'Inconnu', email: BRUNO };
    const toAccept: string = (await book(stranger, freeEntry, [], guest)).data!.book.id;
    const toDecline: string = (await book(stranger, paidEntry, [], guest)).data!.book.id;

    b = await launchBrowser(this);
    const { page } = b;
    await signInPortal(page, t.url, BRUNO, { waitForIdle: true });
    await open(page, `/bookings`);
    const accepted = page.locator(`[data-testid="booking-${toAccept}"]`);
    expect(await accepted.locator('[data-testid="booking-awaits-acceptance"]').count()).to.equal(1);
    await expectFrenchAndNarrow(page, 'a guest booking awaiting my acceptance');
    await accepted.locator('[data-testid="booking-accept"]').click();
    await page.waitForSelector(`[data-testid="booking-${toAccept}"] [data-testid="booking-accepted"]`);
    expect(await accepted.locator('[data-testid="booking-awaits-acceptance"]').count()).to.equal(0);

    const declined = page.locator(`[data-testid="booking-${toDecline}"]`);
    // The first button only asks.
    await declined.locator('[data-testid="booking-decline"]').click();
    await declined.locator('[data-testid="booking-decline-confirm"]').click();
    await page.waitForSelector(`[data-testid="booking-${toDecline}"] [data-testid="booking-declined"]`);

    const bruno = await t.signedIn(BRUNO);
    const state = `query($id: ID!) { booking(id: $id) { status holderAcceptedAt awaitsAcceptance } }`;
    expect((await bruno.data(state, { id: toAccept })).booking).to.include({
      status: 'RESERVED',
      awaitsAcceptance: false,
    });
    expect((await bruno.data(state, { id: toAccept })).booking.holderAcceptedAt).to.be.a('string');
    expect((await bruno.data(state, { id: toDecline })).booking.status).to.equal('DELETED');
  });
});
