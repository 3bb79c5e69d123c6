import type { EntityManager } from '@mikro-orm/postgresql';
import type { FileUpload } from 'graphql-upload-minimal';
import sharp from 'sharp';
import type { ActorContext, AppDeps } from '../../app-context';
import { badInput, DomainError, notFound, unauthenticated } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { SESSION_RENEWAL_MS, sessionTokenHash } from '../accounts';
import { audit } from '../audit';
import type { MailAttachment } from '../mail';
import { bookingAccess } from '../bookings';
import { eventAccess, relationTo } from '../permissions';
import { readUpload, sniffType } from '../storage';
import { TICKET_HEIGHT, TICKET_WIDTH } from '../../render/layout';
import { type Booking, type Event, PermissionLevel, Ticket } from '../../model';
import {
  drawTickets,
  factsHash,
  rowFacts,
  rowLocale,
  rowUnavailable,
  storedTicket,
  ticketContentType,
  ticketFileName,
  ticketRows,
  viewerTicketRow,
  type StoredTicket,
  type TicketFormat,
} from './stored-tickets';

/** Largest template file accepted (a 2480×1169 PNG is a few MB at most). */
export const TEMPLATE_MAX_BYTES = 10 * 1024 * 1024;
const TEMPLATE_TYPES = ['image/png', 'image/jpeg'] as const;

/**
 * TT1: a template is a PNG or JPEG (by content) of exactly 2480×1169 pixels. The header is read first, so a
 * decompression bomb (huge dimensions in a small file) is refused before any decoding; then the whole image is
 * decoded once, so a truncated or corrupt file is refused too.
 */
export async function checkTemplate(data: Buffer): Promise<{ mime: string; ext: string }> {
  const type = await sniffType(data, TEMPLATE_TYPES, 'file');
  let meta: sharp.Metadata;
  try {
    meta = await sharp(data, { limitInputPixels: false }).metadata();
  } catch {
    throw badInput({ file: 'CORRUPT_FILE' }, 'The image can’t be read.');
  }
  if (meta.width !== TICKET_WIDTH || meta.height !== TICKET_HEIGHT) {
    throw badInput(
      { file: 'WRONG_DIMENSIONS' },
      `A template must be exactly ${TICKET_WIDTH}×${TICKET_HEIGHT} pixels (landscape); this image is ${meta.width ?? '?'}×${meta.height ?? '?'}.`,
    );
  }
  try {
    await sharp(data, { limitInputPixels: TICKET_WIDTH * TICKET_HEIGHT, failOn: 'truncated' })
      .raw()
      .toBuffer();
  } catch {
    throw badInput({ file: 'CORRUPT_FILE' }, 'The image is truncated or corrupt.');
  }
  return { mime: type.mime, ext: type.ext === 'jpg' ? 'jpg' : type.ext };
}

/** TT1: EDIT sets a ticket's template (replacing the previous one, whose file is removed after the commit). */
export async function setTicketTemplate(
  ctx: ActorContext,
  ticketId: string,
  upload: Promise<FileUpload>,
): Promise<Ticket> {
  // SEC5: said before the lookup, so that an anonymous caller learns nothing of the id.
  if (!ctx.viewer) throw unauthenticated();
  const ticket = isUuid(ticketId) ? await ctx.em.findOne(Ticket, ticketId) : null;
  if (!ticket) throw notFound('Ticket');
  await eventAccess(ctx, ctx.em, ticket.event.id, PermissionLevel.EDIT); // refuse before reading a stranger's upload
  const data = await readUpload(upload, TEMPLATE_MAX_BYTES, 'file');
  const { mime, ext } = await checkTemplate(data);
  const key = await ctx.deps.storage.put(`templates/${ticket.id}`, ext, data);
  let previous: string | null = null;
  try {
    const saved = await ctx.em.transactional(async (em) => {
      const t = await em.findOneOrFail(Ticket, ticket.id);
      await eventAccess(ctx, em, t.event.id, PermissionLevel.EDIT);
      previous = t.templateKey ?? null;
      t.templateKey = key;
      t.templateMime = mime;
      audit(ctx, em, {
        action: 'ticket.template_set',
        subjectType: 'Ticket',
        subjectId: t.id,
        data: { mime, bytes: data.length },
      });
      return t;
    });
    if (previous) await ctx.deps.storage.remove(previous);
    return saved;
  } catch (e) {
    await ctx.deps.storage.remove(key);
    throw e;
  }
}

/** TT1: EDIT goes back to the default design. */
export async function removeTicketTemplate(ctx: ActorContext, ticketId: string): Promise<Ticket> {
  // SEC5: said before the lookup, so that an anonymous caller learns nothing of the id.
  if (!ctx.viewer) throw unauthenticated();
  let previous: string | null = null;
  const saved = await ctx.em.transactional(async (em) => {
    const t = isUuid(ticketId) ? await em.findOne(Ticket, ticketId) : null;
    if (!t) throw notFound('Ticket');
    await eventAccess(ctx, em, t.event.id, PermissionLevel.EDIT);
    previous = t.templateKey ?? null;
    t.templateKey = null;
    t.templateMime = null;
    audit(ctx, em, { action: 'ticket.template_removed', subjectType: 'Ticket', subjectId: t.id });
    return t;
  });
  if (previous) await ctx.deps.storage.remove(previous);
  return saved;
}

