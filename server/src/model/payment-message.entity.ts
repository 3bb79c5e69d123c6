import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Booking } from './booking.entity';
import { OnlineProvider } from './payment-account.entity';
import type { PaymentAttempt } from './payment-attempt.entity';

export enum MessageKind {
  CHECKOUT = 'CHECKOUT',
  IPN = 'IPN',
  IPN_VERIFICATION = 'IPN_VERIFICATION',
  LYDIA_REQUEST = 'LYDIA_REQUEST',
  LYDIA_CANCEL = 'LYDIA_CANCEL',
  LYDIA_STATE = 'LYDIA_STATE',
  LYDIA_CALLBACK = 'LYDIA_CALLBACK',
}
registerEnumType(MessageKind, {
  name: 'PaymentMessageKind',
  description: 'What a payment record is (PY5).',
  valuesConfig: {
    CHECKOUT: { description: 'A PayPal checkout the server built for the attendee.' },
    IPN: { description: 'A PayPal IPN message received at /webhooks/paypal, byte for byte.' },
    IPN_VERIFICATION: {
      description: 'PayPal’s answer to the verification postback of an IPN (VERIFIED, INVALID, or an error).',
    },
    LYDIA_REQUEST: { description: 'A Lydia payment request sent (request/do) and Lydia’s reply.' },
    LYDIA_CANCEL: { description: 'A Lydia request cancelled (request/cancel) and Lydia’s reply.' },
    LYDIA_STATE: { description: 'A Lydia state check (request/state) and Lydia’s reply.' },
    LYDIA_CALLBACK: { description: 'A Lydia confirmation callback received at /webhooks/lydia, byte for byte.' },
  },
});

export enum Verification {
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
  INVALID = 'INVALID',
}
registerEnumType(Verification, {
  name: 'PaymentMessageVerification',
  description: 'Whether a received message was proven to come from the provider.',
  valuesConfig: {
    PENDING: { description: 'Not verified yet (the provider could not be asked); retried by a periodic job.' },
    VERIFIED: { description: 'Verified: PayPal answered VERIFIED, or the Lydia signature and vendor token are right.' },
    INVALID: {
      description:
        'Not from the provider: PayPal answered INVALID, or the Lydia signature or vendor token is wrong. Never acted upon.',
    },
  },
});

/**
 * PY5: every checkout, request, received message, verification and state check, with the raw bytes. What was
 * sent or received never changes (a trigger); the processing columns (verification, outcome) are filled in.
 */
@Entity({ tableName: 'payment_messages' })
@ObjectType({
  description: 'A payment record (PY5): a checkout, request, notification, verification or state check, kept forever.',
})
// Declared as the migrations made them, so that the ORM’s schema diff is empty (test/api/schema-drift.test.ts).
@Index({ name: 'payment_messages_booking_id_index', properties: ['booking', 'createdAt'] })
@Index({
  name: 'payment_messages_message_id_index',
  expression: `create index "payment_messages_message_id_index" on "payment_messages" ("message_id") where "message_id" is not null`,
})
@Index({ name: 'payment_messages_reference_index', properties: ['provider', 'reference'] })
@Index({
  name: 'payment_messages_unproven_index',
  expression: `create index "payment_messages_unproven_index" on "payment_messages" ("created_at") where "kind" in ('IPN', 'LYDIA_CALLBACK') and "verification" in ('PENDING', 'INVALID') and "booking_id" is null and "attempt_id" is null`,
})
@Index({
  name: 'payment_messages_unverified_index',
  expression: `create index "payment_messages_unverified_index" on "payment_messages" ("created_at") where "verification" = 'PENDING'`,
})
export class PaymentMessage {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => OnlineProvider, { description: 'PayPal or Lydia.' })
  @Enum({ items: () => OnlineProvider, type: 'string' })
  provider!: OnlineProvider;

  @Field(() => MessageKind, { description: 'What it is.' })
  @Enum({ items: () => MessageKind, type: 'string' })
  kind!: MessageKind;

  @ManyToOne('Booking', { nullable: true, deleteRule: 'restrict' })
  booking?: Booking | null;

  @ManyToOne('PaymentAttempt', { nullable: true, deleteRule: 'restrict' })
  attempt?: PaymentAttempt | null;

  /** For a verification: the message it verifies. */
  @ManyToOne('PaymentMessage', { nullable: true, deleteRule: 'restrict' })
  message?: PaymentMessage | null;

  @Field(() => String, {
    nullable: true,
    description: 'The provider’s or our reference: PayPal txn_id or invoice, Lydia request_id.',
  })
  @Property({ type: 'string', length: 200, nullable: true })
  reference?: string | null;

  @Field(() => Int, { nullable: true, description: 'Amount it states, in cents (negative for a PayPal refund).' })
  @Property({ type: 'integer', nullable: true })
  amountCents?: number | null;

  @Field(() => String, { nullable: true, description: 'Currency it states.' })
  @Property({ type: 'string', length: 8, nullable: true })
  currency?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Status it states: PayPal payment_status, Lydia state, VERIFIED/INVALID.',
  })
  @Property({ type: 'string', length: 64, nullable: true })
  status?: string | null;

  @Property({ type: 'string', length: 40, nullable: true })
  charset?: string | null;

  @Property({ type: 'blob' })
  raw!: Buffer;

  @Field(() => Verification, {
    nullable: true,
    description: 'For received messages: whether it was proven to come from the provider.',
  })
  @Enum({ items: () => Verification, type: 'string', nullable: true })
  verification?: Verification | null;

  @Property({ type: 'integer', default: 0 })
  verifyAttempts: number = 0;

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'What the server did with it (PY3). Changed the booking: RESERVED, REINSTATED, OPPOSED, PAID_AFTER_EXPIRY. Nothing to do: DUPLICATE, PENDING, RECORDED. ' +
      'Flagged for review, booking untouched: UNMATCHED, WRONG_RECEIVER, ATTEMPT_SETTLED, ALREADY_PAID, BOOKING_OPPOSED, EVENT_CANCELLED, ALREADY_BOOKED (a guest booking whose person booked for themselves meanwhile), NON_CONFORMING, UNKNOWN_PAYMENT, MALFORMED. ' +
      'Not from the provider: IGNORED_INVALID, FORGED, WRONG_VENDOR, UNKNOWN_REQUEST.',
  })
  @Property({ type: 'string', length: 40, nullable: true })
  outcome?: string | null;

  @Field(() => String, { nullable: true, description: 'Details of the outcome (what did not conform).' })
  @Property({ type: 'text', nullable: true })
  outcomeDetail?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was acted upon.' })
  @Property({ type: 'datetime', nullable: true })
  processedAt?: Date | null;

  @Field(() => Date, { description: 'When it was sent or received.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
