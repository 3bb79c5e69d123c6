import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { listCost } from '../../graphql/limits';
import { eventAsSeen } from '../events';
import * as copy from './copy.service';
import { eligibility, eligibilityPerson, eligibilityTicket, type EligibilityPerson } from './eligibility';
import * as extraInfos from './extra-infos.service';
import * as options from './options.service';
import {
  CreateExtraInfoInput,
  CreateTicketInput,
  OptionGroupInput,
  OptionInput,
  UpdateExtraInfoInput,
  UpdateTicketInput,
} from './tickets.inputs';
import * as tickets from './tickets.service';
import { firstFull, placesLeft } from './places';
import { TicketEligibility } from './tickets.types';
import {
  Event,
  Association,
  School,
  atLeast,
  PermissionLevel,
  ExtraInfo,
  Option,
  OptionGroup,
  Quota,
  Ticket,
} from '../../model';

const personMemo = new WeakMap<object, Promise<EligibilityPerson | null>>();

/** The viewer as the eligibility rule sees them, once per request. */
function viewerPerson(ctx: GraphQLContext): Promise<EligibilityPerson | null> {
  let p = personMemo.get(ctx);
  if (!p) {
    p = (async () => {
      const user = ctx.viewer?.user;
      if (!user) return null;
      return eligibilityPerson(user, await ctx.loaders.associationMembershipsByUser.load(user.id));
    })();
    personMemo.set(ctx, p);
  }
  return p;
}

const present = <T>(xs: Array<T | null | Error>) => xs.filter((x): x is T => !!x && !(x instanceof Error));

@Resolver(() => Ticket)
export class TicketResolver {
  @Mutation(() => Ticket, { description: 'Creates a ticket (TK1, TK3). Needs EDIT.' })
  createTicket(
    @Ctx() ctx: GraphQLContext,
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Arg('input', () => CreateTicketInput, { description: 'The ticket.' }) input: CreateTicketInput,
  ) {
    return tickets.createTicket(ctx, eventId, input);
  }

  @Mutation(() => Ticket, {
    description:
      'Edits a ticket; its kind never changes (TK1); capacity never below the places taken (TK5). Needs EDIT.',
  })
  updateTicket(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The ticket.' }) id: string,
    @Arg('input', () => UpdateTicketInput, { description: 'Its new fields.' }) input: UpdateTicketInput,
  ) {
    return tickets.updateTicket(ctx, id, input);
  }

