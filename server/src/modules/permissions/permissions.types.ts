import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { User, Club, EventGrant, PermissionLevel } from '../../model';

export enum AdminSource {
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
  USER_GRANT = 'USER_GRANT',
  CLUB_BOARD_GRANT = 'CLUB_BOARD_GRANT',
  CLUB_MEMBERS_GRANT = 'CLUB_MEMBERS_GRANT',
}
registerEnumType(AdminSource, {
  name: 'AdminSource',
  description: 'Where a person’s permission on an event comes from (PM2).',
  valuesConfig: {
    PLATFORM_ADMIN: { description: 'Platform admins have ADMIN on every event.' },
    USER_GRANT: { description: 'A grant to the person.' },
    CLUB_BOARD_GRANT: { description: 'A grant to the board of a club the person sits on.' },
    CLUB_MEMBERS_GRANT: { description: 'A grant to the members of a club the person belongs to.' },
  },
});

@ObjectType({ description: 'One source of a person’s permission on an event.' })
export class EventAdminSource {
  @Field(() => AdminSource, { description: 'Kind of source.' })
  source!: AdminSource;

  @Field(() => PermissionLevel, { description: 'Level this source gives.' })
  level!: PermissionLevel;

  @Field(() => EventGrant, { nullable: true, description: 'The grant, unless the source is PLATFORM_ADMIN.' })
  grant?: EventGrant | null;

  @Field(() => Club, { nullable: true, description: 'The club, for club grants.' })
  club?: Club | null;
}

@ObjectType({
  description: 'A person with a permission on an event: their effective level and where it comes from (PM2).',
})
export class EventAdmin {
  @Field(() => User, { description: 'The person.' })
  user!: User;

  @Field(() => PermissionLevel, { description: 'Effective level: the highest of the sources.' })
  level!: PermissionLevel;

  @Field(() => [EventAdminSource], { description: 'Every source, highest first.' })
  sources!: EventAdminSource[];
}
