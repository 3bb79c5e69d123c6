import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { useApp } from '../support/app';
import { expectFrenchAndNarrow, parisLocal, signInConsole, signInPortal, useBrowser } from '../support/browser';
import { idOf } from '../support/fixtures';

// Demo seed (server/src/db/seeders/demo.ts): bureau@ is on the board of net7 (and a plain member of gala-n7);
// alice@ is ENSEEIHT 2027 and a plain member of net7; chloe@ is ENSEEIHT 2028 in no club;
// exterieur@ is an EXTERNAL account. All sign in with the demo password.
const BOARD = 'bureau@example.org';
const STUDENT = 'alice@example.org';
const OTHER_YEAR = 'chloe@example.org';
const EXTERNAL = 'exterieur@example.org';
const PASSWORD = 'billetterie-demo';

const DAY = 24 * 3600 * 1000;

const EVENT_QUERY = `query Event($id: ID!) {
  event(id: $id) {
    id name description location startsAt endsAt visibility contactEmail sponsorshipLimit viewerPermission
    club { slug }
    tickets {
      id kind name priceCents capacity
      restrictedToSchools { slug } restrictedToClassYears restrictedToAssociations { slug }
      options { name priceCents }
      optionGroups { name options { name priceCents } }
      extraInfos { label type blocks fileTypes fileMaxBytes }
      eligibility { canBook reasons }
    }
  }
}`;
const PERMISSION_QUERY = `query Permission($id: ID!) { event(id: $id) { id viewerPermission } }`;
const CREATE_EVENT = `mutation Create($input: CreateEventInput!) { createEvent(input: $input) { id } }`;

