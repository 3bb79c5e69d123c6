import { IsOptional, MaxLength, ValidateIf } from 'class-validator';
import { IsEmailAddress } from '../../core/normalize';
import { Field, ID, InputType } from 'type-graphql';
import { GranteeKind, PermissionLevel } from '../../model';

@InputType({ description: 'A permission to grant on an event (PM2).' })
export class GrantPermissionInput {
  @Field(() => PermissionLevel, { description: 'The level.' })
  level!: PermissionLevel;

  @Field(() => GranteeKind, { description: 'A person, a club’s board, or all members of a club.' })
  granteeKind!: GranteeKind;

  @Field(() => String, { nullable: true, description: 'USER grants: the person’s email (they must have an account).' })
  // Blank means none (club grants): the service answers REQUIRED or NOT_ALLOWED for the kind.
  @ValidateIf((_o, v) => v !== null && v !== undefined && v !== '')
  @IsEmailAddress()
  @MaxLength(320, { message: 'TOO_LONG' })
  userEmail?: string | null;

  @Field(() => ID, { nullable: true, description: 'CLUB_BOARD and CLUB_MEMBERS grants: the club.' })
  @IsOptional()
  clubId?: string | null;
}
