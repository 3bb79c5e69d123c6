import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { User } from './user.entity';
import type { Club } from './club.entity';

export enum OnlineProvider {
  PAYPAL = 'PAYPAL',
  LYDIA = 'LYDIA',
}
registerEnumType(OnlineProvider, {
  name: 'OnlineProvider',
  description: 'An online payment provider (PY1).',
  valuesConfig: {
    PAYPAL: { description: 'PayPal Payments Standard with IPN (PY2, PY3).' },
    LYDIA: { description: 'Lydia payment requests (PY4).' },
  },
});

/**
 * PY1: a PayPal or Lydia account an event can take payments with. Created by an event's ADMIN for the event's
 * club (every event of the club may then pick it), never edited; platform admins may deactivate it.
 * The Lydia private token is stored encrypted and never leaves the server.
 */
@Entity({ tableName: 'payment_accounts' })
@ObjectType({ description: 'A PayPal or Lydia account (PY1). Never edited once created; secrets are never returned.' })
// Declared as the migrations made them, so that the ORM’s schema diff is empty (test/api/schema-drift.test.ts).
@Index({ name: 'payment_accounts_club_id_index', properties: ['club'] })
@Check({
  name: 'payment_accounts_shape',
  expression: `("provider" = 'PAYPAL' and "paypal_receiver_email" is not null and "lydia_vendor_token" is null and "lydia_private_token_enc" is null) or ("provider" = 'LYDIA' and "paypal_receiver_email" is null and "lydia_vendor_token" is not null and "lydia_private_token_enc" is not null)`,
})
export class PaymentAccount {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => OnlineProvider, { description: 'PayPal or Lydia.' })
  @Enum({ items: () => OnlineProvider, type: 'string' })
  provider!: OnlineProvider;

  @Field(() => String, { description: 'What the organizers call it, shown when choosing an account.' })
  @Property({ type: 'string', length: 200 })
  description!: string;

  @ManyToOne('Club', { deleteRule: 'restrict' })
  club!: Club;

  @Field(() => String, { nullable: true, description: 'PayPal: the receiver (business) email. Null for Lydia.' })
  @Property({ type: 'string', length: 320, nullable: true })
  paypalReceiverEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Lydia: the vendor (public) token. Null for PayPal.' })
  @Property({ type: 'string', length: 200, nullable: true })
  lydiaVendorToken?: string | null;

  /** Lydia: the private token, encrypted with the server's key (secret-box.ts). Never exposed. */
  @Property({ type: 'text', nullable: true, lazy: true })
  lydiaPrivateTokenEnc?: string | null;

  @ManyToOne('User', { nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  @Field(() => Date, { description: 'When it was created.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, {
    nullable: true,
    description: 'When a platform admin deactivated it; a deactivated account takes no new payment.',
  })
  @Property({ type: 'datetime', nullable: true })
  deactivatedAt?: Date | null;

  @ManyToOne('User', { nullable: true, deleteRule: 'set null' })
  deactivatedBy?: User | null;
}
