import { ArrayMaxSize, IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ExtraInfoBlocks, ExtraInfoType, TicketKind } from '../../model';

/** The highest display position an input may set (SEC1: `max + 1` for the next one always fits in an int). */
export const MAX_POSITION = 100_000;

const MAX_PRICE_CENTS = 10_000_000;

@InputType({ description: 'A ticket’s editable fields. The kind is not here: it never changes (TK1).' })
export class UpdateTicketInput {
  @Field(() => String, { description: 'Name.' })
  @MaxLength(200, { message: 'TOO_LONG' })
  name!: string;

  @Field(() => String, { description: 'Description (plain text, at most 5,000 characters).' })
  @MaxLength(5000, { message: 'TOO_LONG' })
  description!: string;

  @Field(() => Int, { description: 'Price in euro cents, 0 to 10,000,000 (TK3). Applies to new bookings only (TK5).' })
  @IsInt({ message: 'INVALID_FORMAT' })
  @Min(0, { message: 'OUT_OF_RANGE' })
  @Max(MAX_PRICE_CENTS, { message: 'OUT_OF_RANGE' })
  priceCents!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Places, 0 to 1,000,000; null: unlimited. Never below the places already taken (TK5).',
  })
  @IsOptional()
  @IsInt({ message: 'INVALID_FORMAT' })
  @Min(0, { message: 'OUT_OF_RANGE' })
  @Max(1_000_000, { message: 'OUT_OF_RANGE' })
  capacity?: number | null;

  @Field(() => Date, { nullable: true, description: 'Sales open at; null: now (BK11).' })
  @IsOptional()
  salesOpenAt?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Sales close at, after the opening (BEFORE_OPENING otherwise); null: when the event ends.',
  })
  @IsOptional()
  salesCloseAt?: Date | null;

  @Field(() => Boolean, {
    description: 'RESTRICTED only: guests may be sponsored (BK4). Must be false on OPEN tickets (NOT_ALLOWED).',
  })
  sponsorshipAllowed!: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      'Pending guests (neither accepted nor paid, BK3) one sponsor may have on this ticket, 1 to 100; null or omitted: 10 on creation, unchanged on update.',
  })
  @IsOptional()
  @IsInt({ message: 'INVALID_FORMAT' })
  @Min(1, { message: 'OUT_OF_RANGE' })
  @Max(100, { message: 'OUT_OF_RANGE' })
  pendingGuestsPerSponsor?: number | null;

  @Field(() => Int, { nullable: true, description: 'Display order; null on creation: after the others.' })
  @IsOptional()
  @IsInt({ message: 'INVALID_FORMAT' })
  @Min(0, { message: 'OUT_OF_RANGE' })
  @Max(10_000, { message: 'OUT_OF_RANGE' })
  position?: number | null;

  @Field(() => [ID], {
    description: 'RESTRICTED only (TK2): schools allowed (any of them). Empty: no school constraint.',
  })
  @ArrayMaxSize(50, { message: 'TOO_LONG' })
  schoolIds!: string[];

  @Field(() => [Int], { description: 'RESTRICTED only (TK2): class years allowed (any of them), e.g. [2026, 2027].' })
  @ArrayMaxSize(50, { message: 'TOO_LONG' })
  classYears!: number[];

  @Field(() => [ID], {
    description: 'RESTRICTED only (TK2): associations of which a valid membership is required (any of them).',
  })
  @ArrayMaxSize(50, { message: 'TOO_LONG' })
  associationIds!: string[];
}

@InputType({ description: 'A new ticket (TK1, TK3).' })
export class CreateTicketInput extends UpdateTicketInput {
  @Field(() => TicketKind, { description: 'OPEN or RESTRICTED, chosen now and never changed (TK1).' })
  kind!: TicketKind;
}

@InputType({ description: 'An option (OP1).' })
export class OptionInput {
  @Field(() => String, { description: 'Name.' })
  @MaxLength(200, { message: 'TOO_LONG' })
  name!: string;

  @Field(() => String, { description: 'Description.' })
  @MaxLength(2000, { message: 'TOO_LONG' })
  description!: string;

  @Field(() => Int, { description: 'Price in euro cents, ≥ 0, added to the ticket’s.' })
  @IsInt({ message: 'INVALID_FORMAT' })
  @Min(0, { message: 'OUT_OF_RANGE' })
  @Max(MAX_PRICE_CENTS, { message: 'OUT_OF_RANGE' })
  priceCents!: number;

