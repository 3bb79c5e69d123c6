import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext } from '../../app-context';
import { bookingAccess } from '../bookings';
import { getEvent } from '../events';
import { Booking, Event, isLive, Ticket } from '../../model';
import { calendarFile } from './ics';

export interface CalendarDocument {
  filename: string;
  contentType: string;
  body: string;
}

const CONTENT_TYPE = 'text/calendar; charset=utf-8; method=PUBLISH';
const hostOf = (publicUrl: string) => new URL(publicUrl).hostname;
/** A file name of letters, digits and dashes (the reference or the event's name). */
const fileName = (s: string) =>
  `${
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'evenement'
  }.ics`;

function eventFile(event: Event, publicUrl: string, now: Date): CalendarDocument {
  const url = `${publicUrl}/events/${event.id}`;
  return {
    filename: fileName(event.name),
    contentType: CONTENT_TYPE,
    body: calendarFile({
      uid: `event-${event.id}@${hostOf(publicUrl)}`,
      summary: event.name,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      location: event.location,
      description: url,
      url,
      stamp: now,
      cancelled: !!event.cancelledAt,
    }),
  };
}

/** The booking's entry: its reference, ticket and link; cancelled when the booking or the event no longer stands. */
export async function bookingFile(
  em: EntityManager,
  booking: Booking,
  publicUrl: string,
  now: Date,
): Promise<CalendarDocument> {
  const event = await em.findOneOrFail(Event, booking.event.id);
  const ticket = await em.findOneOrFail(Ticket, booking.ticket.id);
  const url = `${publicUrl}/bookings/${booking.id}`;
  return {
    filename: fileName(booking.reference),
    contentType: CONTENT_TYPE,
    body: calendarFile({
      uid: `booking-${booking.id}@${hostOf(publicUrl)}`,
      summary: `${event.name} (${booking.reference})`,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      location: event.location,
      description: `Réservation ${booking.reference} — ${ticket.name}\n${booking.holderFirstName} ${booking.holderLastName}\n${url}`,
      url,
      stamp: now,
      cancelled: !!event.cancelledAt || !isLive(booking.status),
    }),
  };
}

/** CL1: an event's calendar file, for whoever may see the event (EV1: a public event's, for anyone). */
export async function eventCalendar(ctx: ActorContext, eventId: string): Promise<CalendarDocument> {
  const event = await getEvent(ctx, eventId);
  return eventFile(event, ctx.deps.config.publicUrl, ctx.deps.clock.now());
}

/** CL1: a booking's calendar file, for its holder and its sponsor only (NOT_FOUND for anyone else, SEC5). */
export async function bookingCalendar(ctx: ActorContext, bookingId: string): Promise<CalendarDocument> {
  const { booking } = await bookingAccess(ctx, ctx.em, bookingId, 'CALENDAR');
  return bookingFile(ctx.em, booking, ctx.deps.config.publicUrl, ctx.deps.clock.now());
}

/** CL1: the reservation mail's attachment, or null when the booking is gone. */
export async function bookingCalendarAttachment(
  em: EntityManager,
  bookingId: string,
  publicUrl: string,
  now: Date,
): Promise<{ filename: string; contentType: string; content: Buffer } | null> {
  const booking = await em.findOne(Booking, bookingId);
  if (!booking) return null;
  const doc = await bookingFile(em, booking, publicUrl, now);
  return { filename: doc.filename, contentType: doc.contentType, content: Buffer.from(doc.body, 'utf8') };
}
