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

  constructor(slug: string, name: string, school?: School) {
    this.slug = slug;
    this.name = name;
    this.school = school;
  }
}
