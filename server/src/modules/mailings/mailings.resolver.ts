import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { listCost } from '../../graphql/limits';
import { PERSON_SHOWN_TO, personFor } from '../bookings';
import { MailingDraftInput } from './mailings.inputs';
import { listMailings, previewMailing, sendMailing } from './mailings.service';
import { MailingPreview } from './mailings.types';
import { Event, Mailing, User } from '../../model';

@Resolver(() => Mailing)
export class MailingsResolver {
  @Query(() => MailingPreview, {
    description:
      'ML1: what sending this mailing would do now — how many people it reaches and the mail the first of them would get, in French and English. Sends nothing. Needs ADMIN on the event.',
  })
  mailingPreview(
    @Ctx() ctx: GraphQLContext,
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Arg('input', () => MailingDraftInput, { description: 'The recipients’ filter and the words.' })
    input: MailingDraftInput,
  ) {
    return previewMailing(ctx, eventId, input);
  }

  @Mutation(() => Mailing, {
    description:
      'ML1: writes to the holders of the event’s bookings chosen by the filter (and their sponsors if asked): one mail per address, in each reader’s language, sent through the outbox at MAILING_PER_MINUTE. Needs ADMIN; audited. NO_RECIPIENTS when the filter selects nobody. Sending again with the same `idempotencyKey` returns the first mailing and sends nothing (CONFLICT if the words differ).',
  })
  sendMailing(
    @Ctx() ctx: GraphQLContext,
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Arg('input', () => MailingDraftInput, { description: 'The recipients’ filter and the words.' })
    input: MailingDraftInput,
    @Arg('idempotencyKey', () => ID, {
      description: 'A UUID the client makes once per message it means to send, and sends again with any retry.',
    })
    idempotencyKey: string,
  ) {
    return sendMailing(ctx, eventId, input, idempotencyKey);
  }

  @FieldResolver(() => User, { nullable: true, description: `Who sent it. ${PERSON_SHOWN_TO}` })
  author(@Root() m: Mailing, @Ctx() ctx: GraphQLContext) {
    return personFor(ctx, m.event.id, m.author);
  }

  @FieldResolver(() => String, { description: 'The booking list filter it was sent with, as a JSON object text.' })
  filter(@Root() m: Mailing) {
    return JSON.stringify(m.filter ?? {});
  }
}

@Resolver(() => Event)
export class EventMailingsResolver {
  @FieldResolver(() => [Mailing], {
    description: 'ML1: the event’s 50 most recent mailings, newest first. Needs ADMIN.',
    complexity: listCost(10),
  })
  mailings(@Root() e: Event, @Ctx() ctx: GraphQLContext) {
    return listMailings(ctx, e.id);
  }
}
