import { randomUUID } from 'node:crypto';
import { Check, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { OptionGroup } from './option-group.entity';
import type { Ticket } from './ticket.entity';

/** OP1: a checkbox with a price, or (with a group) one choice of a dropdown (OP2). Belongs to one ticket. */
@Entity({ tableName: 'options' })
@ObjectType({
  description: 'An option: a checkbox added to the ticket price (OP1), or one choice of an option group (OP2).',
})
// Declared as the migrations made them, so that the ORM’s schema diff is empty (test/api/schema-drift.test.ts).
@Check({ name: 'options_price_not_negative', expression: `"price_cents" >= 0` })
export class Option {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Ticket', { deleteRule: 'cascade' })
  @Index()
  ticket!: Ticket;

  @ManyToOne('OptionGroup', { nullable: true, deleteRule: 'cascade' })
  @Index()
  group?: OptionGroup | null;

  @Field(() => String, { description: 'Name.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'Description.' })
  @Property({ type: 'text', default: '' })
  description: string = '';

  @Field(() => Int, {
    description: 'Price in euro cents added to the ticket price, ≥ 0. Changes apply to new bookings only.',
  })
  @Property({ type: 'integer' })
  priceCents!: number;

  @Field(() => Int, { description: 'Display order (ascending).' })
  @Property({ type: 'integer', default: 0 })
  position: number = 0;
}
