import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { useApp } from '../support/app';
import { eventually } from '../support/booking-fixtures';
import { expectFrenchAndNarrow, signInConsole, useBrowser } from '../support/browser';
import { book, organizerEvent } from '../support/event-fixtures';

// Demo seed: bureau@ (board of Net7) gets ADMIN on the events organizerEvent() creates, in the club Net7; admin@ is the
// platform admin; alice@ books. The server mounts the PayPal and Lydia simulators at /simulators (PY6); the Lydia one
// knows the login 0601020304 / lydia-demo with the business "BDE Démo". Everything runs at phone width, in French.
const BOARD = 'bureau@example.org';
const PLATFORM_ADMIN = 'admin@example.org';
const ALICE = 'alice@example.org';
const LYDIA_PHONE = '0601020304';
const LYDIA_PASSWORD = 'lydia-demo';
const LYDIA_VENDOR = 'demo-vendor-token-0001';
const LYDIA_PRIVATE = 'demo-private-token-0001';

const ACCOUNT = 'id provider description paypalReceiverEmail lydiaVendorToken active deactivatedAt';
const EVENT_ACCOUNTS = `query($id: ID!) { event(id: $id) {
  paypalAccount { ${ACCOUNT} } lydiaAccount { ${ACCOUNT} } paymentAccountChoices { ${ACCOUNT} } } }`;
const CREATE_PAYPAL = `mutation($i: CreatePaypalAccountInput!) { createPaypalAccount(input: $i) { id } }`;
const SET_ACCOUNTS = `mutation($e: ID!, $p: ID, $l: ID) { setEventPaymentAccounts(eventId: $e, paypalAccountId: $p, lydiaAccountId: $l) { id } }`;
const ALL_ACCOUNTS = `{ allPaymentAccounts { ${ACCOUNT} } }`;
const START_CHECKOUT = `mutation($b: ID!) { startPaypalCheckout(bookingId: $b) { url fields { name value } attempt { id ref state } } }`;
const BOOKING = `query($id: ID!) { booking(id: $id) { status payments { provider method amountCents conforming } } }`;
const RECORDS = `query($id: ID!) { booking(id: $id) { paymentRecords { id } } }`;

