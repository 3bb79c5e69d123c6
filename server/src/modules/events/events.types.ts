import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Event } from '../../model';

/** How a list of events is ordered. */
export enum EventOrder {
  START = 'START',
  UPCOMING_FIRST = 'UPCOMING_FIRST',
}
registerEnumType(EventOrder, {
  name: 'EventOrder',
  description: 'The order of a list of events.',
  valuesConfig: {
    START: { description: 'By start, earliest first (the default); pages by `after`.' },
    UPCOMING_FIRST: {
      description:
        'Events not ended yet by start, earliest first, then ended ones by start, latest first (the console’s home); pages by `offset`.',
    },
  },
});

@ObjectType({ description: 'A page of events, in the order the filter asks.' })
export class EventConnection {
  @Field(() => [Event], { description: 'The events of this page.' })
  nodes!: Event[];

  @Field(() => Int, { description: 'How many events match the filter, all pages together.' })
  totalCount!: number;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page (order START).' })
  endCursor?: string | null;

  @Field(() => Boolean, { description: 'Whether more events follow.' })
  hasNextPage!: boolean;
}

@ObjectType({ description: 'An event’s key figures, exact at the time of the request (for VIEW+).' })
export class EventFigures {
  @Field(() => Int, { description: 'Places taken on its tickets: pre-reservations + reservations (BK9).' })
  placesTaken!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Places on sale, all tickets together; null when a ticket is unlimited (0 without tickets).',
  })
  capacity!: number | null;

  @Field(() => Int, { description: 'Reservations (paid or free), opposed ones aside.' })
  reservations!: number;

  @Field(() => Int, { description: 'Pre-reservations (not paid yet), deleted and expired ones aside.' })
  preReservations!: number;
}

/** Issue 15: why an event can't be deleted now (Event.deletionBlockedBy). */
export enum EventDeletionBlock {
  NEEDS_ADMIN = 'NEEDS_ADMIN',
  NOT_DRAFT = 'NOT_DRAFT',
  HAS_BOOKINGS = 'HAS_BOOKINGS',
}
registerEnumType(EventDeletionBlock, {
  name: 'EventDeletionBlock',
  description: 'Why an event can’t be deleted now (deleteEvent would answer EVENT_NOT_DELETABLE or FORBIDDEN).',
  valuesConfig: {
    NEEDS_ADMIN: { description: 'Deleting needs the ADMIN permission on the event.' },
    NOT_DRAFT: { description: 'Only a DRAFT can be deleted: make it a draft first, or cancel it (EV5).' },
    HAS_BOOKINGS: {
      description: 'It has had bookings (even deleted or expired): they are kept as proof; cancel it instead (EV5).',
    },
  },
});
