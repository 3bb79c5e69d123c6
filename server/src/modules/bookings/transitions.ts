import { ReferenceKind, type EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext } from '../../app-context';
import type { Locale } from '../../core/i18n';
import { executePrepared } from '../../db/prepared';
import { formatEuros } from '../../core/time';
import { recipientLocale } from '../accounts';
import { audit, AUDIT_ROW, type AuditActor, type AuditEntry } from '../audit';
import { mails, OUTBOX_ROW, type MailBooking, type MailMessage } from '../mail';
import { bookingUrl, NotificationKind, notify } from '../notifications';
import {
  User,
  CheckIn,
  type CheckInMethod,
  type Event,
  Ticket,
  Booking,
  BookingOption,
  BookingStatus,
  ExtraInfo,
} from '../../model';

/*
 * One function per booking transition, used by every path (GraphQL, webhooks, jobs). Each is a conditional
 * UPDATE … WHERE status = <from> RETURNING on the caller's transaction (`em.execute` runs on it), so a concurrent
 * change wins or loses cleanly; each writes its audit entry (through the audit module) and its mail (through the
 * outbox) in that same transaction. A transition that finds the booking elsewhere changes nothing and says so
 * (null / false): the caller decides what that means (CONFLICT, another outcome).
 */

/** Who moves the booking and when: a request (its viewer) or the system (`viewer: null`, e.g. "webhook:paypal"). */
export interface By {
  ctx: Pick<ActorContext, 'viewer' | 'requestId'>;
  now: Date;
  /** For the links in the mails. */
  publicUrl: string;
}

/**
 * What the audit entry of a transition adds to its fixed action; `null` when the caller records the change in its
 * own entry (settlement: one `booking.paid.online` entry per payment, with its outcome and the status before).
 */
export type AuditNote = { reason?: string | null; data?: Record<string, unknown> | null } | null;

const auditBooking = (by: By, em: EntityManager, booking: Booking, action: string, note: AuditNote) => {
  if (note) audit(by.ctx, em, { action, subjectType: 'Booking', subjectId: booking.id, ...note });
};

/**
 * Runs `update bookings b set <set> where b.id = ? and <from>` and hands the new row to the ORM (no read back):
 * the booking entity the caller holds is refreshed, not dirty.
 */
async function move(
  em: EntityManager,
  by: By,
  id: string,
  from: { sql: string; params?: unknown[] },
  set: { sql: string; params: unknown[] },
): Promise<Booking | null> {
  const rows = await em.execute<Array<Record<string, unknown>>>(
    `update bookings b set ${set.sql}, updated_at = ? where b.id = ? and ${from.sql} returning b.*`,
    [...set.params, by.now, id, ...(from.params ?? [])],
    'all',
  );
  return rows.length ? em.map(Booking, rows[0]) : null;
}

/**
 * EV5: the event's cancellation, read FOR SHARE: a cancellation in flight finishes first, and one that committed is
 * seen. Every path that makes a booking a reservation by payment reads it so.
 */
export async function eventCancelledAt(em: EntityManager, eventId: string): Promise<Date | null> {
  const [{ cancelled_at: cancelledAt }] = await em.execute<Array<{ cancelled_at: Date | null }>>(
    `select cancelled_at from events where id = ? for share`,
    [eventId],
    'all',
  );
  return cancelledAt;
}

/** What booking mails say about this booking, formatted for a reader of `locale` (French when unknown). */
export async function mailBooking(
  em: EntityManager,
  booking: Booking,
  event: Event,
  locale: Locale | null,
): Promise<MailBooking> {
  const ticket = await em.findOneOrFail(Ticket, booking.ticket.id);
  return {
    reference: booking.reference,
    holderFirstName: booking.holderFirstName,
    eventName: event.name,
    ticketName: ticket.name,
    price: formatEuros(booking.priceCents, locale ?? undefined),
    reserved: true,
  };
}

/** Issue 12: the language of a booking's mails: that of the account owning the holder's address, null without one. */
export const holderLocale = (em: EntityManager, booking: Booking): Promise<Locale | null> =>
  recipientLocale(em, booking.holderEmail);

