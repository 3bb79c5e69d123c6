import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import type { Option } from '../tickets/option.entity';
import type { OptionGroup } from '../tickets/option-group.entity';
import type { Booking } from './booking.entity';

/** An option chosen in a booking (OP1, OP2), with its name and price as they were: they never change (OP4). */
@Entity({ tableName: 'booking_options' })
@ObjectType({ description: 'An option chosen in a booking, as it was when booked (OP4: never changes).' })
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
