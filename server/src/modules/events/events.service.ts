import type { FileUpload } from 'graphql-upload-minimal';
import type { ActorContext } from '../../app-context';
import { enforce } from '../../core/decision';
import { badInput, notFound, organizationArchived, type FieldErrors } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { audit } from '../audit';
import { normalizeEmail } from '../../core/normalize';
import { eventAccess, levelOn, viewerFacts, canCreateEventFor, canSeeEvent } from '../permissions';
import { replaceImage } from '../storage';
import type { CreateEventInput, UpdateEventInput } from './events.inputs';
import { renderMarkdown } from './markdown';
import { pickPaymentAccount } from './payment-pick';
import {
  Club,
  EventGrant,
  GranteeKind,
  PermissionLevel,
  DEFAULT_PAYMENT_DEADLINE_HOURS,
  Event,
  OnlineProvider,
} from '../../model';

/** Shape checks class-validator can't express: trimmed non-empty texts, end after start. */
function cleanEventInput<T extends UpdateEventInput>(input: T): T {
  const name = input.name.trim();
  const location = input.location.trim();
  const fields: FieldErrors = {};
  if (!name) fields.name = 'REQUIRED';
  if (!location) fields.location = 'REQUIRED';
  if (Number.isNaN(input.startsAt.getTime())) fields.startsAt = 'INVALID_FORMAT';
  if (Number.isNaN(input.endsAt.getTime())) fields.endsAt = 'INVALID_FORMAT';
  else if (input.endsAt < input.startsAt) fields.endsAt = 'BEFORE_OPENING';
  if (Object.keys(fields).length) throw badInput(fields);
  const contactEmail = input.contactEmail?.trim() ? normalizeEmail(input.contactEmail) : null;
  return { ...input, name, location, contactEmail };
}

function assign(event: Event, input: UpdateEventInput) {
  event.name = input.name;
  event.description = input.description;
  event.descriptionHtml = renderMarkdown(input.description);
  event.location = input.location;
  event.startsAt = input.startsAt;
  event.endsAt = input.endsAt;
  event.visibility = input.visibility;
  event.contactEmail = input.contactEmail ?? null;
  event.sponsorshipLimit = input.sponsorshipLimit;
  event.paymentDeadlineHours = input.paymentDeadlineHours ?? null;
  event.showPlacesLeft = input.showPlacesLeft;
}

/**
 * EV2: a club's board member (or a platform admin) creates an event; the creator gets ADMIN. PY1: it may pick the
 * club's accounts at once. A cover is read and checked (after the permission, before anything is written): a refused
 * file creates nothing; a stored file whose event then fails is removed.
 */
