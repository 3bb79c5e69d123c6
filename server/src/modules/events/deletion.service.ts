import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext } from '../../app-context';
import { eventNotDeletable } from '../../core/errors';
import { audit } from '../audit';
import { eventAccess } from '../permissions';
import { EventVisibility, PermissionLevel } from '../../model';
import { EventDeletionBlock } from './events.types';

/**
 * Issue 15: why an event can't be deleted now, or null when it can (the one home of the rule: deleteEvent refuses
 * with it, Event.deletionBlockedBy shows it beside the console's disabled button). Any booking, even a deleted or
 * expired pre-reservation, is proof.
 */
export async function deletionBlock(
  em: EntityManager,
  event: { id: string; visibility: string },
): Promise<EventDeletionBlock | null> {
  if (event.visibility !== EventVisibility.DRAFT) return EventDeletionBlock.NOT_DRAFT;
  const [booked] = await em.execute<Array<{ any: boolean }>>(
    'select exists (select 1 from bookings where event_id = ?) as any',
    [event.id],
  );
  return booked.any ? EventDeletionBlock.HAS_BOOKINGS : null;
}

/**
 * Issue 15: an ADMIN deletes a DRAFT event that never had a booking — any booking, even a deleted or expired
 * pre-reservation, is proof and blocks it (EVENT_NOT_DELETABLE, reason HAS_BOOKINGS; cancel the event instead, EV5).
 * The event's row is locked first: a booking being made at the same time either committed before (and is seen) or
 * waits on the row and then finds no event; `bookings.event_id` (ON DELETE RESTRICT) is the database's guard behind the
 * check. Tickets, their options, groups and extra information, grants and exports go with the event (ON DELETE
 * CASCADE); its organizer files (cover, ticket templates, export files) leave the storage once the deletion has
 * committed. The audit entry stays, with what the event was.
 */
export async function deleteEvent(ctx: ActorContext, id: string): Promise<string> {
  const files: string[] = [];
  await ctx.em.transactional(async (em) => {
    const { event } = await eventAccess(ctx, em, id, PermissionLevel.ADMIN);
    // Read again under the lock (an edit committed since the access check counts), then look for bookings in a
    // statement of its own: its snapshot is taken after the lock was granted, so it sees what committed meanwhile.
    const [row] = await em.execute<Array<{ visibility: string }>>(
      'select visibility from events where id = ? for update',
      [event.id],
    );
    const block = await deletionBlock(em, { id: event.id, visibility: row.visibility });
    if (block === EventDeletionBlock.NOT_DRAFT || block === EventDeletionBlock.HAS_BOOKINGS)
      throw eventNotDeletable(block);
    const keys = await em.execute<Array<{ key: string }>>(
      `select cover_key as key from events where id = ? and cover_key is not null
       union all select template_key from tickets where event_id = ? and template_key is not null
       union all select file_key from exports where event_id = ? and file_key is not null`,
      [event.id, event.id, event.id],
    );
    files.push(...keys.map((k) => k.key));
    audit(ctx, em, {
      action: 'event.deleted',
      subjectType: 'Event',
      subjectId: event.id,
      data: { name: event.name, club: event.club.id, startsAt: event.startsAt, files: files.length },
    });
    em.remove(event);
  });
  await Promise.all(
    files.map((key) =>
      ctx.deps.storage
        .remove(key)
        .catch((err) => ctx.deps.log.warn({ err, key }, 'could not remove a deleted event’s file')),
    ),
  );
  return id;
}
