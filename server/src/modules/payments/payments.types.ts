import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { IsEmailAddress } from '../../core/normalize';
import { OnlineProvider, PaymentAccount, PaymentAttempt } from '../../model';

@ObjectType({ description: 'One field of an HTML form.' })
export class FormField {
  @Field(() => String, { description: 'The input’s name.' })
  name!: string;

  @Field(() => String, { description: 'Its value.' })
  value!: string;
}

@ObjectType({
  description: 'PY2: a PayPal checkout: POST these fields as an HTML form to `url` (the browser goes to PayPal).',
})
export class PaypalCheckout {
  @Field(() => String, { description: 'Where to post the form (PayPal, or the local simulator).' })
  url!: string;

  @Field(() => [FormField], {
    description: 'The form’s fields, in order (cmd, business, amount, invoice, notify_url…).',
  })
  fields!: FormField[];

  @Field(() => PaymentAttempt, { description: 'The attempt recorded for this checkout.' })
  attempt!: PaymentAttempt;
}

@ObjectType({ description: 'PY4: a business account found with a Lydia login.' })
export class LydiaBusiness {
  @Field(() => String, { description: 'Its name at Lydia.' })
  name!: string;

  @Field(() => String, { description: 'Its vendor (public) token. The private token is never returned.' })
  vendorToken!: string;
}

export enum PaymentUnavailableReason {
  NOT_PRE_RESERVED = 'NOT_PRE_RESERVED',
  FREE = 'FREE',
  EXPIRED = 'EXPIRED',
  EVENT_CANCELLED = 'EVENT_CANCELLED',
  NO_ACCOUNT = 'NO_ACCOUNT',
  ANSWERS_PENDING = 'ANSWERS_PENDING',
}
registerEnumType(PaymentUnavailableReason, {
  name: 'PaymentUnavailableReason',
  description: 'Why online payment is not offered for a booking now.',
  valuesConfig: {
    NOT_PRE_RESERVED: { description: 'Only pre-reservations are paid.' },
    FREE: { description: 'Nothing to pay.' },
    EXPIRED: { description: 'The payment deadline has passed (BK10).' },
    EVENT_CANCELLED: { description: 'The event was cancelled (EV5).' },
    NO_ACCOUNT: { description: 'The event takes no online payment (no active account).' },
    ANSWERS_PENDING: { description: 'PAYMENT-blocking extra information must be validated first (XI5).' },
  },
});

@ObjectType({ description: 'What online payment the booking’s viewer may use now (PY2, PY4, XI5).' })
export class PaymentOffer {
  @Field(() => [OnlineProvider], { description: 'Providers offered now; empty when none is.' })
  providers!: OnlineProvider[];

  @Field(() => PaymentUnavailableReason, { nullable: true, description: 'Why nothing is offered, when nothing is.' })
  reason!: PaymentUnavailableReason | null;
}

@InputType({ description: 'PY1: a PayPal account for the event’s club.' })
export class CreatePaypalAccountInput {
  @Field(() => ID, { description: 'The event being configured (needs ADMIN); the account belongs to its club.' })
  eventId!: string;

  @Field(() => String, { description: 'The PayPal receiver (business) email.' })
  @IsEmailAddress()
  receiverEmail!: string;

  @Field(() => String, { description: 'A short description shown when choosing an account.' })
  @MinLength(1, { message: 'REQUIRED' })
  @MaxLength(200, { message: 'TOO_LONG' })
  description!: string;
}

@InputType({
  description:
    'PY1, PY4: a Lydia account for the event’s club: the private token, or the Lydia phone and password to fetch it (never stored).',
})
export class CreateLydiaAccountInput {
  @Field(() => ID, { description: 'The event being configured (needs ADMIN); the account belongs to its club.' })
  eventId!: string;

  @Field(() => String, { description: 'A short description shown when choosing an account.' })
  @MinLength(1, { message: 'REQUIRED' })
  @MaxLength(200, { message: 'TOO_LONG' })
  description!: string;

  @Field(() => String, { description: 'The vendor (public) token.' })
  @MinLength(1, { message: 'REQUIRED' })
  @MaxLength(200, { message: 'TOO_LONG' })
  vendorToken!: string;

  @Field(() => String, { nullable: true, description: 'The private token. Stored encrypted, never returned.' })
  @IsOptional()
  @MaxLength(200, { message: 'TOO_LONG' })
  privateToken?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Instead of the private token: the Lydia account’s phone number.',
  })
  @IsOptional()
  @MaxLength(30, { message: 'TOO_LONG' })
  phone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'With `phone`: the Lydia password. Used once, never stored or logged.',
  })
  @IsOptional()
  @MaxLength(200, { message: 'TOO_LONG' })
  password?: string | null;
}

@ObjectType({
  description:
    'PY1: the accounts the console preselects: for each provider, the club’s account when it has exactly one active ' +
    'account of that provider (null otherwise). The organizer may still choose none.',
})
export class PaymentAccountSuggestion {
  @Field(() => PaymentAccount, { nullable: true, description: 'The club’s only active PayPal account, or null.' })
  paypal!: PaymentAccount | null;

  @Field(() => PaymentAccount, { nullable: true, description: 'The club’s only active Lydia account, or null.' })
  lydia!: PaymentAccount | null;
}
