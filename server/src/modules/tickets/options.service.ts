import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext } from '../../app-context';
import { badInput, type FieldErrors } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { audit } from '../audit';
import { assertUnlocked, editAccess, nextPosition, structureDeletion } from './access';
import type { GroupOptionInput, OptionGroupInput, OptionInput } from './tickets.inputs';
import { Option, OptionGroup, Ticket } from '../../model';

const required = (value: string, field: string, fields: FieldErrors) => {
  const v = value.trim();
  if (!v) fields[field] = 'REQUIRED';
  return v;
};

function cleanOption<T extends OptionInput | GroupOptionInput>(input: T, prefix = ''): T {
  const fields: FieldErrors = {};
  const name = required(input.name, `${prefix}name`, fields);
  if (Object.keys(fields).length) throw badInput(fields);
  return { ...input, name, description: input.description.trim() };
}

/** OP1: a standalone checkbox option; created only while the ticket has no bookings (OP3). */
export async function createOption(ctx: ActorContext, ticketId: string, raw: OptionInput): Promise<Option> {
  const input = cleanOption(raw);
  return ctx.em.transactional(async (em) => {
    const { item: ticket } = await editAccess(ctx, em, Ticket, ticketId, 'Ticket');
    await assertUnlocked(em, ticket, 'Options');
    const option = await addOption(em, ticket, null, input, input.position ?? undefined);
    audit(ctx, em, {
      action: 'option.created',
      subjectType: 'Ticket',
      subjectId: ticket.id,
      data: { option: option.id, name: option.name },
    });
    return option;
  });
}

async function addOption(
  em: EntityManager,
  ticket: Ticket,
  group: OptionGroup | null,
  input: { name: string; description: string; priceCents: number },
  position?: number,
) {
  const option = new Option();
  option.ticket = ticket;
  option.group = group;
  option.name = input.name;
  option.description = input.description;
  option.priceCents = input.priceCents;
  option.position = position ?? (await nextPosition(em, Option, { ticket, group }));
  em.persist(option);
  return option;
}

/** OP3: names, descriptions and prices stay editable after bookings (prices apply to new bookings). */
export async function updateOption(ctx: ActorContext, id: string, raw: OptionInput): Promise<Option> {
  const input = cleanOption(raw);
  return ctx.em.transactional(async (em) => {
    const { item: option, ticket } = await editAccess(ctx, em, Option, id, 'Option');
    const before = { name: option.name, priceCents: option.priceCents };
    option.name = input.name;
    option.description = input.description;
    option.priceCents = input.priceCents;
    if (input.position !== null && input.position !== undefined) option.position = input.position;
    audit(ctx, em, {
      action: 'option.updated',
      subjectType: 'Ticket',
      subjectId: ticket.id,
      data: { option: option.id, before },
    });
    return option;
  });
}

export async function deleteOption(ctx: ActorContext, id: string): Promise<string> {
  return structureDeletion(ctx, async (em, purge) => {
    const { item: option, ticket } = await editAccess(ctx, em, Option, id, 'Option');
    await assertUnlocked(em, ticket, 'Options');
    await purge(ticket);
    audit(ctx, em, {
      action: 'option.deleted',
      subjectType: 'Ticket',
      subjectId: ticket.id,
      data: { option: option.id, name: option.name },
    });
    em.remove(option);
    return id;
  });
}

function cleanGroup(input: OptionGroupInput): OptionGroupInput {
  const fields: FieldErrors = {};
  const name = required(input.name, 'name', fields);
  if (!input.options.length) fields.options = 'REQUIRED';
  const options = input.options.map((o, i) => {
    const v = o.name.trim();
    if (!v) fields[`options.${i}.name`] = 'REQUIRED';
    return { ...o, name: v, description: o.description.trim() };
  });
  if (Object.keys(fields).length) throw badInput(fields);
  return { ...input, name, description: input.description.trim(), options };
}

