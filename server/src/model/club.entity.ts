import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Association } from './association.entity';

@Entity({ tableName: 'clubs' })
@ObjectType({ description: 'A club: it organizes events. Its board members may create events for it.' })
export class Club {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Short unique name used in imports, e.g. `net7`.' })
  @Property({ type: 'string', length: 64, unique: true })
  slug: string;

  @Field(() => String, { description: 'Display name.' })
  @Property({ type: 'string', length: 200 })
  name: string;

  /** The association the club is part of, if any. */
  @ManyToOne(() => Association, { nullable: true, deleteRule: 'restrict' })
  association?: Association;

  /** Set when a platform admin archived it: it keeps its history but takes nothing new (an archived club creates no event). */
  @Field(() => Date, {
    nullable: true,
    description: 'When it was archived (it keeps its history; nothing new is created for it), or null.',
  })
  @Property({ type: 'datetime', nullable: true })
  archivedAt?: Date | null;

  /** Storage key of the logo image; never derived from user input. */
  @Property({ type: 'string', length: 200, nullable: true })
  logoKey?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  logoMime?: string | null;

  constructor(slug: string, name: string, association?: Association) {
    this.slug = slug;
    this.name = name;
    this.association = association;
  }
}
