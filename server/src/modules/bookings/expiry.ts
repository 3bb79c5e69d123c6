import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppDeps } from '../../app-context';
import { formatEuros } from '../../time';
import { audit } from '../audit';
import { enqueueMail, mails } from '../mail';

const BATCH = 500;

/**
 * BK10: pre-reservations unpaid past their deadline expire; the places trigger frees their places, and each
 * holder is mailed (through the outbox, in the same transaction). Runs from the job queue; safe to run
 * concurrently (the conditional UPDATE claims each booking once).
 */
export async function expirePreReservations(deps: Pick<AppDeps, 'clock' | 'config' | 'outbox'>, em: EntityManager): Promise<number> {
  let total = 0;
  for (;;) {
    const now = deps.clock.now();
    const n = await em.transactional(async (tx) => {
      const rows = await tx.getConnection().execute<
        Array<{ id: string; reference: string; holder_email: string; holder_first_name: string; price_cents: number; event_id: string; event_name: string; ticket_name: string; cancelled: boolean }>
      >(
        `with due as (
           select id from bookings where status = 'PRE_RESERVED' and expires_at <= ? order by expires_at limit ? for update skip locked
         )
         update bookings b set status = 'EXPIRED', ended_at = ?, updated_at = ?
           from due, events e, tickets t
          where b.id = due.id and e.id = b.event_id and t.id = b.ticket_id
        returning b.id, b.reference, b.holder_email, b.holder_first_name, b.price_cents, b.event_id, e.name as event_name, t.name as ticket_name, e.cancelled_at is not null as cancelled`,
        [now, BATCH, now, now],
        'all',
        tx.getTransactionContext(),
      );
      for (const r of rows) {
        audit({ viewer: null, requestId: 'job:expire-pre-reservations' }, tx, { action: 'booking.expired', subjectType: 'Booking', subjectId: r.id, actor: null, data: { reference: r.reference } });
        await enqueueMail(
          tx,
          mails.expired(
            r.holder_email,
            { reference: r.reference, holderFirstName: r.holder_first_name, eventName: r.event_name, ticketName: r.ticket_name, price: formatEuros(r.price_cents), reserved: false },
            `${deps.config.publicUrl}/events/${r.event_id}`,
            !r.cancelled,
          ),
        );
      }
      return rows.length;
    });
    total += n;
    if (n < BATCH) break;
  }
  if (total) deps.outbox.kick();
  return total;
}
