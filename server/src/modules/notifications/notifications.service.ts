import type { EntityManager } from '@mikro-orm/postgresql';
import { asLocale, type Locale } from '../../core/i18n';
import { formatEuros, parisDateTime } from '../../core/time';
import { enqueueMail, type MailBooking, type MailMessage } from '../mail';
import { NotificationKind, type At, type NoticeBooking, type Recipient, type Told } from './kinds';
import { notificationMail } from './templates';

/*
 * NT1: the one place that decides what a booking's holder and sponsor are told. Each notification is a row of
 * `notifications` per recipient, guarded by a unique index (booking, kind, key, address): the row is inserted with
 * `on conflict do nothing` and its mail is queued (outbox) only when the insert happened, in the caller's
 * transaction. A retried or concurrent change therefore tells each person once, and a change that rolls back tells
 * nobody.
 */
/** Holder's own mail for a kind that already had one before NT1 (reservation, expiry): kept as it was. */
export type HolderMail = (b: NoticeBooking, locale: Locale | null, mailBooking: MailBooking) => MailMessage;

/** The booking's facts and its recipients: the holder, and the sponsor when there is one with another address. */
export async function recipientsOf(
  em: EntityManager,
  bookingId: string,
): Promise<{ booking: NoticeBooking; recipients: Recipient[] } | null> {
  const [r] = await em.execute<
    Array<{
      id: string;
      reference: string;
      holder_email: string;
      holder_first_name: string;
      holder_last_name: string;
      price_cents: number;
      expires_at: Date | null;
      event_id: string;
      event_name: string;
      ticket_name: string;
      cancelled: boolean;
      holder_language: string | null;
      sponsor_email: string | null;
      sponsor_first_name: string | null;
      sponsor_language: string | null;
    }>
  >(
    `select b.id, b.reference, b.holder_email, b.holder_first_name, b.holder_last_name, b.price_cents, b.expires_at,
            b.event_id, e.name as event_name, t.name as ticket_name, e.cancelled_at is not null as cancelled,
            (select u.language from users u where u.email = b.holder_email) as holder_language,
            s.email as sponsor_email, s.first_name as sponsor_first_name, s.language as sponsor_language
       from bookings b join events e on e.id = b.event_id join tickets t on t.id = b.ticket_id
       left join users s on s.id = b.sponsor_id
      where b.id = ?`,
    [bookingId],
    'all',
  );
  if (!r) return null;
  const booking: NoticeBooking = {
    id: r.id,
    reference: r.reference,
    holderEmail: r.holder_email,
    holderFirstName: r.holder_first_name,
    holderName: `${r.holder_first_name} ${r.holder_last_name}`.trim(),
    priceCents: r.price_cents,
    expiresAt: r.expires_at ? new Date(r.expires_at) : null,
    eventId: r.event_id,
    eventName: r.event_name,
    ticketName: r.ticket_name,
    eventCancelled: r.cancelled,
  };
  const recipients: Recipient[] = [
    {
      role: 'HOLDER',
      email: r.holder_email,
      firstName: r.holder_first_name,
      locale: asLocale(r.holder_language),
    },
  ];
  if (r.sponsor_email && r.sponsor_email.toLowerCase() !== r.holder_email.toLowerCase()) {
    recipients.push({
      role: 'SPONSOR',
      email: r.sponsor_email,
      firstName: r.sponsor_first_name ?? '',
      locale: asLocale(r.sponsor_language),
    });
  }
  return { booking, recipients };
}

/** The booking's page: every notification mail links straight to it. */
export const bookingUrl = (publicUrl: string, bookingId: string) => `${publicUrl}/bookings/${bookingId}`;

/**
 * NT1: tells the booking's holder and sponsor `told`, each once (the unique index decides), in the caller's
 * transaction: a row each, and its mail through the outbox, in the recipient's language (bilingual without an
 * account). `holderMail` keeps the holder's mail of kinds that had one before (reservation with its ticket, expiry).
 * Resolves with the number of people newly told; the caller kicks the outbox after committing.
 */
export async function notify(
  em: EntityManager,
  at: At,
  bookingId: string,
  told: Told,
  holderMail?: HolderMail,
): Promise<number> {
  const found = await recipientsOf(em, bookingId);
  if (!found) return 0;
  const { booking, recipients } = found;
  let n = 0;
  for (const r of recipients) {
    const rows = await em.execute<Array<{ id: string }>>(
      `insert into notifications (booking_id, kind, key, recipient_email, recipient_role, label, note, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id`,
      [booking.id, told.kind, told.key ?? '', r.email, r.role, told.label ?? null, told.note ?? null, at.now],
      'all',
    );
    if (!rows.length) continue; // told before: never twice
    n++;
    const message =
      r.role === 'HOLDER' && holderMail
        ? holderMail(booking, r.locale, {
            reference: booking.reference,
            holderFirstName: booking.holderFirstName,
            eventName: booking.eventName,
            ticketName: booking.ticketName,
            price: formatEuros(booking.priceCents, r.locale ?? undefined),
            reserved: told.kind === NotificationKind.RESERVED,
            expiresAt: booking.expiresAt ? parisDateTime(booking.expiresAt, r.locale ?? undefined) : null,
          })
        : notificationMail(r, booking, told, bookingUrl(at.publicUrl, booking.id));
    await enqueueMail(em, message);
  }
  return n;
}
