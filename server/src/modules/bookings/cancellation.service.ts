import type { ActorContext } from '../../app-context';
import { badInput, DomainError } from '../../core/errors';
import { asLocale } from '../../core/i18n';
import { audit } from '../audit';
import { enqueueMail, mails } from '../mail';
import { eventAccess } from '../permissions';
import { lockTickets } from '../tickets';
import { Event, PermissionLevel, Ticket } from '../../model';

/**
 * EV5: an ADMIN cancels an event. Sales stop at once (eligibility and every booking path check `cancelledAt`),
 * nothing is deleted, and every holder and sponsor of a live booking is mailed once, with their references.
 */
export async function cancelEvent(ctx: ActorContext, eventId: string, rawReason: string): Promise<Event> {
  const reason = rawReason.trim();
  if (reason.length > 2000) throw badInput({ reason: 'TOO_LONG' });
  const event = await ctx.em.transactional(async (em) => {
    const { event } = await eventAccess(ctx, em, eventId, PermissionLevel.ADMIN);
    // Bookings take their place under their ticket's row lock and then re-read the cancellation (trigger):
    // holding every ticket of the event makes in-flight bookings commit first (and be mailed below) and
    // later ones fail with EVENT_CANCELLED.
    const tickets = await em.find(Ticket, { event: event.id });
    await lockTickets(
      em,
      tickets.map((t) => t.id),
    );
    const now = ctx.deps.clock.now();
    // Conditional: two admins cancelling at once mail people once.
    const changed = await em.nativeUpdate(
      Event,
      { id: event.id, cancelledAt: null },
      { cancelledAt: now, cancellationReason: reason || null },
    );
    if (!changed) throw new DomainError('CONFLICT', 'The event is already cancelled.');
    // WL2: its waiting list ends with it; places held by offers are given back (the tickets are locked above).
    await em.getConnection().execute(
      `select waiting_list_end(id, 'REMOVED', ?) from waiting_list_entries
          where event_id = ? and status in ('WAITING', 'OFFERED') order by id`,
      [now, event.id],
      'all',
      em.getTransactionContext(),
    );
    // Issue 12: each in the language of the account owning the address (bilingual without one).
    const people = await em
      .getConnection()
      .execute<Array<{ email: string; first_name: string; refs: string[]; language: string | null }>>(
        `select p.email, min(p.first_name) as first_name, array_agg(distinct p.reference order by p.reference) as refs,
              (select u.language from users u where u.email = p.email) as language from (
         select b.holder_email as email, b.holder_first_name as first_name, b.reference from bookings b
          where b.event_id = ? and b.status in ('PRE_RESERVED', 'RESERVED')
         union all
         select u.email, u.first_name, b.reference from bookings b join users u on u.id = b.sponsor_id
          where b.event_id = ? and b.status in ('PRE_RESERVED', 'RESERVED')
       ) p group by p.email`,
        [event.id, event.id],
        'all',
        em.getTransactionContext(),
      );
    for (const p of people) {
      await enqueueMail(
        em,
        mails.eventCancelled(
          p.email,
          asLocale(p.language),
          p.first_name,
          event.name,
          reason || null,
          p.refs,
          `${ctx.deps.config.publicUrl}/bookings`,
        ),
      );
    }
    audit(ctx, em, {
      action: 'event.cancelled',
      subjectType: 'Event',
      subjectId: event.id,
      reason: reason || null,
      data: { mailed: people.length },
    });
    await em.refresh(event);
    return event;
  });
  ctx.deps.outbox.kick();
  return event;
}
