import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { accountDeletionDate, deleteMyAccount } from './deletion.service';
import { AccountDeletion, PersonalDataItem } from './deletion.types';

const REMOVES = [
  PersonalDataItem.NAMES,
  PersonalDataItem.EMAIL,
  PersonalDataItem.PASSWORD,
  PersonalDataItem.SESSIONS,
  PersonalDataItem.API_TOKENS,
  PersonalDataItem.UPLOADED_FILES,
];
const KEEPS = [PersonalDataItem.BOOKINGS, PersonalDataItem.PAYMENTS, PersonalDataItem.AUDIT_LOG];

@Resolver()
export class AccountDeletionResolver {
  @Query(() => AccountDeletion, {
    description:
      'AC3: when the signed-in external account may delete itself, and what deletion removes and keeps. UNAUTHENTICATED when signed out, FORBIDDEN for a school account (it belongs to the school).',
  })
  async accountDeletion(@Ctx() ctx: GraphQLContext): Promise<AccountDeletion> {
    return { deletableFrom: await accountDeletionDate(ctx), removes: REMOVES, keeps: KEEPS };
  }

  @Mutation(() => Boolean, {
    description:
      'AC3: deletes the signed-in external account for good: names, email, password, sessions, API tokens and uploaded files go; bookings, payments and audit entries stay as proof, shown as "Anonyme". The same email may sign up again as a new person. ACCOUNT_DELETION_NOT_YET (with `extensions.deletableFrom`) before the date, BAD_USER_INPUT (WRONG_PASSWORD) for a wrong password, FORBIDDEN for a school account.',
  })
  deleteMyAccount(
    @Ctx() ctx: GraphQLContext,
    @Arg('password', () => String, { description: 'The account’s password, as confirmation.' }) password: string,
  ): Promise<boolean> {
    return deleteMyAccount(ctx, password);
  }
}
