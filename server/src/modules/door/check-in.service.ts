import type { ActorContext, AppDeps } from '../../app-context';
import { badInput, notFound } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { auditNow, type AuditEntry } from '../audit';
import { transitions } from '../bookings';
import { eventAccess } from '../permissions';
import {
  type Booking,
  type BookingOption,
  type Event,
  PermissionLevel,
  type ExtraInfo,
  type CheckIn,
  CheckInMethod,
  type Ticket,
  type User,
} from '../../model';
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
  /**
   * What the answer's fields show, read with the scan (the resolver hands them to the request's loaders, so the
   * answer costs no further statement): the event, the booking's ticket and options, who let them in.
   */
  shown: { event: Event; ticket: Ticket | null; options: BookingOption[]; checkedInBy: User | null };
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

/** What the door needs around the scan, given by the request's path (below) or by the fast lane (door/fast-lane.ts). */
export interface DoorPorts<E extends { id: string }, S extends { result: transitions.ScanResult }> {
  /** The access check at VALIDATE (`eventAccess`): the event, or the error it throws. */
  access(eventId: string): Promise<E>;
  /** A refusal's audit entry, written at once in a statement of its own (nothing else changes). */
  audit(entry: AuditEntry): Promise<void>;
  /** The scan's one statement (`transitions.checkIn`); null: no such booking (nothing written). */
  scan(scan: transitions.Scan, now: Date): Promise<S | null>;
}

/**
 * TT4: lets a reservation in, once. A code must verify (TT3) and name this event; the booking must be a
 * reservation (not opposed, not unpaid) whose ENTRY requirements — and PAYMENT ones, which a free booking skipped
 * (XI5) — are validated. The check-in row's primary key makes concurrent scans give exactly one OK. Every scan is
 * audited, whatever its result. The door's rules, in their order, for both paths: `checkIn` below and the fast lane
 * (issue 14), which differ only in how they read and write (`ports`). `scanned` is null unless the scan found one
 * of this event's bookings.
 */
export async function doorScan<E extends { id: string }, S extends { result: transitions.ScanResult }>(
  deps: Pick<AppDeps, 'signer' | 'clock'>,
  req: CheckInRequest,
  ports: DoorPorts<E, S>,
): Promise<{ status: CheckInStatus; event: E; scanned: S | null }> {
  if ((req.code != null) === (req.bookingId != null))
    throw badInput({ code: 'REQUIRED' }, 'Give the scanned code or the booking, not both.');
  const device = req.device?.trim().slice(0, 100) || null;
  const event = await ports.access(req.eventId);
  const method = req.scannedAt ? CheckInMethod.OFFLINE : req.code != null ? CheckInMethod.SCAN : CheckInMethod.MANUAL;
  const refused = async (status: CheckInStatus, data: Record<string, unknown> = {}) => {
    await ports.audit({
      action: 'checkin.scan',
      subjectType: 'Event',
      subjectId: event.id,
      data: { result: status, method, device, ...data },
    });
    return { status, event, scanned: null };
  };

  let bookingId = req.bookingId ?? null;
  if (req.code != null) {
    const verified = await deps.signer.verify(req.code);
    if (!verified.ok) return refused(CheckInStatus.INVALID_CODE, { why: verified.reason });
    if (verified.claim.eventId !== event.id) return refused(CheckInStatus.OTHER_EVENT);
    bookingId = verified.claim.bookingId;
  } else if (!isUuid(bookingId!)) throw notFound('Booking');

  const now = deps.clock.now();
  const at = req.scannedAt && req.scannedAt < now ? req.scannedAt : now;
  const scanned = await ports.scan({ bookingId: bookingId!, eventId: event.id, at, method, device }, now);
  if (!scanned) {
    if (req.code != null) return refused(CheckInStatus.INVALID_CODE, { why: 'NO_SUCH_BOOKING' });
    throw notFound('Booking');
  }
  const status = CheckInStatus[scanned.result];
  // Another event's booking (picked by id): audited on this event by the scan, and nothing told about it.
  return { status, event, scanned: status === CheckInStatus.OTHER_EVENT ? null : scanned };
}

/**
 * TT4 through the request's EntityManager (GraphQL, offline synchronisation). Issue 14: a scan costs at most 4 SQL
 * statements, the session lookup included: the access check reads the event, the viewer's clubs and the grants in
 * one (`eventAccess`), and the scan itself — lock, decision, check-in, audit entry and everything the answer shows
 * — is one statement (`transitions.checkIn`). A code that does not verify, or names another event, costs one audit
 * insert instead.
 */
export async function checkIn(ctx: ActorContext, req: CheckInRequest): Promise<CheckInOutcome> {
  const { status, event, scanned } = await doorScan(ctx.deps, req, {
    access: async (eventId) => (await eventAccess(ctx, ctx.em, eventId, PermissionLevel.VALIDATE)).event,
    audit: (entry) => auditNow(ctx, ctx.em, entry),
    scan: (scan, now) => transitions.checkIn(ctx.em, { ctx, now, publicUrl: ctx.deps.config.publicUrl }, scan),
  });
  if (!scanned)
    return {
      status,
      booking: null,
      checkIn: null,
      blockedBy: [],
      shown: { ticket: null, options: [], checkedInBy: null, event },
    };
  return {
    status,
    booking: scanned.booking,
    checkIn: scanned.checkIn,
    blockedBy: scanned.blockedBy,
    shown: { event, ticket: scanned.ticket, options: scanned.options, checkedInBy: scanned.checkedInBy },
  };
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
