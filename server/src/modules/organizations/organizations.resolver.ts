import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { parisDate } from '../../core/time';
import { Association, AssociationMembership, Club, ClubMembership, School, User } from '../../model';

/** Schools, associations and clubs are public: attendees see them on events and ticket restrictions. */
@Resolver()
export class OrganizationsResolver {
  @Query(() => [School], { description: 'Every school, by name.' })
  schools(@Ctx() ctx: GraphQLContext) {
    return ctx.em.find(School, {}, { orderBy: { name: 'asc' } });
  }

  @Query(() => [Association], { description: 'Every association, by name.' })
  associations(@Ctx() ctx: GraphQLContext) {
    return ctx.em.find(Association, {}, { orderBy: { name: 'asc' } });
  }

  @Query(() => [Club], { description: 'Every club, by name.' })
  clubs(@Ctx() ctx: GraphQLContext) {
    return ctx.em.find(Club, {}, { orderBy: { name: 'asc' } });
  }
}

@Resolver(() => Association)
export class AssociationResolver {
  @FieldResolver(() => School, { nullable: true, description: 'The school the association belongs to, if any.' })
  school(@Root() a: Association, @Ctx() ctx: GraphQLContext) {
    return a.school ? ctx.loaders.school.load(a.school.id) : null;
  }
}

@Resolver(() => Club)
export class ClubResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'URL of the club’s logo (public, like the club), or null.',
  })
  logoUrl(@Root() c: Club) {
    return c.logoKey ? `/media/clubs/${c.id}/logo?v=${c.logoKey.slice(-12, -4)}` : null;
  }

  @FieldResolver(() => Association, { nullable: true, description: 'The association the club is part of, if any.' })
  association(@Root() c: Club, @Ctx() ctx: GraphQLContext) {
    return c.association ? ctx.loaders.association.load(c.association.id) : null;
  }
}

@Resolver(() => AssociationMembership)
export class AssociationMembershipResolver {
  @FieldResolver(() => Association, { description: 'The association.' })
  async association(@Root() m: AssociationMembership, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.association.load(m.association.id))!;
  }

  @FieldResolver(() => User, { description: 'The member (id, names and email).' })
  async user(@Root() m: AssociationMembership, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.user.load(m.user.id))!;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the membership is valid today (Paris date ≤ `endsOn`).' })
  isValid(@Root() m: AssociationMembership) {
    return m.endsOn >= parisDate();
  }
}

@Resolver(() => ClubMembership)
export class ClubMembershipResolver {
  @FieldResolver(() => Club, { description: 'The club.' })
  async club(@Root() m: ClubMembership, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.club.load(m.club.id))!;
  }

  @FieldResolver(() => User, { description: 'The member (id, names and email).' })
  async user(@Root() m: ClubMembership, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.user.load(m.user.id))!;
  }
}
