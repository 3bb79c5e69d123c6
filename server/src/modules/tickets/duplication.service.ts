import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext } from '../../app-context';
import { enforce } from '../../core/decision';
import { badInput, organizationArchived } from '../../core/errors';
import { inDateRange } from '../../graphql/date-time';
import { audit } from '../audit';
import { canCreateEventFor, eventAccess, viewerFacts } from '../permissions';
import { copyExtraInfo, copyGroup, copyOption } from './copy.service';
import {
  Club,
  Event,
  EventGrant,
  EventVisibility,
  ExtraInfo,
  GranteeKind,
  Option,
  OptionGroup,
  PaymentAccount,
  PermissionLevel,
  Quota,
  Ticket,
} from '../../model';

/** Stored file copies: the source's key → the copy's key (null when the source's file is gone). */
type FileCopies = Map<string, string | null>;

/**
 * DU1: copies an event into a new DRAFT of the same club — its tickets with their options, groups and extra
 * information, its grants (and, once they exist, its quotas) — never bookings, payments or attendees' answers and files.
 * Every date moves by (new start − old start): the event's start and end, each ticket's sale opening and closing.
 * Who may: EDIT on the source (EV4: its structure is theirs to read whole) AND the right to create an event for its
 * club (EV2: a board member or a platform admin); the duplicator gets ADMIN on the copy like any creator. The cover and
 * the ticket templates are organizer files: each is copied to a key of its own, so deleting one event's file never
 * breaks the other. One transaction; audited on both events.
 */
export async function duplicateEvent(
  ctx: ActorContext,
  sourceId: string,
  startsAt: Date,
  rawName?: string | null,
): Promise<Event> {
  const name = rawName?.trim();
  if (rawName !== undefined && rawName !== null && !name) throw badInput({ name: 'REQUIRED' });
  if (name && name.length > 200) throw badInput({ name: 'TOO_LONG' });
  // Refused before any file is copied; checked again inside the transaction.
  const { event: source } = await eventAccess(ctx, ctx.em, sourceId, PermissionLevel.EDIT);
  enforce(canCreateEventFor(await viewerFacts(ctx), source.club.id));
  if ((await ctx.em.findOneOrFail(Club, source.club.id)).archivedAt) throw organizationArchived('This club');
  const shift = shifter(source, startsAt);
  const tickets = await ctx.em.find(Ticket, { event: source.id }, { orderBy: { position: 'asc', createdAt: 'asc' } });
  for (const d of [source.endsAt, ...tickets.flatMap((t) => [t.salesOpenAt, t.salesCloseAt])]) if (d) shift(d);
  const newTicketIds = new Map(tickets.map((t) => [t.id, randomUUID()]));
  const files = await copyFiles(ctx, [
    [source.coverKey, 'covers'],
    ...tickets.map((t) => [t.templateKey, `templates/${newTicketIds.get(t.id)}`] as const),
  ]);
  const used = new Set<string>();
  const fileOf = (key: string | null | undefined) => {
    const copy = key ? (files.get(key) ?? null) : null;
    if (copy) used.add(copy);
    return copy;
  };
  try {
    const copy = await ctx.em.transactional(async (em) => {
      const { event } = await eventAccess(ctx, em, sourceId, PermissionLevel.EDIT);
      enforce(canCreateEventFor(await viewerFacts(ctx), event.club.id));
      // As createEvent: an archived club takes no new event; the shared row lock waits for an archiving in progress.
      const [club] = await em.execute<Array<{ archived: boolean }>>(
        'select archived_at is not null as archived from clubs where id = ? for share',
        [event.club.id],
      );
      if (club?.archived) throw organizationArchived('This club');
      const move = shifter(event, startsAt);
      const copy = new Event();
      Object.assign(copy, {
        name: name || event.name,
        description: event.description,
        descriptionHtml: event.descriptionHtml,
        location: event.location,
        startsAt: move(event.startsAt),
        endsAt: move(event.endsAt),
        club: em.getReference(Club, event.club.id),
        visibility: EventVisibility.DRAFT,
        contactEmail: event.contactEmail ?? null,
        sponsorshipLimit: event.sponsorshipLimit,
        // The source's deadline as it is (none stays none): no default slips in as it would for a new event.
        paymentDeadlineHours: event.paymentDeadlineHours ?? null,
        showPlacesLeft: event.showPlacesLeft,
        capacity: event.capacity ?? null, // CP1: the event's total, with no place taken yet
        // WL2: the waiting list's settings (never its entries: people, like bookings).
        waitingListOpen: event.waitingListOpen,
        waitingListOfferMinutes: event.waitingListOfferMinutes,
        coverKey: fileOf(event.coverKey),
        coverMime: event.coverKey && files.get(event.coverKey) ? event.coverMime : null,
        ...(await activeAccounts(em, event)),
      });
      em.persist(copy);
      const copied = await copyTickets(em, event, copy, move, newTicketIds, fileOf);
      copyGrants(em, ctx, copy, await em.find(EventGrant, { event: event.id }));
      await copyQuotas(em, event, copy, copied);
      audit(ctx, em, {
        action: 'event.duplicated',
        subjectType: 'Event',
        subjectId: event.id,
        data: { copy: copy.id, startsAt: copy.startsAt },
      });
      audit(ctx, em, {
        action: 'event.created',
        subjectType: 'Event',
        subjectId: copy.id,
        data: { club: event.club.id, visibility: copy.visibility, duplicatedFrom: event.id, tickets: copied.size },
      });
      return copy;
    });
    await removeAll(
      ctx,
      [...files.values()].filter((k): k is string => !!k && !used.has(k)),
    );
    return copy;
  } catch (e) {
    await removeAll(
      ctx,
      [...files.values()].filter((k): k is string => !!k),
    );
    throw e;
  }
}

