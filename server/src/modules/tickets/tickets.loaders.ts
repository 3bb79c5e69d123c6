import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { byId, byParent } from '../../db/loaders';
import { ticketsWithBookings } from './locks';
import { quotaLoaders } from './quotas.loaders';
import { ExtraInfo, Option, OptionGroup, Ticket } from '../../model';

const byPosition = { orderBy: { position: 'asc', id: 'asc' } } as const;

export function ticketLoaders(em: EntityManager) {
  return {
    ...quotaLoaders(em),
    ticket: byId(em, Ticket),
    option: byId(em, Option),
    optionGroup: byId(em, OptionGroup),
    extraInfo: byId(em, ExtraInfo),
    ticketsByEvent: byParent(
      (ids) => em.find(Ticket, { event: { $in: ids } }, byPosition),
      (t) => t.event.id,
    ),
    standaloneOptionsByTicket: byParent(
      (ids) => em.find(Option, { ticket: { $in: ids }, group: null }, byPosition),
      (o) => o.ticket.id,
    ),
    optionGroupsByTicket: byParent(
      (ids) => em.find(OptionGroup, { ticket: { $in: ids } }, byPosition),
      (g) => g.ticket.id,
    ),
    optionsByGroup: byParent(
      (ids) => em.find(Option, { group: { $in: ids } }, byPosition),
      (o) => o.group!.id,
    ),
    extraInfosByTicket: byParent(
      (ids) => em.find(ExtraInfo, { ticket: { $in: ids } }, byPosition),
      (x) => x.ticket.id,
    ),
    ticketLocked: new DataLoader<string, boolean>(async (ids) => {
      const locked = await ticketsWithBookings(em, [...ids]);
      return ids.map((id) => locked.has(id));
    }),
  };
}
