import { expect } from 'chai';
import { NotificationKind } from '../../server/src/modules/notifications';
import { notificationMail } from '../../server/src/modules/notifications/templates';
import type { NoticeBooking, Recipient } from '../../server/src/modules/notifications/kinds';

const booking: NoticeBooking = {
  id: 'b1',
  reference: 'GALA-7F3K9Q',
  holderEmail: 'lea@example.org',
  holderFirstName: 'Léa',
  holderName: 'Léa Martin',
  priceCents: 1500,
  expiresAt: new Date('2026-12-24T18:00:00Z'),
  eventId: 'e1',
  eventName: 'Gala',
  ticketName: 'Entrée',
  eventCancelled: false,
};
const url = 'http://x/bookings/b1';
const as = (role: Recipient['role'], locale: Recipient['locale']): Recipient => ({
  role,
  email: 'someone@example.org',
  firstName: 'Sam',
  locale,
});

describe('unit: notification mails (NT1)', () => {
  for (const kind of Object.values(NotificationKind)) {
    it(`NT1: ${kind} reads in French, in English, and bilingual without an account; every placeholder filled, the link to the booking`, () => {
      const told = { kind, label: 'Certificat', note: 'Illisible <b>' };
      const fr = notificationMail(as('HOLDER', 'fr'), booking, told, url);
      const en = notificationMail(as('SPONSOR', 'en'), booking, told, url);
      const both = notificationMail(as('HOLDER', null), booking, told, url);
      for (const m of [fr, en, both]) {
        expect(m.text, `${kind}: no placeholder left`).not.to.match(/\{[a-zA-Z]+\}/);
        expect(m.text).to.include(url).and.include('GALA-7F3K9Q');
        expect(m.html, 'the comment is escaped').not.to.include('<b>');
      }
      expect(fr.text).to.include('Bonjour Sam').and.include('votre réservation');
      expect(fr.html).to.include('lang="fr"');
      expect(en.text).to.include('Hello Sam').and.include('Léa Martin').and.not.include('Bonjour');
      expect(en.html).to.include('lang="en"');
      expect(both.text).to.include('Bonjour').and.include('Hello');
      if (kind === NotificationKind.CORRECTION_REQUESTED || kind === NotificationKind.OPPOSED)
        expect(fr.text, 'the organizer’s words, as written').to.include('Illisible <b>');
      if (kind === NotificationKind.EXPIRING) expect(en.text).to.include('24 December 2026');
    });
  }
});