/**
 * The holder learns their booking is now a reservation (paid by hand or online, or paid late and reinstated), with
 * the ticket; the sponsor too (NT1, through the notifications module: once each).
 */
async function mailReserved(by: By, em: EntityManager, booking: Booking, _event: Event) {
  await notify(em, by, booking.id, { kind: NotificationKind.RESERVED }, (b, locale, mb) => ({
    ...mails.reserved(b.holderEmail, locale, mb, bookingUrl(by.publicUrl, b.id)),
    ticketOf: b.id,
  }));
}

/** A new booking's row (BK1, BK5, BK12), as `create` writes it. */
export interface NewBookingRow {
  id: string;
  reference: string;
  eventId: string;
  ticketId: string;
  holderId: string | null;
  holderEmail: string;
  holderFirstName: string;
  holderLastName: string;
  sponsorId: string | null;
  givenById: string | null;
  forced: boolean;
  status: BookingStatus.PRE_RESERVED | BookingStatus.RESERVED;
  priceCents: number;
  reservedAt: Date | null;
  expiresAt: Date | null;
  createdAt: Date;
}

export interface NewBookingOption {
  id: string;
  booking_id: string;
  option_id: string;
  group_id: string | null;
  name: string;
  price_cents: number;
}

/** One booking's part of a creating statement (its CTEs suffixed `n`): the booking, its options, audit entry and mail. */
const createPart = (n: string) => ({
  ctes: `b${n} as (
       insert into bookings (id, reference, event_id, ticket_id, holder_id, holder_email, holder_first_name, holder_last_name,
                             sponsor_id, given_by_id, forced, status, price_cents, reserved_at, expires_at, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       returning id
     ), o${n} as (
       insert into booking_options (id, booking_id, option_id, group_id, name, price_cents)
       select x.id, x.booking_id, x.option_id, x.group_id, x.name, x.price_cents
         from jsonb_to_recordset(?::jsonb) as x(id uuid, booking_id uuid, option_id uuid, group_id uuid, name text, price_cents int), b${n}
        where b${n}.id = x.booking_id
     ), a${n} as (
       insert into ${AUDIT_ROW.table} (${AUDIT_ROW.columns}) select ${AUDIT_ROW.placeholders} from b${n}
     )`,
  mail: `insert into ${OUTBOX_ROW.table} (${OUTBOX_ROW.columns}) select ${OUTBOX_ROW.placeholders} from b${n}`,
});

/** The one statement `create` runs, with `?` placeholders (see `positional` for a bare `pg` client). */
const CREATE_SQL = ((p) => `with ${p.ctes}\n     ${p.mail}`)(createPart(''));

/**
 * The booking hot path's one statement: the booking with its options, audit entry and mail. It commits or fails
 * whole, in a single round trip. The audit and outbox rows take their shape from their modules. The database's guards
 * (capacity, one live booking per person, sponsorship, cancellation) raise their SQLSTATEs here; the caller turns
 * them into codes. `sql` has `?` placeholders (MikroORM's `execute`); `numbered` the same with `$1…` (`pg`).
 */
export function createStatement(
  actor: AuditActor,
  row: NewBookingRow,
  options: NewBookingOption[],
  entry: AuditEntry,
  mail: MailMessage,
): { sql: string; numbered: string; params: unknown[] } {
  return {
    sql: CREATE_SQL,
    numbered: CREATE_SQL_NUMBERED,
    params: [
      row.id,
      row.reference,
      row.eventId,
      row.ticketId,
      row.holderId,
      row.holderEmail,
      row.holderFirstName,
      row.holderLastName,
      row.sponsorId,
      row.givenById,
      row.forced,
      row.status,
      row.priceCents,
      row.reservedAt,
      row.expiresAt,
      row.createdAt,
      row.createdAt,
      JSON.stringify(options),
      ...AUDIT_ROW.values(actor, entry),
      ...OUTBOX_ROW.values(mail),
    ],
  };
}

