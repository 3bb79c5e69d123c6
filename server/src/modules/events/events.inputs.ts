import { IsOptional, MaxLength, Min, Max, IsInt, ValidateBy } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { isEmail, normalizeEmail } from '../../core/normalize';
import { EventVisibility } from '../../model';
import { EventOrder } from './events.types';

const IsOptionalEmail = () =>
  ValidateBy(
    {
      name: 'isOptionalEmail',
      validator: {
        validate: (v) =>
          v === null || v === undefined || v === '' || (typeof v === 'string' && isEmail(normalizeEmail(v))),
      },
    },
    { message: 'INVALID_EMAIL' },
  );

@InputType({ description: 'An event’s editable fields (EV3).' })
export class UpdateEventInput {
  @Field(() => String, { description: 'Name, 1 to 200 characters.' })
  @MaxLength(200, { message: 'TOO_LONG' })
  name!: string;

  @Field(() => String, {
    description: 'Description in Markdown (at most 20,000 characters); rendered and sanitized by the server.',
  })
  @MaxLength(20000, { message: 'TOO_LONG' })
  description!: string;

  @Field(() => String, { description: 'Where it takes place.' })
  @MaxLength(300, { message: 'TOO_LONG' })
  location!: string;

  @Field(() => Date, { description: 'Start.' })
  startsAt!: Date;

  @Field(() => Date, { description: 'End; not before the start (BEFORE_OPENING otherwise).' })
  endsAt!: Date;

  @Field(() => EventVisibility, { description: 'Who can see the event (EV1).' })
  visibility!: EventVisibility;

  @Field(() => String, { nullable: true, description: 'Contact address for attendees; empty or null for none.' })
  @IsOptionalEmail()
  @IsOptional()
  contactEmail?: string | null;

  @Field(() => Int, { description: 'Guests per sponsor on restricted tickets allowing sponsorship (BK4), 0 to 100.' })
  @IsInt({ message: 'INVALID_FORMAT' })
  @Min(0, { message: 'OUT_OF_RANGE' })
  @Max(100, { message: 'OUT_OF_RANGE' })
  sponsorshipLimit!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Hours before an unpaid pre-reservation expires (BK10), 1 to 8760; null for none. Omitted when creating an event: 72 (the console shows it, changeable).',
  })
  @IsOptional()
  @IsInt({ message: 'INVALID_FORMAT' })
  @Min(1, { message: 'OUT_OF_RANGE' })
  @Max(8760, { message: 'OUT_OF_RANGE' })
  paymentDeadlineHours?: number | null;

  @Field(() => Boolean, { description: 'Whether attendees see the places left on each ticket.' })
  showPlacesLeft!: boolean;
}

@InputType({ description: 'A new event (EV2, EV3).' })
export class CreateEventInput extends UpdateEventInput {
  @Field(() => ID, { description: 'The organizing club; the viewer must sit on its board (or be a platform admin).' })
  clubId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'PY1: an active PAYPAL account of the club (see Club.paymentAccountsForNewEvent); null or omitted: none.',
  })
  @IsOptional()
  paypalAccountId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'PY1: an active LYDIA account of the club (see Club.paymentAccountsForNewEvent); null or omitted: none.',
  })
  @IsOptional()
  lydiaAccountId?: string | null;
}

@InputType({ description: 'Which events to list.' })
export class EventFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Words that must each appear in the name, the location or the club’s name (case and accents aside: "soiree" finds "Soirée").',
  })
  @IsOptional()
  @MaxLength(200, { message: 'TOO_LONG' })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this club’s events.' })
  @IsOptional()
  clubId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Only events where the viewer has a permission (VIEW or more), whatever their visibility — the console’s "my events".',
  })
  @IsOptional()
  mine?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Include events that have ended (default: no).' })
  @IsOptional()
  includePast?: boolean | null;

  @Field(() => EventOrder, { nullable: true, description: 'The order (default: START).' })
  @IsOptional()
  order?: EventOrder | null;
}
