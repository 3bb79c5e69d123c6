import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { listCost } from '../../graphql/limits';
import { isRestrictedView } from '../events';
import { QuotaInput, MAX_CAPACITY } from './quotas.inputs';
import * as quotas from './quotas.service';
import { badInput } from '../../core/errors';
import { atLeast, Event, PermissionLevel, Quota, Ticket } from '../../model';

const admin = async (ctx: GraphQLContext, eventId: string) =>
  atLeast(await ctx.loaders.levelOnEvent.load(eventId), PermissionLevel.VIEW);

@Resolver(() => Quota)
export class QuotaResolver {
  @Mutation(() => Quota, {
    description: 'CP1: creates a named quota shared by some tickets of the event. Needs EDIT.',
  })
  createQuota(
    @Ctx() ctx: GraphQLContext,
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Arg('input', () => QuotaInput, { description: 'The quota.' }) input: QuotaInput,
  ) {
    return quotas.createQuota(ctx, eventId, input);
  }

  @Mutation(() => Quota, {
    description:
      'CP1: renames a quota, changes its capacity (never below the places taken in it) and its tickets (attached or detached with their live bookings). Needs EDIT.',
  })
  updateQuota(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The quota.' }) id: string,
    @Arg('input', () => QuotaInput, { description: 'The quota, as a whole.' }) input: QuotaInput,
  ) {
    return quotas.updateQuota(ctx, id, input);
  }

  @Mutation(() => ID, {
    description:
      'CP1: deletes a quota (bookings keep their places in their tickets and the event); returns its id. Needs EDIT.',
  })
  deleteQuota(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'The quota.' }) id: string) {
    return quotas.deleteQuota(ctx, id);
  }

  @Mutation(() => Event, {
    description:
      'CP1: sets the total capacity shared by all the event’s tickets (null: none), never below the places already taken in the event. Needs EDIT.',
  })
  setEventCapacity(
    @Ctx() ctx: GraphQLContext,
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Arg('capacity', () => Int, { nullable: true, description: 'Places, 0 to 1,000,000; null: no total.' })
    capacity: number | null,
  ) {
    if (capacity !== null && capacity !== undefined && (capacity < 0 || capacity > MAX_CAPACITY))
      throw badInput({ capacity: 'OUT_OF_RANGE' });
    return quotas.setEventCapacity(ctx, eventId, capacity ?? null);
  }

  @FieldResolver(() => Int, { description: 'Places taken in it: live bookings of its tickets (CP1).' })
  placesTaken(@Root() q: Quota) {
    return q.placesTaken;
  }

  @FieldResolver(() => [Ticket], { description: 'The tickets sharing it, by position.', complexity: listCost(5) })
  async tickets(@Root() q: Quota, @Ctx() ctx: GraphQLContext) {
    const ids = await ctx.loaders.ticketIdsByQuota.load(q.id);
    const tickets = (await ctx.loaders.ticket.loadMany(ids)).filter((t): t is Ticket => t instanceof Ticket);
    return tickets.sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1));
  }
}

/** CP1 on the event: its total capacity and quotas. */
@Resolver(() => Event)
export class EventCapacityResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description: 'CP1: places shared by all its tickets; null: no total (each ticket’s capacity still holds).',
  })
  capacity(@Root() e: Event) {
    return isRestrictedView(e) ? null : (e.capacity ?? null);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'CP1: places taken in the event (live bookings of all its tickets). Event admins (VIEW+) only; null for others.',
  })
  async placesTaken(@Root() e: Event, @Ctx() ctx: GraphQLContext) {
    if (!(await admin(ctx, e.id))) return null;
    // Kept in the event's row only while it has a total (the places trigger); otherwise counted from its tickets.
    return e.capacity == null ? quotas.eventPlacesTaken(ctx.em, e.id) : e.placesTaken;
  }

  @FieldResolver(() => [Quota], {
    description: 'CP1: its named quotas, by name. Event admins (VIEW+) only; empty for others.',
    complexity: listCost(5, 3),
  })
  async quotas(@Root() e: Event, @Ctx() ctx: GraphQLContext) {
    return (await admin(ctx, e.id)) ? ctx.loaders.quotasByEvent.load(e.id) : [];
  }
}
