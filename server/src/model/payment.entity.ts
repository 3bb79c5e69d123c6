import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { User } from './user.entity';
import type { Booking } from './booking.entity';
import type { PaymentAttempt } from './payment-attempt.entity';

export enum PaymentProvider {
  MANUAL = 'MANUAL',
  PAYPAL = 'PAYPAL',
  LYDIA = 'LYDIA',
}
registerEnumType(PaymentProvider, {
  name: 'PaymentProvider',
  description: 'Who took the money.',
  valuesConfig: {
    MANUAL: { description: 'Marked paid by an organizer (BK7).' },
    PAYPAL: { description: 'PayPal (PY2, PY3).' },
    LYDIA: { description: 'Lydia (PY4).' },
  },
});

export enum PaymentMethod {
  CASH = 'CASH',
  CHEQUE = 'CHEQUE',
  CARD = 'CARD',
  TRANSFER = 'TRANSFER',
  OTHER = 'OTHER',
  ONLINE = 'ONLINE',
}
registerEnumType(PaymentMethod, {
  name: 'PaymentMethod',
  description: 'How a payment was made (BK7).',
  valuesConfig: {
    CASH: { description: 'Cash.' },
    CHEQUE: { description: 'Cheque.' },
    CARD: { description: 'Card, at a terminal.' },
    TRANSFER: { description: 'Bank transfer.' },
    OTHER: { description: 'Anything else; say what in the reference.' },
    ONLINE: { description: 'Online through a payment provider.' },
  },
});

/** A payment received for a booking: proof, append-only (a trigger refuses updates and deletes). */
@Entity({ tableName: 'payments' })
@ObjectType({ description: 'A payment received for a booking (BK7, PY5). Kept forever as proof.' })
// Declared as the migrations made them, so that the ORM’s schema diff is empty (test/api/schema-drift.test.ts).
@Index({ name: 'payments_booking_id_index', properties: ['booking'] })
@Unique({
  name: 'payments_provider_txn_unique',
  expression: `create unique index "payments_provider_txn_unique" on "payments" ("provider", "provider_txn") where "provider_txn" is not null`,
})
@Check({ name: 'payments_amount_not_negative', expression: `"amount_cents" >= 0` })
@Check({ name: 'payments_online_has_txn', expression: `"provider" = 'MANUAL' or "provider_txn" is not null` })
export class Payment {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Booking', { deleteRule: 'restrict' })
  booking!: Booking;

  @Field(() => PaymentProvider, { description: 'Who took the money.' })
  @Enum({ items: () => PaymentProvider, type: 'string' })
  provider!: PaymentProvider;

  @Field(() => PaymentMethod, { description: 'How it was paid.' })
  @Enum({ items: () => PaymentMethod, type: 'string' })
  method!: PaymentMethod;

  @Field(() => Int, { description: 'Amount in cents of the currency.' })
  @Property({ type: 'integer' })
  amountCents!: number;

  @Field(() => String, { description: 'ISO 4217 currency code (EUR).' })
  @Property({ type: 'string', columnType: 'char(3)', default: 'EUR' })
  currency: string = 'EUR';

  @Field(() => String, { description: 'Cheque number, transaction id or any reference given.' })
  @Property({ type: 'string', length: 200, default: '' })
  reference: string = '';

  @ManyToOne('User', { nullable: true, deleteRule: 'set null' })
  recordedBy?: User | null;

  /** Online payments: the provider's transaction key (PayPal txn_id, Lydia request_id); unique per provider. */
  @Property({ type: 'string', length: 100, nullable: true })
  providerTxn?: string | null;

  @ManyToOne('PaymentAttempt', { nullable: true, deleteRule: 'restrict' })
  attempt?: PaymentAttempt | null;

  @Field(() => Boolean, {
    description:
      'False when the payment did not match what was due (amount, currency or receiver, PY3): the booking was put in opposition and the money must be refunded.',
  })
  @Property({ type: 'boolean', default: true })
  conforming: boolean = true;

  @Field(() => String, {
    nullable: true,
    description:
      'What did not conform, or why the money could not be used (e.g. paid after expiry with no place left).',
  })
  @Property({ type: 'text', nullable: true })
  problem?: string | null;

  @Field(() => Date, { description: 'When it was recorded.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
