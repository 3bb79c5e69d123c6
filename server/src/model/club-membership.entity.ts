import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import type { User } from './user.entity';
import { Club } from './club.entity';

@Entity({ tableName: 'club_memberships' })
@Unique({ properties: ['user', 'club'] })
@ObjectType({ description: "A person's membership of a club; board members organize the club's events." })
export class ClubMembership {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('User', { deleteRule: 'cascade' })
  user: User;

  @ManyToOne(() => Club, { deleteRule: 'restrict' })
  club: Club;

  @Field(() => Boolean, { description: "Whether the person sits on the club's board." })
  @Property({ type: 'boolean', default: false })
  isBoard: boolean;

  constructor(user: User, club: Club, isBoard: boolean) {
    this.user = user;
    this.club = club;
    this.isBoard = isBoard;
  }
}
