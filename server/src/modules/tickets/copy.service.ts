import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext } from '../../app-context';
import { audit } from '../audit';
import { editAccess } from './access';
import { addExtraInfo } from './extra-infos.service';
import { lockTickets, ticketsWithBookings } from './locks';
import { addGroup } from './options.service';
import { badInput } from '../../core/errors';
import { ExtraInfo, Option, OptionGroup, Ticket } from '../../model';

/**
 * OP5: the other tickets of the same event that can receive a copy: not locked by bookings (OP3, XI2)
 * and not already holding one of the same name (a second click copies nothing twice).
 */
async function targets(
  em: EntityManager,
  source: Ticket,
  hasSameName: (ticketIds: string[]) => Promise<Set<string>>,
): Promise<Ticket[]> {
  const others = await em.find(
    Ticket,
    { event: source.event, id: { $ne: source.id } },
    { orderBy: { position: 'asc' } },
  );
  const ids = others.map((t) => t.id);
  await lockTickets(em, ids);
  const locked = await ticketsWithBookings(em, ids); // sequential: one connection inside a transaction
  const taken = await hasSameName(ids);
  return others.filter((t) => !locked.has(t.id) && !taken.has(t.id));
}

/**
 * What a copy of an option, a group (with its choices) or an extra information carries, in one place: OP5 copies them
 * to the other tickets of an event, DU1 to the tickets of a duplicated event. Positions are kept.
 */
export function copyOption(em: EntityManager, option: Option, ticket: Ticket): Option {
  const copy = new Option();
  Object.assign(copy, {
    ticket,
    group: null,
    name: option.name,
    description: option.description,
    priceCents: option.priceCents,
    position: option.position,
  });
  em.persist(copy);
  return copy;
}

/** A group and its choices (`choices`: the group's options, by position). */
export function copyGroup(em: EntityManager, group: OptionGroup, choices: Option[], ticket: Ticket) {
  return addGroup(em, ticket, {
    name: group.name,
    description: group.description,
    position: group.position,
    options: choices.map((c) => ({ name: c.name, description: c.description, priceCents: c.priceCents })),
  });
}

export function copyExtraInfo(em: EntityManager, info: ExtraInfo, ticket: Ticket) {
  const { label, help, blocks, numberMin, numberMax, choices, fileTypes, fileMaxBytes } = info;
  return addExtraInfo(
    em,
    ticket,
    info.type,
    {
      label,
      help,
      blocks,
      numberMin: numberMin ?? null,
      numberMax: numberMax ?? null,
      choices: [...choices],
      fileTypes: [...fileTypes],
      fileMaxBytes: fileMaxBytes ?? null,
    },
    info.position,
  );
}

const ticketIdsOf = (rows: Array<{ ticket: Ticket }>) => new Set(rows.map((r) => r.ticket.id));

export async function copyOptionToAllTickets(ctx: ActorContext, id: string): Promise<Option[]> {
  return ctx.em.transactional(async (em) => {
    const { item: option, ticket } = await editAccess(ctx, em, Option, id, 'Option');
    if (option.group)
      throw badInput({ id: 'NOT_ALLOWED' }, 'Copy the whole option group instead of one of its choices.');
    const to = await targets(em, ticket, async (ids) =>
      ticketIdsOf(await em.find(Option, { ticket: { $in: ids }, group: null, name: option.name })),
    );
    const copies = to.map((t) => copyOption(em, option, t));
    audit(ctx, em, {
      action: 'option.copied',
      subjectType: 'Ticket',
      subjectId: ticket.id,
      data: { option: option.id, to: to.map((t) => t.id) },
    });
    return copies;
  });
}

export async function copyOptionGroupToAllTickets(ctx: ActorContext, id: string): Promise<OptionGroup[]> {
  return ctx.em.transactional(async (em) => {
    const { item: group, ticket } = await editAccess(ctx, em, OptionGroup, id, 'Option group');
    const choices = await em.find(Option, { group }, { orderBy: { position: 'asc' } });
    const to = await targets(em, ticket, async (ids) =>
      ticketIdsOf(await em.find(OptionGroup, { ticket: { $in: ids }, name: group.name })),
    );
    const copies: OptionGroup[] = [];
    for (const t of to) copies.push(await copyGroup(em, group, choices, t));
    audit(ctx, em, {
      action: 'option_group.copied',
      subjectType: 'Ticket',
      subjectId: ticket.id,
      data: { group: group.id, to: to.map((t) => t.id) },
    });
    return copies;
  });
}

export async function copyExtraInfoToAllTickets(ctx: ActorContext, id: string): Promise<ExtraInfo[]> {
  return ctx.em.transactional(async (em) => {
    const { item: info, ticket } = await editAccess(ctx, em, ExtraInfo, id, 'Extra information');
    const to = await targets(em, ticket, async (ids) =>
      ticketIdsOf(await em.find(ExtraInfo, { ticket: { $in: ids }, label: info.label })),
    );
    const copies: ExtraInfo[] = [];
    for (const t of to) copies.push(await copyExtraInfo(em, info, t));
    audit(ctx, em, {
      action: 'extra_info.copied',
      subjectType: 'Ticket',
      subjectId: ticket.id,
      data: { extraInfo: info.id, to: to.map((t) => t.id) },
    });
    return copies;
  });
}