/** Moves a date by (new start − the source's start); a result outside the API's date range is refused. */
function shifter(source: Event, startsAt: Date): (d: Date) => Date {
  if (Number.isNaN(startsAt.getTime())) throw badInput({ startsAt: 'INVALID_FORMAT' });
  const delta = startsAt.getTime() - source.startsAt.getTime();
  return (d) => {
    const moved = new Date(d.getTime() + delta);
    if (!inDateRange(moved)) throw badInput({ startsAt: 'OUT_OF_RANGE' }, 'A shifted date would leave the calendar.');
    return moved;
  };
}

/** Copies each stored file to a key of its own in its folder: old key → new key (null when the file is gone). */
async function copyFiles(ctx: ActorContext, sources: Array<readonly [string | null | undefined, string]>) {
  const copies: FileCopies = new Map();
  try {
    for (const [key, folder] of sources) {
      if (!key) continue;
      const data = await ctx.deps.storage.readAll(key);
      copies.set(key, data ? await ctx.deps.storage.put(folder, key.slice(key.lastIndexOf('.') + 1), data) : null);
    }
  } catch (e) {
    await removeAll(
      ctx,
      [...copies.values()].filter((k): k is string => !!k),
    );
    throw e;
  }
  return copies;
}

async function removeAll(ctx: ActorContext, keys: string[]) {
  await Promise.all(
    keys.map((key) =>
      ctx.deps.storage.remove(key).catch((err) => ctx.deps.log.warn({ err, key }, 'could not remove a copied file')),
    ),
  );
}

/** PY1: the payment accounts the source picked, when still active (same club: the copy may pick them too). */
async function activeAccounts(em: EntityManager, event: Event) {
  const ids = [event.paypalAccount?.id, event.lydiaAccount?.id].filter((id): id is string => !!id);
  const active = ids.length ? await em.find(PaymentAccount, { id: { $in: ids }, deactivatedAt: null }) : [];
  const pick = (id?: string) => (id && active.some((a) => a.id === id) ? em.getReference(PaymentAccount, id) : null);
  return { paypalAccount: pick(event.paypalAccount?.id), lydiaAccount: pick(event.lydiaAccount?.id) };
}

