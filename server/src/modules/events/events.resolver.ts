import { GraphQLUpload, type FileUpload } from 'graphql-upload-minimal';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { listCost, pageCost } from '../../graphql/limits';
import { EventAdmin, listAdmins, listGrants } from '../permissions';
import { isRestrictedView } from './restricted-view';
import { CreateEventInput, EventFilter, UpdateEventInput } from './events.inputs';
import { deleteEvent, deletionBlock } from './deletion.service';
import * as events from './events.service';
import { EventConnection, EventDeletionBlock, EventFigures } from './events.types';
import { listEvents, MAX_EVENT_OFFSET } from './listing.service';
import { atLeast, Club, EventGrant, PermissionLevel, Ticket, Event } from '../../model';

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, {
    description:
      'Events the viewer may see in lists (EV1), in the filter’s order (by start by default), with their total count; see EventFilter.',
    complexity: pageCost(20),
  })
  events(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => EventFilter, { nullable: true, description: 'What to list.' }) filter?: EventFilter,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1 to 100.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
    after?: string,
    @Arg('offset', () => Int, {
      nullable: true,
      description: `Events to skip before this page, 0 to ${MAX_EVENT_OFFSET} (pages of the UPCOMING_FIRST order); not with \`after\`.`,
    })
    offset?: number | null,
  ) {
    return listEvents(ctx, filter ?? {}, first ?? 20, after, offset);
  }

  @Query(() => Event, {
    description: 'One event. NOT_FOUND when it does not exist or the viewer may not see it (EV1).',
  })
  event(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'The event’s id.' }) id: string) {
    return events.getEvent(ctx, id);
  }

  @Mutation(() => Event, {
    description:
      'Creates an event for a club (EV2): its board members or platform admins; the creator gets ADMIN. With `cover` ' +
      '(a multipart request), the cover image is checked like setEventCover’s before anything is created: a refused ' +
      'file (BAD_USER_INPUT on the `cover` field: TOO_LARGE, UNSUPPORTED_TYPE) creates nothing.',
  })
  createEvent(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateEventInput, { description: 'The event.' }) input: CreateEventInput,
    @Arg('cover', () => GraphQLUpload, {
      nullable: true,
      description: 'Optional cover image (PNG, JPEG or WebP by content, at most COVER_MAX_KB).',
    })
    cover?: Promise<FileUpload> | null,
  ) {
    return events.createEvent(ctx, input, cover ?? null);
  }

  @Mutation(() => Event, { description: 'Edits an event (EV4: needs EDIT).' })
  updateEvent(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The event’s id.' }) id: string,
    @Arg('input', () => UpdateEventInput, { description: 'Its new fields.' }) input: UpdateEventInput,
  ) {
    return events.updateEvent(ctx, id, input);
  }

  @Mutation(() => Event, {
    description:
      'Sets the cover image (PNG, JPEG or WebP by content, at most COVER_MAX_KB). Multipart request; needs EDIT.',
  })
  setEventCover(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The event’s id.' }) id: string,
    @Arg('file', () => GraphQLUpload, { description: 'The image.' }) file: Promise<FileUpload>,
  ) {
    return events.setEventCover(ctx, id, file);
  }

  @Mutation(() => ID, {
    description:
      'Deletes a DRAFT event that never had a booking (any booking, even a deleted or expired pre-reservation, is proof: ' +
      'EVENT_NOT_DELETABLE otherwise); its tickets, grants and organizer files go with it. Needs ADMIN. Returns the id.',
  })
  deleteEvent(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'The event’s id.' }) id: string) {
    return deleteEvent(ctx, id);
  }

  @Mutation(() => Event, { description: 'Removes the cover image; needs EDIT.' })
  removeEventCover(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'The event’s id.' }) id: string) {
    return events.removeEventCover(ctx, id);
  }

  @FieldResolver(() => Club, { description: 'The organizing club.' })
  async club(@Root() e: Event, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.club.load(e.club.id))!;
  }

  @FieldResolver(() => [Ticket], {
    description: 'Tickets, by position. Empty in a restricted view (see `restricted`).',
    complexity: listCost(10, 5),
  })
  tickets(@Root() e: Event, @Ctx() ctx: GraphQLContext) {
    return isRestrictedView(e) ? [] : ctx.loaders.ticketsByEvent.load(e.id);
  }

  @FieldResolver(() => Boolean, {
    description:
      'EV1: true when the viewer reaches this event only through a booking they hold or sponsor (or its ticket) but may not see the event itself ' +
      '(an external guest on an INTERNAL event, a ticket given on a DRAFT). Then only id, name, location, startsAt, endsAt, cancelled, club and visibility are real: ' +
      'description and descriptionHtml are empty, contactEmail, paymentDeadlineHours and coverUrl null, sponsorshipLimit 0, showPlacesLeft false, tickets empty ' +
      '(the booking’s own `ticket` stays readable).',
  })
  restricted(@Root() e: Event) {
    return isRestrictedView(e);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'URL of the cover image (same visibility as the event), or null.',
  })
  coverUrl(@Root() e: Event) {
    return e.coverKey ? `/media/events/${e.id}/cover?v=${e.coverKey.slice(-12, -4)}` : null;
  }

  @FieldResolver(() => EventDeletionBlock, {
    nullable: true,
    description:
      'Issue 15: why deleteEvent would refuse now — NEEDS_ADMIN for anyone without ADMIN (nothing more is said to them), ' +
      'else NOT_DRAFT or HAS_BOOKINGS; null when the viewer may delete it.',
  })
  async deletionBlockedBy(@Root() e: Event, @Ctx() ctx: GraphQLContext) {
    if (!atLeast(await ctx.loaders.levelOnEvent.load(e.id), PermissionLevel.ADMIN))
      return EventDeletionBlock.NEEDS_ADMIN;
    return deletionBlock(ctx.em, e);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the event was cancelled (EV5).' })
  cancelled(@Root() e: Event) {
    return !!e.cancelledAt;
  }

  @FieldResolver(() => PermissionLevel, {
    nullable: true,
    description: 'The viewer’s effective permission on the event (PM2), or null.',
  })
  viewerPermission(@Root() e: Event, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.levelOnEvent.load(e.id);
  }

  @FieldResolver(() => EventFigures, {
    nullable: true,
    description:
      'Key figures (places taken and on sale, reservations, pre-reservations), exact now; null unless the viewer has VIEW.',
  })
  async figures(@Root() e: Event, @Ctx() ctx: GraphQLContext) {
    if (isRestrictedView(e) || !atLeast(await ctx.loaders.levelOnEvent.load(e.id), PermissionLevel.VIEW)) return null;
    return ctx.loaders.eventFigures.load(e.id);
  }

  @FieldResolver(() => [EventGrant], { description: 'The grants on the event (PM2). Needs ADMIN.' })
  grants(@Root() e: Event, @Ctx() ctx: GraphQLContext) {
    return listGrants(ctx, e.id);
  }

  @FieldResolver(() => [EventAdmin], {
    description:
      'Everyone with a permission on the event, with their effective level and its sources (PM2). Needs ADMIN.',
    complexity: 10,
  })
  async admins(@Root() e: Event, @Ctx() ctx: GraphQLContext) {
    const admins = await listAdmins(ctx, e.id);
    return Promise.all(
      admins.map(async (a) => ({
        user: a.user,
        level: a.level,
        sources: await Promise.all(
          a.sources.map(async (s) => ({
            source: s.source,
            level: s.level,
            grant: s.grant,
            club: s.clubId ? await ctx.loaders.club.load(s.clubId) : null,
          })),
        ),
      })),
    );
  }
}