/** `?` placeholders numbered `$1…` for `pg` (the statement has no `?` operator). */
export const positional = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};
const CREATE_SQL_NUMBERED = positional(CREATE_SQL);

const batchTexts = new Map<number, string>();

/**
 * Issue 14: several bookings' `createStatement`s as one statement (a sale opening's bookings of one ticket, written
 * together: one commit, one turn of the ticket's row lock). It commits or fails whole: the first guard that refuses
 * one booking fails them all, and the caller then writes each on its own for its own answer. `pg` placeholders.
 */
export function createBatchStatement(statements: Array<{ params: unknown[] }>): {
  name: string;
  numbered: string;
  params: unknown[];
} {
  const n = statements.length;
  let numbered = batchTexts.get(n);
  if (numbered === undefined) {
    const parts = Array.from({ length: n }, (_, i) => createPart(String(i + 1)));
    numbered = positional(
      `with ${parts.map((p, i) => `${p.ctes}, m${i + 1} as (${p.mail})`).join(',\n     ')}\n     select 1`,
    );
    batchTexts.set(n, numbered);
  }
  return { name: `fast_book_create_batch_${n}_v1`, numbered, params: statements.flatMap((s) => s.params) };
}

/** The ORM's booking for a row `createStatement` wrote: handed over as loaded, without reading it back. */
export function createdBooking(em: EntityManager, row: NewBookingRow): Booking {
  return em.merge(Booking, {
    id: row.id,
    reference: row.reference,
    event: row.eventId,
    ticket: row.ticketId,
    holder: row.holderId,
    holderEmail: row.holderEmail,
    holderFirstName: row.holderFirstName,
    holderLastName: row.holderLastName,
    sponsor: row.sponsorId,
    givenBy: row.givenById,
    forced: row.forced,
    status: row.status,
    priceCents: row.priceCents,
    reservedAt: row.reservedAt,
    expiresAt: row.expiresAt,
    endedAt: null,
    oppositionReason: null,
    holderAcceptedAt: null,
    createdAt: row.createdAt,
    updatedAt: row.createdAt,
  });
}

const reserveSet = (by: By) => ({
  sql: `status = 'RESERVED', reserved_at = ?, expires_at = null, deadline_held_since = null, ended_at = null`,
  params: [by.now],
});
const deletedSet = (by: By) => ({ sql: `status = 'DELETED', ended_at = ?`, params: [by.now] });

/**
 * BK7, PY4: PRE_RESERVED → RESERVED, paid (by hand or online); audited `booking.paid`, the holder mailed with the
 * ticket. The unique indexes (BK2/BK3) may refuse it: their error comes back to the caller.
 */
export async function reserve(
  em: EntityManager,
  by: By,
  booking: Booking,
  event: Event,
  note: AuditNote,
): Promise<boolean> {
  if (!(await move(em, by, booking.id, { sql: `b.status = 'PRE_RESERVED'` }, reserveSet(by)))) return false;
  auditBooking(by, em, booking, 'booking.paid', note);
  await mailReserved(by, em, booking, event);
  return true;
}

/**
 * PY3: EXPIRED or DELETED → RESERVED, when money for it arrives late and a place is free; the holder mailed with
 * the ticket. The places trigger and unique indexes may refuse it (SOLD_OUT, EVENT_CANCELLED, …): to the caller.
 */
export async function reinstate(
  em: EntityManager,
  by: By,
  booking: Booking,
  event: Event,
  note: AuditNote,
): Promise<boolean> {
  if (!(await move(em, by, booking.id, { sql: `b.status in ('EXPIRED', 'DELETED')` }, reserveSet(by)))) return false;
  auditBooking(by, em, booking, 'booking.reinstated', note);
  await mailReserved(by, em, booking, event);
  return true;
}

/**
 * BK8, PY3, final: a booking in one of `from` → OPPOSED, with its reason; it stays as proof. Audited
 * `booking.opposed`. An ended booking keeps the time it ended.
 */
