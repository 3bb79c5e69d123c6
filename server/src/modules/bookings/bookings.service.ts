import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext } from '../../app-context';
import { badInput, DomainError, notFound, soldOut, unauthenticated } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { databaseError, SQLSTATE, type PgError } from '../../db/sqlstates';
import { formatEuros, parisDateTime } from '../../core/time';
import { normalizeEmail } from '../../core/normalize';
import type { AuditActor } from '../audit';
import { mails } from '../mail';
import { eventAccess, seesEvent } from '../permissions';
import {
  eligibility,
  eligibilityPerson,
  eligibilityTicket,
  firstFull,
  IneligibilityReason,
  quotasOfTicket,
  type EligibilityPerson,
  type Places,
  type QuotaPlaces,
} from '../tickets';
import { bookingAccess, holdsBindingBooking } from './booking-access';
import type { BookInput, GiveTicketInput } from './bookings.inputs';
import { bookingReference } from './reference';
import { assertNoOpenAttempt } from './payment-hold';
import * as transitions from './transitions';
import {
  User,
  Event,
  AssociationMembership,
  PermissionLevel,
  Option,
  Ticket,
  TicketKind,
  Booking,
  BookingStatus,
} from '../../model';

/** Loads a ticket with its event for booking; NOT_FOUND when the viewer may not see the event (EV1). */
async function ticketToBook(ctx: ActorContext, ticketId: string): Promise<{ ticket: Ticket; event: Event }> {
  const ticket = isUuid(ticketId) ? await ctx.em.findOne(Ticket, ticketId, { populate: ['event'] }) : null;
  if (!ticket) throw notFound('Ticket');
  const event = ticket.event;
  if (!(await seesEvent(ctx, ctx.em, event))) throw notFound('Ticket');
  return { ticket, event };
}

async function personOf(em: EntityManager, user: User, ticket: Ticket): Promise<EligibilityPerson> {
  // Memberships matter only for tickets restricted to associations: skip the query otherwise.
  return eligibilityPerson(
    user,
    ticket.associationIds.length ? await em.find(AssociationMembership, { user: user.id }) : [],
  );
}

const SALES_REASONS = new Set([IneligibilityReason.SALES_NOT_OPEN, IneligibilityReason.SALES_CLOSED]);

type EligibilityFacts = Parameters<typeof eligibilityTicket>;

/** TK2, BK11, EV5: the booker must be eligible now; each failure has its own code. */
function assertEligible(person: EligibilityPerson, ticket: EligibilityFacts[0], event: EligibilityFacts[1], now: Date) {
  const { canBook, reasons } = eligibility(person, eligibilityTicket(ticket, event), now);
  if (canBook) return;
  if (reasons.includes(IneligibilityReason.EVENT_CANCELLED))
    throw new DomainError('EVENT_CANCELLED', 'The event was cancelled.');
  const personal = reasons.filter((r) => !SALES_REASONS.has(r));
  if (personal.length) throw new DomainError('NOT_ELIGIBLE', 'You may not book this ticket.', { reasons });
  throw new DomainError(
    'SALES_CLOSED',
    reasons.includes(IneligibilityReason.SALES_NOT_OPEN) ? 'Sales are not open yet.' : 'Sales are closed.',
    { reasons },
  );
}

/**
 * BK3, BK9, BK11, CP1, TK2, EV5: what `book` checks about the booker and the ticket before anything else, in this
 * order, on every path (GraphQL's and the sale-opening fast lane's): eligibility, then the friendly early SOLD_OUT
 * for the many who come after the last place — of the ticket, of a quota it shares, of the event's total, in the
 * places trigger's order (the database still decides, BK9, CP1).
 */
export function assertMayBook(
  person: EligibilityPerson,
  ticket: EligibilityFacts[0] & Places,
  event: EligibilityFacts[1] & Places,
  quotas: QuotaPlaces[],
  now: Date,
  holdsOffer = false,
): void {
  assertEligible(person, ticket, event, now);
  // WL2: a place offered from the waiting list is counted as taken, held for its person alone: they pass.
  const full = holdsOffer ? null : firstFull(ticket, quotas, event);
  if (full) throw soldOut(full);
}

/**
 * WL2: whether the viewer holds a place offered from the waiting list on this ticket — for themselves, or for a guest
 * (`forGuest`) — which the places trigger turns into their booking without taking a second place.
 */
export async function holdsOffer(em: EntityManager, ticketId: string, userId: string, forGuest: boolean) {
  const rows = await em.getConnection().execute<Array<{ id: string }>>(
    `select id from waiting_list_entries where ticket_id = ? and user_id = ? and status = 'OFFERED'
          and (guest_email is not null) = ? limit 1`,
    [ticketId, userId, forGuest],
    'all',
    em.getTransactionContext(),
  );
  return rows.length > 0;
}