/** OP2: a dropdown of mutually exclusive options (the free "none" is implicit); only while unlocked (OP3). */
export async function createOptionGroup(
  ctx: ActorContext,
  ticketId: string,
  raw: OptionGroupInput,
): Promise<OptionGroup> {
  const input = cleanGroup(raw);
  if (input.options.some((o) => o.id))
    throw badInput({ options: 'NOT_ALLOWED' }, 'A new group has no existing options.');
  return ctx.em.transactional(async (em) => {
    const { item: ticket } = await editAccess(ctx, em, Ticket, ticketId, 'Ticket');
    await assertUnlocked(em, ticket, 'Option groups');
    const group = await addGroup(em, ticket, input);
    audit(ctx, em, {
      action: 'option_group.created',
      subjectType: 'Ticket',
      subjectId: ticket.id,
      data: { group: group.id, name: group.name },
    });
    return group;
  });
}

export async function addGroup(em: EntityManager, ticket: Ticket, input: OptionGroupInput): Promise<OptionGroup> {
  const group = new OptionGroup();
  group.ticket = ticket;
  group.name = input.name;
  group.description = input.description;
  group.position = input.position ?? (await nextPosition(em, OptionGroup, { ticket }));
  em.persist(group);
  for (const [i, o] of input.options.entries()) await addOption(em, ticket, group, o, i);
  return group;
}

/**
 * The group's choices are edited as a whole list: listed ids are updated (and reordered), new rows
 * created, missing ones deleted. Adding or removing choices needs an unlocked ticket (OP3).
 */
export async function updateOptionGroup(ctx: ActorContext, id: string, raw: OptionGroupInput): Promise<OptionGroup> {
  const input = cleanGroup(raw);
  return structureDeletion(ctx, async (em, purge) => {
    const { item: group, ticket } = await editAccess(ctx, em, OptionGroup, id, 'Option group');
    const current = await em.find(Option, { group }, { orderBy: { position: 'asc' } });
    const byId = new Map(current.map((o) => [o.id, o]));
    const keep = new Set<string>();
    input.options.forEach((o, i) => {
      if (o.id && (!isUuid(o.id) || !byId.has(o.id)))
        throw badInput({ [`options.${i}.id`]: 'UNKNOWN_REFERENCE' }, 'This choice is not in the group.');
      if (o.id) keep.add(o.id);
    });
    const removed = current.filter((o) => !keep.has(o.id));
    const added = input.options.filter((o) => !o.id);
    if (removed.length || added.length) await assertUnlocked(em, ticket, 'The choices of an option group');
    if (removed.length) await purge(ticket);
    group.name = input.name;
    group.description = input.description;
    if (input.position !== null && input.position !== undefined) group.position = input.position;
    for (const o of removed) em.remove(o);
    for (const [i, o] of input.options.entries()) {
      const existing = o.id ? byId.get(o.id)! : await addOption(em, ticket, group, o, i);
      Object.assign(existing, { name: o.name, description: o.description, priceCents: o.priceCents, position: i });
    }
    audit(ctx, em, {
      action: 'option_group.updated',
      subjectType: 'Ticket',
      subjectId: ticket.id,
      data: { group: group.id, added: added.length, removed: removed.length },
    });
    return group;
  });
}

export async function deleteOptionGroup(ctx: ActorContext, id: string): Promise<string> {
  return structureDeletion(ctx, async (em, purge) => {
    const { item: group, ticket } = await editAccess(ctx, em, OptionGroup, id, 'Option group');
    await assertUnlocked(em, ticket, 'Option groups');
    await purge(ticket);
    audit(ctx, em, {
      action: 'option_group.deleted',
      subjectType: 'Ticket',
      subjectId: ticket.id,
      data: { group: group.id, name: group.name },
    });
    await em.nativeDelete(Option, { group });
    em.remove(group);
    return id;
  });
}
