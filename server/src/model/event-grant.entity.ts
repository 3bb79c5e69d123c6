import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import type { User } from './user.entity';
import type { Club } from './club.entity';
import type { Event } from './event.entity';
import { GranteeKind, PermissionLevel } from './permission-level';

/** A permission on an event (PM2). One grant per grantee per event: the database refuses duplicates. */
@Entity({ tableName: 'event_grants' })
@ObjectType({
  description:
    'A permission level granted on an event to a person, to a club’s board or to all members of a club (PM2).',
})
// Declared as the migrations made them, so that the ORM’s schema diff is empty (test/api/schema-drift.test.ts).
@Unique({
  name: 'event_grants_one_per_club_grantee',
  expression: `create unique index "event_grants_one_per_club_grantee" on "event_grants" ("event_id", "club_id", "grantee_kind") where "club_id" is not null`,
})
@Unique({
  name: 'event_grants_one_per_user',
  expression: `create unique index "event_grants_one_per_user" on "event_grants" ("event_id", "user_id") where "grantee_kind" = 'USER'`,
})
@Check({
  name: 'event_grants_grantee_shape',
  expression: `("grantee_kind" = 'USER' and "user_id" is not null and "club_id" is null) or ("grantee_kind" = any (array['CLUB_BOARD', 'CLUB_MEMBERS']) and "club_id" is not null and "user_id" is null)`,
})
export class EventGrant {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Event', { deleteRule: 'cascade' })
  @Index()
  event: Event;

  @Field(() => PermissionLevel, { description: 'The level granted.' })
  @Enum({ items: () => PermissionLevel, type: 'string', length: 16 })
  level: PermissionLevel;

  @Field(() => GranteeKind, { description: 'Who receives it.' })
  @Enum({ items: () => GranteeKind, type: 'string', length: 16 })
  granteeKind: GranteeKind;

  @ManyToOne('User', { nullable: true, deleteRule: 'cascade' })
  @Index()
  user?: User | null;

  @ManyToOne('Club', { nullable: true, deleteRule: 'cascade' })
  @Index()
  club?: Club | null;

  @Field(() => Date, { description: 'When it was granted.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @ManyToOne('User', { nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  constructor(
    event: Event,
    level: PermissionLevel,
    grantee: { kind: GranteeKind; user?: User; club?: Club },
    createdBy: User | null,
  ) {
    this.event = event;
    this.level = level;
    this.granteeKind = grantee.kind;
    this.user = grantee.user ?? null;
    this.club = grantee.club ?? null;
    this.createdBy = createdBy;
  }
}
