import { randomUUID } from 'node:crypto';
import { Check, Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { User } from './user.entity';
import type { Event } from './event.entity';
import type { StoredBookingFilter } from './export.entity';

/** ML1: a message an event's ADMIN sent to its holders (and optionally sponsors), as it was sent. */
@Entity({ tableName: 'mailings' })
@ObjectType({
  description: 'A message sent by an event’s ADMIN to its holders, and optionally their sponsors (ML1).',
})
// Declared as the migrations made them, so that the ORM’s schema diff is empty (test/api/schema-drift.test.ts).
@Index({ name: 'mailings_event_id_index', properties: ['event', 'createdAt'] })
@Unique({ name: 'mailings_event_id_idempotency_key_unique', properties: ['event', 'idempotencyKey'] })
@Check({
  name: 'mailings_subject_length',
  expression: `char_length(btrim("subject")) > 0 and char_length("subject") <= 200`,
})
@Check({ name: 'mailings_body_length', expression: `char_length(btrim("body")) > 0 and char_length("body") <= 10000` })
@Check({ name: 'mailings_recipient_count_positive', expression: `"recipient_count" > 0` })
export class Mailing {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Event', { deleteRule: 'cascade' })
  event!: Event;

  @ManyToOne('User', { nullable: true, deleteRule: 'set null' })
  author?: User | null;

  /** The client's key for this sending: a retry with the same key sends nothing again. */
  @Property({ type: 'uuid' })
  idempotencyKey!: string;

  @Field(() => String, { description: 'The subject, as written.' })
  @Property({ type: 'text' })
  subject!: string;

  @Field(() => String, { description: 'The text, as written (Markdown; the mail shows it as safe HTML and as text).' })
  @Property({ type: 'text' })
  body!: string;

  /** The list filter the recipients were chosen with. */
  @Property({ type: 'json', default: '{}' })
  filter: StoredBookingFilter = {};

  @Field(() => Boolean, { description: 'Whether the sponsors of the chosen bookings were written to as well.' })
  @Property({ type: 'boolean', default: false })
  includeSponsors: boolean = false;

  @Field(() => Int, { description: 'How many people it was sent to (each address once).' })
  @Property({ type: 'integer' })
  recipientCount!: number;

  @Field(() => Date, { description: 'When it was sent (queued for delivery).' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
