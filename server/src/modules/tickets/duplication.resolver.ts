import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { duplicateEvent } from './duplication.service';
import { Event } from '../../model';

@Resolver(() => Event)
export class EventDuplicationResolver {
  @Mutation(() => Event, {
    description:
      'DU1: copies an event into a new DRAFT of the same club, with its tickets, options, groups, extra information and grants ' +
      '(never bookings, payments or attendees’ files); every date moves by (startsAt − the source’s start). ' +
      'Needs EDIT on the source and the right to create an event for its club (EV2); the duplicator gets ADMIN on the copy.',
  })
  duplicateEvent(
    @Ctx() ctx: GraphQLContext,
    @Arg('eventId', () => ID, { description: 'The event to copy.' }) eventId: string,
    @Arg('startsAt', () => Date, { description: 'The copy’s start; its other dates keep their distance to it.' })
    startsAt: Date,
    @Arg('name', () => String, {
      nullable: true,
      description: 'The copy’s name, 1 to 200 characters; omitted or null: the source’s name.',
    })
    name?: string | null,
  ) {
    return duplicateEvent(ctx, eventId, startsAt, name);
  }
}
