import { expect } from 'chai';
import { useApp } from '../support/app';
import { pdf } from '../support/booking-fixtures';
import { launchBrowser, signInConsole, signInPortal } from '../support/browser';
import { organizerEvent } from '../support/event-fixtures';

// The whole story across both apps, each in its own browser: a student books in the portal and sends a document,
// the organizer validates it and records the payment in the console, the student sees the reservation.
describe('e2e (Chromium, 375 px): from booking to reservation, portal and console together', function () {
  this.timeout(150_000);
  const t = useApp({ serveApps: true });

  it('BK1/XI3/XI4/BK7/XI5: a student books with an option and a meal and uploads a certificate; the organizer validates it and marks paid; the student sees RESERVED', async function () {
    const ev = await organizerEvent(t, { name: 'Gala du Printemps' });
    const ticket = await ev.ticket({ name: 'Entrée', priceCents: 2000, capacity: 50 });
    const shuttle = await ev.option(ticket, 'Navette retour', 300);
    const meal = await ev.group(ticket, 'Repas', [
      ['Végétarien', 800],
      ['Viande', 950],
    ]);
    const certificate = await ev.extraInfo(ticket, {
      label: 'Certificat de scolarité',
      type: 'FILE',
      blocks: 'PAYMENT',
      fileTypes: ['application/pdf'],
      fileMaxBytes: 1024 * 1024,
    });

    // The student, in the portal.
    const student = await launchBrowser(this);
    try {
      const page = student.page;
      await signInPortal(page, t.url, 'alice@example.org', { waitForIdle: true });
      await page.goto(`${t.url}/events/${ev.eventId}`);
      await page.waitForLoadState('networkidle');
      const form = page.locator(`[data-testid="book-form-${ticket}"]`);
      await form.locator(`[data-testid="book-option-${shuttle}"]`).check();
      await form.locator(`[data-testid="book-group-${meal.id}"]`).selectOption(meal.options[1]);
      await form.locator(`[data-testid="book-continue-${ticket}"]`).click();
      await page.waitForSelector('[data-testid="book-review"]');
      expect(
        (await page.locator('[data-testid="book-review"] [data-testid="book-price"]').textContent())?.replace(
          /\s+/g,
          ' ',
        ),
      ).to.include('32,50 €');
      await page.click('[data-testid="book-confirm"]');
      await page.waitForURL(/\/bookings\/[0-9a-f-]{36}$/);
      const bookingId = /\/bookings\/([0-9a-f-]{36})$/.exec(page.url())![1];
      await page.setInputFiles(`[data-testid="answer-file-${certificate}"]`, {
        name: 'scolarité.pdf',
        mimeType: 'application/pdf',
        buffer: pdf(),
      });
      await page.click(`[data-testid="answer-submit-${certificate}"]`);
      await page.waitForSelector(`[data-testid="requirement-${certificate}"][data-state="WAITING_VALIDATION"]`);

      // The organizer, in the console: payment is refused until the certificate is validated (XI5).
      const organizer = await launchBrowser(this);
      try {
        const console = organizer.page;
        await signInConsole(console, t.url, 'bureau@example.org', { waitForIdle: true });
        await console.goto(`${t.url}/console/events/${ev.eventId}/bookings/${bookingId}`);
        await console.waitForLoadState('networkidle');
        expect(await console.inputValue('#amountEuros')).to.equal('32.50');
        await console.selectOption('#method', 'CHEQUE');
        await console.click('[data-testid="mark-paid-submit"]');
        await console.waitForSelector('[data-error-code="ANSWERS_PENDING"]');
        const answerId = (await console
          .locator(`[data-testid="requirement-${certificate}"] [data-testid^="answer-validate-confirm-"]`)
          .getAttribute('data-testid'))!.replace('answer-validate-confirm-', '');
        await console.check(`[data-testid="answer-validate-confirm-${answerId}"]`);
        await console.click(`[data-testid="answer-validate-${answerId}"]`);
        await console.waitForSelector(`[data-testid="requirement-${certificate}"][data-state="VALIDATED"]`);
        await console.selectOption('#method', 'CHEQUE');
        await console.fill('#paymentReference', 'Chèque 1234567');
        await console.click('[data-testid="mark-paid-submit"]');
        await console.waitForSelector('[data-testid="booking-status"][data-status="RESERVED"]');
      } finally {
        await organizer.close();
      }

      // Back to the student: the reservation, its certificate validated.
      await page.reload();
      await page.waitForSelector(`[data-testid="booking-${bookingId}"][data-status="RESERVED"]`);
      expect(await page.getAttribute(`[data-testid="requirement-${certificate}"]`, 'data-state')).to.equal('VALIDATED');
      await page.goto(`${t.url}/bookings`);
      expect(await page.getAttribute(`[data-testid="booking-${bookingId}"]`, 'data-status')).to.equal('RESERVED');
    } finally {
      await student.close();
    }
  });
});
