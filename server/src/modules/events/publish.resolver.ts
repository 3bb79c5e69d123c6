import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Event, EventVisibility } from '../../model';
import { PublishProblem, publishChecklist, publishEvent } from './publish.service';

registerEnumType(PublishProblem, {
  name: 'PublishProblem',
  description: 'Something to know (or fix) before publishing a draft event.',
  valuesConfig: {
    NO_TICKET: { description: 'The event has no ticket: nothing could be booked. Blocks publishing.' },
    EVENT_OVER: { description: 'The event has already ended. Blocks publishing.' },
    EVENT_CANCELLED: { description: 'The event was cancelled (EV5). Blocks publishing.' },
    SALES_OVER: { description: 'Every ticket’s sales have closed: it would be listed but not bookable.' },
    PAID_WITHOUT_ONLINE_PAYMENT: {
      description:
        'A ticket or option costs money but no active PayPal or Lydia account is chosen: attendees can only pay by hand (BK7).',
    },
  },
});

@ObjectType({ description: 'One item of an event’s publishing checklist.' })
class PublishCheckItem {
  @Field(() => PublishProblem, { description: 'What.' })
  problem!: PublishProblem;

  @Field(() => Boolean, { description: 'Whether it forbids publishing (otherwise a warning).' })
  blocking!: boolean;
}

@Resolver(() => Event)
export class EventPublishResolver {
  @FieldResolver(() => [PublishCheckItem], {
    description:
      'What stands before publishing the event: blocking problems and warnings; empty when all is ready. Needs EDIT.',
  })
  publishChecklist(@Root() e: Event, @Ctx() ctx: GraphQLContext) {
    return publishChecklist(ctx, e.id);
  }

  @Mutation(() => Event, {
    description:
      'Publishes a DRAFT event as PUBLIC, INTERNAL or UNLISTED (needs EDIT); CONFLICT with `extensions.problems` while a blocking problem of its checklist stands, or when it is not a draft.',
  })
  publishEvent(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The event’s id.' }) id: string,
    @Arg('visibility', () => EventVisibility, {
      defaultValue: EventVisibility.PUBLIC,
      description: 'Who will see it: PUBLIC (default), INTERNAL or UNLISTED.',
    })
    visibility: EventVisibility,
  ) {
    return publishEvent(ctx, id, visibility);
  }
}
