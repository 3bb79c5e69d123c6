import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { byId } from '../../db/loaders';
import { Event } from '../../model';
import type { EventFigures } from './events.types';

export function eventLoaders(em: EntityManager) {
  return { event: byId(em, Event), eventFigures: figuresLoader(em) };
}

/**
 * Issue 15: the key figures of every event a request asks about, in ONE statement whatever their number (the
 * console's home lists a page of them). The resolver asks only for events the viewer has VIEW on.
 */
function figuresLoader(em: EntityManager) {
  return new DataLoader<string, EventFigures>(async (ids) => {
    const rows = await em
      .getConnection()
      .execute<Array<{ id: string; places_taken: number; capacity: number | null; reservations: number; pre: number }>>(
        `select e.id, t.places_taken, t.capacity, b.reservations, b.pre
         from events e
         cross join lateral (
           select coalesce(sum(places_taken), 0)::int as places_taken,
                  case when bool_or(capacity is null) then null else coalesce(sum(capacity), 0)::int end as capacity
             from tickets where event_id = e.id) t
         cross join lateral (
           select (count(*) filter (where status = 'RESERVED'))::int as reservations,
                  (count(*) filter (where status = 'PRE_RESERVED'))::int as pre
             from bookings where event_id = e.id) b
        where e.id in (${ids.map(() => '?').join(', ')})`,
        [...ids],
      );
    const byEvent = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => {
      const r = byEvent.get(id);
      return {
        placesTaken: r?.places_taken ?? 0,
        capacity: r ? r.capacity : 0,
        reservations: r?.reservations ?? 0,
        preReservations: r?.pre ?? 0,
      };
    });
  });
}
