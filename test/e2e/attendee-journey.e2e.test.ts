// Issue 16: the attendee's whole journey on a phone — from the event page to the ticket in their pocket, through the
// PayPal simulator, told by mail once it is reserved (NT1, with its calendar file, CL1), then the ticket shown with the
// network cut (OF1). Every page on the way is French, fits 375 px and passes axe-core.
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { useApp } from '../support/app';
import { expectFrenchAndNarrow, shownTicketImage, signInPortal, useBrowser } from '../support/browser';
import { organizerEvent } from '../support/event-fixtures';
import { mailbox, type ReceivedMail } from '../support/mailbox';
import { readQr } from '../support/qr';

const CHLOE = 'chloe@example.org';

const text = async (page: Page, selector: string) =>
  ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim();

describe('e2e (Chromium, 375 px): the attendee’s journey from the event page to the ticket without network (NT1, CL1, OF1)', function () {
  this.timeout(180_000);
  const t = useApp({ serveApps: true });
  const b = useBrowser({ width: 375 });
  const ids = {} as { eventId: string; ticketId: string };

  before(async function () {
    this.timeout(60_000);
    const ev = await organizerEvent(t, { name: 'Gala du parcours' });
    ids.eventId = ev.eventId;
    ids.ticketId = await ev.ticket({ name: 'Entrée gala', priceCents: 1800, capacity: 30 });
    const paypal = (
      await ev.board.data(`mutation($i: CreatePaypalAccountInput!) { createPaypalAccount(input: $i) { id } }`, {
        i: { eventId: ev.eventId, receiverEmail: 'tresorier@gala.example', description: 'PayPal Gala' },
      })
    ).createPaypalAccount.id;
    await ev.board.data(
      `mutation($e: ID!, $p: ID) { setEventPaymentAccounts(eventId: $e, paypalAccountId: $p, lydiaAccountId: null) { id } }`,
      { e: ev.eventId, p: paypal },
    );
  });

  it('NT1 CL1 OF1: book on the event page, pay through the PayPal simulator, be told once by mail with the calendar file, then show the ticket with the network cut', async () => {
    const { page, context } = b;
    await signInPortal(page, t.url, CHLOE, { waitForIdle: true });

    // The event page: the ticket, its price, a calendar file for the event.
    await page.goto(`${t.url}/events/${ids.eventId}`);
    await page.waitForLoadState('networkidle');
    await expectFrenchAndNarrow(page, 'event page');
    const eventIcs = await page.locator('a[href$=".ics"]').first().getAttribute('href');
    expect(eventIcs, 'CL1: the event page offers its calendar file').to.match(/\.ics$/);
    const form = page.locator(`[data-testid="book-form-${ids.ticketId}"]`);
    await form.locator(`[data-testid="book-continue-${ids.ticketId}"]`).click();
    await page.locator('[data-testid="book-review"]').waitFor();
    await expectFrenchAndNarrow(page, 'booking review');
    await page.click('[data-testid="book-confirm"]');
    await page.waitForURL(/\/bookings\/[0-9a-f-]{36}$/);
    const bookingId = page.url().split('/').pop()!;
    const card = page.locator(`[data-testid="booking-${bookingId}"]`);
    expect(await card.getAttribute('data-status')).to.equal('PRE_RESERVED');
    await page.waitForLoadState('networkidle');
    await expectFrenchAndNarrow(page, 'pre-reservation page');

    // Pay with PayPal: the server's checkout is posted to the simulator, which pays and sends the IPN back.
    await page.locator('[data-testid="payment"]').getByRole('button', { name: 'Payer avec PayPal' }).click();
    await page.waitForURL(/\/simulators\/paypal\/checkout\/[0-9a-f]+$/);
    expect(await page.textContent('main'))
      .to.include('tresorier@gala.example')
      .and.to.include('18,00');
    await page.getByRole('button', { name: 'Payer', exact: true }).click();
    await page.waitForURL(new RegExp(`/bookings/${bookingId}\\?payment=paypal$`));
    await page.waitForSelector('[data-testid="payment-confirmed"]', { timeout: 30_000 });
    expect(await card.getAttribute('data-status')).to.equal('RESERVED');
    expect(await text(page, `[data-testid="booking-${bookingId}"] [data-testid="booking-status"]`)).to.equal(
      'Réservée',
    );
    const bookingIcs = await page.locator(`a[href="/calendar/bookings/${bookingId}.ics"]`).count();
    expect(bookingIcs, 'CL1: the booking page offers its calendar file').to.equal(1);

    // NT1, CL1: the reservation is mailed once, in French, with the ticket and the calendar file attached.
    const withCalendar = (m: ReceivedMail) => m.raw.attachments.some((a) => a.contentType === 'text/calendar');
    const mail = await mailbox.waitFor(CHLOE, (m) => m.text.includes('Gala du parcours') && withCalendar(m), 20_000);
    await mailbox.settled(t);
    expect(
      mailbox.to(CHLOE).filter((m) => m.text.includes('Gala du parcours') && withCalendar(m)),
      'one reservation mail',
    ).to.have.length(1);
    expect(mail.text, 'in French').to.match(/réserv/i);
    const ics = mail.raw.attachments.find((a) => a.contentType === 'text/calendar')!.content.toString('utf8');
    expect(ics).to.include('BEGIN:VEVENT').and.to.include('TZID=Europe/Paris');
    expect(
      mail.raw.attachments.some((a) => a.contentType === 'application/pdf'),
      'the ticket',
    ).to.equal(true);

    // OF1: the ticket is kept on the phone once shown, and shown again in a basement without network.
    await page.goto(`${t.url}/bookings/${bookingId}`);
    await page.waitForSelector('[data-testid="ticket-kept-offline"]');
    await context.setOffline(true);
    try {
      await page.reload();
      const png = await shownTicketImage(page);
      expect(await readQr(png), 'the QR code reads from the ticket shown offline').to.be.a('string');
      await expectFrenchAndNarrow(page, 'ticket offline');
    } finally {
      await context.setOffline(false);
    }
  });
});