  @Field(() => Int, { nullable: true, description: 'Display order, 0 to 100,000; null on creation: after the others.' })
  @IsOptional()
  @IsInt({ message: 'INVALID_FORMAT' })
  @Min(0, { message: 'OUT_OF_RANGE' })
  @Max(MAX_POSITION, { message: 'OUT_OF_RANGE' })
  position?: number | null;
}

@InputType({
  description: 'One choice of an option group. With `id`: an existing choice, kept and updated; without: a new one.',
})
export class GroupOptionInput {
  @Field(() => ID, { nullable: true, description: 'An existing option of this group.' })
  @IsOptional()
  id?: string | null;

  @Field(() => String, { description: 'Name.' })
  @MaxLength(200, { message: 'TOO_LONG' })
  name!: string;

  @Field(() => String, { description: 'Description.' })
  @MaxLength(2000, { message: 'TOO_LONG' })
  description!: string;

  @Field(() => Int, { description: 'Price in euro cents, ≥ 0.' })
  @IsInt({ message: 'INVALID_FORMAT' })
  @Min(0, { message: 'OUT_OF_RANGE' })
  @Max(MAX_PRICE_CENTS, { message: 'OUT_OF_RANGE' })
  priceCents!: number;
}

@InputType({
  description: 'An option group and its choices, as a whole list (OP2). The free "none" choice is implicit.',
})
export class OptionGroupInput {
  @Field(() => String, { description: 'Name.' })
  @MaxLength(200, { message: 'TOO_LONG' })
  name!: string;

  @Field(() => String, { description: 'Description.' })
  @MaxLength(2000, { message: 'TOO_LONG' })
  description!: string;

  @Field(() => Int, { nullable: true, description: 'Display order, 0 to 100,000; null on creation: after the others.' })
  @IsOptional()
  @IsInt({ message: 'INVALID_FORMAT' })
  @Min(0, { message: 'OUT_OF_RANGE' })
  @Max(MAX_POSITION, { message: 'OUT_OF_RANGE' })
  position?: number | null;

  @Field(() => [GroupOptionInput], {
    description:
      'The choices in display order (1 to 50). Existing choices left out are deleted (only while the ticket has no bookings, OP3).',
  })
  @ArrayMaxSize(50, { message: 'TOO_LONG' })
  options!: GroupOptionInput[];
}

@InputType({ description: 'An extra information’s editable fields. The type is not here: it never changes (XI2).' })
export class UpdateExtraInfoInput {
  @Field(() => String, { description: 'Label.' })
  @MaxLength(200, { message: 'TOO_LONG' })
  label!: string;

  @Field(() => String, { description: 'Help text.' })
  @MaxLength(2000, { message: 'TOO_LONG' })
  help!: string;

  @Field(() => ExtraInfoBlocks, { description: 'What stays blocked until validated.' })
  blocks!: ExtraInfoBlocks;

  @Field(() => Float, { nullable: true, description: 'NUMBER only: smallest value.' })
  @IsOptional()
  numberMin?: number | null;

  @Field(() => Float, { nullable: true, description: 'NUMBER only: largest value (≥ numberMin).' })
  @IsOptional()
  numberMax?: number | null;

  @Field(() => [String], { nullable: true, description: 'CHOICE only: 1 to 50 distinct answers.' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'TOO_LONG' })
  choices?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'FILE only: accepted MIME types among application/pdf, image/png, image/jpeg.',
  })
  @IsOptional()
  @ArrayMaxSize(3, { message: 'TOO_LONG' })
  fileTypes?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'FILE only: largest file in bytes, 1 to 20 MiB.' })
  @IsOptional()
  @IsInt({ message: 'INVALID_FORMAT' })
  fileMaxBytes?: number | null;

  @Field(() => Int, { nullable: true, description: 'Display order, 0 to 100,000; null on creation: after the others.' })
  @IsOptional()
  @IsInt({ message: 'INVALID_FORMAT' })
  @Min(0, { message: 'OUT_OF_RANGE' })
  @Max(MAX_POSITION, { message: 'OUT_OF_RANGE' })
  position?: number | null;
}

@InputType({ description: 'A new extra information (XI1).' })
export class CreateExtraInfoInput extends UpdateExtraInfoInput {
  @Field(() => ExtraInfoType, { description: 'What is asked; never changes (XI2).' })
  type!: ExtraInfoType;
}
