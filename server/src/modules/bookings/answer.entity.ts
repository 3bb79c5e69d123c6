import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import type { User } from '../accounts/user.entity';
import type { ExtraInfo } from '../tickets/extra-info.entity';
import type { Booking } from './booking.entity';

/** The answer of one booking to one extra information (XI3); frozen once validated (XI4, guarded by a trigger). */
@Entity({ tableName: 'answers' })
@ObjectType({ description: 'An answer to an extra information of a booking (XI3). Exactly one of the value fields is set, per the type.' })
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
}
