import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext } from '../../app-context';
import { badInput, DomainError, notFound, unauthenticated } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { normalizeEmail } from '../../core/normalize';
import { databaseError, type PgError } from '../../db/sqlstates';
import { audit } from '../audit';
import { assertMayBook, checkChosenOptions, holdsBindingBooking, uniqueOptionIds } from '../bookings';
import { eventAccess, seesEvent } from '../permissions';
import { eligibilityPerson, lockTickets, offerWaitingList, placesLeft, quotasOfTicket } from '../tickets';
import { AssociationMembership, type Event, Option, PermissionLevel, Ticket, TicketKind } from '../../model';
import type { JoinWaitingListInput, WaitingListSettingsInput } from './waiting-list.inputs';
import { WaitingListEntry, type WaitingListPage, WaitingListStatus } from './waiting-list.types';

/*
 * WL1–WL3: the waiting list of sold-out tickets (docs/waiting-list.md). The entries live in `waiting_list_entries`,
 * read and written through SQL; the places they are offered are held by the same counters as bookings, by the
 * database functions of Migration20261206141500_waiting_list (`waiting_list_offer`, `waiting_list_end`) and the
 * places trigger. Organizer acts lock the event's tickets first (the lock order: tickets, quotas, event), so they
 * never cross a booking or an offer in flight.
 */

/** An entry's row, with its rank among the event's waiting entries and its person's names. */
interface EntryRow {
  id: string;
  event_id: string;
  ticket_id: string;
  user_id: string;
  option_ids: string[];
  guest_first_name: string | null;
  guest_last_name: string | null;
  guest_email: string | null;
  status: WaitingListStatus;
  offered_at: Date | null;
  offer_expires_at: Date | null;
  booking_id: string | null;
  created_at: Date;
  rank: number | null;
  person_name: string;
  person_email: string;
}

const ENTRY_SELECT = `select w.id, w.event_id, w.ticket_id, w.user_id, w.option_ids, w.guest_first_name, w.guest_last_name,
         w.guest_email, w.status, w.offered_at, w.offer_expires_at, w.booking_id, w.created_at,
         case when w.status = 'WAITING' then (
           select count(*)::int + 1 from waiting_list_entries y
            where y.event_id = w.event_id and y.status = 'WAITING'
              and (y.position, y.created_at, y.id) < (w.position, w.created_at, w.id)) end as rank,
         u.first_name || ' ' || u.last_name as person_name, u.email as person_email
    from waiting_list_entries w join users u on u.id = w.user_id`;

/** Where active entries come first: the offered ones, then the waiting ones by position. */
const ORDER = `order by case w.status when 'OFFERED' then 0 else 1 end, w.position, w.created_at, w.id`;

const ACTIVE = `w.status in ('WAITING', 'OFFERED')`;

function toEntry(r: EntryRow): WaitingListEntry {
  const e = new WaitingListEntry();
  Object.assign(e, {
    id: r.id,
    eventId: r.event_id,
    ticketId: r.ticket_id,
    bookingId: r.booking_id,
    status: r.status,
    position: r.rank,
    offeredAt: r.offered_at ? new Date(r.offered_at) : null,
    offerExpiresAt: r.offer_expires_at ? new Date(r.offer_expires_at) : null,
    createdAt: new Date(r.created_at),
    optionIds: r.option_ids ?? [],
    guest: r.guest_email
      ? { firstName: r.guest_first_name!, lastName: r.guest_last_name!, email: r.guest_email }
      : null,
    personName: r.person_name,
    personEmail: r.person_email,
  });
  return e;
}

const run = <T>(em: EntityManager, sql: string, params: unknown[]) =>
  em.getConnection().execute<T[]>(sql, params, 'all', em.getTransactionContext());

async function entries(em: EntityManager, where: string, params: unknown[], tail = ''): Promise<WaitingListEntry[]> {
  return (await run<EntryRow>(em, `${ENTRY_SELECT} where ${where} ${tail}`, params)).map(toEntry);
}

/** WL2: offers the places free in the event to its waiting list, in the caller's transaction; how many were offered. */
export const offerFreePlaces = offerWaitingList;

/** WL2: ends an entry (LEFT, REMOVED, LAPSED), giving back the place it held; the status it had (null: none). */
export async function endEntry(
  em: EntityManager,
  id: string,
  status: WaitingListStatus,
  now: Date,
): Promise<WaitingListStatus | null> {
  const [{ was }] = await run<{ was: WaitingListStatus | null }>(em, `select waiting_list_end(?, ?, ?) as was`, [
    id,
    status,
    now,
  ]);
  return was;
}

