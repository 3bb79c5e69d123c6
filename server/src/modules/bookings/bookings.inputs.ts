import { ArrayMaxSize, IsInt, IsOptional, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IsEmailAddress } from '../../core/normalize';
import { PaymentMethod, BookingStatus, type StoredBookingFilter } from '../../model';

@InputType({ description: 'A guest booked by a sponsor (BK3). Matched by email to an account when there is one.' })
export class GuestInput {
  @Field(() => String, { description: 'Given name.' })
  @MinLength(1, { message: 'REQUIRED' })
  @MaxLength(100, { message: 'TOO_LONG' })
  firstName!: string;

  @Field(() => String, { description: 'Family name.' })
  @MinLength(1, { message: 'REQUIRED' })
  @MaxLength(100, { message: 'TOO_LONG' })
  lastName!: string;

  @Field(() => String, { description: 'Email address; must differ from the sponsor’s (NOT_ALLOWED).' })
  @IsEmailAddress()
  @MaxLength(320, { message: 'TOO_LONG' })
  email!: string;
}

@InputType({ description: 'What to book (BK1): a ticket, its options, and optionally a guest to book for.' })
export class BookInput {
  @Field(() => ID, { description: 'The ticket.' })
  ticketId!: string;

  @Field(() => [ID], {
    description:
      'Chosen options of this ticket: any checkboxes, and at most one option per group (none = the neutral choice).',
  })
  @ArrayMaxSize(100, { message: 'TOO_LONG' })
  optionIds!: string[];

  @Field(() => GuestInput, { nullable: true, description: 'Book for this guest instead of for yourself (BK3, BK4).' })
  @IsOptional()
  @ValidateNested()
  guest?: GuestInput | null;
}

@InputType({ description: 'A ticket given by an organizer to a user (BK1, BK11).' })
export class GiveTicketInput {
  @Field(() => ID, { description: 'The ticket.' })
  ticketId!: string;

  @Field(() => String, { description: 'Email of the account that receives the ticket.' })
  @IsEmailAddress()
  @MaxLength(320, { message: 'TOO_LONG' })
  userEmail!: string;

  @Field(() => [ID], { description: 'Chosen options, as in `book`.' })
  @ArrayMaxSize(100, { message: 'TOO_LONG' })
  optionIds!: string[];

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Give it even when the ticket is sold out (BK11). Without it, SOLD_OUT.',
  })
  force!: boolean;
}

@InputType({ description: 'A payment received by hand (BK7).' })
export class MarkPaidInput {
  @Field(() => ID, { description: 'The pre-reservation.' })
  bookingId!: string;

  @Field(() => PaymentMethod, { description: 'How it was paid (not ONLINE: online payments come from the providers).' })
  method!: PaymentMethod;

  @Field(() => Int, { description: 'Amount received in euro cents; must equal the booking’s price (AMOUNT_MISMATCH).' })
  @IsInt({ message: 'INVALID_FORMAT' })
  @Min(0, { message: 'OUT_OF_RANGE' })
  @Max(100_000_000, { message: 'OUT_OF_RANGE' })
  amountCents!: number;

  @Field(() => String, {
    defaultValue: '',
    description: 'Cheque number, receipt or any reference, at most 200 characters.',
  })
  @MaxLength(200, { message: 'TOO_LONG' })
  reference!: string;
}

@InputType({ description: 'A non-file answer to an extra information (XI3). Give the field matching its type.' })
export class AnswerInput {
  @Field(() => String, { nullable: true, description: 'TEXT: at most 2,000 characters.' })
  @IsOptional()
  @MaxLength(2000, { message: 'TOO_LONG' })
  text?: string | null;

  @Field(() => Float, { nullable: true, description: 'NUMBER: within the extra information’s bounds.' })
  @IsOptional()
  number?: number | null;

  @Field(() => String, { nullable: true, description: 'CHOICE: one of the extra information’s choices.' })
  @IsOptional()
  @MaxLength(200, { message: 'TOO_LONG' })
  choice?: string | null;
}

@InputType({ description: 'Filters of the organizers’ booking lists (BK13).' })
export class BookingFilter implements StoredBookingFilter {
  @Field(() => [BookingStatus], {
    nullable: true,
    description: 'Only these statuses. Default: PRE_RESERVED and RESERVED.',
  })
  @IsOptional()
  @ArrayMaxSize(5, { message: 'TOO_LONG' })
  statuses?: BookingStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only bookings of this ticket.' })
  @IsOptional()
  ticketId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Matches holder name, holder email or reference (case-insensitive substring).',
  })
  @IsOptional()
  @MaxLength(200, { message: 'TOO_LONG' })
  search?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only bookings with extra information not validated yet (missing or waiting).',
  })
  @IsOptional()
  answersPending?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only bookings checked in at the door (TT4); false: only those not checked in; null: both.',
  })
  @IsOptional()
  checkedIn?: boolean | null;
}
