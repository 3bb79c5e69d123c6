import { expect } from 'chai';
import { chromium, type Page } from 'playwright-core';
import { useApp } from '../support/app';
import { answerValue, VALIDATE } from '../support/booking-fixtures';
import { CHROMIUM, expectFrenchAndNarrow, launchBrowser, signInPortal, type Browser } from '../support/browser';
import { book, organizerEvent } from '../support/event-fixtures';
import { LYDIA_DEMO, simulators } from '../support/payment-fixtures';

// Demo seed accounts; each test books with its own, since a person holds one live booking per event (BK2).
const ALICE = 'alice@example.org';
const CHLOE = 'chloe@example.org';
const BRUNO = 'bruno@example.org';
const EXTERNAL = 'exterieur@example.org';
const ADMIN = 'admin@example.org';

const PAYMENT_STATE = `query($id: ID!) { booking(id: $id) {
  id status priceCents paymentOffer { providers reason }
  payments { provider amountCents currency conforming }
  paymentAttempts { id provider state amountCents } } }`;
const CHECKOUT = `mutation($b: ID!) { startPaypalCheckout(bookingId: $b) { url } }`;
const ANSWER_IDS = `query($id: ID!) { booking(id: $id) { requirements { extraInfo { id } answer { id } } } }`;

const UUID = '[0-9a-f-]{36}';

const text = async (page: Page, selector: string) =>
  ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim();

