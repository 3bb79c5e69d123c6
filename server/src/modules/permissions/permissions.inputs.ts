import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { GranteeKind, PermissionLevel } from './permission-level';

@InputType({ description: 'A permission to grant on an event (PM2).' })
export class GrantPermissionInput {
  @Field(() => PermissionLevel, { description: 'The level.' })
  level!: PermissionLevel;

  @Field(() => GranteeKind, { description: 'A person, a club’s board, or all members of a club.' })
  granteeKind!: GranteeKind;

  @Field(() => String, { nullable: true, description: 'USER grants: the person’s email (they must have an account).' })
  @IsOptional()
  @MaxLength(320, { message: 'TOO_LONG' })
  userEmail?: string | null;

  @Field(() => ID, { nullable: true, description: 'CLUB_BOARD and CLUB_MEMBERS grants: the club.' })
  @IsOptional()
  clubId?: string | null;
}
