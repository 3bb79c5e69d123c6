import { LockMode } from '@mikro-orm/core';
import type { FileUpload } from 'graphql-upload-minimal';
import type { ActorContext } from '../../app-context';
import { badInput, DomainError, notFound, unauthenticated } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { replaceC0Controls } from '../../core/text';
import { databaseError, SQLSTATE, type PgError } from '../../db/sqlstates';
import { audit } from '../audit';
import { NotificationKind, notify, reviewDeadline } from '../notifications';
import { readUpload, sniffType } from '../storage';
import { bookingAccess } from './booking-access';
import type { AnswerInput } from './bookings.inputs';
import { ExtraInfo, ExtraInfoType, Answer, isLive } from '../../model';

/** When and from where notifications are written (NT1). */
const at = (ctx: ActorContext) => ({ now: ctx.deps.clock.now(), publicUrl: ctx.deps.config.publicUrl });

/** Default ceiling for FILE answers whose extra information sets none. */
const DEFAULT_FILE_MAX_BYTES = 10 * 1024 * 1024;

/** A file's name kept for display only: no path, no control characters, bounded. Storage keys never use it. */
export function displayFileName(name: string | undefined, ext: string): string {
  const base = replaceC0Controls((name ?? '').split(/[\\/]/).pop()!)
    .trim()
    .slice(0, 200);
  return base || `fichier.${ext}`;
}

type Value = Pick<Answer, 'textValue' | 'numberValue' | 'choiceValue'>;

/** XI1/XI3: the one value matching the extra information's type, within its bounds. */
function valueFor(info: ExtraInfo, input: AnswerInput | null | undefined, hasFile: boolean): Value {
  const given = { text: input?.text ?? null, number: input?.number ?? null, choice: input?.choice ?? null };
  const others = (keep: keyof typeof given) =>
    hasFile || Object.entries(given).some(([k, v]) => k !== keep && v !== null);
  const none: Value = { textValue: null, numberValue: null, choiceValue: null };
  switch (info.type) {
    case ExtraInfoType.TEXT: {
      const text = given.text?.trim() ?? '';
      if (others('text')) throw badInput({ text: 'NOT_ALLOWED' }, 'This extra information expects a text.');
      if (!text) throw badInput({ text: 'REQUIRED' });
      return { ...none, textValue: text };
    }
    case ExtraInfoType.NUMBER: {
      if (others('number')) throw badInput({ number: 'NOT_ALLOWED' }, 'This extra information expects a number.');
      const n = given.number;
      if (n === null || !Number.isFinite(n)) throw badInput({ number: 'REQUIRED' });
      if (
        (info.numberMin !== null && info.numberMin !== undefined && n < info.numberMin) ||
        (info.numberMax !== null && info.numberMax !== undefined && n > info.numberMax)
      ) {
        throw badInput({ number: 'OUT_OF_RANGE' }, `Between ${info.numberMin ?? '−∞'} and ${info.numberMax ?? '+∞'}.`);
      }
      return { ...none, numberValue: n };
    }
    case ExtraInfoType.CHOICE: {
      if (others('choice')) throw badInput({ choice: 'NOT_ALLOWED' }, 'This extra information expects a choice.');
      if (given.choice === null) throw badInput({ choice: 'REQUIRED' });
      if (!info.choices.includes(given.choice))
        throw badInput({ choice: 'NOT_A_CHOICE' }, `One of: ${info.choices.join(', ')}.`);
      return { ...none, choiceValue: given.choice };
    }
    case ExtraInfoType.FILE:
      if (Object.values(given).some((v) => v !== null))
        throw badInput({ file: 'NOT_ALLOWED' }, 'This extra information expects a file.');
      if (!hasFile) throw badInput({ file: 'REQUIRED' });
      return none;
  }
}

/**
 * XI3: the holder or sponsor fills in or replaces an answer until it is validated; XI4: someone with VALIDATE may
 * correct it. Files are checked by content and size, stored under a key the server makes.
 */
