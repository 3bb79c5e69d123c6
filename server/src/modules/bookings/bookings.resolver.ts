import { GraphQLUpload, type FileUpload } from 'graphql-upload-minimal';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { enforce } from '../../core/decision';
import type { GraphQLContext } from '../../graphql/context';
import { listCost, pageCost } from '../../graphql/limits';
import { isDeletedAddress, shownName } from '../accounts';
import { auditTrail } from '../audit';
import { eventAsSeen } from '../events';
import { viewerFacts, canActOnBooking, relationTo } from '../permissions';
import * as answers from './answers.service';
import { bookingFacts } from './booking-access';
import { AnswerInput, BookingFilter, BookInput, GiveTicketInput, MarkPaidInput } from './bookings.inputs';
import * as bookings from './bookings.service';
import * as guests from './guests.service';
import {
  AnswerFile,
  BookingAuditEntry,
  BookingConnection,
  BookingOrder,
  EventAuditPage,
  EventAuditScopeKind,
  BookingHolder,
  BookingRequirement,
  RequirementState,
} from './bookings.types';
import { cancelEvent } from './cancellation.service';
import * as management from './management.service';
import { eventAuditLog } from './event-audit.service';
import { PERSON_SHOWN_TO, personFor } from './person-reference';
import {
  User,
  Event,
  Payment,
  atLeast,
  PermissionLevel,
  ExtraInfo,
  Option,
  OptionGroup,
  Ticket,
  Answer,
  Booking,
  isBinding,
  isLive,
  BookingOption,
} from '../../model';

@Resolver(() => Booking)
export class BookingResolver {
  @Query(() => [Booking], {
    description:
      'The viewer’s bookings: those they hold (by account or email) and those they sponsor, newest first (at most 200).',
    complexity: listCost(10),
  })
  myBookings(
    @Ctx() ctx: GraphQLContext,
    @Arg('includeDeleted', () => Boolean, { defaultValue: false, description: 'Include deleted pre-reservations.' })
    includeDeleted: boolean,
  ) {
    return bookings.myBookings(ctx, includeDeleted);
  }

