import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { enforce } from './accounts.policy';
import { oidcPolicy } from './oidc.policy';
import { schoolSignInStatus } from './oidc.service';
import { SchoolSignInStatus } from './oidc.types';

@Resolver()
export class SchoolSignInResolver {
  @Query(() => SchoolSignInStatus, {
    description:
      'AC2: whether school sign-in is configured and its identity provider answers now (it is asked, at most every few minutes when it works). Platform admins only.',
  })
  schoolSignInStatus(@Ctx() ctx: GraphQLContext): Promise<SchoolSignInStatus> {
    enforce(oidcPolicy.canSeeSchoolSignInStatus(ctx.viewer));
    return schoolSignInStatus(ctx.deps);
  }
}