export async function oppose(
  em: EntityManager,
  by: By,
  booking: Booking,
  from: readonly BookingStatus[],
  reason: string,
  note: AuditNote,
): Promise<boolean> {
  const moved = await move(
    em,
    by,
    booking.id,
    { sql: `b.status in (${from.map(() => '?').join(', ')})`, params: [...from] },
    { sql: `status = 'OPPOSED', opposition_reason = ?, ended_at = coalesce(b.ended_at, ?)`, params: [reason, by.now] },
  );
  if (!moved) return false;
  auditBooking(by, em, booking, 'booking.opposed', note && { reason, ...note });
  await notify(em, by, booking.id, { kind: NotificationKind.OPPOSED, note: reason }); // NT1, with the reason
  return true;
}

/**
 * BK3: the person a guest booking names accepts it (it stays live; from now on it binds them and carries their
 * account's names). Audited `booking.accepted`. The unique indexes (BK2) may refuse it: their error comes back.
 */
export async function accept(em: EntityManager, by: By, booking: Booking, person: User): Promise<boolean> {
  const moved = await move(
    em,
    by,
    booking.id,
    { sql: `b.status in ('PRE_RESERVED', 'RESERVED') and b.sponsor_id is not null and b.holder_accepted_at is null` },
    {
      sql: `holder_accepted_at = ?, holder_id = ?, holder_first_name = ?, holder_last_name = ?`,
      params: [by.now, person.id, person.firstName, person.lastName],
    },
  );
  if (!moved) return false;
  auditBooking(by, em, booking, 'booking.accepted', { data: { reference: booking.reference } });
  return true;
}

/** BK6: PRE_RESERVED → DELETED; its place is freed at once. Audited `booking.deleted`. */
export async function remove(em: EntityManager, by: By, booking: Booking): Promise<boolean> {
  if (!(await move(em, by, booking.id, { sql: `b.status = 'PRE_RESERVED'` }, deletedSet(by)))) return false;
  auditBooking(by, em, booking, 'booking.deleted', { data: { reference: booking.reference } });
  return true;
}

/**
 * BK3: a guest booking, unpaid (a pre-reservation or a free reservation) and not checked in → DELETED, by the person
 * it names. Audited `booking.declined`.
 */
export async function decline(em: EntityManager, by: By, booking: Booking): Promise<boolean> {
  const from = `(b.status = 'PRE_RESERVED' or (b.status = 'RESERVED' and b.price_cents = 0)) and not exists (select 1 from check_ins c where c.booking_id = b.id)`;
  if (!(await move(em, by, booking.id, { sql: from }, deletedSet(by)))) return false;
  auditBooking(by, em, booking, 'booking.declined', { data: { reference: booking.reference } });
  return true;
}

/**
 * BK10: up to `limit` pre-reservations unpaid past their deadline → EXPIRED (the places trigger frees their
 * places); each audited `booking.expired` and its holder mailed. SKIP LOCKED: concurrent runs claim each once.
 */
export async function expireDue(em: EntityManager, by: By, limit: number): Promise<number> {
  // CP1: the places trigger locks a ticket, its quotas, then the event. One statement expiring bookings of several
  // tickets would take the event's row after the first and a later ticket's after it, crossing a booking that holds
  // that ticket and waits for the event (a deadlock): the tickets concerned are locked first, in id order.
  await em.execute(
    `select id from tickets where id in (select ticket_id from bookings where status = 'PRE_RESERVED' and expires_at <= ?)
      order by id for update`,
    [by.now],
    'all',
  );
  const rows = await em.execute<Array<{ id: string; reference: string }>>(
    `with due as (
       select id from bookings where status = 'PRE_RESERVED' and expires_at <= ? order by expires_at limit ? for update skip locked
     )
     update bookings b set status = 'EXPIRED', ended_at = ?, updated_at = ?
       from due
      where b.id = due.id and b.status = 'PRE_RESERVED'
    returning b.id, b.reference`,
    [by.now, limit, by.now, by.now],
    'all',
  );
  for (const r of rows) {
    audit(by.ctx, em, {
      action: 'booking.expired',
      subjectType: 'Booking',
      subjectId: r.id,
      actor: null,
      data: { reference: r.reference },
    });
    // NT1: the holder (their mail as before: a link to book again) and the sponsor, once each.
    await notify(em, by, r.id, { kind: NotificationKind.EXPIRED }, (b, locale, mb) =>
      mails.expired(b.holderEmail, locale, mb, `${by.publicUrl}/events/${b.eventId}`, !b.eventCancelled),
    );
  }
  return rows.length;
}

