import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { User } from '../../model';
import { changePlatformAdmin, platformAdmins } from './admins.service';

/** Issue 13: platform admins, managed from the console (the first one comes from `npm run admin -- grant`). */
@Resolver()
export class PlatformAdminsResolver {
  @Query(() => [User], { description: 'Every platform admin, by email. Platform admins only (FORBIDDEN otherwise).' })
  platformAdmins(@Ctx() ctx: GraphQLContext): Promise<User[]> {
    return platformAdmins(ctx);
  }

  @Mutation(() => User, {
    description:
      'Makes the person a platform admin (audited). Platform admins only. Doing it twice changes nothing. NOT_FOUND for an unknown person.',
  })
  promotePlatformAdmin(
    @Ctx() ctx: GraphQLContext,
    @Arg('userId', () => ID, { description: 'The person’s id (from `users`).' }) userId: string,
  ): Promise<User> {
    return changePlatformAdmin(ctx, userId, true);
  }

  @Mutation(() => User, {
    description:
      'Takes platform admin rights away from the person (audited; an admin may demote themselves). Platform admins only. LAST_PLATFORM_ADMIN when they are the last one.',
  })
  demotePlatformAdmin(
    @Ctx() ctx: GraphQLContext,
    @Arg('userId', () => ID, { description: 'The person’s id.' }) userId: string,
  ): Promise<User> {
    return changePlatformAdmin(ctx, userId, false);
  }
}
