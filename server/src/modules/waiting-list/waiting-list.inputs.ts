import { ArrayMaxSize, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GuestInput } from '../bookings';

/** WL2: bounds of the time an offered place is held (minutes): five minutes to two weeks. */
export const OFFER_MINUTES = { min: 5, max: 20_160 } as const;

@InputType({
  description: 'WL1: joining the waiting list of a sold-out ticket, with what one would book (as `BookInput`).',
})
export class JoinWaitingListInput {
  @Field(() => ID, { description: 'The sold-out ticket.' })
  ticketId!: string;

  @Field(() => [ID], { description: 'The options one would book, as in `book`.' })
  @ArrayMaxSize(100, { message: 'TOO_LONG' })
  optionIds!: string[];

  @Field(() => GuestInput, { nullable: true, description: 'Wait to book for this guest instead of for oneself.' })
  @IsOptional()
  @ValidateNested()
  guest?: GuestInput | null;
}

@InputType({ description: 'WL1, WL2: an event’s waiting list settings.' })
export class WaitingListSettingsInput {
  @Field(() => Boolean, { description: 'Whether people may join (entries already in stay served).' })
  open!: boolean;

  @Field(() => Int, { description: 'Minutes an offered place is held for the next person, 5 to 20,160.' })
  @IsInt()
  @Min(OFFER_MINUTES.min, { message: 'OUT_OF_RANGE' })
  @Max(OFFER_MINUTES.max, { message: 'OUT_OF_RANGE' })
  offerMinutes!: number;
}