/** TT4: what the door answers a scan of a booking that exists (INVALID_CODE is the door's own). */
export type ScanResult = 'OK' | 'ALREADY_CHECKED_IN' | 'OPPOSED' | 'NOT_PAID' | 'OTHER_EVENT' | 'ENTRY_BLOCKED';

/** A scan of one booking at the door of one event. */
export interface Scan {
  bookingId: string;
  /** The event at whose door the scanner stands. */
  eventId: string;
  /** When they were let in (an offline scanner's time, never in the future). */
  at: Date;
  method: CheckInMethod;
  device: string | null;
}

/** Everything the door's answer shows, read by the scan's statement (nothing of another event's booking: null, []). */
export interface Scanned {
  result: ScanResult;
  booking: Booking | null;
  ticket: Ticket | null;
  /** Chosen options, by name (as `Booking.options` lists them). */
  options: BookingOption[];
  /** OK: this check-in; ALREADY_CHECKED_IN: the first one. */
  checkIn: CheckIn | null;
  /** Who let them in (that check-in's), if their account still exists. */
  checkedInBy: User | null;
  /** ENTRY_BLOCKED: the extra information still to be validated, in order. */
  blockedBy: ExtraInfo[];
}

/**
 * TT4, TT3, XI5: a scan, in ONE SQL statement (the door's hot path, its own transaction): it reads the booking FOR
 * SHARE (an opposition in flight, FOR UPDATE, finishes first and is seen), decides in the door's order — another
 * event's booking, OPPOSED, not a reservation (NOT_PAID), already in, ENTRY or PAYMENT (XI5) requirements not
 * validated — inserts the check-in when nothing refuses it (the primary key makes concurrent scans give exactly one
 * OK: the others find the row and answer ALREADY_CHECKED_IN), writes the scan's audit entry (`checkin.scan` with its
 * result, method, device and what blocked it; another event's booking is audited on this event, telling nothing of
 * it), and returns what the answer shows. Null when no such booking exists (nothing written: the caller answers).
 */
export async function checkIn(em: EntityManager, by: By, scan: Scan): Promise<Scanned | null> {
  const statement = scanStatement(by, scan);
  const [row] = await executePrepared<ScanRow>(em, statement.name, statement.sql, statement.params);
  if (!row) return null;
  const viewer = by.ctx.viewer!.user;
  // Who let them in: after an OK, the scanner, already known.
  const user = (u: Json | null) => (!u ? null : u.id === viewer.id ? viewer : answerOf(em, User, u));
  const scanned: Scanned = {
    result: row.result,
    // Another event's booking: nothing of it is read out (the door tells nothing about it).
    booking: row.booking ? answerOf(em, Booking, row.booking) : null,
    ticket: row.ticket ? answerOf(em, Ticket, row.ticket) : null,
    options: (row.options ?? []).map((o) => answerOf(em, BookingOption, o)),
    checkIn: row.check_in ? answerOf(em, CheckIn, row.check_in) : null,
    checkedInBy: user(row.checked_in_by),
    blockedBy: row.blocked.map((x) => answerOf(em, ExtraInfo, x)),
  };
  if (scanned.result === 'ALREADY_CHECKED_IN' && !scanned.checkIn) {
    // A concurrent scan inserted it after this statement's snapshot: its row is read now (the one race that costs
    // a second statement).
    const first = await executePrepared<FirstCheckIn>(em, FIRST_CHECK_IN.name, FIRST_CHECK_IN.sql, [scan.bookingId]);
    const [{ check_in: checkIn, checked_in_by: checkedInBy }] = first;
    scanned.checkIn = answerOf(em, CheckIn, checkIn);
    scanned.checkedInBy = user(checkedInBy);
  }
  return scanned;
}