export async function createEvent(
  ctx: ActorContext,
  raw: CreateEventInput,
  cover: Promise<FileUpload> | null = null,
): Promise<Event> {
  const input = cleanEventInput(raw);
  const club = isUuid(input.clubId) ? await ctx.em.findOne(Club, input.clubId) : null;
  if (!club) throw badInput({ clubId: 'UNKNOWN_REFERENCE' }, 'Unknown club.');
  enforce(canCreateEventFor(await viewerFacts(ctx), club.id));
  if (club.archivedAt) throw organizationArchived('This club');
  const create = (file?: { key: string; mime: string; bytes: number }) =>
    ctx.em.transactional(async (em) => {
      // Issue 13: an archived club creates no event; the shared row lock waits for an archiving in progress.
      const [row] = await em.execute<Array<{ archived: boolean }>>(
        'select archived_at is not null as archived from clubs where id = ? for share',
        [club.id],
      );
      if (row?.archived) throw organizationArchived('This club');
      const event = new Event();
      event.club = em.getReference(Club, club.id);
      assign(event, input);
      // Issue 11: unpaid pre-reservations (guests' included) don't hold places forever unless the organizer says so (null).
      if (raw.paymentDeadlineHours === undefined) event.paymentDeadlineHours = DEFAULT_PAYMENT_DEADLINE_HOURS;
      event.paypalAccount = await pickPaymentAccount(
        em,
        { id: input.paypalAccountId, provider: OnlineProvider.PAYPAL, field: 'paypalAccountId' },
        club.id,
      );
      event.lydiaAccount = await pickPaymentAccount(
        em,
        { id: input.lydiaAccountId, provider: OnlineProvider.LYDIA, field: 'lydiaAccountId' },
        club.id,
      );
      if (file) {
        event.coverKey = file.key;
        event.coverMime = file.mime;
      }
      em.persist(event);
      const creator = ctx.viewer!.user;
      em.persist(new EventGrant(event, PermissionLevel.ADMIN, { kind: GranteeKind.USER, user: creator }, creator));
      audit(ctx, em, {
        action: 'event.created',
        subjectType: 'Event',
        subjectId: event.id,
        data: {
          club: club.slug,
          visibility: event.visibility,
          ...(event.paypalAccount ? { paypalAccountId: event.paypalAccount.id } : {}),
          ...(event.lydiaAccount ? { lydiaAccountId: event.lydiaAccount.id } : {}),
          ...(file ? { cover: { mime: file.mime, bytes: file.bytes } } : {}),
        },
      });
      return event;
    });
  if (!cover) return create();
  const opts = { folder: 'covers', maxBytes: ctx.deps.config.coverMaxBytes, field: 'cover' };
  return replaceImage(ctx.deps.storage, cover, opts, async (file) => ({ result: await create(file) }));
}

/** EV4: editing needs EDIT. */
export async function updateEvent(ctx: ActorContext, id: string, raw: UpdateEventInput): Promise<Event> {
  const input = cleanEventInput(raw);
  return ctx.em.transactional(async (em) => {
    const { event } = await eventAccess(ctx, em, id, PermissionLevel.EDIT);
    const before = { name: event.name, visibility: event.visibility, startsAt: event.startsAt, endsAt: event.endsAt };
    assign(event, input);
    audit(ctx, em, { action: 'event.updated', subjectType: 'Event', subjectId: event.id, data: { before } });
    return event;
  });
}

/** A cover image, checked by content (PNG, JPEG or WebP) and size; the old file is removed after commit. */
export async function setEventCover(ctx: ActorContext, id: string, upload: Promise<FileUpload>): Promise<Event> {
  await eventAccess(ctx, ctx.em, id, PermissionLevel.EDIT); // refuse before reading a stranger's upload
  const opts = { folder: 'covers', maxBytes: ctx.deps.config.coverMaxBytes };
  return replaceImage(ctx.deps.storage, upload, opts, (file) =>
    ctx.em.transactional(async (em) => {
      const { event } = await eventAccess(ctx, em, id, PermissionLevel.EDIT);
      const replaced = event.coverKey;
      event.coverKey = file.key;
      event.coverMime = file.mime;
      audit(ctx, em, {
        action: 'event.cover_set',
        subjectType: 'Event',
        subjectId: event.id,
        data: { mime: file.mime, bytes: file.bytes },
      });
      return { result: event, replaced };
    }),
  );
}

export async function removeEventCover(ctx: ActorContext, id: string): Promise<Event> {
  let previous: string | null | undefined;
  const event = await ctx.em.transactional(async (em) => {
    const { event } = await eventAccess(ctx, em, id, PermissionLevel.EDIT);
    previous = event.coverKey;
    if (previous) {
      event.coverKey = null;
      event.coverMime = null;
      audit(ctx, em, { action: 'event.cover_removed', subjectType: 'Event', subjectId: event.id });
    }
    return event;
  });
  if (previous) await ctx.deps.storage.remove(previous);
  return event;
}

/** EV1: one event by id, or NOT_FOUND when it does not exist or the viewer may not see it. */
export async function getEvent(ctx: ActorContext, id: string): Promise<Event> {
  const event = isUuid(id) ? await ctx.em.findOne(Event, id) : null;
  if (!event || !canSeeEvent(await viewerFacts(ctx), event.visibility, await levelOn(ctx, ctx.em, event)))
    throw notFound('Event');
  return event;
}