const conflict = (e: unknown) => {
  const err = e as PgError;
  if (err.code === '23505' && err.constraint === 'waiting_list_entries_one_per_person')
    return new DomainError('ON_WAITING_LIST', 'You are already on the waiting list of this event.');
  return databaseError(e);
};

/** WL1: joins the waiting list of a sold-out ticket, with what one would book. */
export async function join(ctx: ActorContext, input: JoinWaitingListInput): Promise<WaitingListEntry> {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  const me = viewer.user;
  const em = ctx.em;
  const ticket = isUuid(input.ticketId) ? await em.findOne(Ticket, input.ticketId, { populate: ['event'] }) : null;
  if (!ticket || !(await seesEvent(ctx, em, ticket.event))) throw notFound('Ticket');
  const event = ticket.event;
  const now = ctx.deps.clock.now();
  // The booking's own checks (eligibility, sales, cancellation), then the reverse of its SOLD_OUT: only when full.
  const person = eligibilityPerson(
    me,
    ticket.associationIds.length ? await em.find(AssociationMembership, { user: me.id }) : [],
  );
  const quotas = await quotasOfTicket(em, ticket.id);
  let full = false;
  try {
    assertMayBook(person, ticket, event, quotas, now);
  } catch (e) {
    if (!(e instanceof DomainError) || e.code !== 'SOLD_OUT') throw e;
    full = true;
  }
  if (!full) {
    throw new DomainError('PLACES_LEFT', 'Places are left on this ticket: book it.', {
      placesLeft: placesLeft(ticket, quotas, event),
    });
  }
  if (!event.waitingListOpen) throw new DomainError('WAITING_LIST_CLOSED', 'This event’s waiting list is closed.');
  const ids = uniqueOptionIds(input.optionIds);
  const options = ids.length
    ? checkChosenOptions(ids, ids.every(isUuid) ? await em.find(Option, { id: { $in: ids }, ticket: ticket.id }) : [])
    : [];
  let guest: { firstName: string; lastName: string; email: string } | null = null;
  if (input.guest) {
    const email = normalizeEmail(input.guest.email);
    const firstName = input.guest.firstName.trim();
    const lastName = input.guest.lastName.trim();
    if (email === me.email) throw badInput({ email: 'NOT_ALLOWED' }, 'Wait for yourself without a guest.');
    if (!firstName || !lastName)
      throw badInput({ ...(!firstName && { firstName: 'REQUIRED' }), ...(!lastName && { lastName: 'REQUIRED' }) });
    if (ticket.kind === TicketKind.RESTRICTED && !ticket.sponsorshipAllowed)
      throw new DomainError('SPONSORSHIP_NOT_ALLOWED', 'This ticket does not allow booking for guests.');
    const [account] = await run<{ id: string }>(em, `select id from users where email = ?`, [email]);
    if (await holdsBindingBooking(em, event.id, account?.id ?? null, email))
      throw new DomainError('ALREADY_BOOKED', 'Your guest already has a booking for this event.');
    guest = { firstName, lastName, email };
  } else if (await holdsBindingBooking(em, event.id, me.id, me.email)) {
    throw new DomainError('ALREADY_BOOKED', 'You already have a booking for this event.');
  }
  const id = randomUUID();
  try {
    await em.transactional(async (tx) => {
      await run(
        tx,
        `insert into waiting_list_entries (id, event_id, ticket_id, user_id, option_ids, guest_first_name, guest_last_name,
                                           guest_email, position, created_at, updated_at)
         select ?, ?, ?, ?, ?::uuid[], ?, ?, ?,
                coalesce((select max(position) from waiting_list_entries where event_id = ?), 0) + 1, ?, ?`,
        [
          id,
          event.id,
          ticket.id,
          me.id,
          `{${options.map((o) => o.id).join(',')}}`,
          guest?.firstName ?? null,
          guest?.lastName ?? null,
          guest?.email ?? null,
          event.id,
          now,
          now,
        ],
      );
      // A place freed between the check and now (or left by a busy lock) goes to the list, in order.
      await offerFreePlaces(tx, event.id, now);
    });
  } catch (e) {
    throw conflict(e) ?? e;
  }
  return (await entries(em, `w.id = ?`, [id]))[0];
}

