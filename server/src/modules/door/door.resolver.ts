import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { PERSON_SHOWN_TO, personFor } from '../bookings';
import { checkIn, checkInKit, syncCheckIns, type CheckInOutcome } from './check-in.service';
import { CheckInKit, CheckInResult, OfflineScanInput, TicketSigningKey } from './door.types';
import { enforce } from '../../core/decision';
import { audit } from '../audit';
import { viewerFacts, canRotateSigningKeys } from '../permissions';
import { User, Booking, CheckIn } from '../../model';

/**
 * Issue 14: the scan read what its answer shows (ticket, options, the check-in and who made it); handing it to the
 * request's loaders lets the field resolvers answer without a statement of their own.
 */
function shown(ctx: GraphQLContext, outcome: CheckInOutcome): CheckInOutcome {
  const { event, ticket, options, checkedInBy } = outcome.shown;
  ctx.loaders.event.prime(event.id, event);
  const booking = outcome.booking;
  if (booking) {
    if (ticket) ctx.loaders.ticket.prime(ticket.id, ticket);
    ctx.loaders.optionsByBooking.prime(booking.id, options);
    ctx.loaders.checkInByBooking.prime(booking.id, outcome.checkIn ? [outcome.checkIn] : []);
  }
  if (checkedInBy) ctx.loaders.user.prime(checkedInBy.id, checkedInBy);
  return outcome;
}

@Resolver()
export class DoorResolver {
  @Mutation(() => CheckInResult, {
    description:
      'TT4: checks someone in at the door of an event, from a scanned code or a booking picked in the list. Needs VALIDATE. ' +
      'Refusals are results (status), not errors; every call is audited. Concurrent scans of one ticket: exactly one OK.',
  })
  async checkIn(
    @Ctx() ctx: GraphQLContext,
    @Arg('eventId', () => ID, { description: 'The event at whose door the scanner stands.' }) eventId: string,
    @Arg('code', () => String, { nullable: true, description: 'The QR code’s text, as scanned.' }) code: string | null,
    @Arg('bookingId', () => ID, { nullable: true, description: 'Instead of a code: the booking found in the list.' })
    bookingId: string | null,
    @Arg('device', () => String, {
      nullable: true,
      description: 'The scanner’s name (shown with later ALREADY_CHECKED_IN results).',
    })
    device: string | null,
  ) {
    return shown(ctx, await checkIn(ctx, { eventId, code, bookingId, device }));
  }

  @Mutation(() => [CheckInResult], {
    description:
      'TT4: an offline scanner’s scans, applied in order; conflicts come back as ALREADY_CHECKED_IN. Needs VALIDATE.',
  })
  async syncCheckIns(
    @Ctx() ctx: GraphQLContext,
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Arg('scans', () => [OfflineScanInput], { description: 'What the scanner let in, oldest first (at most 5,000).' })
    scans: OfflineScanInput[],
  ) {
    return (await syncCheckIns(ctx, eventId, scans)).map((outcome) => shown(ctx, outcome));
  }

  @Mutation(() => TicketSigningKey, {
    description:
      'TT3: creates a new key signing ticket codes from now on; codes signed before keep verifying (their key id says which key). Platform admins only.',
  })
  async rotateTicketSigningKey(@Ctx() ctx: GraphQLContext): Promise<TicketSigningKey> {
    enforce(canRotateSigningKeys(await viewerFacts(ctx)));
    const id = await ctx.deps.signer.rotate();
    audit(ctx, ctx.em, { action: 'signing_key.rotated', subjectType: 'TicketSigningKey', subjectId: String(id) });
    await ctx.em.flush();
    return (await ctx.deps.signer.publicKeys()).find((k) => k.id === id)!;
  }

  @Query(() => CheckInKit, {
    description:
      'TT3, TT4: the offline scanner’s kit for an event: public keys, reservations, revocation list. Needs VALIDATE.',
    complexity: 50,
  })
  checkInKit(@Ctx() ctx: GraphQLContext, @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string) {
    return checkInKit(ctx, eventId);
  }
}

@Resolver(() => CheckIn)
export class CheckInResolver {
  @FieldResolver(() => User, {
    nullable: true,
    description: `Who let them in (id, names, email), if their account still exists. ${PERSON_SHOWN_TO}`,
  })
  checkedInBy(@Root() c: CheckIn, @Ctx() ctx: GraphQLContext) {
    return personFor(ctx, c.event.id, c.checkedInBy);
  }
}

@Resolver(() => Booking)
export class BookingCheckInResolver {
  @FieldResolver(() => CheckIn, {
    nullable: true,
    description: 'TT4: when and by whom the booking was checked in at the door, or null.',
  })
  async checkIn(@Root() b: Booking, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.checkInByBooking.load(b.id))[0] ?? null;
  }
}
