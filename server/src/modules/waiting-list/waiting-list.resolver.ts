import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { badInput } from '../../core/errors';
import type { GraphQLContext } from '../../graphql/context';
import { listCost } from '../../graphql/limits';
import { Event, Ticket } from '../../model';
import { JoinWaitingListInput, WaitingListSettingsInput } from './waiting-list.inputs';
import * as waitingList from './waiting-list.service';
import { WaitingListEntry, WaitingListPage } from './waiting-list.types';

const MAX_PAGE = 100;

@Resolver(() => WaitingListEntry)
export class WaitingListResolver {
  @Mutation(() => WaitingListEntry, {
    description:
      'WL1: joins the waiting list of a sold-out ticket (PLACES_LEFT when it is not), with the options and guest one would book; the same eligibility as `book`. One entry per person per event (ON_WAITING_LIST); not while holding a booking of the event (ALREADY_BOOKED).',
  })
  joinWaitingList(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => JoinWaitingListInput, { description: 'The ticket, options and guest.' })
    input: JoinWaitingListInput,
  ) {
    return waitingList.join(ctx, input);
  }

  @Mutation(() => WaitingListEntry, {
    description:
      'WL1: the viewer leaves the event’s waiting list; a place held for them goes to the next person. NOT_FOUND when they are not on it.',
  })
  leaveWaitingList(
    @Ctx() ctx: GraphQLContext,
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
  ) {
    return waitingList.leave(ctx, eventId);
  }

  @Query(() => [WaitingListEntry], {
    description: 'WL1: the viewer’s entries on waiting lists, waiting or offered a place (offered first).',
    complexity: listCost(10),
  })
  myWaitingListEntries(@Ctx() ctx: GraphQLContext) {
    return waitingList.myEntries(ctx);
  }

  @Mutation(() => WaitingListEntry, {
    description: 'WL3: moves a waiting entry to a position (1: first; beyond the end: last). Needs EDIT on the event.',
  })
  moveWaitingListEntry(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The entry.' }) id: string,
    @Arg('position', () => Int, { description: 'Its new rank among the waiting entries, from 1.' }) position: number,
  ) {
    if (!Number.isInteger(position) || position < 1 || position > 1_000_000)
      throw badInput({ position: 'OUT_OF_RANGE' });
    return waitingList.move(ctx, id, position);
  }

  @Mutation(() => WaitingListEntry, {
    description:
      'WL3: removes an entry from the list (a place held for it goes to the next person). Needs EDIT on the event.',
  })
  removeWaitingListEntry(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'The entry.' }) id: string) {
    return waitingList.remove(ctx, id);
  }

  @Mutation(() => Int, {
    description:
      'WL3: empties the event’s waiting list (places held by offers are freed for anyone); returns how many entries were removed. Needs EDIT.',
  })
  clearWaitingList(
    @Ctx() ctx: GraphQLContext,
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
  ) {
    return waitingList.clear(ctx, eventId);
  }

  @Mutation(() => WaitingListEntry, {
    description:
      'WL3: offers a free place to this waiting entry now, whatever its position; it is held for them as an automatic offer (WL2). NO_PLACE_FREE when its ticket has no room. Needs EDIT.',
  })
  offerWaitingListPlace(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'The entry.' }) id: string) {
    return waitingList.offerByHand(ctx, id);
  }

  @Mutation(() => Event, {
    description: 'WL1, WL2: opens or closes the event’s waiting list and sets how long offers hold. Needs EDIT.',
  })
  setWaitingListSettings(
    @Ctx() ctx: GraphQLContext,
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Arg('input', () => WaitingListSettingsInput, { description: 'The settings.' }) input: WaitingListSettingsInput,
  ) {
    return waitingList.setSettings(ctx, eventId, input);
  }

  @FieldResolver(() => Ticket, { description: 'The ticket waited for.' })
  async ticket(@Root() e: WaitingListEntry, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.ticket.load(e.ticketId);
  }

  @FieldResolver(() => Event, { description: 'The event.' })
  async event(@Root() e: WaitingListEntry, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.event.load(e.eventId);
  }
}

/** WL1, WL3 on the event: the viewer's entry, and the list for its editors. */
@Resolver(() => Event)
export class EventWaitingListResolver {
  @FieldResolver(() => WaitingListEntry, {
    nullable: true,
    description: 'WL1: the viewer’s entry on this event’s waiting list (waiting or offered a place), or null.',
  })
  myWaitingListEntry(@Root() e: Event, @Ctx() ctx: GraphQLContext) {
    return waitingList.myEntry(ctx, e.id);
  }

  @FieldResolver(() => WaitingListPage, {
    description:
      'WL3: the event’s waiting list, offered entries first then by position, a page at a time. Needs EDIT (FORBIDDEN otherwise).',
    complexity: listCost(20),
  })
  waitingList(
    @Root() e: Event,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 1 to 100.' }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0, description: 'Entries to skip, from 0.' }) offset: number,
  ) {
    if (first < 1 || first > MAX_PAGE) throw badInput({ first: 'OUT_OF_RANGE' });
    if (offset < 0 || offset > 1_000_000) throw badInput({ offset: 'OUT_OF_RANGE' });
    return waitingList.list(ctx, e.id, first, offset);
  }
}
