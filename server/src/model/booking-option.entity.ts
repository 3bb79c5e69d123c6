import { randomUUID } from 'node:crypto';
import { Check, Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import type { Option } from './option.entity';
import type { OptionGroup } from './option-group.entity';
import type { Booking } from './booking.entity';

/** An option chosen in a booking (OP1, OP2), with its name and price as they were: they never change (OP4). */
@Entity({ tableName: 'booking_options' })
@ObjectType({ description: 'An option chosen in a booking, as it was when booked (OP4: never changes).' })
// Declared as the migrations made them, so that the ORM’s schema diff is empty (test/api/schema-drift.test.ts).
@Unique({
  name: 'booking_options_once',
  expression: `create unique index "booking_options_once" on "booking_options" ("booking_id", "option_id")`,
})
@Unique({
  name: 'booking_options_one_per_group',
  expression: `create unique index "booking_options_one_per_group" on "booking_options" ("booking_id", "group_id") where "group_id" is not null`,
})
@Index({ name: 'booking_options_option_id_index', properties: ['option'] })
@Check({ name: 'booking_options_price_not_negative', expression: `"price_cents" >= 0` })
export class BookingOption {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Booking', { deleteRule: 'cascade' })
  booking!: Booking;

  @ManyToOne('Option', { deleteRule: 'restrict' })
  option!: Option;

  @ManyToOne('OptionGroup', { nullable: true, deleteRule: 'restrict' })
  group?: OptionGroup | null;

  @Field(() => String, { description: 'The option’s name when booked.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => Int, { description: 'The option’s price in euro cents when booked.' })
  @Property({ type: 'integer' })
  priceCents!: number;
}
