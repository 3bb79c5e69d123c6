import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { useApp } from '../support/app';
import { expectAccessible, expectFrenchAndNarrow, signInConsole, useBrowser } from '../support/browser';

/** Clicks a button of one list row and waits for the page's answer (the action's alert). */
async function clickInRow(page: Page, row: string, button: string, answer: string) {
  await page.locator(row).locator(`[data-testid="${button}"]`).click();
  await page.waitForSelector(`[data-testid="${answer}"]`);
}

describe('e2e (Chromium, 375 px): memberships and archiving in the console (issue 13)', function () {
  this.timeout(90_000);
  const t = useApp({ serveApps: true });
  const b = useBrowser();

  it('AC1: a platform admin adds a person to an association with an end date, then removes them', async () => {
    const { page } = b;
    await signInConsole(page, t.url, 'admin@example.org');
    await page.goto(`${t.url}/console/admin/organizations`);
    await page.click(
      '[data-testid="organizations-association"] [data-slug="bde-n7"] [data-testid="organization-members"]',
    );
    await page.waitForSelector('[data-testid="association-member-list"]');
    await expectFrenchAndNarrow(page, 'association members');

    await page.fill('#memberEmail', 'chloe@example.org');
    await page.fill('#memberEndsOn', '2027-08-31');
    await page.click('[data-testid="association-member-add-submit"]');
    await page.waitForSelector('[data-testid="association-member-add-done"]');
    const row = '[data-testid="association-member-row"][data-email="chloe@example.org"]';
    expect(await page.locator(row).locator('input[name="endsOn"]').inputValue()).to.equal('2027-08-31');
    expect(await page.locator(row).textContent()).to.contain('2027');
    await expectAccessible(page, 'association members with a new one');

    await clickInRow(page, row, 'association-member-remove', 'association-member-done');
    expect(await page.locator(row).count()).to.equal(0);
  });

  it('EV2: a platform admin archives a club, then restores it ("Restaurer")', async () => {
    const { page } = b;
    await signInConsole(page, t.url, 'admin@example.org');
    await page.goto(`${t.url}/console/admin/organizations`);
    const row = '[data-testid="organizations-club"] [data-slug="theatre-a7"]';
    await clickInRow(page, row, 'organization-archive', 'organization-row-done');
    await page.waitForSelector(`${row} [data-testid="organization-archived"]`);
    expect((await page.locator(row).locator('[data-testid="organization-unarchive"]').textContent())?.trim()).to.equal(
      'Restaurer',
    );
    await expectFrenchAndNarrow(page, 'organizations with an archived club');
    await clickInRow(page, row, 'organization-unarchive', 'organization-row-done');
    await page.waitForSelector(`${row} [data-testid="organization-archive"]`);
    expect(await page.locator(row).locator('[data-testid="organization-archived"]').count()).to.equal(0);
  });

  it("PM2: a club's board member removes a member of their club, and can't leave the club without a board", async () => {
    const { page } = b;
    await signInConsole(page, t.url, 'bureau@example.org');
    await page.click('[data-testid="nav-my-clubs"]');
    await page.click('[data-testid="my-club-link"]');
    const alice = '[data-testid="club-member-row"][data-email="alice@example.org"]';
    await page.waitForSelector(alice);
    await expectFrenchAndNarrow(page, 'club members (board)');

    await clickInRow(page, alice, 'club-member-remove', 'club-member-done');
    expect(await page.locator(alice).count()).to.equal(0);

    // The last board member can't step down: the coded error, in French.
    const self = '[data-testid="club-member-row"][data-email="bureau@example.org"][data-board="true"]';
    await clickInRow(page, self, 'club-member-toggle-board', 'club-member-error');
    expect(await page.textContent('[data-testid="club-member-error"]')).to.contain('au moins un membre du bureau');
    await page.waitForSelector(self);
  });
});
