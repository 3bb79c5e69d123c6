import { expect } from 'chai';
import { ShiftedClock } from '../../server/src/core/clock';
import { useApp } from '../support/app';
import { sql } from '../support/booking-fixtures';
import { expectFrenchAndNarrow, signInPortal, useBrowser } from '../support/browser';
import { BOOK, organizerEvent } from '../support/event-fixtures';
import { createUser, DEMO_PASSWORD } from '../support/fixtures';

const DAY = 86_400_000;

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
});
