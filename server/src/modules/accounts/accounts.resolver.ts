import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import {
  ChangePasswordInput,
  ResetPasswordInput,
  SignInInput,
  SignUpInput,
  UpdateProfileInput,
} from './accounts.inputs';
import { accountsPolicy, enforce } from './accounts.policy';
import { CreatedApiToken, SchoolAccountImportReport } from './accounts.types';
import * as apiTokens from './api-tokens.service';
import * as auth from './auth.service';
import { importSchoolAccounts } from './school-import.service';
import { listUsers } from './users.service';
import { shownName } from './deletion.service';
import { AssociationMembership, ClubMembership, School, ApiToken, AccountKind, Language, User } from '../../model';

@Resolver()
export class AccountsResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null when anonymous.' })
  viewer(@Ctx() ctx: GraphQLContext): User | null {
    return ctx.viewer?.user ?? null;
  }

  @Query(() => [User], {
    description: 'Accounts matching a search on name or email. Platform admins only.',
    complexity: 50,
  })
  users(
    @Ctx() ctx: GraphQLContext,
    @Arg('search', () => String, { nullable: true, description: 'Words that must each appear in the name or email.' })
    search?: string,
    @Arg('first', () => Int, { defaultValue: 50, description: 'How many to return, at most 200.' }) first?: number,
  ): Promise<User[]> {
    return listUsers(ctx, { search, first: first ?? 50 });
  }

  @Query(() => [ApiToken], { description: "The signed-in user's personal API tokens, newest first." })
  apiTokens(@Ctx() ctx: GraphQLContext): Promise<ApiToken[]> {
    return apiTokens.listApiTokens(ctx);
  }

  @Mutation(() => Boolean, {
    description:
      'Creates an external account and mails a verification link (AC1). Always true for a well-formed input, whether or not the email already has an account.',
  })
  signUp(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => SignUpInput, { description: 'The new account.' }) input: SignUpInput,
  ) {
    return auth.signUp(ctx, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Verifies an email address with the token from the mailed link, and signs the person in (session cookie; issue 16: the link proves they hold the mailbox). INVALID_TOKEN when unknown, used or expired.',
  })
  verifyEmail(
    @Ctx() ctx: GraphQLContext,
    @Arg('token', () => String, { description: 'The token from the link.' }) token: string,
  ) {
    return auth.verifyEmail(ctx, token);
  }

  @Mutation(() => Boolean, {
    description: 'Mails a new verification link if the address has an unverified external account. Always true.',
  })
  resendVerificationEmail(
    @Ctx() ctx: GraphQLContext,
    @Arg('email', () => String, { description: 'The address to verify.' }) email: string,
  ) {
    return auth.resendVerificationEmail(ctx, email);
  }

  @Mutation(() => User, {
    description:
      'Signs in with email and password and sets the HTTP-only session cookie. INVALID_CREDENTIALS, EMAIL_NOT_VERIFIED or RATE_LIMITED otherwise; SCHOOL_SIGNIN_REQUIRED when the password of a school account is right but school accounts sign in only with the school’s identity provider (AC2).',
  })
  signIn(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => SignInInput, { description: 'Credentials.' }) input: SignInInput,
  ) {
    return auth.signIn(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session and clears its cookie.' })
  signOut(@Ctx() ctx: GraphQLContext) {
    return auth.signOut(ctx);
  }

  @Mutation(() => Boolean, {
    description:
      'Mails a password-reset link if the address has an account (a school account that may not have a password, AC2: a mail pointing to the school sign-in instead). Always true.',
  })
  requestPasswordReset(
    @Ctx() ctx: GraphQLContext,
    @Arg('email', () => String, { description: 'The account’s address.' }) email: string,
  ) {
    return auth.requestPasswordReset(ctx, email);
  }

  @Mutation(() => Boolean, {
    description:
      'Sets a new password with the token from a reset or invitation mail; ends every session of the account. SCHOOL_PASSWORD_DISABLED for a school account that may not have a password (AC2).',
  })
  resetPassword(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => ResetPasswordInput, { description: 'Token and new password.' }) input: ResetPasswordInput,
  ) {
    return auth.resetPassword(ctx, input);
  }

  @Mutation(() => Boolean, {
    description:
      "Changes the signed-in user's password; ends their other sessions. SCHOOL_PASSWORD_DISABLED for a school account that may not have a password (AC2, `User.canSetPassword`).",
  })
  changePassword(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => ChangePasswordInput, { description: 'Current and new password.' }) input: ChangePasswordInput,
  ) {
    return auth.changePassword(ctx, input);
  }

  @Mutation(() => User, {
    description:
      "Updates the signed-in user's profile: names (external accounts only: FORBIDDEN for school accounts, whose directory is authoritative) and language (every account). What is left out stays as it is.",
  })
  updateProfile(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => UpdateProfileInput, { description: 'New names and/or language.' }) input: UpdateProfileInput,
  ) {
    return auth.updateProfile(ctx, input);
  }

  @Mutation(() => CreatedApiToken, {
    description: 'Creates a personal API token for integrations; the secret is returned this once.',
  })
  createApiToken(
    @Ctx() ctx: GraphQLContext,
    @Arg('name', () => String, { description: 'A name to recognise the token.' }) name: string,
  ) {
    return apiTokens.createApiToken(ctx, name);
  }

  @Mutation(() => ApiToken, {
    description: 'Revokes one of the signed-in user’s API tokens; it stops working at once.',
  })
  revokeApiToken(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'The token’s id.' }) id: string) {
    return apiTokens.revokeApiToken(ctx, id);
  }

  @Mutation(() => SchoolAccountImportReport, {
    description:
      'Imports school accounts from CSV (AC2), platform admins only. Header: `email,first_name,last_name,school,class_year[,associations][,clubs]`; ' +
      '`associations` = `slug:YYYY-MM-DD;…` (membership end date), `clubs` = `slug` or `slug:board`, `;`-separated. ' +
      'All or nothing; people are matched by email, so re-importing updates them. An absent optional column leaves those memberships alone; a present one replaces them.',
    complexity: 100,
  })
  importSchoolAccounts(
    @Ctx() ctx: GraphQLContext,
    @Arg('csv', () => String, { description: 'The file’s content, UTF-8.' }) csv: string,
    @Arg('dryRun', () => Boolean, {
      defaultValue: false,
      description: 'Check and count without writing anything or sending mail.',
    })
    dryRun: boolean,
  ) {
    return importSchoolAccounts(ctx, csv, dryRun);
  }
}

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => String, {
    description: 'First and last name; "Anonyme" (Anonymous) once the account is deleted (AC3).',
  })
  fullName(@Root() user: User, @Ctx() ctx: GraphQLContext) {
    return shownName(user.firstName, user.lastName, ctx.viewer?.user.language);
  }

  @FieldResolver(() => AccountKind, {
    description: 'School or external account (AC1). Private: the person and platform admins only.',
  })
  kind(@Root() user: User, @Ctx() ctx: GraphQLContext) {
    enforce(accountsPolicy.canReadAccount(ctx.viewer, user));
    return user.kind;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Class year ("promotion"), e.g. 2027. School accounts only. Private: the person and platform admins only.',
  })
  classYear(@Root() user: User, @Ctx() ctx: GraphQLContext) {
    enforce(accountsPolicy.canReadAccount(ctx.viewer, user));
    return user.classYear ?? null;
  }

  @FieldResolver(() => Boolean, {
    description:
      'Platform administrators have every permission on every event (PM2) and import school accounts. Private: the person and platform admins only.',
  })
  isPlatformAdmin(@Root() user: User, @Ctx() ctx: GraphQLContext) {
    enforce(accountsPolicy.canReadAccount(ctx.viewer, user));
    return user.isPlatformAdmin;
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether this account may sign in with, change and reset a password (AC2): external accounts always; school accounts unless the platform has them sign in only with the school’s identity provider (`SCHOOL_PASSWORDS=false`, the default with a real provider), when changing or resetting a password answers SCHOOL_PASSWORD_DISABLED and a right password SCHOOL_SIGNIN_REQUIRED. Private: the person and platform admins only.',
  })
  canSetPassword(@Root() user: User, @Ctx() ctx: GraphQLContext) {
    enforce(accountsPolicy.canReadAccount(ctx.viewer, user));
    return !auth.passwordRefused(ctx.deps.config, user);
  }

  @FieldResolver(() => Language, {
    description:
      'The language the person reads the platform in: their mails, their tickets and the exports they ask for. Private: the person only (not even platform admins).',
  })
  language(@Root() user: User, @Ctx() ctx: GraphQLContext) {
    enforce(accountsPolicy.canReadOwnSettings(ctx.viewer, user));
    return user.language;
  }

  @FieldResolver(() => Date, {
    description: 'When the account was created. Private: the person and platform admins only.',
  })
  createdAt(@Root() user: User, @Ctx() ctx: GraphQLContext) {
    enforce(accountsPolicy.canReadAccount(ctx.viewer, user));
    return user.createdAt;
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the email address is verified (school accounts are, by their directory). Private: the person and platform admins only.',
  })
  emailVerified(@Root() user: User, @Ctx() ctx: GraphQLContext) {
    enforce(accountsPolicy.canReadAccount(ctx.viewer, user));
    return !!user.emailVerifiedAt;
  }

  @FieldResolver(() => School, {
    nullable: true,
    description: 'The school of a school account. Private: the person and platform admins only.',
  })
  school(@Root() user: User, @Ctx() ctx: GraphQLContext) {
    enforce(accountsPolicy.canReadAccount(ctx.viewer, user));
    return user.school ? ctx.loaders.school.load(user.school.id) : null;
  }

  @FieldResolver(() => [AssociationMembership], {
    description:
      'Association memberships, latest end date first (expired ones included). Private: the person and platform admins only.',
  })
  associationMemberships(@Root() user: User, @Ctx() ctx: GraphQLContext) {
    enforce(accountsPolicy.canReadAccount(ctx.viewer, user));
    return ctx.loaders.associationMembershipsByUser.load(user.id);
  }

  @FieldResolver(() => [ClubMembership], {
    description: 'Club memberships, with the board flag. Private: the person and platform admins only.',
  })
  clubMemberships(@Root() user: User, @Ctx() ctx: GraphQLContext) {
    enforce(accountsPolicy.canReadAccount(ctx.viewer, user));
    return ctx.loaders.clubMembershipsByUser.load(user.id);
  }
}
