import { IsNotEmpty, IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { IsEmailAddress } from '../../core/normalize';
import { Language } from '../../model';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

@InputType({ description: 'Sign-up of an external account (AC1).' })
export class SignUpInput {
  @Field(() => String, { description: 'Email address; a verification link is sent to it. Trimmed and lower-cased.' })
  @IsEmailAddress()
  @MaxLength(320, { message: 'TOO_LONG' })
  email!: string;

  @Field(() => String, { description: `Password, ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.` })
  @MinLength(PASSWORD_MIN, { message: 'TOO_SHORT' })
  @MaxLength(PASSWORD_MAX, { message: 'TOO_LONG' })
  password!: string;

  @Field(() => String, { description: 'Given name.' })
  @IsNotEmpty({ message: 'REQUIRED' })
  @MaxLength(100, { message: 'TOO_LONG' })
  firstName!: string;

  @Field(() => String, { description: 'Family name.' })
  @IsNotEmpty({ message: 'REQUIRED' })
  @MaxLength(100, { message: 'TOO_LONG' })
  lastName!: string;

  @Field(() => Language, {
    nullable: true,
    description:
      'The language of the new account (its mails, tickets and exports); French when left out. Usually the language the sign-up page is shown in.',
  })
  language?: Language | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Issue 16: a path of this site to come back to once the address is verified (e.g. the ticket being booked), carried by the verification link. Anything but a same-site path (`//host`, `/\\host`, an absolute URL, control characters) is ignored.',
  })
  returnTo?: string | null;
}

@InputType({ description: 'Email and password sign-in.' })
export class SignInInput {
  @Field(() => String, { description: 'Email address of the account.' })
  @IsNotEmpty({ message: 'REQUIRED' })
  @IsEmailAddress()
  @MaxLength(320, { message: 'TOO_LONG' })
  email!: string;

  @Field(() => String, { description: 'Password of the account.' })
  @IsNotEmpty({ message: 'REQUIRED' })
  @MaxLength(PASSWORD_MAX, { message: 'TOO_LONG' })
  password!: string;
}

@InputType({ description: 'A new password chosen through an emailed link.' })
export class ResetPasswordInput {
  @Field(() => String, { description: 'The token from the emailed link.' })
  @IsNotEmpty({ message: 'REQUIRED' })
  @MaxLength(200, { message: 'TOO_LONG' })
  token!: string;

  @Field(() => String, { description: `New password, ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.` })
  @MinLength(PASSWORD_MIN, { message: 'TOO_SHORT' })
  @MaxLength(PASSWORD_MAX, { message: 'TOO_LONG' })
  password!: string;
}

@InputType({ description: "Change of the signed-in user's password." })
export class ChangePasswordInput {
  @Field(() => String, { description: 'The current password.' })
  @IsNotEmpty({ message: 'REQUIRED' })
  @MaxLength(PASSWORD_MAX, { message: 'TOO_LONG' })
  currentPassword!: string;

  @Field(() => String, { description: `New password, ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.` })
  @MinLength(PASSWORD_MIN, { message: 'TOO_SHORT' })
  @MaxLength(PASSWORD_MAX, { message: 'TOO_LONG' })
  newPassword!: string;
}

@InputType({
  description:
    "Profile change of the signed-in user; a field left out (or null) stays as it is. Names: external accounts only (school accounts' are kept up to date by the school, AC2). Language: every account.",
})
export class UpdateProfileInput {
  @Field(() => String, { nullable: true, description: 'Given name; left out: unchanged.' })
  @IsOptional()
  @IsNotEmpty({ message: 'REQUIRED' })
  @MaxLength(100, { message: 'TOO_LONG' })
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: 'Family name; left out: unchanged.' })
  @IsOptional()
  @IsNotEmpty({ message: 'REQUIRED' })
  @MaxLength(100, { message: 'TOO_LONG' })
  lastName?: string | null;

  @Field(() => Language, {
    nullable: true,
    description: 'The language of the mails, tickets and exports made for the person; left out: unchanged.',
  })
  language?: Language | null;
}
