import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** WL1–WL3: where an entry of a waiting list stands. */
export enum WaitingListStatus {
  WAITING = 'WAITING',
  OFFERED = 'OFFERED',
  BOOKED = 'BOOKED',
  LAPSED = 'LAPSED',
  LEFT = 'LEFT',
  REMOVED = 'REMOVED',
}

registerEnumType(WaitingListStatus, {
  name: 'WaitingListStatus',
  description: 'Where a waiting list entry stands (WL1, WL2).',
  valuesConfig: {
    WAITING: { description: 'Waiting for a place, at its position.' },
    OFFERED: { description: 'A place is held for the person until `offerExpiresAt` (WL2): they may book it.' },
    BOOKED: { description: 'The person booked the place offered to them.' },
    LAPSED: { description: 'The offer was not taken in time; the place went to the next person.' },
    LEFT: { description: 'The person left the list.' },
    REMOVED: { description: 'An organizer removed the entry, or cleared the list (WL3).' },
  },
});

@ObjectType({ description: 'The guest a waiting person would book for (BK3), as they typed it.' })
export class WaitingListGuest {
  @Field(() => String, { description: 'Given name.' })
  firstName!: string;

  @Field(() => String, { description: 'Family name.' })
  lastName!: string;

  @Field(() => String, { description: 'Email address.' })
  email!: string;
}

/**
 * WL1: one person's place on an event's waiting list: the ticket, options and guest they would book. Read through SQL
 * (the table has no ORM entity: modules/waiting-list/waiting-list.service.ts); the resolvers fill the relations.
 */
@ObjectType({
  description:
    'An entry of an event’s waiting list (WL1): a person waiting for a place on a sold-out ticket, with the options and guest they would book. Seen by that person and by the event’s EDIT admins.',
})
export class WaitingListEntry {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => WaitingListStatus, { description: 'Where the entry stands.' })
  status!: WaitingListStatus;

  @Field(() => Int, {
    nullable: true,
    description:
      'WL1: its rank among the event’s waiting entries (1: the next place goes to it, if its ticket has room); null once offered or ended.',
  })
  position!: number | null;

  @Field(() => Date, { nullable: true, description: 'WL2: when a place was offered.' })
  offeredAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'WL2: until when the offered place is held for the person (null unless OFFERED or after).',
  })
  offerExpiresAt!: Date | null;

  @Field(() => Date, { description: 'When the person joined the list.' })
  createdAt!: Date;

  @Field(() => WaitingListGuest, { nullable: true, description: 'The guest they would book for; null: themselves.' })
  guest!: WaitingListGuest | null;

  @Field(() => [ID], { description: 'The options they would book (ids of options of the ticket).' })
  optionIds!: string[];

  @Field(() => String, { description: 'The waiting person’s full name.' })
  personName!: string;

  @Field(() => String, { description: 'The waiting person’s email address.' })
  personEmail!: string;

  /** Resolved by the resolver (ticket loader). */
  ticketId!: string;
  eventId!: string;
  bookingId!: string | null;
}

@ObjectType({ description: 'A page of an event’s waiting list, by position (WL3).' })
export class WaitingListPage {
  @Field(() => [WaitingListEntry], {
    description: 'The entries waiting or offered a place: offered ones first, then by position.',
  })
  nodes!: WaitingListEntry[];

  @Field(() => Int, { description: 'How many entries wait or hold an offer, all pages together.' })
  totalCount!: number;
}
