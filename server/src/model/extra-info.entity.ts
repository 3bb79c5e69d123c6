import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Ticket } from './ticket.entity';

export enum ExtraInfoType {
  TEXT = 'TEXT',
  NUMBER = 'NUMBER',
  CHOICE = 'CHOICE',
  FILE = 'FILE',
}
registerEnumType(ExtraInfoType, {
  name: 'ExtraInfoType',
  description: 'SPEC XI1: what is asked; never changes (XI2).',
  valuesConfig: {
    TEXT: { description: 'Free text.' },
    NUMBER: { description: 'A number, optionally within numberMin..numberMax.' },
    CHOICE: { description: 'One of `choices` (e.g. a T-shirt size).' },
    FILE: { description: 'A file of one of `fileTypes`, at most `fileMaxBytes`.' },
  },
});

export enum ExtraInfoBlocks {
  PAYMENT = 'PAYMENT',
  ENTRY = 'ENTRY',
}
registerEnumType(ExtraInfoBlocks, {
  name: 'ExtraInfoBlocks',
  description: 'SPEC XI1: what an unvalidated answer blocks.',
  valuesConfig: {
    PAYMENT: { description: 'The booking can’t be paid (online or by hand) until the answer is validated.' },
    ENTRY: { description: 'The booking can’t be used at the door until the answer is validated.' },
  },
});

/** MIME types a FILE extra information may accept (checked by content when answered). */
export const EXTRA_INFO_FILE_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;

@Entity({ tableName: 'extra_infos' })
@ObjectType({
  description: 'A requirement attached to a ticket: information or a document every holder must provide (XI1).',
})
// Declared as the migrations made them, so that the ORM’s schema diff is empty (test/api/schema-drift.test.ts).
@Check({
  name: 'extra_infos_file_size_range',
  expression: `"file_max_bytes" is null or ("file_max_bytes" >= 1 and "file_max_bytes" <= 20971520)`,
})
@Check({
  name: 'extra_infos_number_bounds',
  expression: `"number_min" is null or "number_max" is null or "number_max" >= "number_min"`,
})
export class ExtraInfo {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Ticket', { deleteRule: 'cascade' })
  @Index()
  ticket!: Ticket;

  @Field(() => String, { description: 'Label shown to attendees.' })
  @Property({ type: 'string', length: 200 })
  label!: string;

  @Field(() => String, { description: 'Help text.' })
  @Property({ type: 'text', default: '' })
  help: string = '';

  @Field(() => ExtraInfoType, { description: 'Type; never changes (XI2).' })
  @Enum({ items: () => ExtraInfoType, type: 'string', length: 16 })
  type!: ExtraInfoType;

  @Field(() => ExtraInfoBlocks, { description: 'What stays blocked until the answer is validated.' })
  @Enum({ items: () => ExtraInfoBlocks, type: 'string', length: 16 })
  blocks!: ExtraInfoBlocks;

  @Field(() => Float, { nullable: true, description: 'NUMBER: smallest accepted value.' })
  @Property({ type: 'double', nullable: true })
  numberMin?: number | null;

  @Field(() => Float, { nullable: true, description: 'NUMBER: largest accepted value.' })
  @Property({ type: 'double', nullable: true })
  numberMax?: number | null;

  @Field(() => [String], { description: 'CHOICE: the accepted answers, in order. Empty for other types.' })
  @Property({ type: 'json', default: '[]' })
  choices: string[] = [];

  @Field(() => [String], {
    description: 'FILE: accepted MIME types among application/pdf, image/png, image/jpeg. Empty for other types.',
  })
  @Property({ type: 'json', default: '[]' })
  fileTypes: string[] = [];

  @Field(() => Int, { nullable: true, description: 'FILE: largest accepted file, in bytes.' })
  @Property({ type: 'integer', nullable: true })
  fileMaxBytes?: number | null;

  @Field(() => Int, { description: 'Display order (ascending).' })
  @Property({ type: 'integer', default: 0 })
  position: number = 0;
}
