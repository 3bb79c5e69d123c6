import { ArrayMaxSize, IsInt, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

/** The most places a capacity (a ticket's, a quota's or the event's total) may have. */
export const MAX_CAPACITY = 1_000_000;

@InputType({ description: 'A named quota shared by some tickets of an event (CP1), as a whole.' })
export class QuotaInput {
  @Field(() => String, { description: 'Name (e.g. "Repas"), unique within the event, at most 100 characters.' })
  @MaxLength(100, { message: 'TOO_LONG' })
  name!: string;

  @Field(() => Int, {
    description: 'Places shared by its tickets, 0 to 1,000,000. Never below the places already taken in it (CP1).',
  })
  @IsInt({ message: 'INVALID_FORMAT' })
  @Min(0, { message: 'OUT_OF_RANGE' })
  @Max(MAX_CAPACITY, { message: 'OUT_OF_RANGE' })
  capacity!: number;

  @Field(() => [ID], {
    description:
      'Every ticket of the event that shares it (at most 200). Tickets attached or detached bring or take their live bookings with them; attaching is refused when they would exceed the capacity.',
  })
  @ArrayMaxSize(200, { message: 'TOO_LONG' })
  ticketIds!: string[];
}
