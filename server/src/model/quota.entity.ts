import { randomUUID } from 'node:crypto';
import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Event } from './event.entity';

/**
 * CP1: places shared by some tickets of an event (e.g. "Repas" across three tickets). Its tickets are linked in
 * `ticket_quotas`, a table used only through SQL (db/orm-config.ts: skipTables).
 */
@Entity({ tableName: 'quotas' })
@ObjectType({
  description:
    'A named quota: places shared by some tickets of an event (CP1). A booking of one of its tickets takes a place in it too.',
})
// Declared as the migrations made them, so that the ORM’s schema diff is empty (test/api/schema-drift.test.ts).
@Unique({
  name: 'quotas_event_name_unique',
  expression: `create unique index "quotas_event_name_unique" on "quotas" ("event_id", "name")`,
})
@Check({ name: 'quotas_capacity_not_negative', expression: `"capacity" >= 0` })
@Check({ name: 'quotas_places_taken_not_negative', expression: `"places_taken" >= 0` })
export class Quota {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Event', { deleteRule: 'cascade' })
  event!: Event;

  @Field(() => String, { description: 'Name, unique within the event.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => Int, { description: 'Places shared by its tickets; never below the places taken (CP1).' })
  @Property({ type: 'integer' })
  capacity!: number;

  /** CP1: live bookings of its tickets, kept by the places trigger on bookings (never written by a booking path). */
  @Property({ type: 'integer', default: 0 })
  placesTaken: number = 0;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