describe('e2e (Chromium, 375 px): paying a pre-reservation online from the portal (PY2, PY3, PY4, XI5)', function () {
  this.timeout(120_000);
  const t = useApp({ serveApps: true });
  let b: Browser | undefined;
  afterEach(async () => {
    await b?.close();
    b = undefined;
  });

  const ids = {} as {
    event: string;
    paid: string;
    blocked: string;
    blocking: string;
    board: Awaited<ReturnType<typeof organizerEvent>>['board'];
  };
  before(async function () {
    this.timeout(60_000);
    const ev = await organizerEvent(t, { name: 'Soirée Paiements' });
    ids.event = ev.eventId;
    ids.board = ev.board;
    ids.paid = await ev.ticket({ name: 'Entrée', priceCents: 1250, capacity: 50 });
    ids.blocked = await ev.ticket({ name: 'Entrée avec caution', priceCents: 2000, capacity: 50 });
    ids.blocking = await ev.extraInfo(ids.blocked, { label: 'Chèque de caution', type: 'TEXT', blocks: 'PAYMENT' });
    // PY1: the event's admin (bureau@, board of its club) adds and picks a PayPal and a Lydia account.
    const paypal = (
      await ev.board.data(`mutation($i: CreatePaypalAccountInput!) { createPaypalAccount(input: $i) { id } }`, {
        i: { eventId: ev.eventId, receiverEmail: 'tresorier@bde.example', description: 'PayPal BDE' },
      })
    ).createPaypalAccount.id;
    const lydia = (
      await ev.board.data(`mutation($i: CreateLydiaAccountInput!) { createLydiaAccount(input: $i) { id } }`, {
        i: {
          eventId: ev.eventId,
          description: 'Lydia BDE',
          vendorToken: LYDIA_DEMO.vendorToken,
          privateToken: LYDIA_DEMO.privateToken,
        },
      })
    ).createLydiaAccount.id;
    await ev.board.data(
      `mutation($e: ID!, $p: ID, $l: ID) { setEventPaymentAccounts(eventId: $e, paypalAccountId: $p, lydiaAccountId: $l) { id } }`,
      {
        e: ev.eventId,
        p: paypal,
        l: lydia,
      },
    );
  });

  /** Goes to a page and lets it hydrate (what is typed before hydration would be reset). */
  async function open(page: Page, path: string) {
    await page.goto(`${t.url}${path}`);
    await page.waitForLoadState('networkidle');
  }

  /** A pre-reservation made through the API by the attendee. */
  async function preReserve(email: string, ticketId: string) {
    const attendee = await t.signedIn(email);
    const res = await book(attendee, ticketId);
    expect(res.errors, JSON.stringify(res.errors)).to.equal(undefined);
    return { attendee, bookingId: res.data!.book.id as string };
  }

  it('PY2 PY3 e2e: an attendee pays a pre-reservation with the PayPal simulator and ends with a reserved booking', async function () {
    const { attendee, bookingId } = await preReserve(ALICE, ids.paid);
    b = await launchBrowser(this);
    const { page } = b;
    await signInPortal(page, t.url, ALICE, { waitForIdle: true });
    await open(page, `/bookings/${bookingId}`);
    const section = page.locator('[data-testid="payment"]');
    expect(await text(page, '#payment-title')).to.equal('Payer en ligne');
    expect(await text(page, '[data-testid="payment-amount"]')).to.equal('Montant à payer : 12,50 €');
    await expectFrenchAndNarrow(page, 'booking page offering payment');

    // The IPN's verification is made slow, so that the page comes back before PayPal's word is confirmed.
    const sim = simulators(t);
    await sim.paypalVerifyMode('slow', 4000);
    try {
      await section.getByRole('button', { name: 'Payer avec PayPal' }).click();
      // The checkout built by the server is posted by the page itself to the simulator.
      await page.waitForURL(/\/simulators\/paypal\/checkout\/[0-9a-f]+$/);
      expect(await text(page, 'h1')).to.equal('PayPal (simulateur)');
      expect(await page.textContent('main'))
        .to.include('tresorier@bde.example')
        .and.to.include('12,50');
      await page.getByRole('button', { name: 'Payer', exact: true }).click();

      await page.waitForURL(new RegExp(`/bookings/${bookingId}\\?payment=paypal$`));
      const confirming = page.locator('[data-testid="payment-confirming"]');
      await confirming.waitFor();
      expect(await text(page, '[data-testid="payment-confirming"]')).to.equal(
        'Paiement reçu par PayPal : confirmation en cours…',
      );
      expect(await page.getAttribute(`[data-testid="booking-${bookingId}"]`, 'data-status')).to.equal('PRE_RESERVED');
      await expectFrenchAndNarrow(page, 'booking page back from PayPal');
      // The page asks again every 3 s until the verified IPN has made the booking a reservation.
      await page.waitForSelector('[data-testid="payment-confirmed"]', { timeout: 30_000 });
    } finally {
      await sim.paypalVerifyMode('normal');
    }
    expect(await text(page, '[data-testid="payment-confirmed"]')).to.include('Paiement confirmé');
    const card = page.locator(`[data-testid="booking-${bookingId}"]`);
    expect(await card.getAttribute('data-status')).to.equal('RESERVED');
    expect(await text(page, `[data-testid="booking-${bookingId}"] [data-testid="booking-status"]`)).to.equal(
      'Réservée',
    );
    expect(await page.locator('[data-testid="pay-paypal"]').count(), 'nothing left to pay').to.equal(0);
    expect(await page.locator('[data-testid="payment"]').count()).to.equal(0);
    await expectFrenchAndNarrow(page, 'reserved booking page');

    const booking = (await attendee.data(PAYMENT_STATE, { id: bookingId })).booking;
    expect(booking.status).to.equal('RESERVED');
    expect(booking.payments).to.deep.equal([
      { provider: 'PAYPAL', amountCents: 1250, currency: 'EUR', conforming: true },
    ]);
    expect(
      booking.paymentAttempts.map((a: { provider: string; state: string }) => [a.provider, a.state]),
    ).to.deep.equal([['PAYPAL', 'PAID']]);

    // My bookings list it as reserved.
    await open(page, '/bookings');
    expect(
      await page.getAttribute(`[data-testid="my-bookings-live"] [data-testid="booking-${bookingId}"]`, 'data-status'),
    ).to.equal('RESERVED');
  });

  it("PY4 e2e: an attendee pays with the Lydia simulator (J'ai payé) and ends with a reserved booking", async function () {
    const { attendee, bookingId } = await preReserve(CHLOE, ids.paid);
    b = await launchBrowser(this);
    const { page } = b;
    await signInPortal(page, t.url, CHLOE, { waitForIdle: true });
    await open(page, `/bookings/${bookingId}`);
    const phone = page.getByLabel('Numéro de téléphone Lydia');
    expect(await phone.getAttribute('type')).to.equal('tel');
    expect(await phone.getAttribute('autocomplete')).to.equal('tel');
    expect(await phone.getAttribute('inputmode')).to.equal('tel');

    // A number Lydia could not reach is said next to the input, and stays there to be fixed.
    await phone.fill('pas un numéro');
    await page.getByRole('button', { name: 'Payer avec Lydia' }).click();
    const fieldError = page.locator('[data-testid="payment-lydia"] [data-testid="field-error-phone"]');
    await fieldError.waitFor();
    expect(await fieldError.textContent()).to.include('numéro de téléphone valide');
    expect(await phone.getAttribute('aria-invalid')).to.equal('true');
    expect(await phone.inputValue()).to.equal('pas un numéro');
    expect(
      await page.locator('[data-testid="payment-lydia-error"] [data-error-code]').count(),
      'no general alert for a field',
    ).to.equal(0);
    await expectFrenchAndNarrow(page, 'booking page with a wrong phone');

    await phone.fill('06 12 34 56 78');
    await page.getByRole('button', { name: 'Payer avec Lydia' }).click();
    await page.waitForURL(new RegExp(`/bookings/${bookingId}/lydia/${UUID}$`));
    const waitingPage = page.url();
    expect(await text(page, '[data-testid="lydia-sent"]')).to.equal(
      'Une demande de paiement a été envoyée sur votre téléphone.',
    );
    expect(await text(page, '[data-testid="lydia-amount"]')).to.equal('12,50 €');
    expect(await page.textContent('main')).not.to.match(/06 ?12 ?34 ?56 ?78/);
    expect(await text(page, '[data-testid="lydia-check"]')).to.equal("J'ai payé");
    await expectFrenchAndNarrow(page, 'Lydia waiting page');
    // The booking's page leads back to the request still waiting.
    await page.click('[data-testid="lydia-back"]');
    await page.waitForURL(new RegExp(`/bookings/${bookingId}$`));
    expect(await page.getAttribute('[data-testid="payment-lydia-waiting"] a', 'href')).to.equal(
      new URL(waitingPage).pathname,
    );
    await page.click('[data-testid="payment-lydia-waiting"] a');
    await page.waitForURL(waitingPage);

    // The "phone": the simulator's request page, opened from the waiting page.
    const openLydia = page.getByRole('link', { name: 'Ouvrir Lydia' });
    expect(await openLydia.getAttribute('href')).to.match(/\/simulators\/lydia\/requests\/[0-9a-f-]+$/);
    await openLydia.click();
    await page.waitForURL(/\/simulators\/lydia\/requests\//);
    expect(await page.textContent('main')).to.include('12,50');
    await page.getByRole('button', { name: 'Accepter' }).click();

    // Lydia sends the browser back to the waiting page; its callback may already have made the booking a
    // reservation (then the page goes on by itself), or "J'ai payé" asks Lydia.
    const confirmedUrl = new RegExp(`/bookings/${bookingId}\\?payment=lydia$`);
    await page.waitForURL((url) => url.href === waitingPage || confirmedUrl.test(url.href));
    if (!confirmedUrl.test(page.url())) {
      await page.waitForLoadState('networkidle');
      if (!confirmedUrl.test(page.url())) await page.click('[data-testid="lydia-check"]');
    }
    await page.waitForURL(confirmedUrl);
    await page.waitForSelector('[data-testid="payment-confirmed"]');
    expect(await text(page, '[data-testid="payment-confirmed"]')).to.include('Paiement confirmé');
    expect(await page.getAttribute(`[data-testid="booking-${bookingId}"]`, 'data-status')).to.equal('RESERVED');
    await expectFrenchAndNarrow(page, 'booking page paid with Lydia');

    const booking = (await attendee.data(PAYMENT_STATE, { id: bookingId })).booking;
    expect(booking.status).to.equal('RESERVED');
    expect(booking.payments).to.deep.equal([
      { provider: 'LYDIA', amountCents: 1250, currency: 'EUR', conforming: true },
    ]);
    const lydia = booking.paymentAttempts.filter((a: { provider: string }) => a.provider === 'LYDIA');
    expect(lydia.map((a: { state: string }) => a.state)).to.deep.equal(['PAID']);
  });

  it("PY4 PY2 e2e without JavaScript: the PayPal form goes on with a button; a refused Lydia request is said; J'ai payé asks Lydia when no callback came", async function () {
    const { attendee, bookingId } = await preReserve(EXTERNAL, ids.paid);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 375, height: 812 },
        locale: 'fr-FR',
      });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await signInPortal(page, t.url, EXTERNAL, { waitForIdle: true });
      await open(page, `/bookings/${bookingId}`);

      // PY2: the checkout comes back as a form to post to PayPal, with a visible button.
      await page.getByRole('button', { name: 'Payer avec PayPal' }).click();
      const proceed = page.getByRole('button', { name: 'Continuer vers PayPal' });
      await proceed.waitFor();
      expect(await text(page, '[data-testid="paypal-checkout"] [role="status"]')).to.equal(
        'Votre paiement PayPal est prêt : continuez vers PayPal pour payer.',
      );
      expect(await page.getAttribute('[data-testid="paypal-checkout"]', 'action')).to.match(
        /\/simulators\/paypal\/cgi-bin\/webscr$/,
      );
      expect(await page.getAttribute('[data-testid="paypal-checkout"] input[name="amount"]', 'value')).to.equal(
        '12.50',
      );
      await expectFrenchAndNarrow(page, 'PayPal checkout without JavaScript');
      await proceed.click();
      await page.waitForURL(/\/simulators\/paypal\/checkout\//);
      // The attendee thinks again: PayPal's cancel link brings them back.
      await page.getByRole('link', { name: 'Annuler' }).click();
      await page.waitForURL(new RegExp(`/bookings/${bookingId}\\?payment=cancelled$`));
      expect(await text(page, '[data-testid="payment-cancelled"]')).to.include('Paiement annulé');
      // Issue 16: the checkout stays open (PayPal's cancel proves nothing) until the attendee abandons it here.
      expect(await page.getAttribute('[data-testid="payment-in-progress"]', 'data-state')).to.equal('PENDING');
      expect(await page.locator('[data-testid="pay-paypal"]').count(), 'no second attempt').to.equal(0);
      await expectFrenchAndNarrow(page, 'booking page with a payment in progress');
      await page.getByRole('button', { name: 'Abandonner ce paiement' }).click();
      await page.waitForSelector('[data-testid="payment-abandoned"]');

      // PY4 without script: a request refused on the phone is said so, with the way back to try again.
      const waitingRequest = async () => {
        const attempts = (
          await attendee.data(
            `query($id: ID!) { booking(id: $id) { paymentAttempts { provider state providerRef } } }`,
            { id: bookingId },
          )
        ).booking.paymentAttempts;
        return attempts.find(
          (a: { provider: string; state: string }) => a.provider === 'LYDIA' && a.state === 'PENDING',
        ).providerRef as string;
      };
      const requestLydia = async (phone: string) => {
        await page.getByLabel('Numéro de téléphone Lydia').fill(phone);
        await page.getByRole('button', { name: 'Payer avec Lydia' }).click();
        await page.waitForURL(new RegExp(`/bookings/${bookingId}/lydia/${UUID}$`));
        expect(await page.getAttribute('[data-testid="lydia-attempt"]', 'data-state')).to.equal('PENDING');
      };
      await requestLydia('0698765432');
      await expectFrenchAndNarrow(page, 'Lydia waiting page without JavaScript');
      await simulators(t).lydiaRefuse(await waitingRequest());
      await page.click('[data-testid="lydia-check"]');
      await page.waitForSelector('[data-testid="lydia-attempt"][data-state="REFUSED"]');
      expect(await text(page, '[data-testid="lydia-ended"]')).to.equal(
        'La demande de paiement a été refusée ou a expiré.',
      );
      expect(await page.locator('[data-testid="lydia-check"]').count()).to.equal(0);
      await page.getByRole('link', { name: 'Revenir à la réservation pour réessayer' }).click();
      await page.waitForURL(new RegExp(`/bookings/${bookingId}$`));

      // The next request is accepted at Lydia but its callback never comes: "J'ai payé" asks Lydia.
      await requestLydia('06.98.76.54.32');
      await page.click('[data-testid="lydia-check"]');
      await page.waitForSelector('[data-testid="lydia-not-yet"]');
      expect(await text(page, '[data-testid="lydia-not-yet"]')).to.include("Le paiement n'est pas encore reçu");
      await simulators(t).lydiaAccept(await waitingRequest(), { callback: false });
      await page.click('[data-testid="lydia-check"]');
      await page.waitForURL(new RegExp(`/bookings/${bookingId}\\?payment=lydia$`));
      expect(await text(page, '[data-testid="payment-confirmed"]')).to.include('Paiement confirmé');
      expect(await page.getAttribute(`[data-testid="booking-${bookingId}"]`, 'data-status')).to.equal('RESERVED');
    } finally {
      await browser.close();
    }
    const booking = (await attendee.data(PAYMENT_STATE, { id: bookingId })).booking;
    expect(booking.status).to.equal('RESERVED');
    expect(booking.payments.map((p: { provider: string }) => p.provider)).to.deep.equal(['LYDIA']);
  });

  it('XI5 PY2: no online payment is offered while a PAYMENT-blocking answer is not validated', async function () {
    const { attendee, bookingId } = await preReserve(BRUNO, ids.blocked);
    expect((await attendee.data(PAYMENT_STATE, { id: bookingId })).booking.paymentOffer).to.deep.equal({
      providers: [],
      reason: 'ANSWERS_PENDING',
    });
    expect((await attendee.error(CHECKOUT, { b: bookingId })).extensions?.code).to.equal('ANSWERS_PENDING');

    b = await launchBrowser(this);
    const { page } = b;
    await signInPortal(page, t.url, BRUNO, { waitForIdle: true });
    await open(page, `/bookings/${bookingId}`);
    expect(await text(page, '[data-testid="payment-answers-pending"]')).to.include(
      'les organisateurs auront validé les informations complémentaires qui bloquent le paiement',
    );
    expect(await page.getByRole('button', { name: 'Payer avec PayPal' }).count()).to.equal(0);
    expect(await page.getByRole('button', { name: 'Payer avec Lydia' }).count()).to.equal(0);
    await expectFrenchAndNarrow(page, 'booking page with payment blocked');

    // Once the organizers have validated the answer, payment is offered.
    expect((await answerValue(attendee, bookingId, ids.blocking, { text: 'Chèque n° 1234567' })).errors).to.equal(
      undefined,
    );
    const answer = (await attendee.data(ANSWER_IDS, { id: bookingId })).booking.requirements.find(
      (r: { extraInfo: { id: string } }) => r.extraInfo.id === ids.blocking,
    ).answer;
    await ids.board.data(VALIDATE, { id: answer.id });
    await open(page, `/bookings/${bookingId}`);
    expect(await page.locator('[data-testid="payment-answers-pending"]').count()).to.equal(0);
    expect(await page.getByRole('button', { name: 'Payer avec PayPal' }).count()).to.equal(1);
    expect(await text(page, '[data-testid="payment-amount"]')).to.equal('Montant à payer : 20,00 €');
  });

  it('PY1 PY2 PY4: an event taking no online payment says to pay the organizers directly', async function () {
    const ev = await organizerEvent(t, { name: 'Concert Sans Compte' });
    const ticket = await ev.ticket({ name: 'Entrée', priceCents: 800, capacity: 20 });
    const { attendee, bookingId } = await preReserve(ADMIN, ticket);
    expect((await attendee.data(PAYMENT_STATE, { id: bookingId })).booking.paymentOffer).to.deep.equal({
      providers: [],
      reason: 'NO_ACCOUNT',
    });
    b = await launchBrowser(this);
    const { page } = b;
    await signInPortal(page, t.url, ADMIN, { waitForIdle: true });
    await open(page, `/bookings/${bookingId}`);
    expect(await text(page, '[data-testid="payment-no-account"]')).to.equal(
      'Cet évènement ne propose pas le paiement en ligne : payez directement auprès des organisateurs.',
    );
    expect(await page.getByRole('button', { name: 'Payer avec PayPal' }).count()).to.equal(0);
    expect(await page.getByRole('button', { name: 'Payer avec Lydia' }).count()).to.equal(0);
    await expectFrenchAndNarrow(page, 'booking page of an event without online payment');
  });
});
