import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { BookingFilter } from '../bookings';

/** ML1: the longest subject and text a mailing may have (the edge refuses longer ones with TOO_LONG). */
export const MAILING_SUBJECT_MAX = 200;
export const MAILING_BODY_MAX = 10_000;

@InputType({ description: 'A message to an event’s holders (ML1): who receives it and what it says.' })
export class MailingDraftInput {
  @Field(() => BookingFilter, {
    nullable: true,
    description:
      'Whose bookings: the filter of the booking lists (ticket, statuses, checked in…); default: live bookings.',
  })
  @IsOptional()
  @ValidateNested()
  filter?: BookingFilter | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Also write to the sponsors of the chosen bookings (a person is written to once, whatever their roles).',
  })
  includeSponsors!: boolean;

  @Field(() => String, {
    defaultValue: '',
    description: `The subject, at most ${MAILING_SUBJECT_MAX} characters; required to send.`,
  })
  @MaxLength(MAILING_SUBJECT_MAX, { message: 'TOO_LONG' })
  subject!: string;

  @Field(() => String, {
    defaultValue: '',
    description: `The text (Markdown: emphasis, lists, links), at most ${MAILING_BODY_MAX.toLocaleString('en')} characters; required to send.`,
  })
  @MaxLength(MAILING_BODY_MAX, { message: 'TOO_LONG' })
  body!: string;
}
