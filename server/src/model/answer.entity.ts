import { randomUUID } from 'node:crypto';
import { Check, Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import type { User } from './user.entity';
import type { ExtraInfo } from './extra-info.entity';
import type { Booking } from './booking.entity';

/** The answer of one booking to one extra information (XI3); frozen once validated (XI4, guarded by a trigger). */
@Entity({ tableName: 'answers' })
@ObjectType({
  description:
    'An answer to an extra information of a booking (XI3). Exactly one of the value fields is set, per the type.',
})
// Declared as the migrations made them, so that the ORM’s schema diff is empty (test/api/schema-drift.test.ts).
@Index({ name: 'answers_extra_info_id_index', properties: ['extraInfo'] })
@Unique({
  name: 'answers_one_per_requirement',
  expression: `create unique index "answers_one_per_requirement" on "answers" ("booking_id", "extra_info_id")`,
})
@Check({
  name: 'answers_file_complete',
  expression: `("file_key" is null) = ("file_mime" is null) and ("file_key" is null) = ("file_size" is null)`,
})
@Check({
  name: 'answers_one_value',
  expression: `num_nonnulls("text_value", "number_value", "choice_value", "file_key") = 1`,
})
export class Answer {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Booking', { deleteRule: 'cascade' })
  booking!: Booking;

  @ManyToOne('ExtraInfo', { deleteRule: 'restrict' })
  extraInfo!: ExtraInfo;

  @Field(() => String, { nullable: true, description: 'TEXT answer.' })
  @Property({ type: 'text', nullable: true })
  textValue?: string | null;

  @Field(() => Float, { nullable: true, description: 'NUMBER answer.' })
  @Property({ type: 'double', nullable: true })
  numberValue?: number | null;

  @Field(() => String, { nullable: true, description: 'CHOICE answer: one of the extra information’s choices.' })
  @Property({ type: 'string', length: 200, nullable: true })
  choiceValue?: string | null;

  /** Storage key (never derived from user input). */
  @Property({ type: 'string', length: 200, nullable: true })
  fileKey?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  fileMime?: string | null;

  @Property({ type: 'integer', nullable: true })
  fileSize?: number | null;

  /** The uploaded file's name, cleaned, for display and downloads only. */
  @Property({ type: 'string', length: 255, nullable: true })
  fileName?: string | null;

  @Field(() => Date, { description: 'When the answer was last written.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Date = new Date();

  @ManyToOne('User', { nullable: true, deleteRule: 'set null' })
  updatedBy?: User | null;

  @Field(() => Date, { nullable: true, description: 'When it was validated (XI4); a validated answer never changes.' })
  @Property({ type: 'datetime', nullable: true })
  validatedAt?: Date | null;

  @ManyToOne('User', { nullable: true, deleteRule: 'set null' })
  validatedBy?: User | null;

  @Field(() => Date, {
    nullable: true,
    description: 'NT1: when an organizer asked for this answer to be corrected; null once it is answered again.',
  })
  @Property({ type: 'datetime', nullable: true })
  correctionRequestedAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'NT1: what the organizer asked to correct, in their words; null once it is answered again.',
  })
  @Property({ type: 'text', nullable: true })
  correctionComment?: string | null;
}
