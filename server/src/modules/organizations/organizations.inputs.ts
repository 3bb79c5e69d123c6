import { Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_HINT =
  'Lower-case letters, digits and single dashes, 1 to 64 characters; it never changes (imports use it).';

@InputType({ description: 'A new school.' })
export class CreateSchoolInput {
  @Field(() => String, { description: `Short unique name, e.g. \`enseeiht\`. ${SLUG_HINT}` })
  @MaxLength(64, { message: 'TOO_LONG' })
  @Matches(SLUG, { message: 'INVALID_FORMAT' })
  slug!: string;

  @Field(() => String, { description: 'Display name, 1 to 200 characters.' })
  @MaxLength(200, { message: 'TOO_LONG' })
  name!: string;
}

@InputType({ description: 'A new association.' })
export class CreateAssociationInput extends CreateSchoolInput {
  @Field(() => ID, { nullable: true, description: 'The school it belongs to; none for a cross-school association.' })
  schoolId?: string | null;
}

@InputType({ description: 'A new club.' })
export class CreateClubInput extends CreateSchoolInput {
  @Field(() => ID, { nullable: true, description: 'The association it is part of, if any.' })
  associationId?: string | null;
}

@InputType({ description: 'What can change on a club (its slug never does).' })
export class UpdateClubInput {
  @Field(() => String, { description: 'Display name, 1 to 200 characters.' })
  @MaxLength(200, { message: 'TOO_LONG' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The association it is part of; null for none.' })
  associationId?: string | null;
}
