import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { isRestrictedView } from '../events';
import { firstFull } from './places';
import { Event, Ticket } from '../../model';

/** Each of the event's tickets with whether a booking may still take a place in it (BK9, CP1), from loaders only. */
async function ticketsWithPlaces(e: Event, ctx: GraphQLContext): Promise<Array<{ ticket: Ticket; full: boolean }>> {
  if (isRestrictedView(e)) return [];
  const tickets = await ctx.loaders.ticketsByEvent.load(e.id);
  const quotas = await ctx.loaders.quotasByTicket.loadMany(tickets.map((t) => t.id));
  return tickets.map((ticket, i) => {
    const shared = quotas[i];
    if (shared instanceof Error) throw shared;
    return { ticket, full: firstFull(ticket, shared, e) !== null };
  });
}

/**
 * Issue 16: what an event's card in the portal's list says about its offer, batched over the whole list (the
 * tickets, their quotas and the event are each loaded once per request, whatever the number of events).
 */
@Resolver(() => Event)
export class EventOfferResolver {
  @FieldResolver(() => Boolean, {
    description:
      'Whether every one of its tickets is sold out, by its own capacity, a quota it shares or the event’s total (BK9, CP1); false when it has no ticket or in a restricted view.',
  })
  async soldOut(@Root() e: Event, @Ctx() ctx: GraphQLContext) {
    const tickets = await ticketsWithPlaces(e, ctx);
    return tickets.length > 0 && tickets.every((t) => t.full);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'The lowest price in euro cents among its tickets that still have places (among all of them when every one is sold out), ' +
      'whoever may book them (TK2 is answered per ticket by `Ticket.eligibility`); null when it has no ticket or in a restricted view.',
  })
  async lowestPriceCents(@Root() e: Event, @Ctx() ctx: GraphQLContext) {
    const tickets = await ticketsWithPlaces(e, ctx);
    const open = tickets.filter((t) => !t.full);
    const prices = (open.length ? open : tickets).map((t) => t.ticket.priceCents);
    return prices.length ? Math.min(...prices) : null;
  }
}