export async function answer(
  ctx: ActorContext,
  bookingId: string,
  extraInfoId: string,
  input: AnswerInput | null | undefined,
  upload: Promise<FileUpload> | null | undefined,
): Promise<Answer> {
  // Cheap checks first: who may answer, and what is expected — before reading any upload.
  const { booking } = await bookingAccess(ctx, ctx.em, bookingId, 'ANSWER');
  const info = isUuid(extraInfoId)
    ? await ctx.em.findOne(ExtraInfo, { id: extraInfoId, ticket: booking.ticket.id })
    : null;
  if (!info) throw notFound('Extra information');
  if (!isLive(booking.status))
    throw new DomainError('CONFLICT', `This booking is ${booking.status}: its answers can no longer change.`);
  const value = valueFor(info, input, !!upload);
  let file: { key: string; mime: string; size: number; name: string } | null = null;
  if (upload) {
    const data = await readUpload(upload, info.fileMaxBytes ?? DEFAULT_FILE_MAX_BYTES, 'file');
    const type = await sniffType(data, info.fileTypes, 'file');
    const { filename } = await upload;
    file = {
      key: await ctx.deps.storage.put(`answers/${booking.id}`, type.ext, data),
      mime: type.mime,
      size: data.length,
      name: displayFileName(filename, type.ext),
    };
  }
  let replacedKey: string | null = null;
  try {
    const saved = await ctx.em.transactional(async (em) => {
      let a = await em.findOne(
        Answer,
        { booking: booking.id, extraInfo: info.id },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (a?.validatedAt)
        throw new DomainError('ANSWER_VALIDATED', 'This answer was validated: it can no longer change.');
      if (!a) a = em.create(Answer, { booking, extraInfo: info, updatedAt: ctx.deps.clock.now() });
      replacedKey = a.fileKey ?? null;
      Object.assign(a, value, {
        correctionRequestedAt: null, // NT1: answered again
        correctionComment: null,
        fileKey: file?.key ?? null,
        fileMime: file?.mime ?? null,
        fileSize: file?.size ?? null,
        fileName: file?.name ?? null,
        updatedAt: ctx.deps.clock.now(),
        updatedBy: ctx.viewer!.user,
      });
      audit(ctx, em, {
        action: 'answer.saved',
        subjectType: 'Booking',
        subjectId: booking.id,
        data: {
          extraInfo: info.id,
          label: info.label,
          ...value,
          file: file && { name: file.name, mime: file.mime, size: file.size },
        },
      });
      await em.flush();
      // NT1: all PAYMENT answers given and waiting on the organizer → the deadline pauses.
      await reviewDeadline(em, at(ctx), booking.id, 'ANSWERED');
      return a;
    });
    if (replacedKey && replacedKey !== file?.key) await ctx.deps.storage.remove(replacedKey).catch(() => undefined);
    ctx.deps.outbox.kick();
    return saved;
  } catch (e) {
    if (file) await ctx.deps.storage.remove(file.key).catch(() => undefined); // nothing half-kept
    if ((e as PgError).code === SQLSTATE.ANSWER_VALIDATED) throw databaseError(e)!; // XI4, via the one catalogue
    throw e;
  }
}

/** XI4: someone with VALIDATE validates an answer; it can never be undone and freezes the answer. */
export async function validateAnswer(ctx: ActorContext, answerId: string): Promise<Answer> {
  // SEC5: said before the lookup, so that an anonymous caller learns nothing of the id.
  if (!ctx.viewer) throw unauthenticated();
  const validated = await ctx.em.transactional(async (em) => {
    const a = isUuid(answerId) ? await em.findOne(Answer, answerId) : null;
    if (!a) throw notFound('Answer');
    await bookingAccess(ctx, em, a.booking.id, 'VALIDATE');
    const now = ctx.deps.clock.now();
    const changed = await em.nativeUpdate(
      Answer,
      { id: a.id, validatedAt: null },
      { validatedAt: now, validatedBy: ctx.viewer!.user.id },
    );
    if (!changed) throw new DomainError('ANSWER_VALIDATED', 'This answer is already validated.');
    audit(ctx, em, {
      action: 'answer.validated',
      subjectType: 'Booking',
      subjectId: a.booking.id,
      data: { answer: a.id, extraInfo: a.extraInfo.id },
    });
    const info = await em.findOneOrFail(ExtraInfo, a.extraInfo.id);
    // NT1: the holder and sponsor are told, then payment may have become possible (the deadline restarts).
    await notify(em, at(ctx), a.booking.id, { kind: NotificationKind.ANSWER_VALIDATED, key: a.id, label: info.label });
    await reviewDeadline(em, at(ctx), a.booking.id, 'VALIDATED');
    await em.refresh(a);
    return a;
  });
  ctx.deps.outbox.kick();
  return validated;
}

/** How long an organizer's comment asking for a correction may be. */
export const CORRECTION_COMMENT_MAX = 1000;

/**
 * NT1, XI4: someone with VALIDATE sends an answer back to the holder to correct, with a comment (required: it says
 * what to fix). The holder and sponsor are told once per request; asking again before the holder answered only
 * changes the comment. A validated answer cannot be sent back (ANSWER_VALIDATED). Answering again clears it.
 */
export async function requestCorrection(ctx: ActorContext, answerId: string, rawComment: string): Promise<Answer> {
  if (!ctx.viewer) throw unauthenticated();
  const comment = replaceC0Controls(rawComment ?? '').trim();
  if (!comment) throw badInput({ comment: 'REQUIRED' });
  if (comment.length > CORRECTION_COMMENT_MAX)
    throw badInput({ comment: 'TOO_LONG' }, `At most ${CORRECTION_COMMENT_MAX} characters.`);
  const answer = await ctx.em.transactional(async (em) => {
    const a = isUuid(answerId) ? await em.findOne(Answer, answerId) : null;
    if (!a) throw notFound('Answer');
    const { booking } = await bookingAccess(ctx, em, a.booking.id, 'VALIDATE');
    if (!isLive(booking.status))
      throw new DomainError('CONFLICT', `This booking is ${booking.status}: its answers can no longer change.`);
    const now = ctx.deps.clock.now();
    const rows = await em.execute<Array<{ correction_requested_at: Date }>>(
      `update answers set correction_requested_at = coalesce(correction_requested_at, ?), correction_comment = ?
        where id = ? and validated_at is null returning correction_requested_at`,
      [now, comment, a.id],
      'all',
    );
    if (!rows.length) throw new DomainError('ANSWER_VALIDATED', 'This answer is validated: it can no longer change.');
    const info = await em.findOneOrFail(ExtraInfo, a.extraInfo.id);
    audit(ctx, em, {
      action: 'answer.correction_requested',
      subjectType: 'Booking',
      subjectId: booking.id,
      reason: comment,
      data: { answer: a.id, extraInfo: info.id, label: info.label },
    });
    // Once per request: the key is the answer and when it was first sent back.
    await notify(em, at(ctx), booking.id, {
      kind: NotificationKind.CORRECTION_REQUESTED,
      key: `${a.id}@${new Date(rows[0].correction_requested_at).toISOString()}`,
      label: info.label,
      note: comment,
    });
    await reviewDeadline(em, at(ctx), booking.id, 'CORRECTION');
    await em.refresh(a);
    return a;
  });
  ctx.deps.outbox.kick();
  return answer;
}

/** An answer's file for download: same access as the booking (holder, sponsor, VIEW+ admins), else NOT_FOUND. */
export async function answerFileFor(
  ctx: ActorContext,
  answerId: string,
): Promise<{ key: string; mime: string; size: number; name: string }> {
  const a = isUuid(answerId) ? await ctx.em.findOne(Answer, answerId) : null;
  if (!a?.fileKey) throw notFound('File');
  await bookingAccess(ctx, ctx.em, a.booking.id, 'READ');
  return { key: a.fileKey, mime: a.fileMime!, size: a.fileSize!, name: a.fileName ?? 'fichier' };
}
