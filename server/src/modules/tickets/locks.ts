import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * SPEC "has bookings": a ticket whose bookings are anything but deleted or expired pre-reservations.
 * Every structural change (TK4, OP3, XI2) and the capacity floor (TK5) ask here. Bookings are introduced
 * by the bookings module (issue 4); until that table exists no ticket can have one, so these answer from
 * the tickets alone. The bookings issue replaces the bodies with queries on its table.
 */
export async function ticketsWithBookings(_em: EntityManager, _ticketIds: string[]): Promise<Set<string>> {
  return new Set();
}

/** Places taken on a ticket (BK9): pre-reservations + reservations. */
export async function placesTaken(_em: EntityManager, _ticketId: string): Promise<number> {
  return 0;
}