/** WL1: the viewer's current entry (waiting or offered) on the event's list, or null. */
export async function myEntry(ctx: ActorContext, eventId: string): Promise<WaitingListEntry | null> {
  const me = ctx.viewer?.user;
  if (!me || !isUuid(eventId)) return null;
  return (await entries(ctx.em, `w.event_id = ? and w.user_id = ? and ${ACTIVE}`, [eventId, me.id]))[0] ?? null;
}

/** WL1: the viewer's current entries on every list (for "Mes réservations"), soonest offer first. */
export async function myEntries(ctx: ActorContext): Promise<WaitingListEntry[]> {
  const me = ctx.viewer?.user;
  if (!me) throw unauthenticated();
  return entries(ctx.em, `w.user_id = ? and ${ACTIVE}`, [me.id], `${ORDER} limit 100`);
}

/** WL1: the viewer leaves the event's list; a place offered to them goes to the next person. */
export async function leave(ctx: ActorContext, eventId: string): Promise<WaitingListEntry> {
  if (!ctx.viewer) throw unauthenticated();
  const mine = await myEntry(ctx, eventId);
  if (!mine) throw notFound('Waiting list entry');
  const now = ctx.deps.clock.now();
  await ctx.em.transactional((tx) => endEntry(tx, mine.id, WaitingListStatus.LEFT, now));
  return (await entries(ctx.em, `w.id = ?`, [mine.id]))[0];
}

/** WL3: an entry and its event, for someone with EDIT on the event (NOT_FOUND for anyone else). */
async function entryForEditor(ctx: ActorContext, em: EntityManager, id: string) {
  if (!ctx.viewer) throw unauthenticated(); // SEC5: before the lookup
  const [row] = isUuid(id)
    ? await run<{ event_id: string }>(em, `select event_id from waiting_list_entries where id = ?`, [id])
    : [];
  if (!row) throw notFound('Waiting list entry');
  try {
    return (await eventAccess(ctx, em, row.event_id, PermissionLevel.EDIT)).event;
  } catch (e) {
    // Someone who can't edit the event learns nothing of its entries.
    if (e instanceof DomainError && e.code === 'FORBIDDEN') throw notFound('Waiting list entry');
    throw e;
  }
}

/** Organizer acts run with every ticket of the event locked (the lock order's first rows). */
async function lockEventTickets(em: EntityManager, eventId: string) {
  const ids = (await em.find(Ticket, { event: eventId }, { fields: ['id'] })).map((t) => t.id);
  await lockTickets(em, ids);
}

/** WL3: the event's list (waiting or offered entries), a page at a time. Needs EDIT. */
export async function list(
  ctx: ActorContext,
  eventId: string,
  first: number,
  offset: number,
): Promise<WaitingListPage> {
  await eventAccess(ctx, ctx.em, eventId, PermissionLevel.EDIT);
  const page = await entries(
    ctx.em,
    `w.event_id = ? and ${ACTIVE}`,
    [eventId, first, offset],
    `${ORDER} limit ? offset ?`,
  );
  const [{ n }] = await run<{ n: number }>(
    ctx.em,
    `select count(*)::int as n from waiting_list_entries w where w.event_id = ? and ${ACTIVE}`,
    [eventId],
  );
  return { nodes: page, totalCount: n };
}

/** WL3: moves a waiting entry to a position (1: first; beyond the end: last). Needs EDIT. */
export async function move(ctx: ActorContext, id: string, position: number): Promise<WaitingListEntry> {
  await ctx.em.transactional(async (em) => {
    const event = await entryForEditor(ctx, em, id);
    await lockEventTickets(em, event.id);
    const waiting = await run<{ id: string }>(
      em,
      `select w.id from waiting_list_entries w where w.event_id = ? and w.status = 'WAITING'
        order by w.position, w.created_at, w.id for update`,
      [event.id],
    );
    const from = waiting.findIndex((w) => w.id === id);
    if (from < 0)
      throw new DomainError('CONFLICT', 'Only a waiting entry can be moved (this one was offered a place or ended).');
    const order = waiting.map((w) => w.id);
    order.splice(from, 1);
    order.splice(Math.min(Math.max(position, 1), order.length + 1) - 1, 0, id);
    await run(
      em,
      `update waiting_list_entries w set position = o.n, updated_at = ?
         from unnest(?::uuid[]) with ordinality as o(id, n) where w.id = o.id`,
      [ctx.deps.clock.now(), `{${order.join(',')}}`],
    );
    audit(ctx, em, {
      action: 'waiting_list.moved',
      subjectType: 'Event',
      subjectId: event.id,
      data: { entry: id, from: from + 1, to: order.indexOf(id) + 1 },
    });
  });
  return (await entries(ctx.em, `w.id = ?`, [id]))[0];
}