  @Query(() => Booking, {
    description: 'One booking, for its holder, its sponsor and the event’s VIEW+ admins. NOT_FOUND for anyone else.',
  })
  booking(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'Booking id.' }) id: string) {
    return bookings.getBooking(ctx, id);
  }

  @Mutation(() => Booking, {
    description:
      'Books a ticket for the viewer or a guest (BK1, BK3–BK5, BK11, BK12): PRE_RESERVED, or RESERVED when the price is 0. ' +
      'Errors: UNAUTHENTICATED, NOT_FOUND, NOT_ELIGIBLE, SALES_CLOSED, EVENT_CANCELLED, SOLD_OUT, ALREADY_BOOKED, SPONSORSHIP_NOT_ALLOWED, SPONSORSHIP_LIMIT, BAD_USER_INPUT.',
  })
  book(@Ctx() ctx: GraphQLContext, @Arg('input', () => BookInput, { description: 'What to book.' }) input: BookInput) {
    return bookings.book(ctx, input);
  }

  @Mutation(() => Booking, {
    description:
      'Gives a ticket to a user (BK1, BK11), ignoring sale times and eligibility; beyond capacity only with `force`. Needs EDIT.',
  })
  giveTicket(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => GiveTicketInput, { description: 'Ticket, receiver, options.' }) input: GiveTicketInput,
  ) {
    return bookings.giveTicket(ctx, input);
  }

  @Mutation(() => Booking, {
    description:
      'Deletes a pre-reservation (BK6): its holder, its sponsor or EDIT. CONFLICT for anything but a pre-reservation.',
  })
  deletePreReservation(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'Booking id.' }) id: string) {
    return bookings.deletePreReservation(ctx, id);
  }

  @Mutation(() => Booking, {
    description:
      'BK3: the person named as a guest accepts a booking made for them: it then binds them (BK2) and carries their account’s names. ' +
      'ALREADY_BOOKED while they hold another binding booking for the event; FORBIDDEN for anyone but that person; CONFLICT unless it is a live guest booking.',
  })
  acceptGuestBooking(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'Booking id.' }) id: string) {
    return guests.acceptGuestBooking(ctx, id);
  }

  @Mutation(() => Booking, {
    description:
      'BK3: the person named as a guest deletes a booking made for them while it is unpaid (a pre-reservation or a free reservation) and not checked in; ' +
      'its place is freed at once. FORBIDDEN for anyone but that person; CONFLICT once paid or checked in.',
  })
  declineGuestBooking(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'Booking id.' }) id: string) {
    return guests.declineGuestBooking(ctx, id);
  }

  @Mutation(() => Booking, {
    description:
      'Records a payment received by hand and makes the pre-reservation a reservation (BK7). Needs VALIDATE. ANSWERS_PENDING while PAYMENT-blocking answers are not validated (XI5); AMOUNT_MISMATCH unless the amount is the price.',
  })
  markPaid(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => MarkPaidInput, { description: 'The payment.' }) input: MarkPaidInput,
  ) {
    return management.markPaid(ctx, input);
  }

  @Mutation(() => Booking, { description: 'Puts a live booking in opposition with a reason (BK8). Final. Needs EDIT.' })
  opposeBooking(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Booking id.' }) id: string,
    @Arg('reason', () => String, { description: 'Why (required, at most 2,000 characters, kept in the audit log).' })
    reason: string,
  ) {
    return management.oppose(ctx, id, reason);
  }

  @Mutation(() => Answer, {
    description:
      'Fills in or replaces an answer (XI3: holder or sponsor; XI4: VALIDATE may correct). Give `input` for TEXT/NUMBER/CHOICE, `file` for FILE ' +
      '(type judged by content, size-limited). ANSWER_VALIDATED once validated.',
  })
  answerExtraInfo(
    @Ctx() ctx: GraphQLContext,
    @Arg('bookingId', () => ID, { description: 'Booking id.' }) bookingId: string,
    @Arg('extraInfoId', () => ID, { description: 'Extra information id (of the booking’s ticket).' })
    extraInfoId: string,
    @Arg('input', () => AnswerInput, { nullable: true, description: 'The value, for non-file types.' })
    input?: AnswerInput | null,
    @Arg('file', () => GraphQLUpload, { nullable: true, description: 'The file, for FILE.' })
    file?: Promise<FileUpload> | null,
  ) {
    return answers.answer(ctx, bookingId, extraInfoId, input, file);
  }

  @Mutation(() => Answer, { description: 'Validates an answer (XI4): irreversible, freezes it. Needs VALIDATE.' })
  validateAnswer(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'Answer id.' }) id: string) {
    return answers.validateAnswer(ctx, id);
  }

  @Mutation(() => Answer, {
    description:
      'NT1, XI4: sends an answer back to the holder to correct, with a comment; the holder and sponsor are told by mail and on the booking’s page. Needs VALIDATE. ANSWER_VALIDATED if it is validated; asking again before it is answered only changes the comment.',
  })
  requestAnswerCorrection(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Answer id.' }) id: string,
    @Arg('comment', () => String, {
      description: 'What to correct, shown to the holder and sponsor as written (1 to 1000 characters).',
    })
    comment: string,
  ) {
    return answers.requestCorrection(ctx, id, comment);
  }

  @FieldResolver(() => Event, {
    description:
      'The event; a restricted view when the viewer may not see the event itself (EV1, see `Event.restricted`).',
  })
  async event(@Root() b: Booking, @Ctx() ctx: GraphQLContext) {
    return eventAsSeen(ctx, (await ctx.loaders.event.load(b.event.id))!);
  }

  @FieldResolver(() => Ticket, { description: 'The ticket.' })
  async ticket(@Root() b: Booking, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.ticket.load(b.ticket.id))!;
  }

  @FieldResolver(() => BookingHolder, { description: 'Who the booking is for.' })
  async holder(@Root() b: Booking, @Ctx() ctx: GraphQLContext): Promise<BookingHolder> {
    // SEC4: a sponsor sees what they typed; whether an account exists stays hidden until the guest accepts.
    const sponsorOnly =
      b.sponsor && !b.holderAcceptedAt && relationTo(await viewerFacts(ctx), bookingFacts(b)) === 'SPONSOR';
    const hidden = sponsorOnly && !atLeast(await ctx.loaders.levelOnEvent.load(b.event.id), PermissionLevel.VIEW);
    return {
      firstName: b.holderFirstName,
      lastName: b.holderLastName,
      fullName: shownName(b.holderFirstName, b.holderLastName, ctx.viewer?.user.language),
      email: isDeletedAddress(b.holderEmail) ? '' : b.holderEmail,
      hasAccount: hidden ? null : !!b.holder,
    };
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: 'Who booked for the holder (BK3), if someone else did. Id, names and email only.',
  })
  sponsor(@Root() b: Booking, @Ctx() ctx: GraphQLContext) {
    return b.sponsor ? ctx.loaders.user.load(b.sponsor.id) : null;
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: `The organizer who gave the ticket (BK1), if it was given. ${PERSON_SHOWN_TO}`,
  })
  givenBy(@Root() b: Booking, @Ctx() ctx: GraphQLContext) {
    return personFor(ctx, b.event.id, b.givenBy);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the booking is for a guest of a sponsor (BK3).' })
  isGuest(@Root() b: Booking) {
    return !!b.sponsor;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer holds this booking.' })
  async viewerIsHolder(@Root() b: Booking, @Ctx() ctx: GraphQLContext) {
    return relationTo(await viewerFacts(ctx), bookingFacts(b)) === 'HOLDER';
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether it is a live guest booking its holder has not accepted yet (BK3): it does not bind them until accepted or paid.',
  })
  awaitsAcceptance(@Root() b: Booking) {
    return !!b.sponsor && !b.holderAcceptedAt && isLive(b.status) && !isBinding(b);
  }

  @FieldResolver(() => Boolean, { description: 'Whether it is live: PRE_RESERVED or RESERVED (BK2, BK9).' })
  live(@Root() b: Booking) {
    return isLive(b.status);
  }

  @FieldResolver(() => [BookingOption], { description: 'Chosen options, as booked (OP4).' })
  options(@Root() b: Booking, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.optionsByBooking.load(b.id);
  }

  @FieldResolver(() => [BookingRequirement], {
    description: 'Every extra information of the ticket, with its answer and state (XI3, XI4).',
  })
  async requirements(@Root() b: Booking, @Ctx() ctx: GraphQLContext): Promise<BookingRequirement[]> {
    const [infos, given] = await Promise.all([
      ctx.loaders.extraInfosByTicket.load(b.ticket.id),
      ctx.loaders.answersByBooking.load(b.id),
    ]);
    const byInfo = new Map(given.map((a) => [a.extraInfo.id, a]));
    return infos.map((extraInfo) => {
      const answer = byInfo.get(extraInfo.id) ?? null;
      const state = !answer
        ? RequirementState.TO_FILL
        : answer.validatedAt
          ? RequirementState.VALIDATED
          : answer.correctionRequestedAt
            ? RequirementState.TO_CORRECT
            : RequirementState.WAITING_VALIDATION;
      return { extraInfo, answer, state };
    });
  }

  @FieldResolver(() => [Payment], { description: 'Payments received (BK7, PY5).' })
  payments(@Root() b: Booking, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.paymentsByBooking.load(b.id);
  }

  @FieldResolver(() => [BookingAuditEntry], {
    description:
      'Every change of the booking, oldest first (BK14). Event admins (VIEW+) only: FORBIDDEN for the holder and sponsor.',
  })
  async auditLog(@Root() b: Booking, @Ctx() ctx: GraphQLContext): Promise<BookingAuditEntry[]> {
    enforce(
      canActOnBooking(
        await viewerFacts(ctx),
        bookingFacts(b),
        await ctx.loaders.levelOnEvent.load(b.event.id),
        'READ_AUDIT',
      ),
    );
    const entries = await auditTrail(ctx.em, 'Booking', b.id);
    return entries.map((e) => ({
      at: e.at,
      action: e.action,
      actorName: e.actor ? shownName(e.actor.firstName, e.actor.lastName, ctx.viewer?.user.language) : null,
      reason: e.reason ?? null,
      details: e.data ? JSON.stringify(e.data) : null,
    }));
  }
}

