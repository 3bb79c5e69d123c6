import { expect } from 'chai';
import { chromium, type Page } from 'playwright-core';
import { useApp } from '../support/app';
import { CHROMIUM, expectFrenchAndNarrow, signInConsole, useBrowser } from '../support/browser';
import { book, organizerEvent } from '../support/event-fixtures';
import { mailbox } from '../support/mailbox';

// ML1 in the console: bureau@ (ADMIN of the events organizerEvent() makes) writes to the holders of one ticket,
// previews (count and mail in French and English), confirms, and finds the message in the history. At 375 px, in
// French, with and without JavaScript.
const BOARD = 'bureau@example.org';

/** Fills the form: one ticket, the subject and the text; then asks for the preview. */
async function writeAndPreview(page: Page, ticketId: string, subject: string) {
  await page.selectOption('#mailingTicket', ticketId);
  await page.fill('#mailingSubject', subject);
  await page.fill('#mailingBody', 'Rendez-vous à **19 h** au Foyer.');
  await page.click('[data-testid="mailing-preview-submit"]');
  await page.waitForSelector('[data-testid="mailing-preview"]');
}

/** Waits for the message at each address (the machine may be busy drawing tickets), then checks nobody got it twice. */
async function received(subject: string, addresses: string[]) {
  for (const address of addresses) await mailbox.waitFor(address, (m) => m.subject === subject, 60_000);
  const to = mailbox.messages.filter((m) => m.subject === subject).flatMap((m) => m.to);
  expect(to.sort()).to.deep.equal([...addresses].sort());
}

describe('e2e (Chromium, 375 px): an ADMIN writes to the attendees (ML1)', function () {
  this.timeout(180_000);
  const t = useApp({ serveApps: true });
  const b = useBrowser();
  let ev: Awaited<ReturnType<typeof organizerEvent>>;
  let gala: string;

  before(async () => {
    ev = await organizerEvent(t, { name: 'Gala du courrier' });
    gala = await ev.ticket({ name: 'Soirée', priceCents: 0 });
    const other = await ev.ticket({ name: 'Dîner', priceCents: 0 });
    for (const [who, ticket] of [
      ['alice@example.org', gala],
      ['chloe@example.org', gala],
      ['bruno@example.org', other],
    ] as const) {
      const res = await book(await t.signedIn(who), ticket);
      expect(res.errors, JSON.stringify(res.errors)).to.equal(undefined);
    }
  });

  it('ML1 e2e: preview with the count and the mail in French and English, confirm, sent once to each holder, in the history', async () => {
    const { page } = b;
    await signInConsole(page, t.url, BOARD);
    await page.goto(`${t.url}/console/events/${ev.eventId}`);
    await page.click('[data-testid="tab-mailings"]');
    await page.waitForSelector('[data-testid="mailing-form"]');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[data-testid="mailings-none"]').count()).to.equal(1);
    await expectFrenchAndNarrow(page, 'the mailing page');

    const subject = `Infos pratiques ${Date.now()}`;
    await writeAndPreview(page, gala, subject);
    expect(await page.textContent('[data-testid="mailing-preview-count"]')).to.include('2');
    expect(await page.textContent('[data-testid="mailing-preview-FR"]')).to.include('Un message des organisateurs');
    expect(await page.textContent('[data-testid="mailing-preview-EN"]')).to.include('A message from the organizers');
    await expectFrenchAndNarrow(page, 'the mailing preview');

    // Sending needs the confirmation.
    await page.check('[data-testid="mailing-confirm"]');
    await page.click('[data-testid="mailing-send-submit"]');
    await page.waitForSelector('[data-testid="mailing-sent"]');
    expect(await page.textContent('[data-testid="mailing-sent"]')).to.include('2');
    const rows = page.locator('[data-testid="mailing-row"]');
    expect(await rows.count()).to.equal(1);
    expect(await rows.first().textContent())
      .to.include(subject)
      .and.include('Bastien');
    // A fresh form for the next message.
    expect(await page.inputValue('#mailingSubject')).to.equal('');
    await expectFrenchAndNarrow(page, 'the mailing page after sending');

    await received(subject, ['alice@example.org', 'chloe@example.org']);
  });

  it('ML1 e2e: without JavaScript, the same form previews and sends through form actions', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 375, height: 812 },
        locale: 'fr-FR',
      });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await signInConsole(page, t.url, BOARD);
      await page.goto(`${t.url}/console/events/${ev.eventId}/mailings`);
      const subject = `Sans JavaScript ${Date.now()}`;
      await writeAndPreview(page, gala, subject);
      expect(await page.inputValue('#mailingSubject')).to.equal(subject);
      expect(await page.textContent('[data-testid="mailing-preview-count"]')).to.include('2');
      // Without the box ticked the browser refuses; the action would too.
      await page.check('[data-testid="mailing-confirm"]');
      await page.click('[data-testid="mailing-send-submit"]');
      await page.waitForSelector('[data-testid="mailing-sent"]');
      expect(await page.locator('[data-testid="mailing-row"]').count()).to.equal(2);
      await received(subject, ['alice@example.org', 'chloe@example.org']);
    } finally {
      await browser.close();
    }
  });
});