/** A chosen option, as a booking records it (OP4). */
export interface ChosenOption {
  id: string;
  name: string;
  priceCents: number;
  group?: { id: string } | null;
}

/** OP1: each option chosen once; the ids to look up. */
export function uniqueOptionIds(optionIds: string[]): string[] {
  const ids = [...new Set(optionIds)];
  if (ids.length !== optionIds.length) throw badInput({ optionIds: 'DUPLICATE' }, 'An option is chosen twice.');
  return ids;
}

/** OP1, OP2: every id found among the ticket's options (`found`), at most one per group. */
export function checkChosenOptions<T extends ChosenOption>(ids: string[], found: T[]): T[] {
  if (found.length !== ids.length)
    throw badInput({ optionIds: 'UNKNOWN_REFERENCE' }, 'An option does not belong to this ticket.');
  const groups = found.filter((o) => o.group).map((o) => o.group!.id);
  if (new Set(groups).size !== groups.length)
    throw badInput({ optionIds: 'NOT_ALLOWED' }, 'At most one option per group.');
  return found;
}

/** OP1, OP2: options of this ticket only, each once, at most one per group. */
async function chosenOptions(em: EntityManager, ticket: Ticket, optionIds: string[]): Promise<Option[]> {
  const ids = uniqueOptionIds(optionIds);
  if (!ids.length) return [];
  const options = ids.every(isUuid) ? await em.find(Option, { id: { $in: ids }, ticket: ticket.id }) : [];
  return checkChosenOptions(ids, options);
}

/** What a new booking is made of: plain facts, as the ORM's entities or the fast lane's row give them. */
export interface NewBooking {
  ticket: Pick<Ticket, 'id' | 'name' | 'priceCents' | 'pendingGuestsPerSponsor'>;
  event: Pick<Event, 'id' | 'name' | 'paymentDeadlineHours' | 'sponsorshipLimit'>;
  options: ChosenOption[];
  holder: Pick<User, 'id' | 'language'> | null;
  holderEmail: string;
  holderFirstName: string;
  holderLastName: string;
  sponsor: Pick<User, 'id' | 'fullName'> | null;
  givenBy: Pick<User, 'id' | 'fullName'> | null;
  forced: boolean;
}

/**
 * Turns the database's guards into the API's codes (the code checks first only to be friendly): the one catalogue
 * (db/sqlstates.ts), refined here with this booking's details. A ticket or option deleted meanwhile comes back as
 * NOT_FOUND / UNKNOWN_REFERENCE from the catalogue (SEC2).
 */
function bookingConflict(e: unknown, input: NewBooking): DomainError | null {
  const guest = !!input.sponsor;
  const err = e as PgError;
  // BK3 (issue 11): the ticket's cap on the sponsor's pending guests, SQLSTATE BK003 (Migration20261204120000_guests).
  if (err.code === 'BK003') {
    const limit = input.ticket.pendingGuestsPerSponsor;
    return new DomainError(
      'SPONSORSHIP_LIMIT',
      `You already have ${limit} guests on this ticket who have neither accepted nor paid.`,
      { scope: 'TICKET_PENDING', limit },
    );
  }
  if (err.code === SQLSTATE.SPONSORSHIP_LIMIT) {
    return new DomainError('SPONSORSHIP_LIMIT', 'You already have the maximum number of guests for this event.', {
      scope: 'EVENT',
      limit: input.event.sponsorshipLimit,
    });
  }
  if (err.code === SQLSTATE.UNIQUE && err.constraint?.startsWith('bookings_one_live_per_')) {
    return new DomainError(
      'ALREADY_BOOKED',
      guest ? 'Your guest already has a booking for this event.' : 'You already have a booking for this event.',
    );
  }
  return databaseError(e);
}

const isReferenceCollision = (e: unknown) =>
  (e as PgError).code === '23505' && (e as PgError).constraint === 'bookings_reference_unique';

/** Where a new booking is written from: the moment, the links' base, who acts, and how its one statement is sent. */
export interface BookingWriter {
  now: Date;
  publicUrl: string;
  actor: AuditActor;
  run(statement: ReturnType<typeof transitions.createStatement>): Promise<unknown>;
}

/**
 * Writes a booking (BK1, BK5, BK12) with its options, audit entry and mail in ONE SQL statement
 * (transitions.createStatement): it commits or fails whole, in a single round trip. Capacity (BK9), one live booking
 * per person (BK2), the sponsorship limit (BK4) and cancellation (EV5) are enforced by PostgreSQL when the row is
 * written; their errors come back coded. Every path that books goes through here (GraphQL and the fast lane).
 */
