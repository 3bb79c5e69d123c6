import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext } from '../../app-context';
import { enforce } from '../../core/decision';
import { DomainError, notFound, unauthenticated } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { levelOn, viewerFacts, canActOnBooking, type BookingAction, type BookingFacts } from '../permissions';
import { Event, type PermissionLevel, Booking, BookingStatus, isBinding, LIVE_STATUSES } from '../../model';

export const bookingFacts = (b: Booking): BookingFacts => ({
  holderId: b.holder?.id ?? null,
  holderEmail: b.holderEmail,
  sponsorId: b.sponsor?.id ?? null,
});

/**
 * Loads a booking for a service and enforces the policy for `action` (NOT_FOUND when the viewer has nothing to
 * do with it). With `lock`, the row is locked FOR UPDATE for the rest of the transaction.
 */
export async function bookingAccess(
  ctx: ActorContext,
  em: EntityManager,
  id: string,
  action: BookingAction,
  opts: { lock?: boolean } = {},
): Promise<{ booking: Booking; event: Event; level: PermissionLevel | null }> {
  // SEC5: every booking action needs a signed-in viewer; saying so before the lookup tells nothing about the id.
  if (!ctx.viewer) throw unauthenticated();
  const booking = isUuid(id)
    ? await em.findOne(Booking, id, opts.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {})
    : null;
  if (!booking) throw notFound('Booking');
  const event = await em.findOneOrFail(Event, booking.event.id);
  const level = await levelOn(ctx, em, event);
  enforce(canActOnBooking(await viewerFacts(ctx), bookingFacts(booking), level, action));
  return { booking, event, level };
}

/**
 * BK2/BK3: a guest booking that does not bind its holder yet can become binding (accepted or paid) only if the
 * person holds no other binding live booking for the event. Checked before any money is asked for; the unique
 * indexes stay the guard.
 */
export async function assertMayBind(em: EntityManager, booking: Booking): Promise<void> {
  if (isBinding(booking)) return;
  if (await holdsBindingBooking(em, booking.event.id, booking.holder?.id ?? null, booking.holderEmail, booking.id)) {
    throw new DomainError('ALREADY_BOOKED', 'This person already has a booking for this event.');
  }
}

/** BK2: whether the person (account or email) holds a live booking that binds them for the event, `except` aside. */
export async function holdsBindingBooking(
  em: EntityManager,
  eventId: string,
  holderId: string | null,
  email: string,
  except?: string,
): Promise<boolean> {
  const n = await em.count(Booking, {
    ...(except && { id: { $ne: except } }),
    event: eventId,
    status: { $in: [...LIVE_STATUSES] },
    $and: [
      holderId ? { $or: [{ holder: holderId }, { holderEmail: email }] } : { holderEmail: email },
      {
        $or: [
          { sponsor: null },
          { holderAcceptedAt: { $ne: null } },
          { status: BookingStatus.RESERVED, priceCents: { $gt: 0 } },
        ],
      },
    ],
  });
  return n > 0;
}
