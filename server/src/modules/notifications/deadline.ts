import type { EntityManager } from '@mikro-orm/postgresql';
import { NotificationKind, type At } from './kinds';
import { notify } from './notifications.service';

/**
 * NT1: the payment deadline does not run while payment is blocked only by the organizer: a pre-reservation whose
 * PAYMENT-blocking extra information are all answered and wait for validation (none missing, none sent back for
 * correction) is *held*: `expires_at` is null and `deadline_held_since` says since when, so the expiry job, the
 * payment offer, the portal and the exports all read "no deadline now". When it stops being so (an answer validated
 * and payment possible, or sent back for correction), the deadline restarts at now + the event's payment delay.
 *
 * Called in the transaction of every change to a booking's answers, after that change: it locks the booking's row,
 * so two changes to one booking's answers review it one after the other, each seeing the other's committed answers.
 */
export async function reviewDeadline(
  em: EntityManager,
  at: At,
  bookingId: string,
  cause: 'ANSWERED' | 'VALIDATED' | 'CORRECTION',
): Promise<void> {
  const [row] = await em.execute<
    Array<{
      status: string;
      price_cents: number;
      expires_at: Date | null;
      held: boolean;
      hours: number | null;
      payment_infos: number;
      pending: number;
      on_holder: number;
    }>
  >(
    `with b as (select * from bookings where id = ? for update)
     select b.status, b.price_cents, b.expires_at, b.deadline_held_since is not null as held,
            e.payment_deadline_hours as hours,
            count(x.id)::int as payment_infos,
            count(x.id) filter (where a.validated_at is null)::int as pending,
            count(x.id) filter (where a.validated_at is null and (a.id is null or a.correction_requested_at is not null))::int as on_holder
       from b join events e on e.id = b.event_id
       left join extra_infos x on x.ticket_id = b.ticket_id and x.blocks = 'PAYMENT'
       left join answers a on a.booking_id = b.id and a.extra_info_id = x.id
      group by b.status, b.price_cents, b.expires_at, b.deadline_held_since, e.payment_deadline_hours`,
    [bookingId],
    'all',
  );
  if (!row) return;
  const unpaid = row.status === 'PRE_RESERVED' && row.price_cents > 0;
  const waitsOnOrganizer = unpaid && row.pending > 0 && row.on_holder === 0;
  if (waitsOnOrganizer && !row.held && row.expires_at && new Date(row.expires_at) > at.now) {
    await em.execute(
      `update bookings set expires_at = null, deadline_held_since = ?, updated_at = ? where id = ?`,
      [at.now, at.now, bookingId],
      'run',
    );
  } else if (!waitsOnOrganizer && row.held) {
    // Restarted from now: the whole delay again (none when the event no longer has one).
    const expiresAt = row.hours ? new Date(at.now.getTime() + row.hours * 3600_000) : null;
    await em.execute(
      `update bookings set expires_at = ?, deadline_held_since = null, updated_at = ? where id = ?`,
      [unpaid ? expiresAt : null, at.now, bookingId],
      'run',
    );
  }
  if (cause === 'VALIDATED' && unpaid && row.payment_infos > 0 && row.pending === 0) {
    await notify(em, at, bookingId, { kind: NotificationKind.PAYMENT_POSSIBLE });
  }
}

/**
 * NT1: when a pre-reservation is reminded before its deadline: within 24 hours of it, or within half the event's
 * payment delay when that is shorter (a 6-hour delay: 3 hours before).
 */
export const REMINDER_WINDOW_SQL = `least(interval '24 hours', make_interval(hours => e.payment_deadline_hours) / 2)`;

const BATCH = 200;

/**
 * NT1: reminds the holders (and sponsors) of pre-reservations whose deadline is near, once per deadline (the key is
 * the deadline: a deadline restarted later gets its own reminder). One transaction per booking; safe to run
 * concurrently (the unique index tells each person once). Resolves with the number of bookings reminded.
 */
export async function remindExpiring(em: EntityManager, at: At): Promise<number> {
  const due = await em.execute<Array<{ id: string; key: string }>>(
    `select b.id, floor(extract(epoch from b.expires_at))::bigint::text as key
       from bookings b join events e on e.id = b.event_id
      where b.status = 'PRE_RESERVED' and b.expires_at > ? and b.expires_at <= ?::timestamptz + ${REMINDER_WINDOW_SQL}
        and not exists (select 1 from notifications n
                         where n.booking_id = b.id and n.kind = 'EXPIRING'
                           and n.key = floor(extract(epoch from b.expires_at))::bigint::text)
      order by b.expires_at limit ${BATCH}`,
    [at.now, at.now],
    'all',
  );
  let reminded = 0;
  for (const d of due) {
    const n = await em.transactional(async (tx) => {
      // Still due, under the booking's lock (paid or held meanwhile: nothing).
      const [still] = await tx.execute<Array<{ id: string }>>(
        `select id from bookings where id = ? and status = 'PRE_RESERVED'
            and floor(extract(epoch from expires_at))::bigint::text = ? for update`,
        [d.id, d.key],
        'all',
      );
      return still ? notify(tx, at, d.id, { kind: NotificationKind.EXPIRING, key: d.key }) : 0;
    });
    if (n) reminded++;
  }
  return reminded;
}
