import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Viewer } from '../../app-context';
import { byParent } from '../../db/loaders';
import {
  CheckIn,
  Payment,
  PaymentAttempt,
  Answer,
  Booking,
  isBinding,
  LIVE_STATUSES,
  BookingOption,
} from '../../model';

export function bookingLoaders(ctx: { viewer: Viewer | null }, em: EntityManager) {
  return {
    /** The viewer's live booking per event (BK2: at most one), for event pages and lists. */
    viewerLiveBookingByEvent: new DataLoader<string, Booking | null>(async (eventIds) => {
      const me = ctx.viewer?.user;
      if (!me) return eventIds.map(() => null);
      const found = await em.find(Booking, {
        event: { $in: [...eventIds] },
        status: { $in: [...LIVE_STATUSES] },
        $or: [{ holder: me.id }, { holderEmail: me.email }],
      });
      // BK3: beside their binding booking, the viewer may be named in a guest booking not accepted yet; the binding one wins.
      const byEvent = new Map<string, Booking>();
      for (const b of found) if (!byEvent.has(b.event.id) || isBinding(b)) byEvent.set(b.event.id, b);
      return eventIds.map((id) => byEvent.get(id) ?? null);
    }),
    optionsByBooking: byParent(
      (ids) => em.find(BookingOption, { booking: { $in: ids } }, { orderBy: { name: 'asc' } }),
      (o) => o.booking.id,
    ),
    answersByBooking: byParent(
      (ids) => em.find(Answer, { booking: { $in: ids } }),
      (a) => a.booking.id,
    ),
    /** TT4: the booking's check-in (at most one). */
    checkInByBooking: byParent(
      (ids) => em.find(CheckIn, { bookingId: { $in: ids } }),
      (c) => c.bookingId,
    ),
    paymentsByBooking: byParent(
      (ids) => em.find(Payment, { booking: { $in: ids } }, { orderBy: { createdAt: 'asc' } }),
      (p) => p.booking.id,
    ),
    attemptsByBooking: byParent(
      (ids) => em.find(PaymentAttempt, { booking: { $in: ids } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      (a) => a.booking.id,
    ),
  };
}
