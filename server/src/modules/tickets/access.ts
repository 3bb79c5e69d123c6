import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext } from '../../app-context';
import { lockedByBookings, notFound, unauthenticated } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { eventAccess } from '../permissions';
import { lockTickets, purgeDeadBookings, ticketsWithBookings } from './locks';
import { MAX_POSITION } from './tickets.inputs';
import { PermissionLevel, ExtraInfo, Option, OptionGroup, Ticket } from '../../model';

type Owned = Option | OptionGroup | ExtraInfo | Ticket;

/** Loads something of a ticket and enforces EDIT on its event (NOT_FOUND when unseen or absent). */
export async function editAccess<T extends Owned>(
  ctx: ActorContext,
  em: EntityManager,
  entity: new () => T,
  id: string,
  what: string,
): Promise<{ item: T; ticket: Ticket }> {
  if (!ctx.viewer) throw unauthenticated(); // SEC5: before the lookup, so an id's existence never shows
  const item = isUuid(id) ? ((await em.findOne(entity as never, id as never)) as T | null) : null;
  if (!item) throw notFound(what);
  const ticket =
    item instanceof Ticket ? item : await em.findOneOrFail(Ticket, (item as Exclude<Owned, Ticket>).ticket.id);
  await eventAccess(ctx, em, ticket.event.id, PermissionLevel.EDIT);
  return { item, ticket };
}

/** TK4, OP3, XI2: structure changes only while the ticket has no bookings (checked under the ticket's row lock). */
export async function assertUnlocked(em: EntityManager, ticket: Ticket, what: string): Promise<void> {
  await lockTickets(em, [ticket.id]);
  if ((await ticketsWithBookings(em, [ticket.id])).has(ticket.id)) throw lockedByBookings(what);
}

/**
 * A deletion in a ticket's structure, in one transaction. Deleted and expired pre-reservations don't lock a
 * ticket (SPEC "has bookings") but still point at its structure: `purge` removes those of the ticket (after
 * `assertUnlocked`), and their answer files leave the storage once the transaction has committed. Their
 * story stays in the audit log.
 */
export async function structureDeletion<T>(
  ctx: ActorContext,
  work: (em: EntityManager, purge: (ticket: Ticket) => Promise<void>) => Promise<T>,
): Promise<T> {
  const files: string[] = [];
  const result = await ctx.em.transactional((em) =>
    work(em, async (ticket) => void files.push(...(await purgeDeadBookings(em, [ticket.id])))),
  );
  await Promise.all(
    files.map((key) =>
      ctx.deps.storage.remove(key).catch((err) => ctx.deps.log.warn({ err, key }, 'could not remove a purged file')),
    ),
  );
  return result;
}

/**
 * The next display position among siblings (after the last one). SEC1: never past MAX_POSITION, so that a row set
 * at the top of the int range (before inputs were capped) can't make every later creation overflow.
 */
export async function nextPosition(em: EntityManager, entity: new () => Owned, where: object): Promise<number> {
  const last = (await em.findOne(entity as never, where as never, {
    orderBy: { position: 'desc' } as never,
  })) as Owned | null;
  return last ? Math.min(last.position + 1, MAX_POSITION) : 0;
}
