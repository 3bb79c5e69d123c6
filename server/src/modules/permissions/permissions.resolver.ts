import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { GrantPermissionInput } from './permissions.inputs';
import { grantPermission, revokePermission } from './permissions.service';
import { User, Club, EventGrant } from '../../model';

@Resolver(() => EventGrant)
export class EventGrantResolver {
  @Mutation(() => EventGrant, {
    description: 'Grants a level on an event (PM2). Needs ADMIN. CONFLICT when the grantee already has a grant.',
  })
  grantPermission(
    @Ctx() ctx: GraphQLContext,
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Arg('input', () => GrantPermissionInput, { description: 'Level and grantee.' }) input: GrantPermissionInput,
  ) {
    return grantPermission(ctx, eventId, input);
  }

  @Mutation(() => ID, {
    description: 'Revokes a grant; returns its id. Needs ADMIN. CONFLICT for the event’s last ADMIN grant.',
  })
  revokePermission(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'The grant’s id.' }) id: string) {
    return revokePermission(ctx, id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The person, for USER grants.' })
  user(@Root() g: EventGrant, @Ctx() ctx: GraphQLContext) {
    return g.user ? ctx.loaders.user.load(g.user.id) : null;
  }

  @FieldResolver(() => Club, { nullable: true, description: 'The club, for CLUB_BOARD and CLUB_MEMBERS grants.' })
  club(@Root() g: EventGrant, @Ctx() ctx: GraphQLContext) {
    return g.club ? ctx.loaders.club.load(g.club.id) : null;
  }
}