/** A statement with its name, for the caller's EntityManager (`executePrepared`, `?`) or a bare `pg` client (`$1…`). */
export interface PreparedStatement {
  name: string;
  sql: string;
  numbered: string;
  params: unknown[];
}

const SCAN_SQL = `with b as (
       select * from bookings where id = ? for share
     ), d as (
       select b.*, f.existing, f.blocked,
              case when b.event_id <> ?::uuid then 'OTHER_EVENT'
                   when b.status = 'OPPOSED' then 'OPPOSED'
                   when b.status <> 'RESERVED' then 'NOT_PAID'
                   when f.existing is not null then 'ALREADY_CHECKED_IN'
                   when jsonb_array_length(f.blocked) > 0 then 'ENTRY_BLOCKED' end as refused
         from b, lateral (
           select (select to_jsonb(c) from check_ins c where c.booking_id = b.id) as existing,
                  coalesce((select jsonb_agg(to_jsonb(x) order by x.position, x.id) from extra_infos x
                             where x.ticket_id = b.ticket_id and x.blocks in ('ENTRY', 'PAYMENT')
                               and not exists (select 1 from answers a
                                                where a.booking_id = b.id and a.extra_info_id = x.id and a.validated_at is not null)),
                           '[]'::jsonb) as blocked
         ) f
     ), i as (
       insert into check_ins (booking_id, event_id, checked_in_at, checked_in_by_id, method, device, recorded_at)
       select d.id, d.event_id, ?::timestamptz, ?::uuid, ?::text, ?::text, ?::timestamptz from d where d.refused is null
       on conflict (booking_id) do nothing
       returning *
     ), r as (
       select d.*, coalesce(d.refused, case when i.booking_id is null then 'ALREADY_CHECKED_IN' else 'OK' end) as result,
              case when i.booking_id is not null then to_jsonb(i) else d.existing end as check_in
         from d left join i on true
     ), a as (
       insert into ${AUDIT_ROW.table} (${AUDIT_ROW.columns})
       select e.actor_id, e.action,
              case when r.result = 'OTHER_EVENT' then 'Event' else 'Booking' end,
              case when r.result = 'OTHER_EVENT' then ?::text else r.id::text end,
              e.reason,
              e.data || jsonb_build_object('result', r.result)
                || case when r.result = 'ENTRY_BLOCKED'
                        then jsonb_build_object('blockedBy', (select jsonb_agg(x.info->'label' order by x.n)
                                                                from jsonb_array_elements(r.blocked) with ordinality as x(info, n)))
                        else '{}'::jsonb end,
              e.request_id
         from r, (select ${AUDIT_ROW.typedPlaceholders}) as e(${AUDIT_ROW.columns})
     )
     select r.result,
            case when r.result = 'OTHER_EVENT' then null else to_jsonb(b) end as booking,
            (select to_jsonb(t) from tickets t where t.id = r.ticket_id and r.result <> 'OTHER_EVENT') as ticket,
            (select coalesce(jsonb_agg(to_jsonb(o) order by o.name, o.id), '[]'::jsonb)
               from booking_options o where o.booking_id = r.id and r.result <> 'OTHER_EVENT') as options,
            case when r.result = 'OTHER_EVENT' then null else r.check_in end as check_in,
            (select to_jsonb(u) - 'password_hash' from users u
              where u.id = (r.check_in->>'checked_in_by_id')::uuid and r.result <> 'OTHER_EVENT') as checked_in_by,
            case when r.result = 'ENTRY_BLOCKED' then r.blocked else '[]'::jsonb end as blocked
       from r, b`;
const SCAN_SQL_NUMBERED = positional(SCAN_SQL);

/**
 * The scan's one statement (`checkIn` above), built once for both of its callers: the request's EntityManager and the
 * door's fast lane (door/fast-lane.ts), which runs it prepared on a bare connection of the same pool.
 */
