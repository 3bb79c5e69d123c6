import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Ticket } from './ticket.entity';

/** OP2: mutually exclusive options shown as a dropdown with an implicit free "none" choice. */
@Entity({ tableName: 'option_groups' })
@ObjectType({
  description:
    'Mutually exclusive options, shown as a dropdown that always offers a free "none" choice, implicit in the API (OP2).',
})
export class OptionGroup {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Ticket', { deleteRule: 'cascade' })
  @Index()
  ticket!: Ticket;

  @Field(() => String, { description: 'Name.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'Description.' })
  @Property({ type: 'text', default: '' })
  description: string = '';

  @Field(() => Int, { description: 'Display order (ascending).' })
  @Property({ type: 'integer', default: 0 })
  position: number = 0;
}
