import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { byParent } from '../../db/loaders';
import { marks } from './locks';
import { Quota } from '../../model';

/** `ticket_quotas` rows (CP1) with one end among `ids`. */
async function links(em: EntityManager, column: 'ticket_id' | 'quota_id', ids: readonly string[]) {
  return em
    .getConnection()
    .execute<Array<{ ticket_id: string; quota_id: string }>>(
      `select ticket_id, quota_id from ticket_quotas where ${column} in (${marks([...ids])})`,
      [...ids],
      'all',
      em.getTransactionContext(),
    );
}

export function quotaLoaders(em: EntityManager) {
  return {
    /** CP1: an event's quotas, by name. */
    quotasByEvent: byParent(
      (ids) => em.find(Quota, { event: { $in: ids } }, { orderBy: { name: 'asc', id: 'asc' } }),
      (q) => q.event.id,
    ),
    /** CP1: the quotas a ticket takes a place in, by id (the order the places trigger takes them in). */
    quotasByTicket: new DataLoader<string, Quota[]>(async (ticketIds) => {
      const rows = await links(em, 'ticket_id', ticketIds);
      const quotaIds = [...new Set(rows.map((r) => r.quota_id))];
      const quotas = quotaIds.length ? await em.find(Quota, { id: { $in: quotaIds } }, { orderBy: { id: 'asc' } }) : [];
      const byId = new Map(quotas.map((q) => [q.id, q]));
      return ticketIds.map((t) =>
        rows
          .filter((r) => r.ticket_id === t && byId.has(r.quota_id))
          .map((r) => byId.get(r.quota_id)!)
          .sort((a, b) => (a.id < b.id ? -1 : 1)),
      );
    }),
    /** CP1: the ids of a quota's tickets. */
    ticketIdsByQuota: new DataLoader<string, string[]>(async (quotaIds) => {
      const rows = await links(em, 'quota_id', quotaIds);
      return quotaIds.map((q) => rows.filter((r) => r.quota_id === q).map((r) => r.ticket_id));
    }),
  };
}
