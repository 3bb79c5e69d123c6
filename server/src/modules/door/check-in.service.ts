import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext } from '../../app-context';
import { badInput, notFound } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { audit } from '../audit';
import { transitions } from '../bookings';
import { eventAccess } from '../permissions';
import { Booking, BookingStatus, type Event, PermissionLevel, ExtraInfo, CheckIn, CheckInMethod } from '../../model';
import { shownName } from '../accounts';

export enum CheckInStatus {
  OK = 'OK',
  ALREADY_CHECKED_IN = 'ALREADY_CHECKED_IN',
  OPPOSED = 'OPPOSED',
  NOT_PAID = 'NOT_PAID',
  OTHER_EVENT = 'OTHER_EVENT',
  ENTRY_BLOCKED = 'ENTRY_BLOCKED',
  INVALID_CODE = 'INVALID_CODE',
}

export interface CheckInOutcome {
  status: CheckInStatus;
  /** The booking, when it is one of this event's (never another event's: the door learns nothing about it). */
  booking: Booking | null;
  /** OK: the new check-in; ALREADY_CHECKED_IN: the first one. */
  checkIn: CheckIn | null;
  /** ENTRY_BLOCKED: the extra information still to be validated. */
  blockedBy: ExtraInfo[];
}

export interface CheckInRequest {
  eventId: string;
  /** The scanned QR text, or … */
  code?: string | null;
  /** … the booking picked in the list. */
  bookingId?: string | null;
  device?: string | null;
  /** Offline scans: when the scanner saw the code. */
  scannedAt?: Date | null;
}

/**
 * TT4: lets a reservation in, once. A code must verify (TT3) and name this event; the booking must be a
 * reservation (not opposed, not unpaid) whose ENTRY requirements — and PAYMENT ones, which a free booking skipped
 * (XI5) — are validated. The check-in row's primary key makes concurrent scans give exactly one OK. Every scan is
 * audited, whatever its result.
 */
export async function checkIn(ctx: ActorContext, req: CheckInRequest): Promise<CheckInOutcome> {
  if ((req.code != null) === (req.bookingId != null))
    throw badInput({ code: 'REQUIRED' }, 'Give the scanned code or the booking, not both.');
  const device = req.device?.trim().slice(0, 100) || null;
  const { event } = await eventAccess(ctx, ctx.em, req.eventId, PermissionLevel.VALIDATE);
  const method = req.scannedAt ? CheckInMethod.OFFLINE : req.code != null ? CheckInMethod.SCAN : CheckInMethod.MANUAL;
  const refused = async (
    em: EntityManager,
    status: CheckInStatus,
    data: Record<string, unknown> = {},
  ): Promise<CheckInOutcome> => {
    audit(ctx, em, {
      action: 'checkin.scan',
      subjectType: 'Event',
      subjectId: event.id,
      data: { result: status, method, device, ...data },
    });
    await em.flush();
    return { status, booking: null, checkIn: null, blockedBy: [] };
  };

  let bookingId = req.bookingId ?? null;
  if (req.code != null) {
    const verified = await ctx.deps.signer.verify(req.code);
    if (!verified.ok) return refused(ctx.em, CheckInStatus.INVALID_CODE, { why: verified.reason });
    if (verified.claim.eventId !== event.id) return refused(ctx.em, CheckInStatus.OTHER_EVENT);
    bookingId = verified.claim.bookingId;
  } else if (!isUuid(bookingId!)) throw notFound('Booking');

  return ctx.em.transactional(async (em) => {
    // FOR SHARE: an opposition in flight (FOR UPDATE) finishes first, and is seen.
    const booking = await em.findOne(Booking, bookingId!, { lockMode: LockMode.PESSIMISTIC_READ });
    if (!booking) {
      if (req.code != null) return refused(em, CheckInStatus.INVALID_CODE, { why: 'NO_SUCH_BOOKING' });
      throw notFound('Booking');
    }
    if (booking.event.id !== event.id) return refused(em, CheckInStatus.OTHER_EVENT);
    const outcome = await decide(ctx, em, event, booking, method, device, req.scannedAt ?? null);
    audit(ctx, em, {
      action: 'checkin.scan',
      subjectType: 'Booking',
      subjectId: booking.id,
      data: {
        result: outcome.status,
        method,
        device,
        ...(outcome.blockedBy.length ? { blockedBy: outcome.blockedBy.map((x) => x.label) } : {}),
      },
    });
    return outcome;
  });
}