describe('e2e (Chromium, 375 px): an event built in the console, seen in the portal', function () {
  this.timeout(90_000);
  const t = useApp({ serveApps: true });
  const b = useBrowser();

  // Shared by the tests below, filled by the first one (mocha runs them in order).
  const eventName = 'Hackathon Quasar';
  const searchWord = 'quasar';
  const day = parisLocal(new Date(Date.now() + 30 * DAY)).slice(0, 10);
  const startsLocal = `${day}T19:00`;
  const endsLocal = `${day}T23:30`;
  const made: { eventId?: string; openId?: string; restrictedId?: string } = {};
  const need = () => {
    if (!made.eventId || !made.openId || !made.restrictedId)
      throw new Error('the event was not built by the first test');
    return made as Required<typeof made>;
  };

  /** Every console sign-in also checks the sign-in page itself. */
  const checkSignInPage = { beforeFill: (page: Page) => expectFrenchAndNarrow(page, 'console sign-in') };

  const eligibility = (page: Page, ticketId: string) =>
    page.locator(`[data-testid="ticket-${ticketId}"] [data-testid="eligibility"]`);

  it('EV2/EV3/TK1/TK2/TK3/OP1/OP2/XI1: a net7 board member creates a public event, an open and a restricted ticket, an option, an option group and a FILE extra information', async () => {
    const { page } = b;
    await signInConsole(page, t.url, BOARD, checkSignInPage);
    await expectFrenchAndNarrow(page, 'console home');
    await page.click('[data-testid="event-create"]');
    await page.waitForURL(/\/console\/events\/new$/);
    await expectFrenchAndNarrow(page, 'new event');

    // EV2: only the clubs whose board the member sits on (not gala-n7, where bureau@ is a plain member).
    const clubChoices = await page.locator('#clubId option').allTextContents();
    expect(clubChoices.map((c) => c.trim())).to.deep.equal(['Net7']);
    await page.fill('#name', eventName);
    await page.fill('#description', 'Vingt-quatre heures de **code** au foyer.');
    await page.fill('#location', 'Foyer N7, Toulouse');
    await page.fill('#startsAt', startsLocal);
    await page.fill('#endsAt', endsLocal);
    await page.check('[data-testid="visibility-PUBLIC"]');
    await page.fill('#contactEmail', 'net7@example.org');
    await page.fill('#sponsorshipLimit', '2');
    await page.click('[data-testid="event-submit"]');
    await page.waitForURL(/\/console\/events\/[0-9a-f-]{36}\/tickets$/);
    const eventId = /\/events\/([0-9a-f-]{36})\/tickets$/.exec(page.url())![1];
    made.eventId = eventId;
    expect(await page.textContent('[data-testid="event-title"]')).to.equal(eventName);
    await page.waitForSelector('[data-testid="tickets-none"]');
    await expectFrenchAndNarrow(page, 'tickets tab');

    // TK1: an OPEN ticket (the default kind).
    const rows = page.locator('[data-testid="tickets-list"] [data-testid="ticket-row"]');
    expect(await page.isChecked('[data-testid="ticket-kind-OPEN"]')).to.equal(true);
    await page.fill('#ticketName', 'Entrée libre');
    await page.fill('#priceEuros', '12,50');
    await page.fill('#capacity', '150');
    await page.click('[data-testid="ticket-submit"]');
    await rows.filter({ hasText: 'Entrée libre' }).waitFor();
    // The creation form empties itself once saved.
    expect(await page.inputValue('#ticketName')).to.equal('');

    // TK2: a RESTRICTED ticket for ENSEEIHT 2027; its restriction fields only show for that kind.
    expect(await page.isVisible('[data-testid="school-enseeiht"]')).to.equal(false);
    await page.check('[data-testid="ticket-kind-RESTRICTED"]');
    await page.fill('#ticketName', 'Promo 2027');
    await page.fill('#priceEuros', '5');
    await page.fill('#capacity', '80');
    await page.check('[data-testid="school-enseeiht"]');
    await page.fill('#classYears', '2027');
    await page.click('[data-testid="ticket-submit"]');
    await rows.filter({ hasText: 'Promo 2027' }).waitFor();
    expect(await rows.count()).to.equal(2);

    const openRow = rows.filter({ hasText: 'Entrée libre' });
    const restrictedRow = rows.filter({ hasText: 'Promo 2027' });
    expect(await openRow.textContent())
      .to.include('Ouvert')
      .and.to.include('150 places');
    expect(await restrictedRow.textContent())
      .to.include('Restreint')
      .and.to.include('80 places');
    made.openId = (await openRow.getAttribute('data-ticket-id'))!;
    made.restrictedId = (await restrictedRow.getAttribute('data-ticket-id'))!;
    await expectFrenchAndNarrow(page, 'tickets tab with two tickets');

    // On the open ticket's page: an option, an option group and an extra information.
    await openRow.locator('a').click();
    await page.waitForURL(new RegExp(`/console/events/${eventId}/tickets/${made.openId}$`));
    expect(await page.textContent('[data-testid="ticket-title"]')).to.equal('Entrée libre');
    await expectFrenchAndNarrow(page, 'ticket page');

    // Issue 15: the ticket's page is in sections, one sub-page each, reached by links.
    await page.click('[data-testid="ticket-section-options"]');
    await page.waitForURL(new RegExp(`/console/events/${eventId}/tickets/${made.openId}/options$`));
    // OP1: an independent option with a price.
    await page.fill('#optionName', 'Navette retour');
    await page.fill('#optionPrice', '3');
    await page.click('[data-testid="option-submit"]');
    await page.locator('[data-testid="options-list"] > li', { hasText: 'Navette retour' }).waitFor();
    expect(await page.inputValue('#optionName')).to.equal('');

    // OP2: a group of two options; the extra blank row is left out, the free "none" choice is implicit.
    await page.click('[data-testid="ticket-section-groups"]');
    await page.waitForURL(new RegExp(`/tickets/${made.openId}/groups$`));
    await page.fill('#groupName', 'Repas');
    await page.fill('[data-testid="group-option-name-0"]', 'Végétarien');
    await page.fill('[data-testid="group-option-price-0"]', '8');
    await page.fill('[data-testid="group-option-name-1"]', 'Viande');
    await page.fill('[data-testid="group-option-price-1"]', '9,50');
    await page.click('[data-testid="group-add-row"]');
    await page.waitForSelector('[data-testid="group-option-name-2"]');
    await page.click('[data-testid="group-submit"]');
    const group = page.locator('[data-testid="groups-list"] > li', { hasText: 'Repas' });
    await group.waitFor();
    expect(await group.locator('summary').textContent()).to.include('Repas (3)'); // none + 2 options

    // XI1: a FILE requirement (PDF, at most 2 MB) blocking entry.
    await page.click('[data-testid="ticket-section-extras"]');
    await page.waitForURL(new RegExp(`/tickets/${made.openId}/extras$`));
    await page.fill('#extraLabel', 'Certificat médical');
    await page.check('[data-testid="extra-type-FILE"]');
    await page.check('[data-testid="extra-blocks-ENTRY"]');
    await page.check('[data-testid="extra-filetype-pdf"]');
    await page.fill('#extraMaxMb', '2');
    await page.click('[data-testid="extra-submit"]');
    const extra = page.locator('[data-testid="extras-list"] > li', { hasText: 'Certificat médical' });
    await extra.waitFor();
    // Edit forms of existing rows get row-prefixed ids: the saved settings read back from the page.
    const extraForm = extra.locator('form[data-testid^="extra-"]').first();
    const extraId = (await extraForm.getAttribute('data-testid'))!.replace(/^extra-/, '');
    expect(await page.isChecked(`[data-testid="extra-${extraId}-filetype-pdf"]`)).to.equal(true);
    expect(await page.isChecked(`[data-testid="extra-${extraId}-filetype-png"]`)).to.equal(false);
    expect(await page.isChecked(`[data-testid="extra-${extraId}-blocks-ENTRY"]`)).to.equal(true);
    expect(await page.inputValue(`#extra-${extraId}-extraMaxMb`)).to.equal('2');
    await expectFrenchAndNarrow(page, 'ticket page with option, group and extra information');

    // What the UI saved, read back through the API as the board member.
    const board = await t.signedIn(BOARD);
    const { event } = await board.data(EVENT_QUERY, { id: eventId });
    expect(event).to.deep.include({
      name: eventName,
      description: 'Vingt-quatre heures de **code** au foyer.',
      location: 'Foyer N7, Toulouse',
      visibility: 'PUBLIC',
      contactEmail: 'net7@example.org',
      sponsorshipLimit: 2,
      viewerPermission: 'ADMIN', // EV2: the creator gets ADMIN
      club: { slug: 'net7' },
    });
    expect(parisLocal(event.startsAt)).to.equal(startsLocal); // typed as Paris time
    expect(parisLocal(event.endsAt)).to.equal(endsLocal);
    const open = event.tickets.find((x: any) => x.id === made.openId);
    const restricted = event.tickets.find((x: any) => x.id === made.restrictedId);
    expect(open).to.deep.include({
      kind: 'OPEN',
      name: 'Entrée libre',
      priceCents: 1250,
      capacity: 150,
      restrictedToSchools: [],
      restrictedToClassYears: [],
      restrictedToAssociations: [],
      options: [{ name: 'Navette retour', priceCents: 300 }],
      extraInfos: [
        {
          label: 'Certificat médical',
          type: 'FILE',
          blocks: 'ENTRY',
          fileTypes: ['application/pdf'],
          fileMaxBytes: 2 * 1024 * 1024,
        },
      ],
    });
    expect(open.optionGroups).to.deep.equal([
      {
        name: 'Repas',
        options: [
          { name: 'Végétarien', priceCents: 800 },
          { name: 'Viande', priceCents: 950 },
        ],
      },
    ]);
    expect(restricted).to.deep.include({
      kind: 'RESTRICTED',
      name: 'Promo 2027',
      priceCents: 500,
      capacity: 80,
      restrictedToSchools: [{ slug: 'enseeiht' }],
      restrictedToClassYears: [2027],
      restrictedToAssociations: [],
      options: [],
      optionGroups: [],
      extraInfos: [],
    });
  });

  it('PM1/PM2: on the admins page the board member grants VALIDATE to the members of net7; a plain net7 member then has VALIDATE, others nothing', async () => {
    const { eventId } = need();
    const [member, outsider] = [await t.signedIn(STUDENT), await t.signedIn(OTHER_YEAR)];
    expect((await member.data(PERMISSION_QUERY, { id: eventId })).event.viewerPermission).to.equal(null);

    const { page } = b;
    await signInConsole(page, t.url, BOARD, checkSignInPage);
    await page.goto(`${t.url}/console/events/${eventId}/tickets`);
    await page.click('[data-testid="tab-admins"]');
    await page.waitForURL(new RegExp(`/console/events/${eventId}/admins$`));
    await page.waitForSelector('[data-testid="admins-list"]');
    await expectFrenchAndNarrow(page, 'admins page');
    expect(await page.locator(`[data-testid="admin-row"][data-email="${STUDENT}"]`).count()).to.equal(0);

    await page.check('[data-testid="grant-level-VALIDATE"]');
    await page.check('[data-testid="grant-kind-CLUB_MEMBERS"]');
    await page.selectOption('#grantClub', { value: await idOf(t, 'club', 'net7') });
    await page.click('[data-testid="grant-submit"]');
    await page.waitForSelector('[data-testid="grant-done"]');
    const grant = page.locator('[data-testid="grants-list"] [data-testid="grant-row"][data-kind="CLUB_MEMBERS"]');
    await grant.waitFor();
    expect(await grant.getAttribute('data-level')).to.equal('VALIDATE');
    expect(await grant.textContent()).to.include('Membres de Net7');
    // The grant reaches every member: the plain member now has VALIDATE, the creator keeps ADMIN.
    const aliceRow = page.locator(`[data-testid="admins-list"] [data-testid="admin-row"][data-email="${STUDENT}"]`);
    await aliceRow.waitFor();
    expect(await aliceRow.getAttribute('data-level')).to.equal('VALIDATE');
    expect(await page.getAttribute(`[data-testid="admin-row"][data-email="${BOARD}"]`, 'data-level')).to.equal('ADMIN');
    await expectFrenchAndNarrow(page, 'admins page after the grant');

    // Through the API: the grant made in the UI is what the server applies.
    expect((await member.data(PERMISSION_QUERY, { id: eventId })).event.viewerPermission).to.equal('VALIDATE');
    expect((await outsider.data(PERMISSION_QUERY, { id: eventId })).event.viewerPermission).to.equal(null);
    expect((await (await t.signedIn(BOARD)).data(PERMISSION_QUERY, { id: eventId })).event.viewerPermission).to.equal(
      'ADMIN',
    );

    // And in the console: the member finds the event among theirs, with VALIDATE and no EDIT/ADMIN tabs.
    await b.context.clearCookies();
    await signInConsole(page, t.url, STUDENT, checkSignInPage);
    const card = page.locator(`[data-testid="console-event"][data-event-id="${eventId}"]`);
    await card.waitFor();
    await card.locator('a').click();
    // An event opens on its first tab: the dashboard, for VIEW and above (DB1).
    await page.waitForURL(new RegExp(`/console/events/${eventId}/dashboard$`));
    await page.click('[data-testid="tab-tickets"]');
    await page.waitForURL(new RegExp(`/console/events/${eventId}/tickets$`));
    expect(await page.textContent('[data-testid="event-permission"]')).to.include('validation');
    expect(await page.locator('[data-testid="tab-tickets"]').count()).to.equal(1);
    expect(await page.locator('[data-testid="tab-edit"]').count()).to.equal(0);
    expect(await page.locator('[data-testid="tab-admins"]').count()).to.equal(0);
    expect(await page.locator('[data-testid="ticket-create-form"]').count()).to.equal(0);
    await expectFrenchAndNarrow(page, 'console event page as VALIDATE');
    expect((await page.goto(`${t.url}/console/events/${eventId}/admins`))?.status()).to.equal(403);
  });

  it('EV1/TK2/OP1/OP2: an ENSEEIHT 2027 student finds the event by searching the portal and may book both tickets', async () => {
    const { eventId, openId, restrictedId } = need();
    // Another public event, which the search must leave out.
    const board = await t.signedIn(BOARD);
    const other = await board.data(CREATE_EVENT, {
      input: {
        clubId: await idOf(t, 'club', 'net7'),
        name: 'Tournoi de pétanque',
        description: '',
        location: 'Prairie des Filtres',
        startsAt: new Date(Date.now() + 20 * DAY).toISOString(),
        endsAt: new Date(Date.now() + 20 * DAY + 3 * 3600 * 1000).toISOString(),
        visibility: 'PUBLIC',
        sponsorshipLimit: 0,
        showPlacesLeft: false,
      },
    });
    const otherId = other.createEvent.id;

    const { page } = b;
    await signInPortal(page, t.url, STUDENT);
    await expectFrenchAndNarrow(page, 'portal home');
    const cards = page.locator('[data-testid="events-list"] [data-testid="event-card"]');
    await cards.first().waitFor();
    expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')))).to.have.members([
      eventId,
      otherId,
    ]);

    await page.fill('[data-testid="events-search"]', searchWord);
    await page.click('[data-testid="events-search-submit"]');
    await page.waitForURL(new RegExp(`[?&]q=${searchWord}`));
    await page.locator(`[data-testid="event-card"][data-event-id="${otherId}"]`).waitFor({ state: 'detached' });
    expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')))).to.deep.equal([eventId]);
    await expectFrenchAndNarrow(page, 'portal search results');

    await cards.first().locator('a').click();
    await page.waitForURL(new RegExp(`/events/${eventId}$`));
    await page.waitForSelector(`[data-testid="event-page"][data-event-id="${eventId}"]`);
    expect(await page.textContent('[data-testid="event-location"]')).to.equal('Foyer N7, Toulouse');
    expect(await page.textContent('[data-testid="event-club"]')).to.equal('Net7');
    expect(await page.innerHTML('[data-testid="event-description"]')).to.include('<strong>code</strong>');
    await expectFrenchAndNarrow(page, 'portal event page (student)');

    for (const id of [openId, restrictedId]) {
      expect(await eligibility(page, id).getAttribute('data-can-book'), `ticket ${id}`).to.equal('true');
      expect(await eligibility(page, id).locator('[data-testid="eligibility-ok"]').count()).to.equal(1);
    }
    const restrictedCard = page.locator(`[data-testid="ticket-${restrictedId}"]`);
    expect(await restrictedCard.textContent()).to.include("Réservé aux promotions 2027 de l'ENSEEIHT.");
    // The open ticket shows its option and its group once, in its booking form, the free "none" choice first (issue 16).
    const openCard = page.locator(`[data-testid="ticket-${openId}"]`);
    expect((await openCard.textContent())?.split('Navette retour')).to.have.length(2);
    expect(await openCard.locator('[data-testid="option-group"]').count()).to.equal(0);
    const choices = (await openCard.locator('select[data-testid^="book-group-"] option').allTextContents()).map((c) =>
      c.replace(/\s+/g, ' ').trim(),
    );
    expect(choices).to.have.length(3);
    expect(choices[0]).to.equal('Aucune (gratuit)');
    expect(choices[1]).to.match(/^Végétarien \(\+ 8,00 €\)$/);
    expect(choices[2]).to.match(/^Viande \(\+ 9,50 €\)$/);
  });

  it('TK1/TK2: an external account may book the open ticket but not the restricted one, and is told why', async () => {
    const { eventId, openId, restrictedId } = need();
    const { page } = b;
    await signInPortal(page, t.url, EXTERNAL);
    await page.locator(`[data-testid="event-card"][data-event-id="${eventId}"] a`).click();
    await page.waitForURL(new RegExp(`/events/${eventId}$`));
    await expectFrenchAndNarrow(page, 'portal event page (external)');

    expect(await eligibility(page, openId).getAttribute('data-can-book')).to.equal('true');
    expect(await eligibility(page, openId).textContent()).to.include(
      'Ouvert à tous, y compris aux comptes extérieurs.',
    );
    expect(await eligibility(page, restrictedId).getAttribute('data-can-book')).to.equal('false');
    const reasons = eligibility(page, restrictedId).locator('[data-testid="eligibility-reasons"] li');
    expect(await reasons.evaluateAll((els) => els.map((e) => e.getAttribute('data-reason')))).to.deep.equal([
      'EXTERNAL_ACCOUNT',
    ]);
    expect((await reasons.first().textContent())?.trim()).to.equal(
      'Les comptes extérieurs ne peuvent pas réserver ce billet.',
    );
  });

  it('EV1/TK2: an anonymous visitor sees the public event, every ticket asks to sign in; signing in from there as an ENSEEIHT 2028 student shows the wrong class year', async () => {
    const { eventId, openId, restrictedId } = need();
    const { page } = b;
    await page.goto(`${t.url}/`);
    await expectFrenchAndNarrow(page, 'portal home (anonymous)');
    await page.locator(`[data-testid="event-card"][data-event-id="${eventId}"] a`).click();
    await page.waitForURL(new RegExp(`/events/${eventId}$`));
    await page.waitForSelector(`[data-testid="event-page"][data-event-id="${eventId}"]`);
    await expectFrenchAndNarrow(page, 'portal event page (anonymous)');

    for (const id of [openId, restrictedId]) {
      expect(await eligibility(page, id).getAttribute('data-can-book'), `ticket ${id}`).to.equal('false');
      const reason = eligibility(page, id).locator('[data-testid="eligibility-reasons"] li');
      expect(await reason.evaluateAll((els) => els.map((e) => e.getAttribute('data-reason')))).to.deep.equal([
        'NOT_SIGNED_IN',
      ]);
      expect((await reason.textContent())?.trim()).to.equal('Connectez-vous pour réserver.');
      // Issue 16: back to the exact ticket.
      expect(await reason.locator('a').getAttribute('href')).to.equal(
        `/signin?redirectTo=${encodeURIComponent(`/events/${eventId}#ticket-${id}-name`)}`,
      );
    }

    // The sign-in link brings the visitor back to the event once signed in.
    await eligibility(page, restrictedId).locator('[data-reason="NOT_SIGNED_IN"] a').click();
    await page.waitForURL(/\/signin\?redirectTo=/);
    await page.fill('#email', OTHER_YEAR);
    await page.fill('#password', PASSWORD);
    await page.click('[data-testid="sign-in-submit"]');
    await page.waitForURL(new RegExp(`/events/${eventId}#ticket-${restrictedId}-name$`));
    await page.waitForSelector('[data-testid="viewer-name"]');
    expect(await eligibility(page, openId).getAttribute('data-can-book')).to.equal('true');
    expect(await eligibility(page, restrictedId).getAttribute('data-can-book')).to.equal('false');
    const reasons = eligibility(page, restrictedId).locator('[data-testid="eligibility-reasons"] li');
    expect(await reasons.evaluateAll((els) => els.map((e) => e.getAttribute('data-reason')))).to.deep.equal([
      'WRONG_CLASS_YEAR',
    ]);
    expect((await reasons.first().textContent())?.trim()).to.equal("Votre promotion n'est pas concernée.");
  });
});
