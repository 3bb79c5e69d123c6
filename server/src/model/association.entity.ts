import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { School } from './school.entity';

@Entity({ tableName: 'associations' })
@ObjectType({
  description:
    'A student association. People hold memberships with an end date; tickets may be restricted to valid members.',
})
export class Association {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Short unique name used in imports, e.g. `bde-n7`.' })
  @Property({ type: 'string', length: 64, unique: true })
  slug: string;

  @Field(() => String, { description: 'Display name.' })
  @Property({ type: 'string', length: 200 })
  name: string;

  /** The school the association belongs to, if it belongs to one (cross-school associations exist). */
  @ManyToOne(() => School, { nullable: true, deleteRule: 'restrict' })
  school?: School;

  /** Set when a platform admin archived it: it keeps its history but takes nothing new (an archived club creates no event). */
  @Field(() => Date, {
    nullable: true,
    description: 'When it was archived (it keeps its history; nothing new is created for it), or null.',
  })
  @Property({ type: 'datetime', nullable: true })
  archivedAt?: Date | null;

  constructor(slug: string, name: string, school?: School) {
    this.slug = slug;
    this.name = name;
    this.school = school;
  }
}