export function scanStatement(by: { ctx: AuditActor; now: Date }, scan: Scan): PreparedStatement {
  const entry = AUDIT_ROW.values(by.ctx, {
    action: 'checkin.scan',
    subjectType: '',
    subjectId: '',
    data: { method: scan.method, device: scan.device },
  });
  return {
    name: 'checkin-scan',
    sql: SCAN_SQL,
    numbered: SCAN_SQL_NUMBERED,
    params: [
      scan.bookingId,
      scan.eventId,
      scan.at,
      by.ctx.viewer!.user.id,
      scan.method,
      scan.device,
      by.now,
      scan.eventId,
      ...entry,
    ],
  };
}

/**
 * The first check-in of a booking and who made it, for the one race the scan's statement cannot see: a concurrent
 * scan inserted it after that statement's snapshot (ALREADY_CHECKED_IN without its row). One parameter: the booking.
 */
const FIRST_CHECK_IN_SQL = `select to_jsonb(c) as check_in, (select to_jsonb(u) - 'password_hash' from users u where u.id = c.checked_in_by_id) as checked_in_by
         from check_ins c where c.booking_id = ?`;
export const FIRST_CHECK_IN = {
  name: 'checkin-first',
  sql: FIRST_CHECK_IN_SQL,
  numbered: positional(FIRST_CHECK_IN_SQL),
};
export interface FirstCheckIn {
  check_in: Json;
  checked_in_by: Json | null;
}

/** How one column of a row (as `to_jsonb` gives it) becomes the property the ORM would have set. */
interface AnswerField {
  name: string;
  column: string;
  value: (v: unknown) => unknown;
}
const answerFields = new WeakMap<EntityMetadata, AnswerField[]>();

/**
 * Issue 14: the scan's answer as the entities' own classes (the GraphQL types and their field resolvers read them as
 * loaded ones), with the values `em.map` would give — dates as Date, custom types converted by the ORM's own type,
 * a relation as a reference holding its id (`mapToPk`: the id) — but neither managed nor in the identity map: the
 * statement already wrote everything, nothing of it is changed or flushed. `em.map` (validation, hydration, identity
 * map, merge with relations) took 166 µs of CPU for a booking, its ticket, check-in and user (this: 18 µs), 7 % of
 * a scan's main-thread CPU (bench/README.md, check-in).
 */
export function answerOf<T extends object>(em: EntityManager, cls: new (...args: never[]) => T, row: Json): T {
  const meta = em.getMetadata().get<T>(cls.name);
  let fields = answerFields.get(meta);
  if (!fields) {
    const platform = em.getPlatform();
    fields = [];
    for (const p of meta.props) {
      if (p.persist === false || p.fieldNames?.length !== 1) continue;
      const relation = p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && p.owner);
      if (!relation && p.kind !== ReferenceKind.SCALAR) continue;
      const target = relation && !p.mapToPk ? p.targetMeta! : null;
      const type = p.customType;
      const value: AnswerField['value'] = target
        ? (id) => own(Object.create(target.prototype) as object, target.primaryKeys[0], id)
        : type
          ? (v) => type.convertToJSValue(v, platform)
          : p.runtimeType === 'Date'
            ? (v) => new Date(v as string)
            : (v) => v;
      fields.push({ name: p.name, column: p.fieldNames[0], value });
    }
    answerFields.set(meta, fields);
  }
  const entity = Object.create(meta.prototype) as object;
  for (const f of fields) {
    const v = row[f.column];
    if (v !== undefined) own(entity, f.name, v === null ? null : f.value(v));
  }
  return entity as T;
}

/**
 * Sets a property of the object itself: an entity's prototype has setters (the ORM's change tracking) that would
 * build the ORM's state for it on the first assignment.
 */
const own = (o: object, name: string, value: unknown) =>
  Object.defineProperty(o, name, { value, writable: true, enumerable: true, configurable: true });

export type Json = Record<string, unknown>;
/** The scan statement's row: what the answer shows, as `to_jsonb` gives it. */
export interface ScanRow {
  result: ScanResult;
  booking: Json | null;
  ticket: Json | null;
  options: Json[] | null;
  check_in: Json | null;
  checked_in_by: Json | null;
  blocked: Json[];
}
