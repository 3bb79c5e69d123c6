import { expect } from 'chai';
import { ShiftedClock } from '../../server/src/core/clock';
import { useApp } from '../support/app';
import { sql } from '../support/booking-fixtures';
import { expectFrenchAndNarrow, signInConsole, signInPortal, useBrowser } from '../support/browser';
import { BOOK, organizerEvent } from '../support/event-fixtures';
import { createUser, DEMO_PASSWORD } from '../support/fixtures';

const DAY = 86_400_000;
const DELETE_ME = `mutation($p: String!) { deleteMyAccount(password: $p) }`;

describe('e2e (Chromium, 375 px): deleting my account and downloading my data in “Mon compte” (AC3, AC4)', function () {
  this.timeout(120_000);
  const clock = new ShiftedClock();
  const t = useApp({ serveApps: true, clock });
  const b = useBrowser();

  it('AC3/AC4: “Mon compte” shows the date until deletion is possible, then the asked-twice deletion with the password; AC4’s download link gives the ZIP', async () => {
    const { page } = b;
    const email = 'eloise.efface@example.org';
    const userId = await createUser(t, { email, kind: 'EXTERNAL', firstName: 'Éloïse', lastName: 'Effacée' });
    const ev = await organizerEvent(t, { name: 'Soirée d’adieu' });
    const ticket = await ev.ticket({ priceCents: 0 });
    const me = await t.signedIn(email);
    await me.data(BOOK, { i: { ticketId: ticket, optionIds: [] } });

    await signInPortal(page, t.url, email);
    await page.goto(`${t.url}/account`);
    await page.waitForSelector('[data-testid="account-deletion-from"]');
    expect(await page.textContent('[data-testid="account-deletion-from"]')).to.match(/à partir du/);
    expect(await page.textContent('[data-testid="account-deletion-removes"]'))
      .to.include('votre adresse e-mail')
      .and.include('les fichiers que vous avez envoyés');
    expect(await page.textContent('[data-testid="account-deletion-keeps"]')).to.include('vos paiements');
    expect(await page.locator('[data-testid="account-delete"]').count(), 'no button before the date').to.equal(0);
    await expectFrenchAndNarrow(page, 'Mon compte, deletion not yet possible');

    // AC4: the link downloads the ZIP of everything held about the person.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="account-data-download"]'),
    ]);
    expect(download.suggestedFilename()).to.match(/^billetterie-mes-donnees-.*\.zip$/);

    // 30 days after the event's end: the button, asked twice, with the password.
    clock.advance(70 * DAY);
    await page.goto(`${t.url}/account`);
    await page.click('[data-testid="account-delete"]');
    await page.fill('#password', 'pas le bon');
    await page.click('[data-testid="account-delete-confirm"]');
    await page.waitForSelector('[data-testid="account-deletion-error"]');
    await expectFrenchAndNarrow(page, 'Mon compte, deletion asked, wrong password');
    await page.fill('#password', DEMO_PASSWORD);
    await page.click('[data-testid="account-delete-confirm"]');
    await page.waitForURL(`${t.url}/`);
    expect(await page.locator('[data-testid="viewer-name"]').count(), 'signed out').to.equal(0);
    const [row] = await sql(t).execute(`select deleted_at, first_name from users where id = ?`, [userId]);
    expect(row.deleted_at).to.not.equal(null);
    expect(row.first_name).to.equal('');
  });

  it('AC3: after the deletion, the console’s booking page and door list show the holder as “Anonyme”, without the name or email', async () => {
    const { page } = b;
    const email = 'gaspard.disparu@example.org';
    const needles = [email, 'Gaspard', 'Disparu'];
    await createUser(t, { email, kind: 'EXTERNAL', firstName: 'Gaspard', lastName: 'Disparu' });
    const start = clock.now().getTime() + DAY;
    const ev = await organizerEvent(t, {
      name: 'Bal masqué',
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 4 * 3600_000).toISOString(),
    });
    const ticket = await ev.ticket({ priceCents: 0 });
    const me = await t.signedIn(email);
    const booking = (await me.data(BOOK, { i: { ticketId: ticket, optionIds: [] } })).book as {
      id: string;
      reference: string;
      status: string;
    };
    expect(booking.status, 'a free ticket is a reservation at once').to.equal('RESERVED');
    clock.advance(40 * DAY);
    expect((await me.data(DELETE_ME, { p: DEMO_PASSWORD })).deleteMyAccount).to.equal(true);
    const expectNoTrace = (text: string | null, what: string) => {
      for (const needle of needles) expect(text ?? '', `${what} holds ${needle}`).to.not.include(needle);
    };

    await signInConsole(page, t.url, 'bureau@example.org');
    await page.goto(`${t.url}/console/events/${ev.eventId}/bookings/${booking.id}`);
    await page.waitForSelector('[data-testid="booking-holder"]');
    expect((await page.textContent('[data-testid="booking-holder"]'))?.trim()).to.match(/^Anonyme/);
    expect(await page.textContent('[data-testid="booking-title"]')).to.include(`Anonyme · ${booking.reference}`);
    expect(await page.locator('[data-testid="booking-holder"] a[href^="mailto:"]').count(), 'no address').to.equal(0);
    expectNoTrace(await page.textContent('main'), 'the booking page');
    await expectFrenchAndNarrow(page, 'console booking page of a deleted account');

    await page.goto(`${t.url}/console/events/${ev.eventId}/door/list`);
    const row = page.locator(`[data-testid="door-row"][data-booking-id="${booking.id}"]`);
    await row.waitFor();
    expect((await row.locator('[data-testid="door-row-holder"]').textContent())?.trim()).to.equal('Anonyme');
    expectNoTrace(await page.textContent('main'), 'the door list');
    await expectFrenchAndNarrow(page, 'console door list with a deleted account');
  });
});