/** The tickets with their standalone options, groups (with choices) and extra information; source id → copy. */
async function copyTickets(
  em: EntityManager,
  source: Event,
  copy: Event,
  move: (d: Date) => Date,
  newIds: Map<string, string>,
  fileOf: (key: string | null | undefined) => string | null,
): Promise<Map<string, Ticket>> {
  const tickets = await em.find(Ticket, { event: source.id }, { orderBy: { position: 'asc', createdAt: 'asc' } });
  const ids = tickets.map((t) => t.id);
  const [options, groups, infos] = ids.length
    ? [
        await em.find(Option, { ticket: { $in: ids } }, { orderBy: { position: 'asc', id: 'asc' } }),
        await em.find(OptionGroup, { ticket: { $in: ids } }, { orderBy: { position: 'asc', id: 'asc' } }),
        await em.find(ExtraInfo, { ticket: { $in: ids } }, { orderBy: { position: 'asc', id: 'asc' } }),
      ]
    : [[], [], []];
  const copies = new Map<string, Ticket>();
  for (const t of tickets) {
    const ticket = new Ticket();
    const template = fileOf(t.templateKey);
    Object.assign(ticket, {
      // A ticket added since the files were copied gets an id of its own (and no template).
      id: newIds.get(t.id) ?? randomUUID(),
      event: copy,
      kind: t.kind,
      name: t.name,
      description: t.description,
      priceCents: t.priceCents,
      capacity: t.capacity ?? null,
      salesOpenAt: t.salesOpenAt ? move(t.salesOpenAt) : null,
      salesCloseAt: t.salesCloseAt ? move(t.salesCloseAt) : null,
      sponsorshipAllowed: t.sponsorshipAllowed,
      pendingGuestsPerSponsor: t.pendingGuestsPerSponsor,
      position: t.position,
      schoolIds: [...t.schoolIds],
      classYears: [...t.classYears],
      associationIds: [...t.associationIds],
      templateKey: template,
      templateMime: template ? t.templateMime : null,
    });
    em.persist(ticket);
    copies.set(t.id, ticket);
  }
  for (const o of options) if (!o.group) copyOption(em, o, copies.get(o.ticket.id)!);
  for (const g of groups)
    await copyGroup(
      em,
      g,
      options.filter((o) => o.group?.id === g.id),
      copies.get(g.ticket.id)!,
    );
  for (const x of infos) await copyExtraInfo(em, x, copies.get(x.ticket.id)!);
  return copies;
}

/** PM2: the same grantees at the same levels; the duplicator is the copy's creator, so ADMIN (EV2). */
function copyGrants(em: EntityManager, ctx: ActorContext, copy: Event, grants: EventGrant[]) {
  const actor = ctx.viewer!.user;
  let own: EventGrant | undefined;
  for (const g of grants) {
    const grant = new EventGrant(
      copy,
      g.level,
      { kind: g.granteeKind, user: g.user ?? undefined, club: g.club ?? undefined },
      actor,
    );
    if (g.granteeKind === GranteeKind.USER && g.user?.id === actor.id) own = grant;
    em.persist(grant);
  }
  if (own) own.level = PermissionLevel.ADMIN;
  else em.persist(new EventGrant(copy, PermissionLevel.ADMIN, { kind: GranteeKind.USER, user: actor }, actor));
}

/**
 * DU1, CP1: the source's named quotas (name, capacity, no place taken) with the same tickets, through the copies'
 * ids. The tickets are flushed first: the links are rows of their own.
 */
async function copyQuotas(em: EntityManager, source: Event, copy: Event, tickets: Map<string, Ticket>) {
  const quotas = await em.find(Quota, { event: source.id }, { orderBy: { name: 'asc' } });
  if (!quotas.length) return;
  const copies = new Map(
    quotas.map((q) => [
      q.id,
      em.create(Quota, { event: copy, name: q.name, capacity: q.capacity, placesTaken: 0, createdAt: new Date() }),
    ]),
  );
  await em.flush();
  const links = await em.execute<Array<{ ticket_id: string; quota_id: string }>>(
    'select tq.ticket_id, tq.quota_id from ticket_quotas tq join quotas q on q.id = tq.quota_id where q.event_id = ?',
    [source.id],
  );
  const rows = links.flatMap((l) => {
    const ticket = tickets.get(l.ticket_id);
    const quota = copies.get(l.quota_id);
    return ticket && quota ? [[ticket.id, quota.id]] : [];
  });
  if (rows.length)
    await em.execute(
      `insert into ticket_quotas (ticket_id, quota_id) values ${rows.map(() => '(?, ?)').join(', ')}`,
      rows.flat(),
    );
}
