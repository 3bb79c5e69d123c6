import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

@Entity({ tableName: 'schools' })
@ObjectType({ description: 'A school of the institution (e.g. an engineering school). School accounts belong to one.' })
export class School {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Short unique name used in imports and URLs, e.g. `enseeiht`.' })
  @Property({ type: 'string', length: 64, unique: true })
  slug: string;

  @Field(() => String, { description: 'Display name.' })
  @Property({ type: 'string', length: 200 })
  name: string;

  /** Set when a platform admin archived it: it keeps its history but takes nothing new (an archived club creates no event). */
  @Field(() => Date, {
    nullable: true,
    description: 'When it was archived (it keeps its history; nothing new is created for it), or null.',
  })
  @Property({ type: 'datetime', nullable: true })
  archivedAt?: Date | null;

  constructor(slug: string, name: string) {
    this.slug = slug;
    this.name = name;
  }
}
