import { Field, Int, ObjectType } from 'type-graphql';
import { ApiToken } from '../../model';

@ObjectType({ description: 'A newly created API token. `token` is shown this once and never again.' })
export class CreatedApiToken {
  @Field(() => String, {
    description: 'The secret to send as `Authorization: Bearer <token>`. Store it now: it cannot be read again.',
  })
  token!: string;

  @Field(() => ApiToken, { description: 'The token as it will be listed.' })
  apiToken!: ApiToken;
}

@ObjectType({ description: 'One problem found on one line of an imported CSV file.' })
export class ImportLineError {
  @Field(() => Int, { description: 'Line number in the file (the header is line 1).' })
  line!: number;

  @Field(() => String, { nullable: true, description: 'The CSV column at fault, when one is.' })
  field?: string;

  @Field(() => String, {
    description: 'A FieldErrorCode (REQUIRED, INVALID_EMAIL, INVALID_FORMAT, UNKNOWN_REFERENCE, DUPLICATE, …).',
  })
  code!: string;

  @Field(() => String, { description: 'What is wrong, in English.' })
  message!: string;
}

@ObjectType({ description: 'Outcome of a school-accounts import (AC2). Nothing is written unless `applied` is true.' })
export class SchoolAccountImportReport {
  @Field(() => Boolean, { description: 'Whether the import was written. False on a dry run or when any line is bad.' })
  applied!: boolean;

  @Field(() => Boolean, { description: 'Whether this was a dry run (checked, counted, nothing written, no mail).' })
  dryRun!: boolean;

  @Field(() => Int, { description: 'Accounts created (or that would be, on a dry run).' })
  created!: number;

  @Field(() => Int, { description: 'Existing accounts whose data changed (or would).' })
  updated!: number;

  @Field(() => Int, { description: 'Existing accounts already up to date.' })
  unchanged!: number;

  @Field(() => [ImportLineError], { description: 'Every bad line, in file order. Empty when the file is good.' })
  errors!: ImportLineError[];
}
