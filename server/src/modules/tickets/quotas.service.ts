import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import type { ActorContext } from '../../app-context';
import { badInput, notFound, unauthenticated, type FieldErrors } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { audit } from '../audit';
import { eventAccess } from '../permissions';
import { lockTickets, marks, offerWaitingList } from './locks';
import type { QuotaInput } from './quotas.inputs';
import { Event, PermissionLevel, Quota, Ticket } from '../../model';

/*
 * CP1: the event's total capacity and its named quotas. The places trigger on bookings keeps every counter
 * (Migration20261206100000_quotas) and locks, in this order, the ticket, its quotas by id, then the event. The
 * changes here follow the same order — the tickets concerned (lockTickets, by id), then the quota or the event row —
 * so that a booking in flight either commits before the change (and is counted) or waits and sees it.
 */

const tooLow = (field: string, taken: number) =>
  badInput({ [field]: 'OUT_OF_RANGE' }, `${taken} places are already taken.`);

/** CP1: the event's total capacity (null: none); never below the places already taken in the event (as TK5). */
export async function setEventCapacity(ctx: ActorContext, eventId: string, capacity: number | null): Promise<Event> {
  return ctx.em.transactional(async (em) => {
    await eventAccess(ctx, em, eventId, PermissionLevel.EDIT);
    // The event's tickets first, then its row (the trigger's order): a booking in flight commits before (and is
    // counted below) or waits and then reads the new total.
    const ticketIds = (await em.find(Ticket, { event: eventId }, { fields: ['id'] })).map((t) => t.id);
    await lockTickets(em, ticketIds);
    const event = await em.findOneOrFail(Event, eventId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    // The trigger keeps the event's counter only while it has a total: count it afresh from its tickets' counters.
    const taken = await eventPlacesTaken(em, eventId);
    if (capacity !== null && capacity < taken && capacity !== event.capacity) throw tooLow('capacity', taken);
    const before = event.capacity ?? null;
    event.capacity = capacity;
    event.placesTaken = taken;
    audit(ctx, em, {
      action: 'event.capacity_set',
      subjectType: 'Event',
      subjectId: event.id,
      data: { before, after: capacity },
    });
    // WL2: places a raised (or removed) total frees go to the waiting list first, in this transaction.
    await em.flush();
    await offerWaitingList(em, event.id, ctx.deps.clock.now());
    return event;
  });
}

/** CP1: places taken in an event, all its tickets together (what the trigger keeps in the event's row under a total). */
export async function eventPlacesTaken(em: EntityManager, eventId: string): Promise<number> {
  const [row] = await em.execute<Array<{ n: number }>>(
    'select coalesce(sum(places_taken), 0)::int as n from tickets where event_id = ?',
    [eventId],
  );
  return row.n;
}

/** The event's tickets among `ids`, each once (BAD_USER_INPUT when one is not a ticket of the event). */
async function eventTickets(em: EntityManager, eventId: string, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length !== ids.length) throw badInput({ ticketIds: 'DUPLICATE' }, 'A ticket is listed twice.');
  if (!unique.length) return [];
  const found =
    unique.every(isUuid) && (await em.count(Ticket, { id: { $in: unique }, event: eventId })) === unique.length;
  if (!found) throw badInput({ ticketIds: 'UNKNOWN_REFERENCE' }, 'A ticket does not belong to this event.');
  return unique;
}

function cleanName(input: QuotaInput): string {
  const name = input.name.trim();
  const fields: FieldErrors = {};
  if (!name) fields.name = 'REQUIRED';
  if (Object.keys(fields).length) throw badInput(fields);
  return name;
}

async function linkedTickets(em: EntityManager, quotaId: string): Promise<string[]> {
  const rows = await em
    .getConnection()
    .execute<Array<{ ticket_id: string }>>(
      `select ticket_id from ticket_quotas where quota_id = ?`,
      [quotaId],
      'all',
      em.getTransactionContext(),
    );
  return rows.map((r) => r.ticket_id);
}

/**
 * Links exactly `ticketIds` to the quota and recounts its places from its tickets' (live bookings of a ticket
 * attached or detached are counted in or out at once), under the tickets' then the quota's row locks. Refuses
 * (OUT_OF_RANGE on `field`) a capacity below what its tickets hold, unless nothing changed that would lower it:
 * a quota a forced gift took beyond its capacity (BK11) can still be renamed. Returns the tickets it had.
 */
