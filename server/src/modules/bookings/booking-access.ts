import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext } from '../../app-context';
import { enforce } from '../../decision';
import { notFound } from '../../errors';
import { isUuid } from '../../ids';
import { Event } from '../events/event.entity';
import { levelOn, viewerFacts } from '../permissions/access';
import type { PermissionLevel } from '../permissions/permission-level';
import { canActOnBooking, type BookingAction, type BookingFacts } from '../permissions/permissions.policy';
import { Booking } from './booking.entity';

export const bookingFacts = (b: Booking): BookingFacts => ({ holderId: b.holder?.id ?? null, holderEmail: b.holderEmail, sponsorId: b.sponsor?.id ?? null });

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
  const booking = isUuid(id) ? await em.findOne(Booking, id, opts.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) : null;
  if (!booking) throw notFound('Booking');
  const event = await em.findOneOrFail(Event, booking.event.id);
  const level = await levelOn(ctx, em, event);
  enforce(canActOnBooking(await viewerFacts(ctx), bookingFacts(booking), level, action));
  return { booking, event, level };
}
