import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext } from '../../app-context';
import { badInput, type FieldErrors } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { audit } from '../audit';
import { eventAccess } from '../permissions';
import { assertUnlocked, editAccess, nextPosition, structureDeletion } from './access';
import { lockTickets, offerWaitingList, placesTaken } from './locks';
import type { CreateTicketInput, UpdateTicketInput } from './tickets.inputs';
import { Association, School, PermissionLevel, Ticket, TicketKind } from '../../model';

/** TK2/TK3 checks beyond shape: restrictions and sponsorship only on RESTRICTED, known ids, a sane sale window. */
async function cleanTicketInput(
  em: EntityManager,
  kind: TicketKind,
  input: UpdateTicketInput,
): Promise<UpdateTicketInput> {
  const fields: FieldErrors = {};
  const name = input.name.trim();
  if (!name) fields.name = 'REQUIRED';
  if (input.salesOpenAt && input.salesCloseAt && input.salesCloseAt <= input.salesOpenAt)
    fields.salesCloseAt = 'BEFORE_OPENING';
  const schoolIds = [...new Set(input.schoolIds)];
  const associationIds = [...new Set(input.associationIds)];
  const classYears = [...new Set(input.classYears)].sort();
  if (kind === TicketKind.OPEN) {
    if (input.sponsorshipAllowed) fields.sponsorshipAllowed = 'NOT_ALLOWED';
    if (schoolIds.length) fields.schoolIds = 'NOT_ALLOWED';
    if (classYears.length) fields.classYears = 'NOT_ALLOWED';
    if (associationIds.length) fields.associationIds = 'NOT_ALLOWED';
  }
  if (classYears.some((y) => !Number.isInteger(y) || y < 1950 || y > 2200)) fields.classYears = 'OUT_OF_RANGE';
  if (
    schoolIds.some((id) => !isUuid(id)) ||
    (schoolIds.length && (await em.count(School, { id: { $in: schoolIds } })) !== schoolIds.length)
  ) {
    fields.schoolIds = 'UNKNOWN_REFERENCE';
  }
  if (
    associationIds.some((id) => !isUuid(id)) ||
    (associationIds.length && (await em.count(Association, { id: { $in: associationIds } })) !== associationIds.length)
  ) {
    fields.associationIds = 'UNKNOWN_REFERENCE';
  }
  if (Object.keys(fields).length) throw badInput(fields);
  return { ...input, name, description: input.description.trim(), schoolIds, associationIds, classYears };
}

function assign(ticket: Ticket, input: UpdateTicketInput) {
  ticket.name = input.name;
  ticket.description = input.description;
  ticket.priceCents = input.priceCents;
  ticket.capacity = input.capacity ?? null;
  ticket.salesOpenAt = input.salesOpenAt ?? null;
  ticket.salesCloseAt = input.salesCloseAt ?? null;
  ticket.sponsorshipAllowed = input.sponsorshipAllowed;
  if (input.pendingGuestsPerSponsor !== null && input.pendingGuestsPerSponsor !== undefined)
    ticket.pendingGuestsPerSponsor = input.pendingGuestsPerSponsor;
  ticket.schoolIds = input.schoolIds;
  ticket.classYears = input.classYears;
  ticket.associationIds = input.associationIds;
}

export async function createTicket(ctx: ActorContext, eventId: string, raw: CreateTicketInput): Promise<Ticket> {
  return ctx.em.transactional(async (em) => {
    const { event } = await eventAccess(ctx, em, eventId, PermissionLevel.EDIT);
    const input = await cleanTicketInput(em, raw.kind, raw);
    const ticket = new Ticket();
    ticket.event = event;
    ticket.kind = raw.kind;
    assign(ticket, input);
    ticket.position = input.position ?? (await nextPosition(em, Ticket, { event }));
    em.persist(ticket);
    audit(ctx, em, {
      action: 'ticket.created',
      subjectType: 'Ticket',
      subjectId: ticket.id,
      data: { event: event.id, kind: ticket.kind, priceCents: ticket.priceCents },
    });
    return ticket;
  });
}

/** TK1: the kind can't change (the input has none). TK5: capacity never below the places taken. */
export async function updateTicket(ctx: ActorContext, id: string, raw: UpdateTicketInput): Promise<Ticket> {
  return ctx.em.transactional(async (em) => {
    const { item: ticket } = await editAccess(ctx, em, Ticket, id, 'Ticket');
    const input = await cleanTicketInput(em, ticket.kind, raw);
    if (input.capacity !== null && input.capacity !== undefined) {
      await lockTickets(em, [ticket.id]);
      const taken = await placesTaken(em, ticket.id);
      if (input.capacity < taken) throw badInput({ capacity: 'OUT_OF_RANGE' }, `${taken} places are already taken.`);
    }
    const before = { priceCents: ticket.priceCents, capacity: ticket.capacity };
    assign(ticket, input);
    if (input.position !== null && input.position !== undefined) ticket.position = input.position;
    audit(ctx, em, { action: 'ticket.updated', subjectType: 'Ticket', subjectId: ticket.id, data: { before } });
    if (ticket.capacity !== before.capacity) {
      // WL2: places a raised capacity frees go to the waiting list first, in this transaction.
      await em.flush();
      await offerWaitingList(em, ticket.event.id, ctx.deps.clock.now());
    }
    return ticket;
  });
}

/** TK4: only while the ticket has no bookings. */
export async function deleteTicket(ctx: ActorContext, id: string): Promise<string> {
  return structureDeletion(ctx, async (em, purge) => {
    const { item: ticket } = await editAccess(ctx, em, Ticket, id, 'Ticket');
    await assertUnlocked(em, ticket, 'The ticket');
    await purge(ticket);
    audit(ctx, em, {
      action: 'ticket.deleted',
      subjectType: 'Ticket',
      subjectId: ticket.id,
      data: { event: ticket.event.id, name: ticket.name },
    });
    em.remove(ticket);
    return id;
  });
}
