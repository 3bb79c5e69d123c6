import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { PaymentAccount } from './payment-account.entity';
import { Club } from './club.entity';

export enum EventVisibility {
  PUBLIC = 'PUBLIC',
  INTERNAL = 'INTERNAL',
  UNLISTED = 'UNLISTED',
  DRAFT = 'DRAFT',
}
registerEnumType(EventVisibility, {
  name: 'EventVisibility',
  description: 'SPEC EV1: who can see an event. People who may not see it get NOT_FOUND, as if it did not exist.',
  valuesConfig: {
    PUBLIC: { description: 'Anyone, signed in or not; listed.' },
    INTERNAL: { description: 'School accounts only; listed for them.' },
    UNLISTED: { description: 'Anyone with the link; never listed (except to its admins).' },
    DRAFT: { description: 'Only people with a permission on the event (VIEW or more) and platform admins.' },
  },
});

/** Issue 11: the payment deadline a new event gets unless its organizer sets another one or none (BK10). */
export const DEFAULT_PAYMENT_DEADLINE_HOURS = 72;

@Entity({ tableName: 'events' })
@ObjectType({ description: 'An event organized by a club (EV3). Tickets are the only things sold (TK1).' })
// Declared as the migrations made them, so that the ORM’s schema diff is empty (test/api/schema-drift.test.ts).
@Check({ name: 'events_end_not_before_start', expression: `"ends_at" >= "starts_at"` })
@Check({ name: 'events_capacity_not_negative', expression: `"capacity" is null or "capacity" >= 0` })
@Check({ name: 'events_places_taken_not_negative', expression: `"places_taken" >= 0` })
@Check({
  name: 'events_payment_deadline_positive',
  expression: `"payment_deadline_hours" is null or "payment_deadline_hours" > 0`,
})
@Check({
  name: 'events_waiting_list_offer_minutes_range',
  expression: `"waiting_list_offer_minutes" >= 5 and "waiting_list_offer_minutes" <= 20160`,
})
@Check({
  name: 'events_sponsorship_limit_range',
  expression: `"sponsorship_limit" >= 0 and "sponsorship_limit" <= 100`,
})
export class Event {
  @Field(() => ID, { description: 'Stable identifier; the link to an UNLISTED event contains it.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Name.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'Description in Markdown, as the organizer wrote it.' })
  @Property({ type: 'text' })
  description!: string;

  /** Rendered and sanitized once, when the description is written. */
  @Field(() => String, {
    description: 'The description rendered to HTML and sanitized (no script, no event handler, safe links only).',
  })
  @Property({ type: 'text' })
  descriptionHtml!: string;

  @Field(() => String, { description: 'Where it takes place.' })
  @Property({ type: 'string', length: 300 })
  location!: string;

  @Field(() => Date, { description: 'Start.' })
  @Property({ type: 'datetime' })
  @Index()
  startsAt!: Date;

  @Field(() => Date, { description: 'End (not before the start).' })
  @Property({ type: 'datetime' })
  endsAt!: Date;

  @ManyToOne(() => Club, { deleteRule: 'restrict' })
  @Index()
  club!: Club;

  @Field(() => EventVisibility, { description: 'Who can see it (EV1).' })
  @Enum({ items: () => EventVisibility, type: 'string', length: 16 })
  visibility!: EventVisibility;

  @Field(() => String, { nullable: true, description: 'Address attendees can write to.' })
  @Property({ type: 'string', length: 320, nullable: true })
  contactEmail?: string | null;

  @Field(() => Int, {
    description: 'How many guests one sponsor may book for on RESTRICTED tickets that allow sponsorship (BK4).',
  })
  @Property({ type: 'integer', default: 0 })
  sponsorshipLimit: number = 0;

  @Field(() => Int, {
    nullable: true,
    description: 'Hours after which an unpaid pre-reservation expires (BK10); null: never.',
  })
  @Property({ type: 'integer', nullable: true })
  paymentDeadlineHours?: number | null;

  @Field(() => Boolean, { description: 'Whether attendees see how many places are left on each ticket.' })
  @Property({ type: 'boolean', default: false })
  showPlacesLeft: boolean = false;

  /** CP1: places shared by all its tickets; null: no total (each ticket's and quota's capacity still holds). */
  @Property({ type: 'integer', nullable: true })
  capacity?: number | null;

  /** CP1: live bookings of all its tickets, kept by the places trigger on bookings (never written by a booking path). */
  @Property({ type: 'integer', default: 0 })
  placesTaken: number = 0;

  @Field(() => Boolean, {
    description:
      'WL1: whether people may join the waiting list of its sold-out tickets (entries already in stay served).',
  })
  @Property({ type: 'boolean', default: true })
  waitingListOpen: boolean = true;

  @Field(() => Int, {
    description:
      'WL2: how long, in minutes, a place offered to the next person on the waiting list is held for them (5 to 20,160).',
  })
  @Property({ type: 'integer', default: 1440 })
  waitingListOfferMinutes: number = 1440;

  /** Storage key of the cover image; never derived from user input. */
  @Property({ type: 'string', length: 200, nullable: true })
  coverKey?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  coverMime?: string | null;

  @Property({ type: 'datetime', nullable: true })
  cancelledAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  cancellationReason?: string | null;

  /** PY1: the PayPal account taking this event's payments, if any. */
  @ManyToOne('PaymentAccount', { nullable: true, deleteRule: 'restrict' })
  paypalAccount?: PaymentAccount | null;

  /** PY1: the Lydia account taking this event's payments, if any. */
  @ManyToOne('PaymentAccount', { nullable: true, deleteRule: 'restrict' })
  lydiaAccount?: PaymentAccount | null;

  @Field(() => Date, { description: 'When it was created.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
