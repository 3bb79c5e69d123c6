import { expect } from 'chai';
import { useApp } from '../support/app';
import { expectFrenchAndNarrow, parisLocal, signInConsole, useBrowser } from '../support/browser';
import { organizerEvent } from '../support/event-fixtures';

// Issue 15 in the console: the home lists my events (upcoming first, searched, with key figures); an event is
// duplicated (DU1) from its edit page, and the draft copy deleted from there.

const DAY = 86_400_000;
const EVENT = `query($id: ID!) { event(id: $id) { id name startsAt visibility tickets { name priceCents } } }`;

describe('e2e (Chromium, 375 px): my events, duplicating and deleting an event in the console (issue 15, DU1)', function () {
  this.timeout(90_000);
  const t = useApp({ serveApps: true });
  const b = useBrowser();

  it('DU1: the home finds the event by an accent-free search with its figures; "Dupliquer" makes a shifted draft copy; "Supprimer" deletes that draft', async () => {
    const start = new Date(Date.now() + 20 * DAY);
    start.setUTCMinutes(0, 0, 0);
    const ev = await organizerEvent(t, {
      name: 'Soirée Étoilée',
      visibility: 'PUBLIC',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 5 * 3600_000).toISOString(),
    });
    await ev.ticket({ name: 'Entrée', priceCents: 1200, capacity: 80 });

    const { page } = b;
    await signInConsole(page, t.url, 'bureau@example.org');
    await page.fill('#events-q', 'soiree etoilee');
    await page.click('[data-testid="events-search-submit"]');
    await page.waitForURL(/\/console\/?\?q=soiree\+etoilee$/);
    const card = page.locator(`[data-testid="console-event"][data-event-id="${ev.eventId}"]`);
    await card.waitFor();
    expect(await page.locator('[data-testid="console-event"]').count()).to.equal(1);
    expect(await card.locator('[data-testid="event-figures"]').textContent()).to.include('0 / 80 places prises');
    await expectFrenchAndNarrow(page, 'console home, searched');

    await page.goto(`${t.url}/console/events/${ev.eventId}/edit`);
    await page.waitForSelector('[data-testid="duplicate-event-form"]');
    expect(await page.locator('[data-testid="delete-event-form"]').count(), 'a public event is not deletable').to.equal(
      0,
    );
    const newStart = new Date(start.getTime() + 7 * DAY);
    await page.fill('#duplicateStartsAt', parisLocal(newStart));
    await page.fill('#duplicateName', 'Soirée Étoilée 2');
    await expectFrenchAndNarrow(page, 'edit page with the duplicate form');
    await page.click('[data-testid="duplicate-event-submit"]');
    await page.waitForURL(
      (url) => /\/console\/events\/[0-9a-f-]{36}\/edit$/.test(url.pathname) && !url.pathname.includes(ev.eventId),
    );
    const copyId = page.url().match(/events\/([0-9a-f-]{36})\/edit/)![1];
    const copy = (await ev.board.data(EVENT, { id: copyId })).event;
    expect(copy).to.deep.include({ name: 'Soirée Étoilée 2', visibility: 'DRAFT' });
    expect(Date.parse(copy.startsAt)).to.equal(newStart.getTime());
    expect(copy.tickets).to.deep.equal([{ name: 'Entrée', priceCents: 1200 }]);

    await page.waitForSelector('[data-testid="delete-event-form"]');
    await expectFrenchAndNarrow(page, 'edit page of the draft copy');
    await page.check('[data-testid="delete-event-confirm"]');
    await page.click('[data-testid="delete-event-submit"]');
    await page.waitForURL(/\/console\/?\?deleted=1$/);
    await page.waitForSelector('[data-testid="event-deleted"]');
    expect(await ev.board.request(EVENT, { id: copyId })).to.have.nested.property(
      'errors[0].extensions.code',
      'NOT_FOUND',
    );
    expect(await page.locator(`[data-testid="console-event"][data-event-id="${copyId}"]`).count()).to.equal(0);
  });
});