/** The template file of a ticket, for VIEW+ (the console shows it). */
export async function templateFile(ctx: ActorContext, ticketId: string): Promise<{ key: string; mime: string }> {
  const t = isUuid(ticketId) ? await ctx.em.findOne(Ticket, ticketId) : null;
  if (!t) throw notFound('Ticket');
  await eventAccess(ctx, ctx.em, t.event.id, PermissionLevel.VIEW);
  if (!t.templateKey || !t.templateMime) throw notFound('Template');
  return { key: t.templateKey, mime: t.templateMime };
}

/** Why a booking has no ticket to download, or null when it has one (TT2). */
export const ticketUnavailable = (booking: Booking, event: Event): string | null =>
  rowUnavailable({ status: booking.status, cancelled: !!event.cancelledAt });

export interface TicketDocument {
  filename: string;
  contentType: string;
  body: Buffer;
}

/**
 * Renders a valid reservation's ticket now from the current data with a signed code (TT2, TT3), without storing it
 * (downloads and mails use `storedTicket`; the benchmarks compare with this): the same row, facts and drawing as the
 * stored tickets. Recent renders are reused in memory while everything printed on them is the same.
 */
export async function renderTicket(
  deps: Pick<AppDeps, 'signer' | 'storage' | 'clock' | 'renderer' | 'log'>,
  em: EntityManager,
  bookingId: string,
  format: TicketFormat,
): Promise<TicketDocument> {
  const [row] = await ticketRows(em, [bookingId]);
  if (!row) throw notFound('Booking');
  const why = rowUnavailable(row);
  if (why) throw new DomainError('TICKET_UNAVAILABLE', 'Only a valid reservation has a ticket.', { reason: why });
  const facts = rowFacts(row);
  const body = await deps.renderer.cached(factsHash(row, facts, format), async () => {
    const drawn = await drawTickets(deps, row, facts, [format]);
    return drawn.get(format)!.body;
  });
  return { filename: ticketFileName(row, rowLocale(row), format), contentType: ticketContentType(format), body };
}

/**
 * TT2: the holder, the sponsor and the event's VIEW+ admins download a valid reservation's ticket: the stored file
 * rendered in the background when it prints the current data (issue 14), else drawn now and stored.
 */
export async function ticketFor(
  ctx: ActorContext,
  bookingId: string,
  format: 'png' | 'pdf',
  opts: { ifNoneMatch?: string } = {},
): Promise<StoredTicket> {
  // SEC5: said before the lookup, so that an anonymous caller learns nothing of the id.
  if (!ctx.viewer) throw unauthenticated();
  const [row] = isUuid(bookingId) ? await ticketRows(ctx.em, [bookingId]) : [];
  if (!row) throw notFound('Booking');
  // The holder and the sponsor are known from the row read anyway; anyone else goes through the booking's whole
  // policy (VIEW+ admins; NOT_FOUND for strangers).
  const person = relationTo(
    { userId: ctx.viewer.user.id, email: ctx.viewer.user.email },
    {
      holderId: row.holder_id,
      holderEmail: row.holder_email,
      sponsorId: row.sponsor_id,
    },
  );
  if (!person) await bookingAccess(ctx, ctx.em, row.id, 'READ');
  return storedTicket(ctx.deps, ctx.em, row, format, opts);
}

/**
 * Issue 14: the common download — a holder or sponsor signed in with a session cookie, asking for their ticket — with
 * one prepared statement for the session and the booking's ticket row, then the stored file. Null when the request
 * needs the general path (`ticketFor` under the request's context): no session cookie, an unknown or expired session,
 * one due for its hourly renewal, no such booking, or a caller who is neither its holder nor its sponsor (an event
 * admin goes through the booking's whole policy; a stranger gets its NOT_FOUND). The access rules are ticketFor's.
 */
export async function holderTicket(
  deps: Pick<AppDeps, 'signer' | 'storage' | 'clock' | 'renderer' | 'log'>,
  em: EntityManager,
  sessionSecret: string | undefined,
  bookingId: string,
  format: 'png' | 'pdf',
  opts: { ifNoneMatch?: string } = {},
): Promise<StoredTicket | null> {
  if (!sessionSecret || !isUuid(bookingId)) return null;
  const row = await viewerTicketRow(em, sessionTokenHash(sessionSecret), bookingId);
  if (!row?.viewer_id || !row.viewer_email || !row.viewer_seen_at) return null;
  if (new Date(row.viewer_seen_at).getTime() < Date.now() - SESSION_RENEWAL_MS + 60_000) return null;
  const person = relationTo(
    { userId: row.viewer_id, email: row.viewer_email },
    { holderId: row.holder_id, holderEmail: row.holder_email, sponsorId: row.sponsor_id },
  );
  if (!person) return null;
  return storedTicket(deps, em, row, format, opts);
}

/** The ticket as a mail attachment (PDF), or null when the booking is no longer a valid reservation. */
export async function ticketAttachment(
  deps: Pick<AppDeps, 'signer' | 'storage' | 'clock' | 'renderer' | 'log'>,
  em: EntityManager,
  bookingId: string,
): Promise<MailAttachment | null> {
  try {
    const doc = await storedTicket(deps, em, bookingId, 'pdf');
    let content: Buffer;
    if (Buffer.isBuffer(doc.body)) content = doc.body;
    else if (!doc.body)
      throw new Error('no ticket body'); // only a conditional request has none
    else {
      const chunks: Buffer[] = [];
      for await (const c of doc.body) chunks.push(c as Buffer);
      content = Buffer.concat(chunks);
    }
    return { filename: doc.filename, contentType: doc.contentType, content };
  } catch (e) {
    if (e instanceof DomainError && ['TICKET_UNAVAILABLE', 'NOT_FOUND'].includes(e.code)) return null; // opposed or cancelled since
    throw e;
  }
}
