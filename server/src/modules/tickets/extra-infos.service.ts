import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext } from '../../app-context';
import { badInput, type FieldErrors } from '../../core/errors';
import { audit } from '../audit';
import { assertUnlocked, editAccess, nextPosition, structureDeletion } from './access';
import type { CreateExtraInfoInput, UpdateExtraInfoInput } from './tickets.inputs';
import { EXTRA_INFO_FILE_TYPES, ExtraInfo, ExtraInfoType, Ticket } from '../../model';

const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** XI1: each type has its own settings; settings of another type are refused (NOT_ALLOWED), not ignored. */
function cleanExtraInfo(type: ExtraInfoType, input: UpdateExtraInfoInput) {
  const fields: FieldErrors = {};
  const label = input.label.trim();
  if (!label) fields.label = 'REQUIRED';
  const given = (v: unknown) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0);
  const only = (t: ExtraInfoType, names: Array<keyof UpdateExtraInfoInput>) => {
    if (type !== t) for (const n of names) if (given(input[n])) fields[n] = 'NOT_ALLOWED';
  };
  only(ExtraInfoType.NUMBER, ['numberMin', 'numberMax']);
  only(ExtraInfoType.CHOICE, ['choices']);
  only(ExtraInfoType.FILE, ['fileTypes', 'fileMaxBytes']);
  const choices = (input.choices ?? []).map((c) => c.trim());
  if (
    type === ExtraInfoType.NUMBER &&
    given(input.numberMin) &&
    given(input.numberMax) &&
    input.numberMax! < input.numberMin!
  ) {
    fields.numberMax = 'BEFORE_OPENING';
  }
  if (type === ExtraInfoType.CHOICE) {
    if (!choices.length) fields.choices = 'REQUIRED';
    else if (choices.some((c) => !c || c.length > 100)) fields.choices = 'INVALID_FORMAT';
    else if (new Set(choices).size !== choices.length) fields.choices = 'DUPLICATE';
  }
  if (type === ExtraInfoType.FILE) {
    const types = input.fileTypes ?? [];
    if (!types.length) fields.fileTypes = 'REQUIRED';
    else if (types.some((t) => !(EXTRA_INFO_FILE_TYPES as readonly string[]).includes(t)))
      fields.fileTypes = 'NOT_ALLOWED';
    if (!given(input.fileMaxBytes)) fields.fileMaxBytes = 'REQUIRED';
    else if (input.fileMaxBytes! < 1 || input.fileMaxBytes! > MAX_FILE_BYTES) fields.fileMaxBytes = 'OUT_OF_RANGE';
  }
  if (Object.keys(fields).length) throw badInput(fields);
  return {
    label,
    help: input.help.trim(),
    blocks: input.blocks,
    numberMin: type === ExtraInfoType.NUMBER ? (input.numberMin ?? null) : null,
    numberMax: type === ExtraInfoType.NUMBER ? (input.numberMax ?? null) : null,
    choices: type === ExtraInfoType.CHOICE ? choices : [],
    fileTypes: type === ExtraInfoType.FILE ? [...new Set(input.fileTypes)] : [],
    fileMaxBytes: type === ExtraInfoType.FILE ? input.fileMaxBytes! : null,
  };
}

export async function addExtraInfo(
  em: EntityManager,
  ticket: Ticket,
  type: ExtraInfoType,
  values: ReturnType<typeof cleanExtraInfo>,
  position?: number | null,
) {
  const info = new ExtraInfo();
  info.ticket = ticket;
  info.type = type;
  Object.assign(info, values);
  info.position = position ?? (await nextPosition(em, ExtraInfo, { ticket }));
  em.persist(info);
  return info;
}

/** XI1, XI2: created only while the ticket has no bookings. */
export async function createExtraInfo(
  ctx: ActorContext,
  ticketId: string,
  raw: CreateExtraInfoInput,
): Promise<ExtraInfo> {
  const values = cleanExtraInfo(raw.type, raw);
  return ctx.em.transactional(async (em) => {
    const { item: ticket } = await editAccess(ctx, em, Ticket, ticketId, 'Ticket');
    await assertUnlocked(em, ticket, 'Extra information');
    const info = await addExtraInfo(em, ticket, raw.type, values, raw.position);
    audit(ctx, em, {
      action: 'extra_info.created',
      subjectType: 'Ticket',
      subjectId: ticket.id,
      data: { extraInfo: info.id, type: info.type },
    });
    return info;
  });
}

/** XI2: the type never changes (the input has none); the rest stays editable. */
export async function updateExtraInfo(ctx: ActorContext, id: string, raw: UpdateExtraInfoInput): Promise<ExtraInfo> {
  return ctx.em.transactional(async (em) => {
    const { item: info, ticket } = await editAccess(ctx, em, ExtraInfo, id, 'Extra information');
    Object.assign(info, cleanExtraInfo(info.type, raw));
    if (raw.position !== null && raw.position !== undefined) info.position = raw.position;
    audit(ctx, em, {
      action: 'extra_info.updated',
      subjectType: 'Ticket',
      subjectId: ticket.id,
      data: { extraInfo: info.id },
    });
    return info;
  });
}

export async function deleteExtraInfo(ctx: ActorContext, id: string): Promise<string> {
  return structureDeletion(ctx, async (em, purge) => {
    const { item: info, ticket } = await editAccess(ctx, em, ExtraInfo, id, 'Extra information');
    await assertUnlocked(em, ticket, 'Extra information');
    await purge(ticket);
    audit(ctx, em, {
      action: 'extra_info.deleted',
      subjectType: 'Ticket',
      subjectId: ticket.id,
      data: { extraInfo: info.id, label: info.label },
    });
    em.remove(info);
    return id;
  });
}
