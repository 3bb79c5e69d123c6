import { expect } from 'chai';
import { useApp } from '../support/app';
import { expectFrenchAndNarrow, signInConsole, useBrowser } from '../support/browser';
import { organizerEvent } from '../support/event-fixtures';

// CP1 in the console: an editor sets the event's total capacity and a quota shared by two tickets, in French, at
// 375 px, accessible; what they set is what the API then holds.
describe('e2e (Chromium, 375 px): the event’s capacity and quotas in the console (CP1)', function () {
  this.timeout(120_000);
  const t = useApp({ serveApps: true });
  const b = useBrowser();

  it('CP1: an editor sets a total capacity, creates a quota shared by two tickets, resizes it below its places and is told why', async () => {
    const ev = await organizerEvent(t, { name: 'Gala quotas' });
    const diner = await ev.ticket({ name: 'Dîner' });
    const soiree = await ev.ticket({ name: 'Soirée' });
    const { page } = b;
    await signInConsole(page, t.url, 'bureau@example.org');
    await page.goto(`${t.url}/console/events/${ev.eventId}`);
    await page.click('[data-testid="tab-capacity"]');
    await page.waitForURL(/\/capacity$/);
    await expectFrenchAndNarrow(page, 'capacity page');

    await page.fill('[data-testid="capacity-input"]', '120');
    await page.click('[data-testid="capacity-submit"]');
    await page.waitForSelector('[data-testid="capacity-saved"]');
    expect(await page.textContent('[data-testid="capacity-total-taken"]')).to.include('0 / 120');

    await page.fill('[data-testid="quota-new-name"]', 'Repas');
    await page.fill('[data-testid="quota-new-capacity"]', '40');
    await page.check(`[data-testid="quota-new-ticket-${diner}"]`);
    await page.check(`[data-testid="quota-new-ticket-${soiree}"]`);
    await page.click('[data-testid="quota-create-submit"]');
    await page.waitForSelector('[data-testid="quota-row"]');
    await expectFrenchAndNarrow(page, 'capacity page with a quota');

    const api = await ev.board.data(
      `query($e: ID!) { event(id: $e) { capacity quotas { id name capacity placesTaken tickets { id } } } }`,
      { e: ev.eventId },
    );
    expect(api.event.capacity).to.equal(120);
    const [quota] = api.event.quotas;
    expect(quota).to.deep.include({ name: 'Repas', capacity: 40, placesTaken: 0 });
    expect(quota.tickets.map((x: { id: string }) => x.id).sort()).to.deep.equal([diner, soiree].sort());

    // A booking takes a place in the quota; the quota can't go below it: the refusal is shown next to the field.
    await (
      await t.signedIn('alice@example.org')
    ).data(`mutation($i: BookInput!) { book(input: $i) { id } }`, { i: { ticketId: diner, optionIds: [] } });
    await page.reload();
    expect(await page.textContent('[data-testid="quota-places"]')).to.include('1 / 40');
    await page.fill(`[data-testid="quota-${quota.id}-capacity"]`, '0');
    await page.click(`[data-testid="quota-${quota.id}-save"]`);
    await page.waitForSelector('[data-testid="quota-row"] [data-testid="field-error-capacity"]');
    await expectFrenchAndNarrow(page, 'capacity page with an error');
  });
});
