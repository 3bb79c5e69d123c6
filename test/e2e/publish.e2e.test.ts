import { expect } from 'chai';
import { useApp } from '../support/app';
import { expectFrenchAndNarrow, signInConsole, useBrowser } from '../support/browser';
import { organizerEvent } from '../support/event-fixtures';

describe('e2e (Chromium, 375 px): publishing a draft from the console', function () {
  this.timeout(120_000);
  const t = useApp({ serveApps: true });
  const b = useBrowser();

  it('EV1 e2e: a draft says so with a "Publier" call; its checklist blocks while there is no ticket, then it goes out', async () => {
    const ev = await organizerEvent(t, { visibility: 'DRAFT', name: 'Gala en brouillon' });
    const { page } = b;
    await signInConsole(page, t.url, 'bureau@example.org');
    await page.goto(`${t.url}/console/events/${ev.eventId}/tickets`);
    await page.waitForSelector('[data-testid="draft-banner"]');
    await page.click('[data-testid="publish-link"]');
    await page.waitForURL(/\/publish$/);
    expect(await page.getAttribute('[data-testid="publish-check"]', 'data-problem')).to.equal('NO_TICKET');
    expect(await page.isDisabled('[data-testid="publish-submit"]'), 'blocked while there is no ticket').to.equal(true);
    expect(await page.textContent('[data-testid="publish-blocked-why"]')).to.include('À corriger');
    await expectFrenchAndNarrow(page, 'publish checklist, blocked');

    await ev.ticket({ name: 'Entrée', priceCents: 1500 });
    await page.reload();
    expect(await page.getAttribute('[data-testid="publish-check"]', 'data-problem')).to.equal(
      'PAID_WITHOUT_ONLINE_PAYMENT',
    );
    expect(await page.getAttribute('[data-testid="publish-check"]', 'data-blocking')).to.equal('false');
    await page.selectOption('#publishVisibility', 'INTERNAL');
    await page.click('[data-testid="publish-submit"]');
    await page.waitForURL(/\/tickets$/);
    expect(await page.locator('[data-testid="draft-banner"]').count(), 'published: no draft banner').to.equal(0);
    const { event } = await ev.board.data(`query($id: ID!) { event(id: $id) { visibility } }`, { id: ev.eventId });
    expect(event.visibility).to.equal('INTERNAL');
    await expectFrenchAndNarrow(page, 'published event');
  });
});
