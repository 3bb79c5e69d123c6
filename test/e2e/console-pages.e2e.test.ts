import { expect } from 'chai';
import fs from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { useApp } from '../support/app';
import {
  CHROMIUM,
  expectAccessible,
  expectFrenchAndNarrow,
  launchBrowser,
  signInConsole,
  type Browser,
} from '../support/browser';
import { organizerEvent } from '../support/event-fixtures';
import { createUser, idOf, TINY_PNG } from '../support/fixtures';

const SECTIONS = ['', '/price', '/sales', '/eligibility', '/options', '/groups', '/extras', '/template'];

/** Opens a console page and checks it: French, no sideways scroll at 375 px, axe-core without serious or critical. */
async function sweep(page: Page, url: string, path: string, width: number) {
  const res = await page.goto(`${url}/console${path}`);
  expect(res?.status(), `${path} answers`).to.be.below(400);
  await page.waitForLoadState('networkidle');
  if (width < 600) await expectFrenchAndNarrow(page, `${path} at ${width} px`);
  else await expectAccessible(page, `${path} at ${width} px`);
}

// Issue 15: every console page, at a phone's width and a laptop's, passes axe-core (0 serious/critical violations).
describe('e2e (Chromium): every console page at 375 px and 1280 px is accessible (axe-core)', function () {
  this.timeout(400_000);
  const t = useApp({ serveApps: true });
  let b: Browser | undefined;
  afterEach(async () => {
    await b?.close();
    b = undefined;
  });

  const setUp = async () => {
    const ev = await organizerEvent(t, { name: 'Gala des pages' });
    const ticketId = await ev.ticket({ name: 'Entrée', priceCents: 1000 });
    await ev.option(ticketId, 'Vestiaire', 200);
    const alice = await t.signedIn('alice@example.org');
    const bookingId = (
      await alice.data(`mutation($i: BookInput!) { book(input: $i) { id } }`, { i: { ticketId, optionIds: [] } })
    ).book.id as string;
    return { ev, ticketId, bookingId };
  };

  for (const width of [375, 1280]) {
    it(`issue 15: every event page and every ticket section at ${width} px`, async function () {
      const { ev, ticketId, bookingId } = await setUp();
      b = await launchBrowser(this, { width });
      const { page } = b;
      await signInConsole(page, t.url, 'bureau@example.org');
      const e = `/events/${ev.eventId}`;
      const paths = [
        '',
        '/clubs',
        '/events/new',
        `${e}/dashboard`,
        `${e}/tickets`,
        ...SECTIONS.map((s) => `${e}/tickets/${ticketId}${s}`),
        `${e}/pre-reservations`,
        `${e}/reservations`,
        `${e}/bookings/${bookingId}`,
        `${e}/door`,
        `${e}/door/list`,
        `${e}/give`,
        `${e}/capacity`,
        `${e}/waiting-list`,
        `${e}/edit`,
        `${e}/publish`,
        `${e}/payments`,
        `${e}/mailings`,
        `${e}/admins`,
        `${e}/audit`,
        `/clubs/${await idOf(t, 'club', 'net7')}`,
      ];
      for (const path of paths) await sweep(page, t.url, path, width);
    });

    it(`issue 15: every platform admin page at ${width} px`, async function () {
      b = await launchBrowser(this, { width });
      const { page } = b;
      await signInConsole(page, t.url, 'admin@example.org');
      const paths = [
        '/admin/organizations',
        '/admin/admins',
        '/admin/import',
        '/admin/payment-accounts',
        `/admin/associations/${await idOf(t, 'association', 'bde-n7')}`,
      ];
      for (const path of paths) await sweep(page, t.url, path, width);
    });
  }

  it('EV4, EV5: an EDIT admin sees why deleting and cancelling are locked, next to the locked buttons', async function () {
    const { ev } = await setUp();
    await ev.grant('EDIT', 'chloe@example.org');
    b = await launchBrowser(this, { width: 375 });
    const { page } = b;
    await signInConsole(page, t.url, 'chloe@example.org');
    await page.goto(`${t.url}/console/events/${ev.eventId}/edit`);
    for (const [button, why, text] of [
      ['delete-event-locked', 'delete-event-blocked', 'administration'],
      ['cancel-event-locked', 'cancel-event-blocked', 'administration'],
    ]) {
      expect(await page.isDisabled(`[data-testid="${button}"]`), button).to.equal(true);
      const described = await page.getAttribute(`[data-testid="${button}"]`, 'aria-describedby');
      expect(await page.getAttribute(`[data-testid="${why}"]`, 'id')).to.equal(described);
      expect(await page.isVisible(`[data-testid="${why}"]`)).to.equal(true);
      expect(await page.textContent(`[data-testid="${why}"]`)).to.include(text);
    }
    await expectFrenchAndNarrow(page, 'edit page for EDIT');

    // The board member (ADMIN) of a published event with a booking: deleting is locked, with the server's reason.
    await b.close();
    b = await launchBrowser(this, { width: 375 });
    await signInConsole(b.page, t.url, 'bureau@example.org');
    await b.page.goto(`${t.url}/console/events/${ev.eventId}/edit`);
    expect(await b.page.getAttribute('[data-testid="delete-event-blocked"]', 'data-reason')).to.equal('NOT_DRAFT');
    expect(await b.page.locator('[data-testid="cancel-event-form"]').count(), 'ADMIN may cancel').to.equal(1);
  });

  it('PY1, EV3: the new-event form preselects the club’s only account, keeps what was typed when the cover is refused, then creates with it', async function () {
    await createUser(t, {
      email: 'bureau-theatre@example.org',
      kind: 'SCHOOL',
      schoolSlug: 'ensiacet',
      classYear: 2027,
      clubs: [{ slug: 'theatre-a7', isBoard: true }],
    });
    const board = await t.signedIn('bureau-theatre@example.org');
    const theatre = await idOf(t, 'club', 'theatre-a7');
    const first = (
      await board.data(`mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`, {
        i: {
          clubId: theatre,
          name: 'Première',
          description: '',
          location: 'Toulouse',
          startsAt: '2031-03-01T19:00:00.000Z',
          endsAt: '2031-03-01T22:00:00.000Z',
          visibility: 'DRAFT',
          sponsorshipLimit: 0,
          showPlacesLeft: false,
        },
      })
    ).createEvent.id;
    const account = (
      await board.data(`mutation($i: CreatePaypalAccountInput!) { createPaypalAccount(input: $i) { id } }`, {
        i: { eventId: first, receiverEmail: 'theatre@example.org', description: 'PayPal du théâtre' },
      })
    ).createPaypalAccount.id;

    b = await launchBrowser(this, { width: 375 });
    const { page } = b;
    await signInConsole(page, t.url, 'bureau-theatre@example.org');
    await page.goto(`${t.url}/console/events/new`);
    expect(await page.inputValue('[data-testid="event-account-PAYPAL"]'), 'the only PayPal account').to.equal(account);
    expect(await page.isVisible('[data-testid="event-account-none-LYDIA"]')).to.equal(true);
    await page.fill('#name', 'Deuxième');
    await page.fill('#location', 'Salle des fêtes');
    await page.fill('#startsAt', '2031-04-01T20:00');
    await page.fill('#endsAt', '2031-04-01T23:00');
    await page.setInputFiles('[data-testid="event-cover"]', {
      name: 'affiche.png',
      mimeType: 'image/png',
      buffer: Buffer.from('<script>alert(1)</script>'),
    });
    await page.click('[data-testid="event-submit"]');
    await page.waitForSelector('[data-testid="field-error-cover"]');
    expect(page.url()).to.match(/\/events\/new/);
    expect(await page.inputValue('#name'), 'nothing typed is lost').to.equal('Deuxième');
    expect(await page.inputValue('#location')).to.equal('Salle des fêtes');
    expect(await page.inputValue('#startsAt')).to.equal('2031-04-01T20:00');
    expect(await page.inputValue('[data-testid="event-account-PAYPAL"]')).to.equal(account);
    await expectFrenchAndNarrow(page, 'new event with a refused cover');

    await page.setInputFiles('[data-testid="event-cover"]', {
      name: 'affiche.png',
      mimeType: 'image/png',
      buffer: TINY_PNG,
    });
    await page.click('[data-testid="event-submit"]');
    await page.waitForURL(/\/console\/events\/[0-9a-f-]{36}\/tickets$/);
    const id = /\/events\/([0-9a-f-]{36})\/tickets$/.exec(page.url())![1];
    const made = (
      await board.data(
        `query($id: ID!) { event(id: $id) { name coverUrl paypalAccount { id } lydiaAccount { id } } }`,
        {
          id,
        },
      )
    ).event;
    expect(made).to.deep.include({ name: 'Deuxième', paypalAccount: { id: account }, lydiaAccount: null });
    expect(made.coverUrl).to.be.a('string');
  });

  it('EV3: without JavaScript, a refused cover brings the new-event form back as typed, with the reason on the field', async function () {
    if (!fs.existsSync(CHROMIUM)) this.skip();
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 812 } });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await signInConsole(page, t.url, 'bureau@example.org');
      await page.goto(`${t.url}/console/events/new`);
      await page.fill('#name', 'Sans script');
      await page.fill('#location', 'Foyer');
      await page.fill('#startsAt', '2031-05-01T20:00');
      await page.fill('#endsAt', '2031-05-01T23:00');
      await page.setInputFiles('[data-testid="event-cover"]', {
        name: 'cover.png',
        mimeType: 'image/png',
        buffer: Buffer.from('not an image'),
      });
      await page.click('[data-testid="event-submit"]');
      await page.waitForSelector('[data-testid="field-error-cover"]');
      expect(await page.inputValue('#name')).to.equal('Sans script');
      expect(await page.inputValue('#endsAt')).to.equal('2031-05-01T23:00');
      expect(await page.getAttribute('[data-testid="event-cover"]', 'aria-invalid')).to.equal('true');
    } finally {
      await browser.close();
    }
  });
});