export async function writeBooking(
  w: BookingWriter,
  input: NewBooking,
  action: string,
): Promise<transitions.NewBookingRow> {
  const now = w.now;
  const price = input.ticket.priceCents + input.options.reduce((sum, o) => sum + o.priceCents, 0);
  const reserved = price === 0; // BK5, XI5
  const deadline = input.event.paymentDeadlineHours;
  const expiresAt = !reserved && deadline ? new Date(now.getTime() + deadline * 3600_000) : null;
  const id = randomUUID();
  const options = input.options.map((o) => ({
    id: randomUUID(),
    booking_id: id,
    option_id: o.id,
    group_id: o.group?.id ?? null,
    name: o.name,
    price_cents: o.priceCents,
  }));
  for (let attempt = 1; ; attempt++) {
    const reference = bookingReference(input.event.name);
    // Issue 12: the holder's account (the booker, the person given the ticket, or the guest's account) sets the
    // mail's language; a guest without an account gets it bilingual.
    const locale = input.holder?.language ?? null;
    const mail = mails.booked(
      input.holderEmail,
      locale,
      {
        reference,
        holderFirstName: input.holderFirstName,
        eventName: input.event.name,
        ticketName: input.ticket.name,
        price: formatEuros(price, locale ?? undefined),
        reserved,
        sponsorName: input.sponsor?.fullName ?? input.givenBy?.fullName ?? null,
        expiresAt: expiresAt ? parisDateTime(expiresAt, locale ?? undefined) : null,
      },
      `${w.publicUrl}/bookings`,
    );
    const audited = {
      reference,
      ticket: input.ticket.id,
      priceCents: price,
      options: input.options.map((o) => o.id),
      forced: input.forced,
    };
    const row: transitions.NewBookingRow = {
      id,
      reference,
      eventId: input.event.id,
      ticketId: input.ticket.id,
      holderId: input.holder?.id ?? null,
      holderEmail: input.holderEmail,
      holderFirstName: input.holderFirstName,
      holderLastName: input.holderLastName,
      sponsorId: input.sponsor?.id ?? null,
      givenById: input.givenBy?.id ?? null,
      forced: input.forced,
      status: reserved ? BookingStatus.RESERVED : BookingStatus.PRE_RESERVED,
      priceCents: price,
      reservedAt: reserved ? now : null,
      expiresAt,
      createdAt: now,
    };
    try {
      await w.run(
        transitions.createStatement(
          w.actor,
          row,
          options,
          { action, subjectType: 'Booking', subjectId: id, data: audited },
          { ...mail, ticketOf: reserved ? id : null }, // a reservation's mail carries the ticket
        ),
      );
    } catch (e) {
      if (isReferenceCollision(e) && attempt < 5) continue;
      throw bookingConflict(e, input) ?? e;
    }
    return row;
  }
}

/** `writeBooking` on the request's EntityManager; the ORM gets the booking as loaded, without reading it back. */
async function createBooking(ctx: ActorContext, input: NewBooking, action: string): Promise<Booking> {
  const row = await writeBooking(
    {
      now: ctx.deps.clock.now(),
      publicUrl: ctx.deps.config.publicUrl,
      actor: ctx,
      // SEC2: one statement, in a transaction of its own unless the caller's (db/transactions.ts), so that its wait
      // for the ticket's row lock is bounded (BUSY after LOCK_TIMEOUT_MS) like every other change's.
      run: (statement) =>
        ctx.em.isInTransaction()
          ? ctx.em.execute(statement.sql, statement.params, 'run')
          : ctx.em.transactional((em) => em.execute(statement.sql, statement.params, 'run')),
    },
    input,
    action,
  );
  ctx.deps.outbox.kick();
  return transitions.createdBooking(ctx.em, row);
}