async function relink(
  em: EntityManager,
  quota: Quota,
  ticketIds: string[],
  capacity: number,
  before: { capacity: number; placesTaken: number } | null,
): Promise<string[]> {
  // Every ticket linked before and after, locked; links change only under those locks (here), so once the links
  // read after locking are all locked, no other change of this quota's tickets can slip in.
  let old = before ? await linkedTickets(em, quota.id) : [];
  for (const locked = new Set<string>(); ; old = await linkedTickets(em, quota.id)) {
    const more = [...old, ...ticketIds].filter((id) => !locked.has(id));
    if (!more.length) break;
    await lockTickets(em, [...new Set(more)]);
    for (const id of more) locked.add(id);
    if (!before) break;
  }
  if (before) await em.findOneOrFail(Quota, quota.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  const [{ taken }] = ticketIds.length
    ? await em
        .getConnection()
        .execute<Array<{ taken: number }>>(
          `select coalesce(sum(places_taken), 0)::int as taken from tickets where id in (${marks(ticketIds)})`,
          ticketIds,
          'all',
          em.getTransactionContext(),
        )
    : [{ taken: 0 }];
  const grows = !before || capacity !== before.capacity || taken > before.placesTaken;
  if (taken > capacity && grows) throw tooLow(before && capacity === before.capacity ? 'ticketIds' : 'capacity', taken);
  const conn = em.getConnection();
  const tx = em.getTransactionContext();
  if (before) await conn.execute(`delete from ticket_quotas where quota_id = ?`, [quota.id], 'run', tx);
  if (ticketIds.length)
    await conn.execute(
      `insert into ticket_quotas (ticket_id, quota_id) values ${ticketIds.map(() => '(?, ?)').join(', ')}`,
      ticketIds.flatMap((t) => [t, quota.id]),
      'run',
      tx,
    );
  quota.placesTaken = taken;
  return old;
}

/** CP1: a named quota shared by some tickets of the event. */
export async function createQuota(ctx: ActorContext, eventId: string, input: QuotaInput): Promise<Quota> {
  return ctx.em.transactional(async (em) => {
    const { event } = await eventAccess(ctx, em, eventId, PermissionLevel.EDIT);
    const name = cleanName(input);
    if (await em.count(Quota, { event: event.id, name })) throw badInput({ name: 'DUPLICATE' }, 'Name already used.');
    const ticketIds = await eventTickets(em, event.id, input.ticketIds);
    const quota = new Quota();
    quota.event = event;
    quota.name = name;
    quota.capacity = input.capacity;
    em.persist(quota);
    await em.flush(); // the links reference it
    await relink(em, quota, ticketIds, input.capacity, null);
    audit(ctx, em, {
      action: 'quota.created',
      subjectType: 'Quota',
      subjectId: quota.id,
      data: { event: event.id, name, capacity: quota.capacity, tickets: ticketIds },
    });
    return quota;
  });
}

async function quotaAccess(ctx: ActorContext, em: EntityManager, id: string): Promise<Quota> {
  if (!ctx.viewer) throw unauthenticated(); // SEC5: before the lookup
  const quota = isUuid(id) ? await em.findOne(Quota, id) : null;
  if (!quota) throw notFound('Quota');
  await eventAccess(ctx, em, quota.event.id, PermissionLevel.EDIT);
  return quota;
}

/** CP1: renames, resizes (never below the places taken) and sets the tickets of a quota. */
export async function updateQuota(ctx: ActorContext, id: string, input: QuotaInput): Promise<Quota> {
  return ctx.em.transactional(async (em) => {
    const quota = await quotaAccess(ctx, em, id);
    const name = cleanName(input);
    if (name !== quota.name && (await em.count(Quota, { event: quota.event.id, name, id: { $ne: quota.id } })))
      throw badInput({ name: 'DUPLICATE' }, 'Name already used.');
    const ticketIds = await eventTickets(em, quota.event.id, input.ticketIds);
    const before = { name: quota.name, capacity: quota.capacity };
    const tickets = await relink(em, quota, ticketIds, input.capacity, quota); // re-reads `quota` under its row lock
    quota.name = name;
    quota.capacity = input.capacity;
    audit(ctx, em, {
      action: 'quota.updated',
      subjectType: 'Quota',
      subjectId: quota.id,
      data: { before: { ...before, tickets }, name, capacity: quota.capacity, tickets: ticketIds },
    });
    await em.flush();
    await offerWaitingList(em, quota.event.id, ctx.deps.clock.now()); // WL2: places it frees
    return quota;
  });
}

/** CP1: deletes a quota; the places its tickets' bookings hold stay in the tickets and the event. */
export async function deleteQuota(ctx: ActorContext, id: string): Promise<string> {
  return ctx.em.transactional(async (em) => {
    const quota = await quotaAccess(ctx, em, id);
    audit(ctx, em, {
      action: 'quota.deleted',
      subjectType: 'Quota',
      subjectId: quota.id,
      data: { event: quota.event.id, name: quota.name, capacity: quota.capacity, placesTaken: quota.placesTaken },
    });
    em.remove(quota);
    await em.flush();
    await offerWaitingList(em, quota.event.id, ctx.deps.clock.now()); // WL2: places it held back
    return id;
  });
}
