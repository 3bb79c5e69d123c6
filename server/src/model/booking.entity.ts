import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { User } from './user.entity';
import type { Event } from './event.entity';
import type { Ticket } from './ticket.entity';

export enum BookingStatus {
  PRE_RESERVED = 'PRE_RESERVED',
  RESERVED = 'RESERVED',
  DELETED = 'DELETED',
  EXPIRED = 'EXPIRED',
  OPPOSED = 'OPPOSED',
}
registerEnumType(BookingStatus, {
  name: 'BookingStatus',
  description:
    'Where a booking stands (BK). PRE_RESERVED and RESERVED are "live": they take a place (BK9) and count for BK2.',
  valuesConfig: {
    PRE_RESERVED: { description: 'Booked, not paid yet; commits nobody (BK6) and may expire (BK10).' },
    RESERVED: { description: 'Paid (online or marked paid) or free: a valid reservation. Never deleted (BK8).' },
    DELETED: {
      description:
        'A pre-reservation deleted by its holder, sponsor or an organizer (BK6). Kept until the organizers delete the ticket structure it points to; the audit log keeps its story.',
    },
    EXPIRED: {
      description: 'A pre-reservation not paid before the event’s payment deadline (BK10). Kept like DELETED ones.',
    },
    OPPOSED: {
      description: 'Put in opposition with a reason (BK8, PY3): invalid for entry and download, kept as proof. Final.',
    },
  },
});

export const LIVE_STATUSES = [BookingStatus.PRE_RESERVED, BookingStatus.RESERVED] as const;
export const isLive = (s: BookingStatus) => s === BookingStatus.PRE_RESERVED || s === BookingStatus.RESERVED;

/**
 * BK2/BK3: whether a booking binds its holder (the unique indexes' predicate, migration 20261204120000): self
 * bookings and gifts, guest bookings the person accepted, and paid ones. A free reservation counts as unpaid.
 */
export const isBinding = (b: {
  sponsor?: unknown;
  holderAcceptedAt?: Date | null;
  status: BookingStatus;
  priceCents: number;
}) => !b.sponsor || !!b.holderAcceptedAt || (b.status === BookingStatus.RESERVED && b.priceCents > 0);

/**
 * A booking of one ticket by (or for) one person (BK1). Holder names and email are a snapshot taken at booking
 * time: guests (BK3) may have no account, and the lists (BK13) search them without joins.
 */
@Entity({ tableName: 'bookings' })
@ObjectType({
  description:
    'A booking of a ticket for one person (BK1): a pre-reservation, then a reservation once paid or when free.',
})
// Declared as the migrations made them, so that the ORM’s schema diff is empty (test/api/schema-drift.test.ts).
@Index({
  name: 'bookings_by_name',
  expression: `create index "bookings_by_name" on "bookings" ("event_id", lower("holder_last_name"), lower("holder_first_name"), "id")`,
})
@Index({
  name: 'bookings_event_list_index',
  expression: `create index "bookings_event_list_index" on "bookings" ("event_id", "created_at" desc, "id" desc)`,
})
// DB1: the dashboard's passes over an event's bookings are index-only scans of this one (see its migration).
@Index({
  name: 'bookings_dashboard_index',
  expression: `create index "bookings_dashboard_index" on "bookings" ("event_id", "status") include ("ticket_id", "price_cents", "created_at", "reserved_at", "id")`,
})
@Index({
  name: 'bookings_expiry_index',
  expression: `create index "bookings_expiry_index" on "bookings" ("expires_at") where "status" = 'PRE_RESERVED' and "expires_at" is not null`,
})
@Index({ name: 'bookings_holder_email_index', properties: ['holderEmail'] })
@Index({ name: 'bookings_holder_id_index', properties: ['holder'] })
@Unique({
  name: 'bookings_one_live_per_email',
  expression: `create unique index "bookings_one_live_per_email" on "bookings" ("event_id", "holder_email") where "status" in ('PRE_RESERVED', 'RESERVED') and ("sponsor_id" is null or "holder_accepted_at" is not null or ("status" = 'RESERVED' and "price_cents" > 0))`,
})
@Unique({
  name: 'bookings_one_live_per_guest_email',
  expression: `create unique index "bookings_one_live_per_guest_email" on "bookings" ("event_id", "holder_email") where "status" in ('PRE_RESERVED', 'RESERVED') and "sponsor_id" is not null`,
})
@Unique({
  name: 'bookings_one_live_per_holder',
  expression: `create unique index "bookings_one_live_per_holder" on "bookings" ("event_id", "holder_id") where "status" in ('PRE_RESERVED', 'RESERVED') and "holder_id" is not null and ("sponsor_id" is null or "holder_accepted_at" is not null or ("status" = 'RESERVED' and "price_cents" > 0))`,
})
@Index({ name: 'bookings_sponsor_id_index', properties: ['sponsor'] })
@Index({ name: 'bookings_ticket_status_index', properties: ['ticket', 'status'] })
@Check({
  name: 'bookings_accepted_only_guests',
  expression: `"holder_accepted_at" is null or "sponsor_id" is not null`,
})
@Check({
  name: 'bookings_email_normalized',
  expression: `"holder_email" = lower(btrim("holder_email")) and "holder_email" ~~ '%_@_%'`,
})
@Check({
  name: 'bookings_ended_has_time',
  expression: `"status" <> all (array['DELETED', 'EXPIRED']) or "ended_at" is not null`,
})
@Check({
  name: 'bookings_opposed_has_reason',
  expression: `"status" <> 'OPPOSED' or ("opposition_reason" is not null and "ended_at" is not null)`,
})
@Check({ name: 'bookings_price_not_negative', expression: `"price_cents" >= 0` })
@Check({ name: 'bookings_reserved_has_time', expression: `"status" <> 'RESERVED' or "reserved_at" is not null` })
@Check({
  name: 'bookings_sponsor_not_holder',
  expression: `"sponsor_id" is null or "holder_id" is null or "sponsor_id" <> "holder_id"`,
})
export class Booking {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Short human-readable reference, e.g. GALA-7F3K9Q (BK12). Unique.' })
  @Property({ type: 'string', length: 20, unique: 'bookings_reference_unique' })
  reference!: string;

