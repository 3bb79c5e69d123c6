import type { EntityManager } from '@mikro-orm/postgresql';

/** One placeholder per value (knex expands arrays bound to a single `?` into a list). */
export const marks = (values: unknown[]) => values.map(() => '?').join(', ');

/**
 * SPEC "has bookings": a ticket has bookings as soon as one of its bookings is anything but a deleted or
 * expired pre-reservation (opposed reservations count: they are proof). Every structural change (TK4, OP3,
 * XI2) asks here, after `lockTicket`, so a booking can't slip in between the check and the change.
 */
export async function ticketsWithBookings(em: EntityManager, ticketIds: string[]): Promise<Set<string>> {
  if (!ticketIds.length) return new Set();
  const rows: Array<{ ticket_id: string }> = await em
    .getConnection()
    .execute(
      `select distinct ticket_id from bookings where ticket_id in (${marks(ticketIds)}) and status not in ('DELETED', 'EXPIRED')`,
      ticketIds,
      'all',
      em.getTransactionContext(),
    );
  return new Set(rows.map((r) => r.ticket_id));
}

/**
 * Locks tickets' rows for the rest of the transaction. A booking that becomes live updates its ticket's row
 * (the places trigger), so it waits for this transaction and sees its outcome.
 */
export async function lockTickets(em: EntityManager, ticketIds: string[]): Promise<void> {
  if (!ticketIds.length) return;
  await em
    .getConnection()
    .execute(
      `select id from tickets where id in (${marks(ticketIds)}) order by id for update`,
      ticketIds,
      'all',
      em.getTransactionContext(),
    );
}

/** Places taken on a ticket (BK9): pre-reservations + reservations, as kept by the database trigger. */
export async function placesTaken(em: EntityManager, ticketId: string): Promise<number> {
  const [row] = await em
    .getConnection()
    .execute<Array<{ places_taken: number }>>(
      `select places_taken from tickets where id = ?`,
      [ticketId],
      'all',
      em.getTransactionContext(),
    );
  return row?.places_taken ?? 0;
}

/**
 * Removes the deleted and expired pre-reservations of unlocked tickets (with their options and answers);
 * returns the storage keys of their answer files, for the caller to remove after commit.
 */
export async function purgeDeadBookings(em: EntityManager, ticketIds: string[]): Promise<string[]> {
  if (!ticketIds.length) return [];
  const files = await em.getConnection().execute<Array<{ file_key: string }>>(
    `select a.file_key from answers a join bookings b on b.id = a.booking_id
      where b.ticket_id in (${marks(ticketIds)}) and b.status in ('DELETED', 'EXPIRED') and a.file_key is not null`,
    ticketIds,
    'all',
    em.getTransactionContext(),
  );
  await em
    .getConnection()
    .execute(
      `delete from bookings where ticket_id in (${marks(ticketIds)}) and status in ('DELETED', 'EXPIRED')`,
      ticketIds,
      'run',
      em.getTransactionContext(),
    );
  return files.map((f) => f.file_key);
}

/** CP1: a quota as the check before booking reads it. */
export interface QuotaPlaces {
  id: string;
  name: string;
  capacity: number;
  placesTaken: number;
}

/** CP1: the quotas a ticket takes a place in, by id (the places trigger's order). */
export async function quotasOfTicket(em: EntityManager, ticketId: string): Promise<QuotaPlaces[]> {
  return em.getConnection().execute<QuotaPlaces[]>(
    `select q.id, q.name, q.capacity, q.places_taken as "placesTaken"
       from ticket_quotas tq join quotas q on q.id = tq.quota_id where tq.ticket_id = ? order by q.id`,
    [ticketId],
    'all',
    em.getTransactionContext(),
  );
}

/**
 * WL2: offers the places now free in the event to its waiting list, in the caller's transaction (the database's
 * `waiting_list_offer`, which never waits for a lock: Migration20261206141500_waiting_list). Every change that frees
 * places without a booking leaving — a capacity raised, a quota changed or deleted — calls it after writing.
 */
export async function offerWaitingList(em: EntityManager, eventId: string, now: Date): Promise<number> {
  const [{ n }] = await em
    .getConnection()
    .execute<Array<{ n: number }>>(
      `select waiting_list_offer(?, ?) as n`,
      [eventId, now],
      'all',
      em.getTransactionContext(),
    );
  return n;
}
