import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Event } from './event.entity';

export enum TicketKind {
  OPEN = 'OPEN',
  RESTRICTED = 'RESTRICTED',
}
registerEnumType(TicketKind, {
  name: 'TicketKind',
  description: 'SPEC TK1: chosen at creation, never changed.',
  valuesConfig: {
    OPEN: {
      description: 'No restriction: anyone signed in may book, external accounts included; sponsorship always allowed.',
    },
    RESTRICTED: { description: 'Only school accounts matching every non-empty restriction list (TK2).' },
  },
});

@Entity({ tableName: 'tickets' })
@ObjectType({ description: 'A kind of place on sale for an event (TK1, TK3) — not one person’s ticket.' })
// Declared as the migrations made them, so that the ORM’s schema diff is empty (test/api/schema-drift.test.ts).
@Check({ name: 'tickets_capacity_not_negative', expression: `"capacity" is null or "capacity" >= 0` })
@Check({
  name: 'tickets_open_has_no_restriction',
  expression: `"kind" = 'RESTRICTED' or ("sponsorship_allowed" = false and "school_ids" = '[]'::jsonb and "class_years" = '[]'::jsonb and "association_ids" = '[]'::jsonb)`,
})
@Check({
  name: 'tickets_pending_guests_per_sponsor_range',
  expression: `"pending_guests_per_sponsor" >= 1 and "pending_guests_per_sponsor" <= 100`,
})
@Check({ name: 'tickets_places_taken_not_negative', expression: `"places_taken" >= 0` })
@Check({ name: 'tickets_price_not_negative', expression: `"price_cents" >= 0` })
@Check({
  name: 'tickets_sales_close_after_open',
  expression: `"sales_open_at" is null or "sales_close_at" is null or "sales_close_at" > "sales_open_at"`,
})
@Check({ name: 'tickets_template_complete', expression: `("template_key" is null) = ("template_mime" is null)` })
export class Ticket {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Event', { deleteRule: 'cascade' })
  @Index()
  event!: Event;

  @Field(() => TicketKind, { description: 'OPEN or RESTRICTED; never changes (TK1).' })
  @Enum({ items: () => TicketKind, type: 'string', length: 16 })
  kind!: TicketKind;

  @Field(() => String, { description: 'Name.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'Description (plain text).' })
  @Property({ type: 'text', default: '' })
  description: string = '';

  @Field(() => Int, { description: 'Price in euro cents, ≥ 0 (TK3). A change applies to new bookings only (TK5).' })
  @Property({ type: 'integer' })
  priceCents!: number;

  @Field(() => Int, { nullable: true, description: 'Places; null: unlimited (TK3).' })
  @Property({ type: 'integer', nullable: true })
  capacity?: number | null;

  @Field(() => Date, { nullable: true, description: 'Bookings open at; null: open now (BK11).' })
  @Property({ type: 'datetime', nullable: true })
  salesOpenAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Bookings close at; null: when the event ends (BK11).' })
  @Property({ type: 'datetime', nullable: true })
  salesCloseAt?: Date | null;

  @Field(() => Boolean, {
    description:
      'RESTRICTED tickets only: whether a sponsor may book for guests (BK4). Always false on OPEN tickets, where sponsorship is always allowed.',
  })
  @Property({ type: 'boolean', default: false })
  sponsorshipAllowed: boolean = false;

  /**
   * Issue 11: how many guests one sponsor may have *pending* on this ticket (guest bookings neither accepted by the
   * guest nor paid, BK3), so nobody hoards places through unconfirmed guests. Enforced by a trigger.
   */
  @Field(() => Int, {
    description:
      'How many pending guests (guest bookings neither accepted nor paid, BK3) one sponsor may have on this ticket, 1 to 100 (default 10).',
  })
  @Property({ type: 'integer', default: 10 })
  pendingGuestsPerSponsor: number = 10;

  @Field(() => Int, { description: 'Display order among the event’s tickets (ascending).' })
  @Property({ type: 'integer', default: 0 })
  position: number = 0;

  /** BK9: live bookings on this ticket, kept by a database trigger on bookings (never written by the code). */
  @Property({ type: 'integer', default: 0 })
  placesTaken: number = 0;

  /** TK2 restriction lists (ids checked against their tables when written). */
  @Property({ type: 'json', default: '[]' })
  schoolIds: string[] = [];

  @Property({ type: 'json', default: '[]' })
  classYears: number[] = [];

  @Property({ type: 'json', default: '[]' })
  associationIds: string[] = [];

  /** Storage key of the ticket template (TT1): a 2480×1169 PNG or JPEG, checked when uploaded. */
  @Property({ type: 'string', length: 200, nullable: true })
  templateKey?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  templateMime?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
