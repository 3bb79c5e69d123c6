import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { User } from './user.entity';
import type { Booking } from './booking.entity';
import { OnlineProvider, type PaymentAccount } from './payment-account.entity';

export enum AttemptState {
  CREATED = 'CREATED',
  PENDING = 'PENDING',
  CONFIRMING = 'CONFIRMING',
  PAID = 'PAID',
  REFUSED = 'REFUSED',
  CANCELLED = 'CANCELLED',
  FAILED = 'FAILED',
  ABANDONED = 'ABANDONED',
  EXPIRED = 'EXPIRED',
}

/**
 * Issue 16: the states of an open attempt. A booking has at most one (a partial unique index): no second checkout,
 * no deletion while it is open; it closes when it settles, is abandoned, or passes its `expiresAt`.
 */
export const OPEN_ATTEMPT_STATES = [AttemptState.CREATED, AttemptState.PENDING, AttemptState.CONFIRMING] as const;
registerEnumType(AttemptState, {
  name: 'PaymentAttemptState',
  description: 'Where an online payment attempt stands.',
  valuesConfig: {
    CREATED: { description: 'Being sent to the provider.' },
    PENDING: {
      description: 'Sent; waiting for the attendee to pay (PayPal checkout opened, Lydia request on the phone).',
    },
    PAID: { description: 'The provider confirmed the payment.' },
    REFUSED: { description: 'The attendee refused the Lydia request, or it expired.' },
    CANCELLED: { description: 'Cancelled: a newer request replaced it, or the vendor cancelled it.' },
    FAILED: { description: 'The provider could not be reached or refused the request.' },
    CONFIRMING: {
      description:
        'PayPal reported the payment Pending: the money is being confirmed. Open until PayPal settles it; it neither times out nor can be abandoned.',
    },
    ABANDONED: {
      description:
        'Abandoned by its payer, so that another attempt may start. Money that still arrives for it is matched (PY3).',
    },
    EXPIRED: {
      description: 'Passed its time limit (`expiresAt`) unpaid. Money that still arrives for it is matched (PY3).',
    },
  },
});

/** One PayPal checkout or one Lydia request for a booking (PY2, PY4). Only its state changes. */
@Entity({ tableName: 'payment_attempts' })
@ObjectType({ description: 'An online payment attempt: a PayPal checkout or a Lydia request (PY2, PY4, PY5).' })
// Declared as the migrations made them, so that the ORM’s schema diff is empty (test/api/schema-drift.test.ts).
@Index({ name: 'payment_attempts_booking_id_index', properties: ['booking'] })
@Index({
  name: 'payment_attempts_pending_index',
  expression: `create index "payment_attempts_pending_index" on "payment_attempts" ("created_at") where "state" = 'PENDING'`,
})
@Unique({
  name: 'payment_attempts_provider_ref_unique',
  expression: `create unique index "payment_attempts_provider_ref_unique" on "payment_attempts" ("provider", "provider_ref") where "provider_ref" is not null`,
})
@Unique({
  name: 'payment_attempts_one_open',
  expression: `create unique index "payment_attempts_one_open" on "payment_attempts" ("booking_id") where "state" in ('CREATED', 'PENDING', 'CONFIRMING')`,
})
@Check({ name: 'payment_attempts_amount_positive', expression: `"amount_cents" > 0` })
export class PaymentAttempt {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Booking', { deleteRule: 'restrict' })
  booking!: Booking;

  @Field(() => OnlineProvider, { description: 'PayPal or Lydia.' })
  @Enum({ items: () => OnlineProvider, type: 'string' })
  provider!: OnlineProvider;

  @ManyToOne('PaymentAccount', { deleteRule: 'restrict' })
  account!: PaymentAccount;

  @Field(() => String, {
    description: 'Our reference for this attempt: the PayPal `invoice` or the Lydia `order_ref`. Unique.',
  })
  @Property({ type: 'string', length: 64, unique: 'payment_attempts_ref_unique' })
  ref!: string;

  @Field(() => String, { nullable: true, description: 'The provider’s reference (Lydia `request_id`).' })
  @Property({ type: 'string', length: 100, nullable: true })
  providerRef?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  requestUuid?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Lydia: where the attendee can open the request (the Lydia app or its web page).',
  })
  @Property({ type: 'string', length: 1000, nullable: true })
  mobileUrl?: string | null;

  @Property({ type: 'string', length: 20, nullable: true })
  phone?: string | null;

  @Field(() => Int, { description: 'Amount asked, in cents (the booking’s price).' })
  @Property({ type: 'integer' })
  amountCents!: number;

  @Field(() => String, { description: 'ISO 4217 currency (EUR).' })
  @Property({ type: 'string', columnType: 'char(3)', default: 'EUR' })
  currency: string = 'EUR';

  @Field(() => AttemptState, { description: 'Where it stands.' })
  @Enum({ items: () => AttemptState, type: 'string' })
  state!: AttemptState;

  @ManyToOne('User', { nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  @Field(() => Date, { description: 'When it was created.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When its state last changed.' })
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Date, {
    nullable: true,
    description:
      'Issue 16: while the attempt is CREATED or PENDING, when it times out unpaid (EXPIRED), letting another attempt start. Null for attempts made before this existed.',
  })
  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When its state was last asked of the provider (Lydia).' })
  @Property({ type: 'datetime', nullable: true })
  checkedAt?: Date | null;
}
