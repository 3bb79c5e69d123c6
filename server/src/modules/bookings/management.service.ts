import type { ActorContext } from '../../app-context';
import { decodeCursor, decodeTextCursor, encodeCursor, encodeTextCursor, escapeLike } from '../../graphql/paging';
import { badInput, DomainError } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { formatEuros } from '../../core/time';
import { eventAccess } from '../permissions';
import { assertMayBind, bookingAccess } from './booking-access';
import type { BookingFilter, MarkPaidInput } from './bookings.inputs';
import { BookingOrder } from './bookings.types';
import * as transitions from './transitions';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Payment,
  PaymentMethod,
  PaymentProvider,
  PermissionLevel,
  ExtraInfo,
  ExtraInfoBlocks,
  Answer,
  Booking,
  BookingStatus,
  LIVE_STATUSES,
} from '../../model';

/** Extra information of the booking's ticket that blocks `blocks` and has no validated answer yet (XI1). */
export async function unvalidatedRequirements(
  em: EntityManager,
  booking: Booking,
  blocks: ExtraInfoBlocks[],
): Promise<ExtraInfo[]> {
  const infos = await em.find(ExtraInfo, { ticket: booking.ticket.id, blocks: { $in: blocks } });
  if (!infos.length) return [];
  const validated = await em.find(Answer, {
    booking: booking.id,
    extraInfo: { $in: infos.map((x) => x.id) },
    validatedAt: { $ne: null },
  });
  const done = new Set(validated.map((a) => a.extraInfo.id));
  return infos.filter((x) => !done.has(x.id));
}

/**
 * BK7: someone with VALIDATE records a payment received by hand; the pre-reservation becomes a reservation.
 * XI5: refused while PAYMENT-blocking answers are not validated. The amount must be the booking's price.
 */
export async function markPaid(ctx: ActorContext, input: MarkPaidInput): Promise<Booking> {
  if (input.method === PaymentMethod.ONLINE)
    throw badInput({ method: 'NOT_ALLOWED' }, 'Online payments are recorded by the payment providers.');
  const booking = await ctx.em.transactional(async (em) => {
    const { booking, event } = await bookingAccess(ctx, em, input.bookingId, 'VALIDATE', { lock: true });
    if (await transitions.eventCancelledAt(em, event.id))
      throw new DomainError('EVENT_CANCELLED', 'The event was cancelled: no payment can be recorded.');
    if (booking.status !== BookingStatus.PRE_RESERVED)
      throw new DomainError(
        'CONFLICT',
        `Only a pre-reservation can be marked paid (this booking is ${booking.status}).`,
      );
    if (input.amountCents !== booking.priceCents) {
      throw badInput({ amountCents: 'AMOUNT_MISMATCH' }, `The amount due is ${formatEuros(booking.priceCents)}.`);
    }
    const pending = await unvalidatedRequirements(em, booking, [ExtraInfoBlocks.PAYMENT]);
    if (pending.length) {
      throw new DomainError('ANSWERS_PENDING', 'Validate the extra information that blocks payment first.', {
        extraInfoIds: pending.map((x) => x.id),
      });
    }
    await assertMayBind(em, booking); // BK2/BK3: paying binds the person; never take money for a second booking
    const by = { ctx, now: ctx.deps.clock.now(), publicUrl: ctx.deps.config.publicUrl };
    em.create(Payment, {
      booking,
      provider: PaymentProvider.MANUAL,
      method: input.method,
      amountCents: input.amountCents,
      currency: 'EUR',
      reference: input.reference.trim(),
      recordedBy: ctx.viewer!.user,
      conforming: true,
      createdAt: by.now,
    });
    const note = { data: { method: input.method, amountCents: input.amountCents, reference: input.reference.trim() } };
    if (!(await transitions.reserve(em, by, booking, event, note)))
      throw new DomainError('CONFLICT', 'Only a pre-reservation can be marked paid.');
    return booking;
  });
  ctx.deps.outbox.kick();
  return booking;
}

/** BK8, final: someone with EDIT puts a live booking in opposition, with a reason; it stays as proof. */
export async function oppose(ctx: ActorContext, id: string, rawReason: string): Promise<Booking> {
  const reason = rawReason.trim();
  if (!reason) throw badInput({ reason: 'REQUIRED' }, 'Say why.');
  if (reason.length > 2000) throw badInput({ reason: 'TOO_LONG' }, 'At most 2,000 characters.');
  return ctx.em.transactional(async (em) => {
    const { booking } = await bookingAccess(ctx, em, id, 'OPPOSE', { lock: true });
    const by = { ctx, now: ctx.deps.clock.now(), publicUrl: ctx.deps.config.publicUrl };
    if (!(await transitions.oppose(em, by, booking, LIVE_STATUSES, reason, {}))) {
      throw new DomainError(
        'CONFLICT',
        `Only a live booking can be put in opposition (this one is ${booking.status}).`,
      );
    }
    return booking;
  });
}