/** BK1, BK3–BK5, BK11, BK12: the viewer books a ticket for themselves or for a guest. */
export async function book(ctx: ActorContext, input: BookInput): Promise<Booking> {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  const { ticket, event } = await ticketToBook(ctx, input.ticketId);
  const me = viewer.user;
  // BK3: the sponsor must be eligible.
  const person = await personOf(ctx.em, me, ticket);
  // WL2: only someone full-out refused reads the waiting list's offers (the sale opening's crowd reads nothing more).
  const quotas = await quotasOfTicket(ctx.em, ticket.id);
  const offered = !!firstFull(ticket, quotas, event) && (await holdsOffer(ctx.em, ticket.id, me.id, !!input.guest));
  assertMayBook(person, ticket, event, quotas, ctx.deps.clock.now(), offered);
  const options = await chosenOptions(ctx.em, ticket, input.optionIds);
  if (!input.guest) {
    return createBooking(
      ctx,
      {
        ticket,
        event,
        options,
        holder: me,
        holderEmail: me.email,
        holderFirstName: me.firstName,
        holderLastName: me.lastName,
        sponsor: null,
        givenBy: null,
        forced: false,
      },
      'booking.created',
    );
  }
  const guestEmail = normalizeEmail(input.guest.email);
  const firstName = input.guest.firstName.trim();
  const lastName = input.guest.lastName.trim();
  if (guestEmail === me.email) throw badInput({ email: 'NOT_ALLOWED' }, 'Book for yourself without a guest.');
  if (!firstName || !lastName)
    throw badInput({ ...(!firstName && { firstName: 'REQUIRED' }), ...(!lastName && { lastName: 'REQUIRED' }) });
  if (ticket.kind === TicketKind.RESTRICTED && !ticket.sponsorshipAllowed) {
    throw new DomainError('SPONSORSHIP_NOT_ALLOWED', 'This ticket does not allow booking for guests.');
  }
  const account = await ctx.em.findOne(User, { email: guestEmail }); // BK3: a guest with an account is that account
  // BK2: a person who already holds a binding booking can't be given a second one to accept or pay.
  if (await holdsBindingBooking(ctx.em, event.id, account?.id ?? null, guestEmail)) {
    throw new DomainError('ALREADY_BOOKED', 'Your guest already has a booking for this event.');
  }
  return createBooking(
    ctx,
    {
      ticket,
      event,
      options,
      holder: account,
      holderEmail: guestEmail,
      // SEC4: what the sponsor typed, never the account's names (the guest's acceptance brings those).
      holderFirstName: firstName,
      holderLastName: lastName,
      sponsor: me,
      givenBy: null,
      forced: false,
    },
    'booking.created_for_guest',
  );
}

/** BK1, BK11: someone with EDIT gives a ticket to a user, whatever the sale window and eligibility. */
export async function giveTicket(ctx: ActorContext, input: GiveTicketInput): Promise<Booking> {
  if (!ctx.viewer) throw unauthenticated(); // SEC5: before the lookup, so an id's existence never shows
  const ticket = isUuid(input.ticketId) ? await ctx.em.findOne(Ticket, input.ticketId, { populate: ['event'] }) : null;
  if (!ticket) throw notFound('Ticket');
  const { event } = await eventAccess(ctx, ctx.em, ticket.event.id, PermissionLevel.EDIT);
  if (event.cancelledAt) throw new DomainError('EVENT_CANCELLED', 'The event was cancelled.');
  const user = await ctx.em.findOne(User, { email: normalizeEmail(input.userEmail) });
  if (!user) throw badInput({ userEmail: 'UNKNOWN_REFERENCE' }, 'No account has this email address.');
  const options = await chosenOptions(ctx.em, ticket, input.optionIds);
  return createBooking(
    ctx,
    {
      ticket,
      event,
      options,
      holder: user,
      holderEmail: user.email,
      holderFirstName: user.firstName,
      holderLastName: user.lastName,
      sponsor: null,
      givenBy: ctx.viewer!.user,
      forced: input.force,
    },
    'booking.given',
  );
}

/** BK6: the holder, the sponsor or someone with EDIT deletes a pre-reservation; its place is freed at once. */
export async function deletePreReservation(ctx: ActorContext, id: string): Promise<Booking> {
  return ctx.em.transactional(async (em) => {
    const { booking } = await bookingAccess(ctx, em, id, 'DELETE', { lock: true });
    // Conditional: a payment landing at the same instant wins or loses cleanly, never both.
    const by = { ctx, now: ctx.deps.clock.now(), publicUrl: ctx.deps.config.publicUrl };
    // Issue 16: not while a payment attempt is open or being confirmed (under the booking's lock, as checkouts).
    if (booking.status === BookingStatus.PRE_RESERVED) await assertNoOpenAttempt(em, booking.id, by.now, 'deleting it');
    if (!(await transitions.remove(em, by, booking))) {
      throw new DomainError(
        'CONFLICT',
        'Only a pre-reservation can be deleted; a reservation can only be put in opposition (BK8).',
      );
    }
    return booking;
  });
}

/** The viewer's bookings: those they hold (by account or email) and those they sponsor, newest first. */
export async function myBookings(ctx: ActorContext, includeDeleted: boolean): Promise<Booking[]> {
  const me = ctx.viewer?.user;
  if (!me) throw unauthenticated();
  return ctx.em.find(
    Booking,
    {
      $and: [
        { $or: [{ holder: me.id }, { holderEmail: me.email }, { sponsor: me.id }] },
        includeDeleted ? {} : { status: { $ne: BookingStatus.DELETED } },
      ],
    },
    { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 200 },
  );
}

/** One booking, for its holder, sponsor or the event's VIEW+ admins (NOT_FOUND for anyone else). */
export async function getBooking(ctx: ActorContext, id: string): Promise<Booking> {
  return (await bookingAccess(ctx, ctx.em, id, 'READ')).booking;
}
