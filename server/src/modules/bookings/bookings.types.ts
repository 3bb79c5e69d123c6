import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ExtraInfo, Answer, Booking } from '../../model';

@ObjectType({
  description: 'The person a booking is for: the booker, or a guest (BK3). Names and email as given at booking time.',
})
export class BookingHolder {
  @Field(() => String, { description: 'Given name.' })
  firstName!: string;

  @Field(() => String, { description: 'Family name.' })
  lastName!: string;

  @Field(() => String, { description: 'First and last name.' })
  fullName!: string;

  @Field(() => String, { description: 'Email address (lower-cased).' })
  email!: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether the holder has an account (guests are matched by email, BK3). Null for a sponsor until the guest accepts (SEC4).',
  })
  hasAccount!: boolean | null;
}

/** BK13: the orders a list of bookings can be read in (each with a stable tie-break on the id). */
export enum BookingOrder {
  NEWEST = 'NEWEST',
  OLDEST = 'OLDEST',
  NAME = 'NAME',
  NAME_DESC = 'NAME_DESC',
}
registerEnumType(BookingOrder, {
  name: 'BookingOrder',
  description: 'The order of a list of bookings (BK13). Cursors belong to the order they were read in.',
  valuesConfig: {
    NEWEST: { description: 'Most recently booked first (the default).' },
    OLDEST: { description: 'First booked first.' },
    NAME: {
      description: 'By the holder’s family name, then given name, A to Z (case-insensitive): the door list’s order.',
    },
    NAME_DESC: { description: 'By the holder’s family name, then given name, Z to A.' },
  },
});

export enum RequirementState {
  TO_FILL = 'TO_FILL',
  WAITING_VALIDATION = 'WAITING_VALIDATION',
  TO_CORRECT = 'TO_CORRECT',
  VALIDATED = 'VALIDATED',
}
registerEnumType(RequirementState, {
  name: 'RequirementState',
  description: 'Where an extra information of a booking stands (XI3, XI4).',
  valuesConfig: {
    TO_FILL: { description: 'No answer yet.' },
    WAITING_VALIDATION: { description: 'Answered; an organizer has not validated it yet. Still replaceable.' },
    TO_CORRECT: {
      description: 'Answered, and sent back by an organizer to correct (NT1; see `Answer.correctionComment`).',
    },
    VALIDATED: { description: 'Validated by an organizer: frozen for good.' },
  },
});

@ObjectType({ description: 'An extra information the booking must provide, with its answer if any (XI1, XI3).' })
export class BookingRequirement {
  @Field(() => ExtraInfo, { description: 'What is asked.' })
  extraInfo!: ExtraInfo;

  @Field(() => Answer, { nullable: true, description: 'The answer, or null while there is none.' })
  answer!: Answer | null;

  @Field(() => RequirementState, { description: 'Where it stands.' })
  state!: RequirementState;
}

@ObjectType({ description: 'An uploaded file answer.' })
export class AnswerFile {
  @Field(() => String, { description: 'The uploaded file’s name (display only).' })
  name!: string;

  @Field(() => String, { description: 'MIME type, judged from the content.' })
  mimeType!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  size!: number;

  @Field(() => String, { description: 'Download URL (same access as the booking: holder, sponsor, VIEW+ admins).' })
  url!: string;
}

@ObjectType({ description: 'One entry of a booking’s audit log (BK14).' })
export class BookingAuditEntry {
  @Field(() => Date, { description: 'When.' })
  at!: Date;

  @Field(() => String, {
    description: 'What happened, e.g. booking.created, booking.paid, answer.validated, booking.opposed.',
  })
  action!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Who acted (full name); null when the system did (expiry, payment provider).',
  })
  actorName!: string | null;

  @Field(() => String, { nullable: true, description: 'Why, when a reason was given.' })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'Details as a JSON object text.' })
  details!: string | null;
}

@ObjectType({ description: 'A page of bookings (BK13).' })
export class BookingConnection {
  @Field(() => [Booking], { description: 'The bookings of this page, in the order asked (newest first by default).' })
  nodes!: Booking[];

  @Field(() => Int, { description: 'How many bookings match the filter, all pages together.' })
  totalCount!: number;

  @Field(() => String, { nullable: true, description: 'Cursor to pass as `after` for the next page.' })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'Whether another page follows.' })
  hasNextPage!: boolean;

  @Field(() => Int, {
    description: 'How many of the matching bookings are checked in (TT4: the door’s headcount), all pages together.',
  })
  checkedInCount!: number;
}

export enum EventAuditSubjectKind {
  EVENT = 'EVENT',
  TICKET = 'TICKET',
  BOOKING = 'BOOKING',
}
registerEnumType(EventAuditSubjectKind, {
  name: 'EventAuditSubject',
  description: 'What an entry of an event’s audit log is about.',
  valuesConfig: {
    EVENT: { description: 'The event: its settings, permissions, payment accounts, exports, door scans refused.' },
    TICKET: { description: 'One of its tickets, with its options, groups and extra information.' },
    BOOKING: { description: 'One of its bookings (the booking’s own log, BK14).' },
  },
});

export enum EventAuditScopeKind {
  ALL = 'ALL',
  SETTINGS = 'SETTINGS',
  BOOKINGS = 'BOOKINGS',
}
registerEnumType(EventAuditScopeKind, {
  name: 'EventAuditScope',
  description: 'Which part of an event’s audit log to read.',
  valuesConfig: {
    ALL: { description: 'Everything.' },
    SETTINGS: { description: 'The event and its tickets (EVENT and TICKET entries).' },
    BOOKINGS: { description: 'Its bookings (BOOKING entries).' },
  },
});

@ObjectType({ description: 'One entry of an event’s audit log (BK14, for the whole event).' })
export class EventAuditEntry {
  @Field(() => ID, { description: 'The entry’s id (the log’s order).' })
  id!: string;

  @Field(() => Date, { description: 'When.' })
  at!: Date;

  @Field(() => String, { description: 'What happened, e.g. event.updated, ticket.created, booking.opposed.' })
  action!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Who acted (full name); null when the system did (expiry, payment provider).',
  })
  actorName!: string | null;

  @Field(() => String, { nullable: true, description: 'Why, when a reason was given.' })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'Details as a JSON object text.' })
  details!: string | null;

  @Field(() => EventAuditSubjectKind, { description: 'What the entry is about.' })
  subject!: EventAuditSubjectKind;

  @Field(() => ID, { description: 'The id of what it is about (the event, the ticket or the booking).' })
  subjectId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The ticket’s name or the booking’s reference; null for the event.',
  })
  subjectLabel!: string | null;
}

@ObjectType({ description: 'A page of an event’s audit log, newest first.' })
export class EventAuditPage {
  @Field(() => [EventAuditEntry], { description: 'The entries of this page, newest first.' })
  nodes!: EventAuditEntry[];

  @Field(() => String, { nullable: true, description: 'Cursor to pass as `after` for the next (older) page.' })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'Whether older entries follow.' })
  hasNextPage!: boolean;
}