/** WL3: removes an entry (a place it was offered goes to the next person). Needs EDIT. */
export async function remove(ctx: ActorContext, id: string): Promise<WaitingListEntry> {
  await ctx.em.transactional(async (em) => {
    const event = await entryForEditor(ctx, em, id);
    await lockEventTickets(em, event.id);
    const was = await endEntry(em, id, WaitingListStatus.REMOVED, ctx.deps.clock.now());
    if (!was) throw new DomainError('CONFLICT', 'This entry already left the list.');
    audit(ctx, em, {
      action: 'waiting_list.removed',
      subjectType: 'Event',
      subjectId: event.id,
      data: { entry: id, was },
    });
  });
  return (await entries(ctx.em, `w.id = ?`, [id]))[0];
}

/** WL3: empties the event's list; places held by offers are given back (to anyone). Needs EDIT. Returns how many. */
export async function clear(ctx: ActorContext, eventId: string): Promise<number> {
  return ctx.em.transactional(async (em) => {
    const { event } = await eventAccess(ctx, em, eventId, PermissionLevel.EDIT);
    await lockEventTickets(em, event.id);
    const now = ctx.deps.clock.now();
    // The waiting ones first, so the offers given back below are not offered to them.
    const waiting = await run<{ id: string }>(
      em,
      `update waiting_list_entries set status = 'REMOVED', updated_at = ?, ended_at = ?
        where event_id = ? and status = 'WAITING' returning id`,
      [now, now, event.id],
    );
    const offered = await run<{ id: string }>(
      em,
      `select id from waiting_list_entries where event_id = ? and status = 'OFFERED' order by id`,
      [event.id],
    );
    for (const o of offered) await endEntry(em, o.id, WaitingListStatus.REMOVED, now);
    const n = waiting.length + offered.length;
    audit(ctx, em, { action: 'waiting_list.cleared', subjectType: 'Event', subjectId: event.id, data: { entries: n } });
    return n;
  });
}

/**
 * WL3: offers a free place to this waiting entry now, whatever its position: held for it exactly as an automatic
 * offer. NO_PLACE_FREE when its ticket has no room. Needs EDIT.
 */
export async function offerByHand(ctx: ActorContext, id: string): Promise<WaitingListEntry> {
  await ctx.em.transactional(async (em) => {
    const event = await entryForEditor(ctx, em, id);
    await lockEventTickets(em, event.id);
    // Put first, then offered in the list's order: the one function that offers (and holds) places.
    const moved = await run<{ id: string }>(
      em,
      `update waiting_list_entries set position = (select min(position) - 1 from waiting_list_entries where event_id = ?)
        where id = ? and status = 'WAITING' returning id`,
      [event.id, id],
    );
    if (!moved.length) throw new DomainError('CONFLICT', 'Only a waiting entry can be offered a place.');
    await offerFreePlaces(em, event.id, ctx.deps.clock.now());
    const [{ status }] = await run<{ status: string }>(em, `select status from waiting_list_entries where id = ?`, [
      id,
    ]);
    if (status !== WaitingListStatus.OFFERED)
      throw new DomainError('NO_PLACE_FREE', 'No place is free for this entry’s ticket now.');
    audit(ctx, em, { action: 'waiting_list.offered', subjectType: 'Event', subjectId: event.id, data: { entry: id } });
  });
  return (await entries(ctx.em, `w.id = ?`, [id]))[0];
}

/** WL1, WL2: whether the list is open, and how long offers hold. Needs EDIT. */
export async function setSettings(ctx: ActorContext, eventId: string, input: WaitingListSettingsInput): Promise<Event> {
  return ctx.em.transactional(async (em) => {
    const { event } = await eventAccess(ctx, em, eventId, PermissionLevel.EDIT);
    const before = { open: event.waitingListOpen, offerMinutes: event.waitingListOfferMinutes };
    event.waitingListOpen = input.open;
    event.waitingListOfferMinutes = input.offerMinutes;
    audit(ctx, em, {
      action: 'waiting_list.settings',
      subjectType: 'Event',
      subjectId: event.id,
      data: { before, after: { open: input.open, offerMinutes: input.offerMinutes } },
    });
    return event;
  });
}