export interface BookingPage {
  nodes: Booking[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
  checkedInCount: number;
}

/** BK13: each order's sort keys on `bookings b` (then the id, the same way), and how its cursors are made. */
const ORDERS: Record<BookingOrder, { dir: 'asc' | 'desc'; keys: string[]; byTime: boolean }> = {
  NEWEST: { dir: 'desc', keys: ['b.created_at'], byTime: true },
  OLDEST: { dir: 'asc', keys: ['b.created_at'], byTime: true },
  NAME: { dir: 'asc', keys: ['lower(b.holder_last_name)', 'lower(b.holder_first_name)'], byTime: false },
  NAME_DESC: { dir: 'desc', keys: ['lower(b.holder_last_name)', 'lower(b.holder_first_name)'], byTime: false },
};

/**
 * A list filter as it is kept with what was made from it (an export, a mailing): empty values left out, the search
 * trimmed, so that two filters selecting the same bookings look the same.
 */
export function cleanBookingFilter(filter: BookingFilter): BookingFilter {
  return {
    search: filter.search?.trim() || undefined,
    ticketId: filter.ticketId || undefined,
    statuses: filter.statuses?.length ? filter.statuses : undefined,
    answersPending: filter.answersPending || undefined,
    checkedIn: filter.checkedIn ?? undefined,
  };
}

/** BK13, EX1: the SQL condition (on `bookings b`) selecting an event's bookings as a list's filter says. */
export function bookingFilterSql(eventId: string, filter: BookingFilter): { where: string[]; params: unknown[] } {
  const where: string[] = ['b.event_id = ?'];
  const params: unknown[] = [eventId];
  const statuses = filter.statuses?.length ? filter.statuses : [...LIVE_STATUSES];
  where.push(`b.status in (${statuses.map(() => '?').join(', ')})`);
  params.push(...statuses);
  if (filter.ticketId) {
    if (!isUuid(filter.ticketId)) throw badInput({ ticketId: 'INVALID_FORMAT' });
    where.push('b.ticket_id = ?');
    params.push(filter.ticketId);
  }
  const search = filter.search?.trim();
  if (search) {
    const like = `%${escapeLike(search)}%`;
    where.push(
      `(b.reference ilike ? or b.holder_email ilike ? or (b.holder_first_name || ' ' || b.holder_last_name) ilike ? or (b.holder_last_name || ' ' || b.holder_first_name) ilike ?)`,
    );
    params.push(like, like, like, like);
  }
  if (filter.answersPending) {
    where.push(`exists (select 1 from extra_infos x where x.ticket_id = b.ticket_id and not exists (
      select 1 from answers a where a.booking_id = b.id and a.extra_info_id = x.id and a.validated_at is not null))`);
  }
  if (filter.checkedIn != null)
    where.push(`${filter.checkedIn ? '' : 'not '}exists (select 1 from check_ins c where c.booking_id = b.id)`);
  return { where, params };
}

const timeKeys = ({ at, id }: { at: Date; id: string }) => ({ keys: [at], id });

/** BK13: an event's bookings for VIEW+ in the order asked (newest first), searchable, filterable, cursor-paginated. */
export async function listBookings(
  ctx: ActorContext,
  eventId: string,
  filter: BookingFilter,
  first: number,
  after?: string | null,
  order: BookingOrder = BookingOrder.NEWEST,
): Promise<BookingPage> {
  const { event } = await eventAccess(ctx, ctx.em, eventId, PermissionLevel.VIEW);
  const { where, params } = bookingFilterSql(event.id, filter);
  const conn = ctx.em.getConnection();
  const [{ n, inside }] = await conn.execute<Array<{ n: string; inside: string }>>(
    `select count(*) as n, count(ci.booking_id) as inside
       from bookings b left join check_ins ci on ci.booking_id = b.id
      where ${where.join(' and ')}`,
    params,
  );
  const limit = Math.min(Math.max(first, 1), 200);
  const sort = ORDERS[order];
  const keys = sort.keys.map((k, i) => `${k} as k${i}`).join(', ');
  const pageWhere = [...where];
  const pageParams = [...params];
  if (after) {
    const c = sort.byTime ? timeKeys(decodeCursor(after)) : decodeTextCursor(after, sort.keys.length);
    const cmp = sort.dir === 'desc' ? '<' : '>';
    pageWhere.push(`(${sort.keys.join(', ')}, b.id) ${cmp} (${sort.keys.map(() => '?').join(', ')}, ?)`);
    pageParams.push(...c.keys, c.id);
  }
  const orderBy = [...sort.keys, 'b.id'].map((k) => `${k} ${sort.dir}`).join(', ');
  const rows = await conn.execute<Array<{ id: string; k0: Date | string; k1?: string }>>(
    `select b.id, ${keys} from bookings b where ${pageWhere.join(' and ')} order by ${orderBy} limit ?`,
    [...pageParams, limit + 1],
  );
  const page = rows.slice(0, limit);
  const found = page.length ? await ctx.em.find(Booking, { id: { $in: page.map((r) => r.id) } }) : [];
  const byId = new Map(found.map((b) => [b.id, b]));
  const nodes = page.map((r) => byId.get(r.id)!);
  const last = page.at(-1);
  return {
    nodes,
    totalCount: Number(n),
    checkedInCount: Number(inside),
    endCursor: !last
      ? null
      : sort.byTime
        ? encodeCursor(byId.get(last.id)!.createdAt, last.id)
        : encodeTextCursor([String(last.k0), String(last.k1)], last.id),
    hasNextPage: rows.length > limit,
  };
}