async function decide(
  ctx: ActorContext,
  em: EntityManager,
  event: Event,
  booking: Booking,
  method: CheckInMethod,
  device: string | null,
  scannedAt: Date | null,
): Promise<CheckInOutcome> {
  const result = (
    status: CheckInStatus,
    checkIn: CheckIn | null = null,
    blockedBy: ExtraInfo[] = [],
  ): CheckInOutcome => ({ status, booking, checkIn, blockedBy });
  if (booking.status === BookingStatus.OPPOSED) return result(CheckInStatus.OPPOSED);
  if (booking.status !== BookingStatus.RESERVED) return result(CheckInStatus.NOT_PAID);
  // One round trip: the existing check-in and the unvalidated ENTRY/PAYMENT requirements.
  const conn = em.getConnection();
  const tx = em.getTransactionContext();
  const [facts] = await conn.execute<Array<{ checked: boolean; blocked: string[] }>>(
    `select exists (select 1 from check_ins c where c.booking_id = ?) as checked,
            coalesce((select array_agg(x.id order by x.position) from extra_infos x
                       where x.ticket_id = ? and x.blocks in ('ENTRY', 'PAYMENT')
                         and not exists (select 1 from answers a where a.booking_id = ? and a.extra_info_id = x.id and a.validated_at is not null)), '{}') as blocked`,
    [booking.id, booking.ticket.id, booking.id],
    'all',
    tx,
  );
  if (facts.checked)
    return result(CheckInStatus.ALREADY_CHECKED_IN, await em.findOneOrFail(CheckIn, { bookingId: booking.id }));
  if (facts.blocked.length)
    return result(
      CheckInStatus.ENTRY_BLOCKED,
      null,
      await em.find(ExtraInfo, { id: { $in: facts.blocked } }, { orderBy: { position: 'asc' } }),
    );
  const now = ctx.deps.clock.now();
  const at = scannedAt && scannedAt < now ? scannedAt : now;
  const checkedIn = await transitions.checkIn(em, { ctx, now, publicUrl: ctx.deps.config.publicUrl }, booking, {
    at,
    method,
    device,
  });
  if (!checkedIn)
    return result(CheckInStatus.ALREADY_CHECKED_IN, await em.findOneOrFail(CheckIn, { bookingId: booking.id }));
  return result(CheckInStatus.OK, checkedIn);
}

/** Offline scanners send what they let in; each is checked in as if scanned now (conflicts come back as ALREADY_CHECKED_IN). */
export async function syncCheckIns(
  ctx: ActorContext,
  eventId: string,
  scans: Array<{ bookingId: string; scannedAt: Date; device?: string | null }>,
): Promise<CheckInOutcome[]> {
  if (scans.length > 5000) throw badInput({ scans: 'TOO_LONG' }, 'At most 5,000 scans per synchronization.');
  const out: CheckInOutcome[] = [];
  for (const s of scans)
    out.push(await checkIn(ctx, { eventId, bookingId: s.bookingId, device: s.device, scannedAt: s.scannedAt }));
  return out;
}

export interface KitBooking {
  id: string;
  reference: string;
  holderName: string;
  ticketName: string;
  options: string[];
  checkedInAt: Date | null;
  blockedBy: string[];
}

/**
 * TT3, TT4: what an offline scanner downloads: the public keys, the event's reservations (with what blocks their
 * entry and whether they are in), and the revocation list (opposed bookings).
 */
export async function checkInKit(ctx: ActorContext, eventId: string) {
  const { event } = await eventAccess(ctx, ctx.em, eventId, PermissionLevel.VALIDATE);
  const conn = ctx.em.getConnection();
  const rows = await conn.execute<
    Array<{
      id: string;
      reference: string;
      holder: string;
      ticket: string;
      options: string[] | null;
      checked_in_at: Date | null;
      blocked: string[] | null;
    }>
  >(
    `select b.id, b.reference, b.holder_first_name || ' ' || b.holder_last_name as holder, t.name as ticket,
            (select array_agg(o.name order by o.name) from booking_options o where o.booking_id = b.id) as options,
            c.checked_in_at,
            (select array_agg(x.label order by x.position) from extra_infos x
              where x.ticket_id = b.ticket_id and x.blocks in ('ENTRY', 'PAYMENT')
                and not exists (select 1 from answers a where a.booking_id = b.id and a.extra_info_id = x.id and a.validated_at is not null)) as blocked
       from bookings b join tickets t on t.id = b.ticket_id left join check_ins c on c.booking_id = b.id
      where b.event_id = ? and b.status = 'RESERVED'
      order by b.holder_last_name, b.holder_first_name, b.id`,
    [event.id],
  );
  const revoked = await conn.execute<Array<{ id: string }>>(
    `select id from bookings where event_id = ? and status = 'OPPOSED'`,
    [event.id],
  );
  return {
    eventId: event.id,
    generatedAt: ctx.deps.clock.now(),
    publicKeys: await ctx.deps.signer.publicKeys(),
    bookings: rows.map((r): KitBooking => ({
      id: r.id,
      reference: r.reference,
      holderName: shownName(r.holder, '', ctx.viewer?.user.language),
      ticketName: r.ticket,
      options: r.options ?? [],
      checkedInAt: r.checked_in_at ? new Date(r.checked_in_at) : null,
      blockedBy: r.blocked ?? [],
    })),
    revokedBookingIds: revoked.map((r) => r.id),
  };
}