@Resolver(() => BookingOption)
export class BookingOptionResolver {
  @FieldResolver(() => Option, {
    description: 'The option as it is now (its name and price may have changed since; see the booking option’s own).',
  })
  async option(@Root() o: BookingOption, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.option.load(o.option.id))!;
  }

  @FieldResolver(() => OptionGroup, {
    nullable: true,
    description: 'The group, when the option is a group’s choice (OP2).',
  })
  group(@Root() o: BookingOption, @Ctx() ctx: GraphQLContext) {
    return o.group ? ctx.loaders.optionGroup.load(o.group.id) : null;
  }
}

/** The event of an answer, through batched loaders (its booking need not be loaded). */
async function answerEventId(ctx: GraphQLContext, a: Answer): Promise<string> {
  const info = (await ctx.loaders.extraInfo.load(a.extraInfo.id))!;
  return (await ctx.loaders.ticket.load(info.ticket.id))!.event.id;
}

@Resolver(() => Answer)
export class AnswerResolver {
  @FieldResolver(() => ExtraInfo, { description: 'The extra information answered.' })
  async extraInfo(@Root() a: Answer, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.extraInfo.load(a.extraInfo.id))!;
  }

  @FieldResolver(() => AnswerFile, { nullable: true, description: 'FILE answer: the uploaded file.' })
  file(@Root() a: Answer): AnswerFile | null {
    return a.fileKey
      ? { name: a.fileName ?? 'fichier', mimeType: a.fileMime!, size: a.fileSize!, url: `/media/answers/${a.id}` }
      : null;
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: `Who validated it (XI4); see \`validatedAt\` for whether it is. ${PERSON_SHOWN_TO}`,
  })
  async validatedBy(@Root() a: Answer, @Ctx() ctx: GraphQLContext) {
    return a.validatedBy ? personFor(ctx, await answerEventId(ctx, a), a.validatedBy) : null;
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: `Who wrote the current value (the holder, the sponsor or an organizer correcting it). ${PERSON_SHOWN_TO}`,
  })
  async updatedBy(@Root() a: Answer, @Ctx() ctx: GraphQLContext) {
    return a.updatedBy ? personFor(ctx, await answerEventId(ctx, a), a.updatedBy) : null;
  }
}