  @ManyToOne('Event', { deleteRule: 'restrict' })
  event!: Event;

  @ManyToOne('Ticket', { deleteRule: 'restrict' })
  ticket!: Ticket;

  /** The holder's account: the booker, or a guest matched by email (BK3). Null for guests without an account. */
  @ManyToOne('User', { nullable: true, deleteRule: 'set null' })
  holder?: User | null;

  @Property({ type: 'string', length: 320 })
  holderEmail!: string;

  @Property({ type: 'string', length: 100 })
  holderFirstName!: string;

  @Property({ type: 'string', length: 100 })
  holderLastName!: string;

  /** Who booked for the holder (BK3), when it is someone else. */
  @ManyToOne('User', { nullable: true, deleteRule: 'set null' })
  sponsor?: User | null;

  /**
   * BK3: when the person named as a guest accepted the booking. Until then (and unless it is paid) it does not
   * bind them: their own booking is not blocked by it (BK2) and the sponsor sees only what they typed (SEC4).
   */
  @Field(() => Date, {
    nullable: true,
    description:
      'When the named guest accepted this booking (BK3); null for self bookings, gifts and guest bookings not accepted yet.',
  })
  @Property({ type: 'datetime', nullable: true })
  holderAcceptedAt?: Date | null;

  /** The organizer who gave this ticket (BK1), when it was given. */
  @ManyToOne('User', { nullable: true, deleteRule: 'set null' })
  givenBy?: User | null;

  @Field(() => Boolean, { description: 'Given by an organizer beyond the ticket’s capacity (BK11).' })
  @Property({ type: 'boolean', default: false })
  forced: boolean = false;

  @Field(() => BookingStatus, { description: 'Current status.' })
  @Enum({ items: () => BookingStatus, type: 'string' })
  status!: BookingStatus;

  @Field(() => Int, {
    description: 'Price in euro cents, computed by the server at booking time: ticket + chosen options (BK5).',
  })
  @Property({ type: 'integer' })
  priceCents!: number;

  @Field(() => Date, {
    nullable: true,
    description: 'When an unpaid pre-reservation expires (BK10); null without a payment deadline.',
  })
  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;

  /**
   * NT1: since when the payment deadline is paused (expiresAt null meanwhile): payment waits only on answers the
   * organizer has to validate. Null otherwise.
   */
  @Property({ type: 'datetime', nullable: true })
  deadlineHeldSince?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it became a reservation (paid or free).' })
  @Property({ type: 'datetime', nullable: true })
  reservedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was deleted, expired or put in opposition.' })
  @Property({ type: 'datetime', nullable: true })
  endedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was put in opposition (BK8, PY3).' })
  @Property({ type: 'text', nullable: true })
  oppositionReason?: string | null;

  @Field(() => Date, { description: 'When it was booked.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