describe('e2e (Chromium, 375 px): payment accounts and records in the console', function () {
  this.timeout(120_000);
  const t = useApp({ serveApps: true });
  const b = useBrowser();

  /** Every body the console sent to the browser (pages, data, action answers), to look for secrets in. */
  function recordConsoleBodies(page: Page): Promise<string>[] {
    const bodies: Promise<string>[] = [];
    page.on('response', (res) => {
      if (res.url().startsWith(`${t.url}/console`) && res.status() < 300) bodies.push(res.text().catch(() => ''));
    });
    return bodies;
  }

  /** The id of the club's account listed on the payment tab under that description. */
  const listedAccountId = async (page: Page, description: string) =>
    (await page.locator('[data-testid="payacc-account"]', { hasText: description }).getAttribute('data-account-id'))!;

  it("PY1 e2e: an event admin adds a PayPal account and picks it for the event; it can't be edited", async () => {
    const ev = await organizerEvent(t, { name: 'Gala PayPal' });
    const { page } = b;
    await signInConsole(page, t.url, BOARD);
    await page.goto(`${t.url}/console/events/${ev.eventId}/tickets`);
    await page.click('[data-testid="tab-payments"]');
    await page.waitForURL(/\/payments$/);
    expect(await page.getAttribute('[data-testid="tab-payments"]', 'aria-current')).to.equal('page');
    expect(await page.textContent('[data-testid="tab-payments"]')).to.equal('Paiement');
    expect(await page.getAttribute('[data-testid="payacc-current-PAYPAL"]', 'data-account-id')).to.equal('');
    expect(await page.textContent('[data-testid="payacc-current-PAYPAL"]')).to.include('Aucun');
    // Said before the forms: final once added, the platform admins handle problems.
    expect(await page.textContent('[data-testid="payacc-final-note"]'))
      .to.include('ne peut plus être modifié')
      .and.to.include('administrateurs de la plateforme');
    await expectFrenchAndNarrow(page, 'payment tab');

    await page.fill('#paypal-description', 'PayPal du BDE');
    await page.fill('#paypal-receiver-email', 'Tresorier@BDE.example.org');
    await page.click('[data-testid="payacc-paypal-submit"]');
    await page.waitForSelector('[data-testid="payacc-paypal-done"]');
    expect(await page.inputValue('#paypal-description')).to.equal(''); // ready for another one
    const accountId = await listedAccountId(page, 'PayPal du BDE');
    const card = page.locator(`[data-testid="payacc-account"][data-account-id="${accountId}"]`);
    expect(await card.getAttribute('data-provider')).to.equal('PAYPAL');
    expect(await card.locator('[data-testid="payacc-identifier"]').textContent()).to.equal('tresorier@bde.example.org');
    expect(await card.locator('[data-testid="account-state"]').textContent()).to.include('actif');
    // Nothing to edit it with: no field nor button on the account, and no mutation for it in the API.
    expect(await card.locator('input, button, select, textarea, a').count()).to.equal(0);
    const mutations = (await ev.board.data(`{ __type(name: "Mutation") { fields { name } } }`)).__type.fields.map(
      (f: { name: string }) => f.name,
    );
    expect(mutations.filter((name: string) => /^(update|edit)\w*Account/i.test(name))).to.deep.equal([]);

    // Not used until picked; then picked, it is the event's.
    expect(await page.getAttribute('[data-testid="payacc-current-PAYPAL"]', 'data-account-id')).to.equal('');
    expect(await page.locator('#paypalAccountId option').allTextContents()).to.deep.equal([
      'Aucun',
      'PayPal du BDE — tresorier@bde.example.org',
    ]);
    expect(await page.locator('#lydiaAccountId option').allTextContents()).to.deep.equal(['Aucun']);
    await page.selectOption('#paypalAccountId', accountId);
    await page.click('[data-testid="payacc-choose-submit"]');
    await page.waitForSelector('[data-testid="payacc-choose-done"]');
    await page.waitForSelector(`[data-testid="payacc-current-PAYPAL"][data-account-id="${accountId}"]`);
    expect(await page.textContent('[data-testid="payacc-current-PAYPAL"]'))
      .to.include('PayPal du BDE')
      .and.to.include('tresorier@bde.example.org');
    expect(await page.inputValue('#paypalAccountId')).to.equal(accountId);
    await expectFrenchAndNarrow(page, 'payment tab with an account');

    const { event } = await ev.board.data(EVENT_ACCOUNTS, { id: ev.eventId });
    expect(event.paypalAccount).to.include({
      id: accountId,
      paypalReceiverEmail: 'tresorier@bde.example.org',
      description: 'PayPal du BDE',
      active: true,
    });
    expect(event.lydiaAccount).to.equal(null);

    // "Aucun" stops offering PayPal.
    await page.selectOption('#paypalAccountId', '');
    await page.click('[data-testid="payacc-choose-submit"]');
    await page.waitForSelector('[data-testid="payacc-current-PAYPAL"][data-account-id=""]');
    expect((await ev.board.data(EVENT_ACCOUNTS, { id: ev.eventId })).event.paypalAccount).to.equal(null);

    // The tab is for the event's ADMINs: an EDIT admin neither sees it nor opens it.
    await ev.grant('EDIT', 'chloe@example.org');
    await page.context().clearCookies();
    await signInConsole(page, t.url, 'chloe@example.org');
    await page.goto(`${t.url}/console/events/${ev.eventId}/tickets`);
    await page.waitForSelector('[data-testid="tab-edit"]');
    expect(await page.locator('[data-testid="tab-payments"]').count()).to.equal(0);
    expect((await page.goto(`${t.url}/console/events/${ev.eventId}/payments`))!.status()).to.equal(403);
  });

  it('PY1 PY4 e2e: an event admin retrieves the Lydia tokens from phone and password and adds the account; the private token is never shown', async () => {
    const ev = await organizerEvent(t, { name: 'Gala Lydia' });
    const { page } = b;
    const bodies = recordConsoleBodies(page);
    await signInConsole(page, t.url, BOARD);
    await page.goto(`${t.url}/console/events/${ev.eventId}/payments`);
    expect(await page.getAttribute('#lydia-password', 'type')).to.equal('password');
    expect(await page.getAttribute('#lydia-password', 'autocomplete')).to.equal('off');
    expect(await page.getAttribute('#lydia-private-token', 'type')).to.equal('password');
    expect(await page.getAttribute('#lydia-private-token', 'autocomplete')).to.equal('off');

    // A wrong password: Lydia refuses, nothing is listed.
    await page.fill('#lydia-phone', LYDIA_PHONE);
    await page.fill('#lydia-password', 'pas-le-bon');
    await page.click('[data-testid="payacc-fetch-submit"]');
    await page.waitForSelector('[data-testid="payacc-fetch-error"] [data-error-code="PROVIDER_REFUSED"]');
    expect(await page.locator('[data-testid="payacc-business"]').count()).to.equal(0);

    await page.fill('#lydia-password', LYDIA_PASSWORD);
    await page.click('[data-testid="payacc-fetch-submit"]');
    const business = page.locator(`[data-testid="payacc-business"][data-vendor-token="${LYDIA_VENDOR}"]`);
    await business.waitFor();
    expect(await page.locator('[data-testid="payacc-fetch-error"] [data-error-code]').count()).to.equal(0);
    expect(await business.locator('[data-testid="payacc-business-name"]').textContent()).to.equal('BDE Démo');
    expect(await business.locator('[data-testid="payacc-business-token"]').textContent()).to.equal(LYDIA_VENDOR);
    await expectFrenchAndNarrow(page, 'Lydia businesses found');

    await page.fill('#lydia-found-description-0', 'Lydia du BDE');
    await business.locator('[data-testid="payacc-business-add"]').click();
    await page.waitForSelector('[data-testid="payacc-fetch-done"]');
    expect(await page.textContent('[data-testid="payacc-fetch-done"]')).to.include('Lydia du BDE');
    await business.locator('[data-testid="payacc-business-added"]').waitFor();
    const accountId = await listedAccountId(page, 'Lydia du BDE');
    const card = page.locator(`[data-testid="payacc-account"][data-account-id="${accountId}"]`);
    expect(await card.getAttribute('data-provider')).to.equal('LYDIA');
    expect(await card.locator('[data-testid="payacc-identifier"]').textContent()).to.equal(LYDIA_VENDOR);

    // Now selectable, and picked.
    await page.selectOption('#lydiaAccountId', accountId);
    await page.click('[data-testid="payacc-choose-submit"]');
    await page.waitForSelector(`[data-testid="payacc-current-LYDIA"][data-account-id="${accountId}"]`);
    await expectFrenchAndNarrow(page, 'payment tab with a Lydia account');

    // The password stayed in its input (typed by the user), never in the page the server sent.
    expect(await page.getAttribute('#lydia-password', 'value')).to.equal(null);
    expect(page.url()).to.not.include(LYDIA_PASSWORD);
    expect((await b.context.cookies()).map((c) => c.value).join(' ')).to.not.include(LYDIA_PASSWORD);
    const html = await page.content();
    expect(html).to.not.include(LYDIA_PRIVATE);
    expect(html).to.not.include(LYDIA_PASSWORD);
    const sent = await Promise.all(bodies);
    expect(sent.length).to.be.greaterThan(3);
    for (const body of sent) {
      expect(body).to.not.include(LYDIA_PRIVATE);
      expect(body).to.not.include(LYDIA_PASSWORD);
    }

    const { event } = await ev.board.data(EVENT_ACCOUNTS, { id: ev.eventId });
    expect(event.lydiaAccount).to.include({
      id: accountId,
      provider: 'LYDIA',
      lydiaVendorToken: LYDIA_VENDOR,
      description: 'Lydia du BDE',
      active: true,
    });
    expect(JSON.stringify(event)).to.not.include(LYDIA_PRIVATE);
  });

  it('PY4 e2e: without JavaScript, the Lydia password is asked again to add an account and never sent back', async () => {
    // A second Lydia login of the simulator, so that this test has a business of its own.
    const login = {
      phone: '0611223344',
      password: 'theatre-secret-42',
      businesses: [{ name: 'Théâtre A7', vendorToken: 'theatre-vendor-0042', privateToken: 'theatre-private-0042' }],
    };
    const added = await fetch(`${t.url}/simulators/lydia/_control/accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(login),
    });
    expect(added.status).to.equal(201);
    const ev = await organizerEvent(t, { name: 'Gala sans JavaScript' });
    const { page } = b;
    await signInConsole(page, t.url, BOARD);
    // No script of the apps runs: every form is an HTML form posted by the browser.
    await page.route('**/_app/**/*.js', (route) => route.abort());
    const documents: Promise<string>[] = [];
    page.on('response', (res) => {
      if (res.request().resourceType() === 'document') documents.push(res.text().catch(() => ''));
    });
    await page.goto(`${t.url}/console/events/${ev.eventId}/payments`);
    await page.fill('#lydia-phone', login.phone);
    await page.fill('#lydia-password', login.password);
    await Promise.all([page.waitForNavigation(), page.click('[data-testid="payacc-fetch-submit"]')]);
    const business = page.locator('[data-testid="payacc-business"][data-vendor-token="theatre-vendor-0042"]');
    await business.waitFor();
    expect(await page.inputValue('#lydia-phone')).to.equal(login.phone);
    expect(await page.inputValue('#lydia-password')).to.equal(''); // the page did not send it back
    await expectFrenchAndNarrow(page, 'Lydia businesses found without JavaScript');

    // The browser refuses to send the form without the password; typed again, the account is added.
    await page.fill('#lydia-found-description-0', 'Lydia du théâtre');
    const form = page.locator('[data-testid="payacc-fetch-form"]');
    expect(await form.evaluate((f) => (f as HTMLFormElement).checkValidity())).to.equal(false);
    await page.fill('#lydia-password', login.password);
    await Promise.all([page.waitForNavigation(), business.locator('[data-testid="payacc-business-add"]').click()]);
    await page.waitForSelector('[data-testid="payacc-fetch-done"]');
    expect(page.url()).to.match(/\/payments\?\/lydiaAdd$/); // posted by the browser itself
    await business.locator('[data-testid="payacc-business-added"]').waitFor();
    const accountId = await listedAccountId(page, 'Lydia du théâtre');
    expect(await page.locator(`#lydiaAccountId option[value="${accountId}"]`).count()).to.equal(1);
    expect(await page.inputValue('#lydia-password')).to.equal('');

    const sent = await Promise.all(documents);
    expect(sent.length).to.be.greaterThan(2);
    for (const body of sent) {
      expect(body).to.not.include(login.password);
      expect(body).to.not.include('theatre-private-0042');
    }
    const choices = (await ev.board.data(EVENT_ACCOUNTS, { id: ev.eventId })).event.paymentAccountChoices;
    expect(choices.find((a: { id: string }) => a.id === accountId)).to.include({
      lydiaVendorToken: 'theatre-vendor-0042',
      description: 'Lydia du théâtre',
    });
  });

  it('PY1 e2e: a platform admin deactivates an account', async () => {
    const ev = await organizerEvent(t, { name: 'Gala désactivé' });
    const accountId: string = (
      await ev.board.data(CREATE_PAYPAL, {
        i: { eventId: ev.eventId, description: 'PayPal compromis', receiverEmail: 'ancien@bde.example.org' },
      })
    ).createPaypalAccount.id;
    await ev.board.data(SET_ACCOUNTS, { e: ev.eventId, p: accountId, l: null });

    // Only platform admins have the page (and its link).
    const { page } = b;
    await signInConsole(page, t.url, BOARD);
    expect(await page.locator('[data-testid="nav-payment-accounts"]').count()).to.equal(0);
    const refused = await page.goto(`${t.url}/console/admin/payment-accounts`);
    expect(refused!.status()).to.equal(403);
    await page.context().clearCookies();

    await signInConsole(page, t.url, PLATFORM_ADMIN);
    await page.click('[data-testid="nav-payment-accounts"]');
    await page.waitForURL(/\/console\/admin\/payment-accounts$/);
    await expectFrenchAndNarrow(page, 'payment accounts admin page');
    const row = page.locator(`[data-testid="payacc-admin-row"][data-account-id="${accountId}"]`);
    expect(await row.getAttribute('data-active')).to.equal('true');
    const text = (await row.textContent())!;
    expect(text)
      .to.include('Net7')
      .and.to.include('PayPal')
      .and.to.include('PayPal compromis')
      .and.to.include('ancien@bde.example.org')
      .and.to.include('actif');

    // The first click only asks; cancelling changes nothing.
    await row.locator('[data-testid="payacc-deactivate"]').click();
    await page.waitForSelector('[data-testid="payacc-confirm"]');
    expect(page.url()).to.include(`deactivate=${accountId}`);
    const confirm = (await page.textContent('[data-testid="payacc-confirm"]'))!;
    expect(confirm)
      .to.include('PayPal compromis')
      .and.to.include('Net7')
      .and.to.include('définitif')
      .and.to.include('conservés');
    await expectFrenchAndNarrow(page, 'deactivation confirmation');
    await page.click('[data-testid="payacc-confirm-cancel"]');
    await page.waitForURL(/\/payment-accounts$/);
    expect(await page.locator('[data-testid="payacc-confirm"]').count()).to.equal(0);
    expect(await row.getAttribute('data-active')).to.equal('true');

    await row.locator('[data-testid="payacc-deactivate"]').click();
    await page.click('[data-testid="payacc-confirm-submit"]');
    await page.waitForSelector('[data-testid="payacc-deactivate-done"]');
    expect(await page.textContent('[data-testid="payacc-deactivate-done"]')).to.include('PayPal compromis');
    await page.waitForSelector(`[data-testid="payacc-admin-row"][data-account-id="${accountId}"][data-active="false"]`);
    expect(await row.textContent()).to.include('désactivé');
    expect(await row.locator('[data-testid="payacc-deactivate"]').count()).to.equal(0);
    expect(await page.locator('[data-testid="payacc-confirm"]').count()).to.equal(0);

    const admin = await t.signedIn(PLATFORM_ADMIN);
    const account = (await admin.data(ALL_ACCOUNTS)).allPaymentAccounts.find((a: { id: string }) => a.id === accountId);
    expect(account.active).to.equal(false);
    expect(account.deactivatedAt).to.be.a('string');

    // The event's admins see it deactivated, and it is no longer offered for new events.
    await page.context().clearCookies();
    await signInConsole(page, t.url, BOARD);
    await page.goto(`${t.url}/console/events/${ev.eventId}/payments`);
    expect(await page.textContent('[data-testid="payacc-current-PAYPAL"]')).to.include('désactivé');
    const other = await organizerEvent(t, { name: 'Gala suivant' });
    await page.goto(`${t.url}/console/events/${other.eventId}/payments`);
    expect(await page.locator(`#paypalAccountId option[value="${accountId}"]`).count()).to.equal(0);
  });

  it('PY5 e2e: the booking page shows the payment records', async () => {
    const ev = await organizerEvent(t, { name: 'Gala payé en ligne' });
    const ticketId = await ev.ticket({ name: 'Entrée', priceCents: 1500, capacity: 10 });
    const paypalId: string = (
      await ev.board.data(CREATE_PAYPAL, {
        i: { eventId: ev.eventId, description: 'PayPal du gala', receiverEmail: 'gala@bde.example.org' },
      })
    ).createPaypalAccount.id;
    await ev.board.data(SET_ACCOUNTS, { e: ev.eventId, p: paypalId, l: null });
    const alice = await t.signedIn(ALICE);
    const booked = await book(alice, ticketId);
    expect(booked.errors, JSON.stringify(booked.errors)).to.equal(undefined);
    const bookingId: string = booked.data!.book.id;

    // Alice pays with PayPal: her browser posts the checkout to the simulator, which then sends the IPN.
    const checkout = (await alice.data(START_CHECKOUT, { b: bookingId })).startPaypalCheckout;
    const invoice: string = checkout.attempt.ref;
    const posted = await fetch(checkout.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(
        checkout.fields.map((f: { name: string; value: string }) => [f.name, f.value]),
      ).toString(),
      redirect: 'manual',
    });
    expect(posted.status).to.equal(303);
    const paid = await fetch(`${t.url}/simulators/paypal/_control/checkouts/${encodeURIComponent(invoice)}/pay`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(paid.status, await paid.clone().text()).to.equal(200);
    await eventually(
      'the booking reserved by the IPN',
      async () => (await ev.board.data(BOOKING, { id: bookingId })).booking.status === 'RESERVED',
    );
    // The records are for the organizers only.
    expect((await alice.error(RECORDS, { id: bookingId })).extensions?.code).to.equal('FORBIDDEN');

    const { page } = b;
    await signInConsole(page, t.url, BOARD);
    await page.goto(`${t.url}/console/events/${ev.eventId}/bookings/${bookingId}`);
    expect(await page.getAttribute('[data-testid="booking-status"]', 'data-status')).to.equal('RESERVED');
    await expectFrenchAndNarrow(page, 'booking page with online payment');

    // The payment, online and conforming.
    const payment = page.locator('[data-testid="payments-list"] [data-testid="payment-row"]');
    expect(await payment.count()).to.equal(1);
    expect(await payment.getAttribute('data-provider')).to.equal('PAYPAL');
    expect(await payment.getAttribute('data-conforming')).to.equal('true');
    expect(await payment.textContent())
      .to.include('En ligne (PayPal)')
      .and.to.include('15,00')
      .and.to.include('Conforme');

    // The attempt: the checkout, paid.
    const attempt = page.locator('[data-testid="attempts-list"] [data-testid="attempt-row"]');
    expect(await attempt.count()).to.equal(1);
    expect(await attempt.getAttribute('data-ref')).to.equal(invoice);
    expect(await attempt.getAttribute('data-state')).to.equal('PAID');
    expect(await attempt.textContent())
      .to.include('PayPal')
      .and.to.include(invoice)
      .and.to.include('15,00')
      .and.to.include('Payée');

    // The history: the checkout built, the IPN received (acted upon: RESERVED) and its verification.
    const kinds = await page
      .locator('[data-testid="records-list"] [data-testid="record"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')));
    expect(kinds).to.include.members(['CHECKOUT', 'IPN', 'IPN_VERIFICATION']);
    const ipn = page.locator('[data-testid="record"][data-kind="IPN"]').first();
    expect(await ipn.getAttribute('data-outcome')).to.equal('RESERVED');
    expect(await ipn.locator('[data-testid="record-outcome"]').isVisible()).to.equal(true);
    expect(await ipn.locator('[data-testid="record-outcome"]').textContent()).to.include('RESERVED');
    expect(await ipn.locator('[data-testid="record-verification"]').textContent()).to.include('Vérifiée');
    expect(await ipn.locator('[data-testid="record-status"]').textContent()).to.equal('Completed');
    expect(await ipn.textContent())
      .to.include('PayPal · Notification de paiement')
      .and.to.include('15,00');
    const verification = page.locator('[data-testid="record"][data-kind="IPN_VERIFICATION"]').first();
    expect(await verification.locator('[data-testid="record-status"]').textContent()).to.equal('VERIFIED');

    // The raw message, folded until asked for.
    const raw = ipn.locator('[data-testid="record-raw"]');
    expect(await raw.isVisible()).to.equal(false);
    await ipn.locator('[data-testid="record-raw-toggle"]').click();
    expect(await raw.isVisible()).to.equal(true);
    expect(await raw.textContent())
      .to.include('txn_id=')
      .and.to.include(`invoice=${encodeURIComponent(invoice)}`);
    await expectFrenchAndNarrow(page, 'booking page with a raw message open');
  });
});
