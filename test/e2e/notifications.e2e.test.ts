import { expect } from 'chai';
import { useApp } from '../support/app';
import { answerValue } from '../support/booking-fixtures';
import { expectFrenchAndNarrow, signInConsole, signInPortal, useBrowser } from '../support/browser';
import { BOOK, organizerEvent } from '../support/event-fixtures';
import { mailbox } from '../support/mailbox';

const ALICE = 'alice@example.org';

describe('e2e (Chromium, 375 px): being told (NT1)', function () {
  this.timeout(120_000);
  const t = useApp({ serveApps: true });
  const b = useBrowser();

  const ids = {} as { eventId: string; bookingId: string; info: string; answerId: string };
  before(async function () {
    this.timeout(60_000);
    const ev = await organizerEvent(t, { name: 'Gala des Avis', paymentDeadlineHours: 48 });
    const ticket = await ev.ticket({ name: 'Entrée', priceCents: 1500 });
    ids.eventId = ev.eventId;
    ids.info = await ev.extraInfo(ticket, { label: 'Numéro de licence', type: 'TEXT', blocks: 'PAYMENT' });
    const alice = await t.signedIn(ALICE);
    ids.bookingId = (await alice.data(BOOK, { i: { ticketId: ticket, optionIds: [] } })).book.id;
    ids.answerId = (await answerValue(alice, ids.bookingId, ids.info, { text: 'L-123' })).data!.answerExtraInfo.id;
  });

  it('NT1: an organizer sends an answer back with a comment from the booking’s page in the console; the holder is mailed', async () => {
    const { page } = b;
    await signInConsole(page, t.url, 'bureau@example.org');
    await page.goto(`${t.url}/console/events/${ids.eventId}/bookings/${ids.bookingId}`);
    await page.waitForLoadState('networkidle');
    await page.click(`[data-testid="answer-send-back-toggle-${ids.info}"]`);
    await page.fill(`#send-back-comment-${ids.answerId}`, 'Le numéro doit avoir 8 chiffres.');
    await page.click(`[data-testid="answer-send-back-${ids.answerId}"]`);
    await page.waitForSelector(`[data-testid="answer-sent-back-${ids.info}"]`);
    expect(await page.textContent(`[data-testid="answer-correction-${ids.info}"]`)).to.include('8 chiffres');
    await expectFrenchAndNarrow(page, 'the console’s booking page after sending an answer back');
    const mail = await mailbox.waitFor(ALICE, (m) => m.subject.includes('Information à corriger'));
    expect(mail.text).to.include('Le numéro doit avoir 8 chiffres.');
  });

  it('NT1: the holder sees the comment on the booking’s page and what they were told, on it and on "Mes réservations"; the paused deadline is said', async () => {
    const { page } = b;
    await signInPortal(page, t.url, ALICE);
    await page.goto(`${t.url}/bookings/${ids.bookingId}`);
    expect(await page.textContent(`[data-testid="answer-correction-${ids.info}"]`)).to.include('8 chiffres');
    const told = page.locator('[data-testid="booking-notifications"] [data-testid="notification"]');
    expect(await told.count()).to.equal(1);
    expect(await told.first().getAttribute('data-kind')).to.equal('CORRECTION_REQUESTED');
    expect(await told.first().textContent())
      .to.include('Numéro de licence')
      .and.include('8 chiffres');
    expect(await page.locator('[data-testid="booking-expires"]').count(), 'the deadline runs again').to.equal(1);
    await expectFrenchAndNarrow(page, 'the booking’s page with a notification');

    // Answered again: payment now waits only on the organizer, the deadline pauses.
    await answerValue(await t.signedIn(ALICE), ids.bookingId, ids.info, { text: '12345678' });
    await page.goto(`${t.url}/bookings`);
    const card = page.locator(`[data-testid="booking-${ids.bookingId}"]`);
    await card.locator('[data-testid="booking-deadline-paused"]').waitFor();
    expect(await card.locator('[data-testid="booking-expires"]').count()).to.equal(0);
    expect(await card.locator('[data-testid="notification"]').count()).to.equal(1);
    expect(await card.locator('[data-testid="notification-new"]').count(), 'seen since the page was opened').to.equal(
      0,
    );
    await expectFrenchAndNarrow(page, '"Mes réservations" with a paused deadline');
  });
});