@Resolver(() => Event)
export class EventBookingsResolver {
  @FieldResolver(() => BookingConnection, {
    description: 'The event’s bookings (BK13), in the order asked (newest first by default). Needs VIEW.',
    complexity: pageCost(20),
  })
  bookings(
    @Root() e: Event,
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => BookingFilter, { nullable: true, description: 'Search and filters; default: live bookings.' })
    filter: BookingFilter | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 1 to 200.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from the previous page’s endCursor.' })
    after?: string | null,
    @Arg('order', () => BookingOrder, {
      defaultValue: BookingOrder.NEWEST,
      description: 'The order of the list; a cursor only continues the order it was read in.',
    })
    order: BookingOrder = BookingOrder.NEWEST,
  ) {
    return management.listBookings(ctx, e.id, filter ?? {}, first, after, order);
  }

  @FieldResolver(() => EventAuditPage, {
    description:
      'Everything that happened to the event, its tickets and its bookings, newest first (BK14). Needs ADMIN.',
    complexity: pageCost(5),
  })
  auditLog(
    @Root() e: Event,
    @Ctx() ctx: GraphQLContext,
    @Arg('scope', () => EventAuditScopeKind, {
      defaultValue: EventAuditScopeKind.ALL,
      description: 'Which part of the log to read.',
    })
    scope: EventAuditScopeKind,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 1 to 200.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from the previous page’s endCursor.' })
    after?: string | null,
  ) {
    return eventAuditLog(ctx, e.id, { scope, first, after });
  }

  @FieldResolver(() => Booking, {
    nullable: true,
    description: 'The viewer’s own live booking for this event (BK2), or null.',
  })
  viewerBooking(@Root() e: Event, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.viewerLiveBookingByEvent.load(e.id);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the event was cancelled (EV5), or null.' })
  cancelledAt(@Root() e: Event) {
    return e.cancelledAt ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why it was cancelled, when said.' })
  cancellationReason(@Root() e: Event) {
    return e.cancellationReason ?? null;
  }

  @Mutation(() => Event, {
    description:
      'Cancels the event (EV5): sales stop, holders and sponsors are mailed, nothing is deleted. Needs ADMIN. CONFLICT if already cancelled.',
  })
  cancelEvent(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Event id.' }) id: string,
    @Arg('reason', () => String, {
      defaultValue: '',
      description: 'Why, told to the people mailed (optional, at most 2,000 characters).',
    })
    reason: string,
  ) {
    return cancelEvent(ctx, id, reason);
  }
}
