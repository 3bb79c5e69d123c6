import type { ActorContext } from '../../app-context';
import { DomainError } from '../../core/errors';
import { bookingAccess } from './booking-access';
import * as transitions from './transitions';
import { Booking, BookingStatus, isLive } from '../../model';
import { assertNoOpenAttempt } from './payment-hold';

// BK3: what the person named as a guest does with a booking someone else made for them.
/**
 * BK3: the person named as a guest accepts the booking: from now on it binds them (BK2: refused with
 * ALREADY_BOOKED while they hold another binding booking for the event) and carries their account's names.
 */
export async function acceptGuestBooking(ctx: ActorContext, id: string): Promise<Booking> {
  return ctx.em.transactional(async (em) => {
    const { booking } = await bookingAccess(ctx, em, id, 'ACCEPT', { lock: true });
    if (!booking.sponsor) throw new DomainError('CONFLICT', 'Only a booking made for you by someone else is accepted.');
    if (!isLive(booking.status))
      throw new DomainError('CONFLICT', `Only a live booking can be accepted (this one is ${booking.status}).`);
    if (booking.holderAcceptedAt) return booking;
    const by = { ctx, now: ctx.deps.clock.now(), publicUrl: ctx.deps.config.publicUrl };
    let accepted: boolean;
    try {
      accepted = await transitions.accept(em, by, booking, ctx.viewer!.user);
    } catch (e) {
      const err = e as { code?: string; constraint?: string };
      if (err.code === '23505' && err.constraint?.startsWith('bookings_one_live_per_')) {
        throw new DomainError(
          'ALREADY_BOOKED',
          'You already have a booking for this event: decline this one, or delete yours first.',
        );
      }
      throw e;
    }
    if (!accepted)
      throw new DomainError('CONFLICT', `Only a live booking can be accepted (this one is ${booking.status}).`);
    return booking;
  });
}

/**
 * BK3: the person named as a guest deletes the booking while it is unpaid (a pre-reservation, or a free
 * reservation) and not checked in, accepted or not; its place is freed at once. Conditional, so a payment or a
 * check-in landing at the same instant wins or loses cleanly.
 */
export async function declineGuestBooking(ctx: ActorContext, id: string): Promise<Booking> {
  return ctx.em.transactional(async (em) => {
    const { booking } = await bookingAccess(ctx, em, id, 'DECLINE', { lock: true });
    if (!booking.sponsor)
      throw new DomainError(
        'CONFLICT',
        'Only a booking made for you by someone else is declined; delete your own pre-reservation instead.',
      );
    const by = { ctx, now: ctx.deps.clock.now(), publicUrl: ctx.deps.config.publicUrl };
    // Issue 16: not while a payment attempt is open or being confirmed.
    if (booking.status === BookingStatus.PRE_RESERVED)
      await assertNoOpenAttempt(em, booking.id, by.now, 'declining it');
    if (!(await transitions.decline(em, by, booking)))
      throw new DomainError('CONFLICT', 'A paid or checked-in booking can no longer be declined (BK3, BK8).');
    return booking;
  });
}