  @Mutation(() => ID, {
    description:
      'Deletes a ticket while it has no bookings (TK4: LOCKED_BY_BOOKINGS otherwise); returns its id. Needs EDIT.',
  })
  deleteTicket(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'The ticket.' }) id: string) {
    return tickets.deleteTicket(ctx, id);
  }

  @Mutation(() => Option, {
    description: 'Adds a checkbox option to a ticket (OP1) while it has no bookings (OP3). Needs EDIT.',
  })
  createOption(
    @Ctx() ctx: GraphQLContext,
    @Arg('ticketId', () => ID, { description: 'The ticket.' }) ticketId: string,
    @Arg('input', () => OptionInput, { description: 'The option.' }) input: OptionInput,
  ) {
    return options.createOption(ctx, ticketId, input);
  }

  @Mutation(() => Option, {
    description:
      'Edits an option’s name, description, price or position (allowed even after bookings, OP3). Needs EDIT.',
  })
  updateOption(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The option.' }) id: string,
    @Arg('input', () => OptionInput, { description: 'Its new fields.' }) input: OptionInput,
  ) {
    return options.updateOption(ctx, id, input);
  }

  @Mutation(() => ID, {
    description: 'Deletes an option while its ticket has no bookings (OP3); returns its id. Needs EDIT.',
  })
  deleteOption(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'The option.' }) id: string) {
    return options.deleteOption(ctx, id);
  }

  @Mutation(() => OptionGroup, {
    description: 'Adds an option group with its choices (OP2) while the ticket has no bookings (OP3). Needs EDIT.',
  })
  createOptionGroup(
    @Ctx() ctx: GraphQLContext,
    @Arg('ticketId', () => ID, { description: 'The ticket.' }) ticketId: string,
    @Arg('input', () => OptionGroupInput, { description: 'The group and its choices.' }) input: OptionGroupInput,
  ) {
    return options.createOptionGroup(ctx, ticketId, input);
  }

  @Mutation(() => OptionGroup, {
    description:
      'Edits a group and its choices as a whole list (OP2). Adding or removing choices needs a ticket without bookings (OP3). Needs EDIT.',
  })
  updateOptionGroup(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The group.' }) id: string,
    @Arg('input', () => OptionGroupInput, { description: 'The group and its choices.' }) input: OptionGroupInput,
  ) {
    return options.updateOptionGroup(ctx, id, input);
  }

  @Mutation(() => ID, {
    description: 'Deletes a group and its choices while the ticket has no bookings (OP3); returns its id. Needs EDIT.',
  })
  deleteOptionGroup(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'The group.' }) id: string) {
    return options.deleteOptionGroup(ctx, id);
  }

  @Mutation(() => ExtraInfo, {
    description: 'Adds an extra information to a ticket (XI1) while it has no bookings (XI2). Needs EDIT.',
  })
  createExtraInfo(
    @Ctx() ctx: GraphQLContext,
    @Arg('ticketId', () => ID, { description: 'The ticket.' }) ticketId: string,
    @Arg('input', () => CreateExtraInfoInput, { description: 'The extra information.' }) input: CreateExtraInfoInput,
  ) {
    return extraInfos.createExtraInfo(ctx, ticketId, input);
  }

  @Mutation(() => ExtraInfo, { description: 'Edits an extra information; its type never changes (XI2). Needs EDIT.' })
  updateExtraInfo(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The extra information.' }) id: string,
    @Arg('input', () => UpdateExtraInfoInput, { description: 'Its new fields.' }) input: UpdateExtraInfoInput,
  ) {
    return extraInfos.updateExtraInfo(ctx, id, input);
  }

  @Mutation(() => ID, {
    description: 'Deletes an extra information while the ticket has no bookings (XI2); returns its id. Needs EDIT.',
  })
  deleteExtraInfo(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The extra information.' }) id: string,
  ) {
    return extraInfos.deleteExtraInfo(ctx, id);
  }

  @Mutation(() => [Option], {
    description:
      'OP5: copies a checkbox option to every other ticket of the event that lacks one of that name and has no bookings; returns the copies. Needs EDIT.',
  })
  copyOptionToAllTickets(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'The option.' }) id: string) {
    return copy.copyOptionToAllTickets(ctx, id);
  }

  @Mutation(() => [OptionGroup], {
    description:
      'OP5: copies an option group with its choices to every other ticket lacking one of that name and without bookings. Needs EDIT.',
  })
  copyOptionGroupToAllTickets(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The group.' }) id: string,
  ) {
    return copy.copyOptionGroupToAllTickets(ctx, id);
  }

  @Mutation(() => [ExtraInfo], {
    description:
      'OP5: copies an extra information to every other ticket lacking one of that label and without bookings. Needs EDIT.',
  })
  copyExtraInfoToAllTickets(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The extra information.' }) id: string,
  ) {
    return copy.copyExtraInfoToAllTickets(ctx, id);
  }

  // SEC2: going back up to the event costs a lot, so event.tickets.event.tickets… chains are refused before they run.
  @FieldResolver(() => Event, {
    description:
      'The event; a restricted view when the viewer reaches the ticket through a booking but may not see the event (EV1, see `Event.restricted`).',
    complexity: ({ childComplexity }) => childComplexity + 50,
  })
  async event(@Root() t: Ticket, @Ctx() ctx: GraphQLContext) {
    return eventAsSeen(ctx, (await ctx.loaders.event.load(t.event.id))!);
  }

  @FieldResolver(() => [School], { description: 'TK2: schools allowed (any); empty: no school constraint.' })
  async restrictedToSchools(@Root() t: Ticket, @Ctx() ctx: GraphQLContext) {
    return present(await ctx.loaders.school.loadMany(t.schoolIds));
  }

  @FieldResolver(() => [Int], { description: 'TK2: class years allowed (any); empty: no class-year constraint.' })
  restrictedToClassYears(@Root() t: Ticket) {
    return t.classYears;
  }

  @FieldResolver(() => [Association], {
    description: 'TK2: associations of which a valid membership is needed (any); empty: none.',
  })
  async restrictedToAssociations(@Root() t: Ticket, @Ctx() ctx: GraphQLContext) {
    return present(await ctx.loaders.association.loadMany(t.associationIds));
  }

  @FieldResolver(() => [Option], { description: 'Checkbox options (OP1), by position.', complexity: listCost(3, 3) })
  options(@Root() t: Ticket, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.standaloneOptionsByTicket.load(t.id);
  }

  @FieldResolver(() => [OptionGroup], { description: 'Option groups (OP2), by position.', complexity: listCost(3, 3) })
  optionGroups(@Root() t: Ticket, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.optionGroupsByTicket.load(t.id);
  }

  @FieldResolver(() => [ExtraInfo], {
    description: 'Extra information required from holders (XI1), by position.',
    complexity: listCost(3, 3),
  })
  extraInfos(@Root() t: Ticket, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.extraInfosByTicket.load(t.id);
  }

  @FieldResolver(() => TicketEligibility, {
    description: 'Whether the viewer may book it now, and why not (TK2, BK11).',
  })
  async eligibility(@Root() t: Ticket, @Ctx() ctx: GraphQLContext) {
    const event = (await ctx.loaders.event.load(t.event.id))!;
    return eligibility(await viewerPerson(ctx), eligibilityTicket(t, event), ctx.deps.clock.now());
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Places taken: pre-reservations + reservations (BK9). Event admins (VIEW+) only; null for others.',
  })
  async placesTaken(@Root() t: Ticket, @Ctx() ctx: GraphQLContext) {
    return atLeast(await ctx.loaders.levelOnEvent.load(t.event.id), PermissionLevel.VIEW) ? t.placesTaken : null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Places left (BK9, CP1): the least of what is left on the ticket, in each quota it shares and in the event’s total; null when none of them is limited, or for attendees when the event does not show places left (event admins always see it).',
  })
  async placesLeft(@Root() t: Ticket, @Ctx() ctx: GraphQLContext) {
    const [event, shared] = await Promise.all([
      ctx.loaders.event.load(t.event.id),
      ctx.loaders.quotasByTicket.load(t.id),
    ]);
    const left = placesLeft(t, shared, event!);
    if (left === null) return null;
    const admin = atLeast(await ctx.loaders.levelOnEvent.load(t.event.id), PermissionLevel.VIEW);
    return admin || event!.showPlacesLeft ? left : null;
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether no place is left on it, in a quota it shares or in the event’s total (BK9, CP1). Shown to everyone.',
  })
  async soldOut(@Root() t: Ticket, @Ctx() ctx: GraphQLContext) {
    const [event, shared] = await Promise.all([
      ctx.loaders.event.load(t.event.id),
      ctx.loaders.quotasByTicket.load(t.id),
    ]);
    return firstFull(t, shared, event!) !== null;
  }

  @FieldResolver(() => [Quota], {
    description: 'CP1: the quotas it shares, by id. Event admins (VIEW+) only; empty for others.',
    complexity: listCost(3),
  })
  async quotas(@Root() t: Ticket, @Ctx() ctx: GraphQLContext) {
    const admin = atLeast(await ctx.loaders.levelOnEvent.load(t.event.id), PermissionLevel.VIEW);
    return admin ? ctx.loaders.quotasByTicket.load(t.id) : [];
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the ticket has bookings, which locks its structure (TK4, OP3, XI2).',
  })
  locked(@Root() t: Ticket, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.ticketLocked.load(t.id);
  }
}

@Resolver(() => OptionGroup)
export class OptionGroupResolver {
  @FieldResolver(() => [Option], {
    description: 'The choices, by position (the free "none" choice is implicit).',
    complexity: listCost(3),
  })
  options(@Root() g: OptionGroup, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.optionsByGroup.load(g.id);
  }
}
