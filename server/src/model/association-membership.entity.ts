import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import type { User } from './user.entity';
import { Association } from './association.entity';

@Entity({ tableName: 'association_memberships' })
@Unique({ properties: ['user', 'association'] })
@ObjectType({
  description: 'A paid-up membership of a person in an association, valid until the end of `endsOn` (Europe/Paris).',
})
export class AssociationMembership {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('User', { deleteRule: 'cascade' })
  user: User;

  @ManyToOne(() => Association, { deleteRule: 'restrict' })
  association: Association;

  /** Last day (inclusive) of the membership, as an ISO date `YYYY-MM-DD`. */
  @Field(() => LocalDateResolver, {
    description: 'Last day (inclusive) on which the membership is valid, ISO date `YYYY-MM-DD`.',
  })
  @Property({ type: 'date' })
  endsOn: string;

  constructor(user: User, association: Association, endsOn: string) {
    this.user = user;
    this.association = association;
    this.endsOn = endsOn;
  }
}
