import { LocalDateResolver } from 'graphql-scalars';
import { GraphQLUpload, type FileUpload } from 'graphql-upload-minimal';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Association, AssociationMembership, Club, ClubMembership, School } from '../../model';
import { CreateAssociationInput, CreateClubInput, CreateSchoolInput, UpdateClubInput } from './organizations.inputs';
import * as organizations from './organizations.service';

/**
 * Issue 13: platform admins create, rename, archive and restore schools, associations and clubs and manage association
 * memberships; a club's board manages its own club's members and board. Every change is audited.
 */
@Resolver()
export class OrganizationsAdminResolver {
  @Mutation(() => School, {
    description:
      'Creates a school. Platform admins only. BAD_USER_INPUT (slug DUPLICATE or INVALID_FORMAT, name REQUIRED).',
  })
  createSchool(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateSchoolInput, { description: 'The new school.' }) input: CreateSchoolInput,
  ) {
    return organizations.createSchool(ctx, input);
  }

  @Mutation(() => School, { description: 'Renames a school (its slug stays). Platform admins only.' })
  renameSchool(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The school’s id.' }) id: string,
    @Arg('name', () => String, { description: 'The new display name.' }) name: string,
  ) {
    return organizations.rename(ctx, School, id, name);
  }

  @Mutation(() => School, {
    description:
      'Archives a school: it keeps its accounts and history, but takes no new association. Platform admins only.',
  })
  archiveSchool(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'The school’s id.' }) id: string) {
    return organizations.setArchived(ctx, School, id, true);
  }

  @Mutation(() => School, {
    description:
      'Restores an archived school: it takes new associations and memberships again. Platform admins only; audited; restoring a school that is not archived changes nothing.',
  })
  unarchiveSchool(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'The school’s id.' }) id: string) {
    return organizations.setArchived(ctx, School, id, false);
  }

  @Mutation(() => Association, {
    description:
      'Creates an association, in a school or cross-school. Platform admins only. ORGANIZATION_ARCHIVED when the school is archived.',
  })
  createAssociation(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateAssociationInput, { description: 'The new association.' }) input: CreateAssociationInput,
  ) {
    return organizations.createAssociation(ctx, input);
  }

  @Mutation(() => Association, { description: 'Renames an association (its slug stays). Platform admins only.' })
  renameAssociation(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The association’s id.' }) id: string,
    @Arg('name', () => String, { description: 'The new display name.' }) name: string,
  ) {
    return organizations.rename(ctx, Association, id, name);
  }

  @Mutation(() => Association, {
    description:
      'Archives an association: its memberships and history stay, it takes no new membership or club. Platform admins only.',
  })
  archiveAssociation(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The association’s id.' }) id: string,
  ) {
    return organizations.setArchived(ctx, Association, id, true);
  }

  @Mutation(() => Association, {
    description:
      'Restores an archived association: it takes new memberships and clubs again. Platform admins only; audited; restoring one that is not archived changes nothing. ORGANIZATION_ARCHIVED while its school is archived (restore the school first).',
  })
  unarchiveAssociation(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The association’s id.' }) id: string,
  ) {
    return organizations.setArchived(ctx, Association, id, false);
  }

  @Mutation(() => Club, {
    description:
      'Creates a club, in an association or not. Platform admins only. ORGANIZATION_ARCHIVED when the association is archived.',
  })
  createClub(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateClubInput, { description: 'The new club.' }) input: CreateClubInput,
  ) {
    return organizations.createClub(ctx, input);
  }

  @Mutation(() => Club, { description: 'Renames a club or moves it to another association. Platform admins only.' })
  updateClub(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The club’s id.' }) id: string,
    @Arg('input', () => UpdateClubInput, { description: 'Its new name and association.' }) input: UpdateClubInput,
  ) {
    return organizations.updateClub(ctx, id, input);
  }

  @Mutation(() => Club, {
    description:
      'Archives a club: its events, grants and memberships stay, but it creates no new event (ORGANIZATION_ARCHIVED) and takes no new member. Platform admins only.',
  })
  archiveClub(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'The club’s id.' }) id: string) {
    return organizations.setArchived(ctx, Club, id, true);
  }

  @Mutation(() => Club, {
    description:
      'Restores an archived club: it creates events and takes members again (EV2). Platform admins only; audited; restoring one that is not archived changes nothing. ORGANIZATION_ARCHIVED while its association is archived (restore the association first).',
  })
  unarchiveClub(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'The club’s id.' }) id: string) {
    return organizations.setArchived(ctx, Club, id, false);
  }

  @Mutation(() => Club, {
    description:
      'Sets the club’s logo (PNG, JPEG or WebP by content, at most COVER_MAX_KB). Multipart request; platform admins only.',
  })
  setClubLogo(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The club’s id.' }) id: string,
    @Arg('file', () => GraphQLUpload, { description: 'The image.' }) file: Promise<FileUpload>,
  ) {
    return organizations.setClubLogo(ctx, id, file);
  }

  @Mutation(() => Club, { description: 'Removes the club’s logo. Platform admins only.' })
  removeClubLogo(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'The club’s id.' }) id: string) {
    return organizations.removeClubLogo(ctx, id);
  }

  @Query(() => [ClubMembership], {
    description: "A club's members, board first. Platform admins and the club's board only (FORBIDDEN otherwise).",
  })
  clubMembers(@Ctx() ctx: GraphQLContext, @Arg('clubId', () => ID, { description: 'The club’s id.' }) clubId: string) {
    return organizations.clubMembers(ctx, clubId);
  }

  @Mutation(() => ClubMembership, {
    description:
      "Adds a school account to a club, or changes their board seat (audited). Platform admins and the club's board only. BAD_USER_INPUT on email: UNKNOWN_REFERENCE (no account), NOT_ALLOWED (an external account, AC1). LAST_BOARD_MEMBER when the club's board would take the seat of its last board member (PM2; platform admins may).",
  })
  setClubMembership(
    @Ctx() ctx: GraphQLContext,
    @Arg('clubId', () => ID, { description: 'The club’s id.' }) clubId: string,
    @Arg('email', () => String, { description: 'Email of the school account.' }) email: string,
    @Arg('isBoard', () => Boolean, { description: "Whether the person sits on the club's board." }) isBoard: boolean,
  ) {
    return organizations.setClubMembership(ctx, clubId, email, isBoard);
  }

  @Mutation(() => Boolean, {
    description:
      "Removes a person from a club (audited). Platform admins and the club's board only. LAST_BOARD_MEMBER when the club's board would remove its last board member (PM2; platform admins may). Always true.",
  })
  removeClubMembership(
    @Ctx() ctx: GraphQLContext,
    @Arg('clubId', () => ID, { description: 'The club’s id.' }) clubId: string,
    @Arg('userId', () => ID, { description: 'The person’s id.' }) userId: string,
  ) {
    return organizations.removeClubMembership(ctx, clubId, userId);
  }

  @Query(() => [AssociationMembership], {
    description: "An association's memberships, latest end date first. Platform admins only.",
  })
  associationMembers(
    @Ctx() ctx: GraphQLContext,
    @Arg('associationId', () => ID, { description: 'The association’s id.' }) associationId: string,
  ) {
    return organizations.associationMembers(ctx, associationId);
  }

  @Mutation(() => AssociationMembership, {
    description:
      "Adds a school account's membership of an association, or changes its end date (audited). Platform admins only.",
  })
  setAssociationMembership(
    @Ctx() ctx: GraphQLContext,
    @Arg('associationId', () => ID, { description: 'The association’s id.' }) associationId: string,
    @Arg('email', () => String, { description: 'Email of the school account.' }) email: string,
    @Arg('endsOn', () => LocalDateResolver, { description: 'Last day (inclusive) of the membership, `YYYY-MM-DD`.' })
    endsOn: string,
  ) {
    return organizations.setAssociationMembership(ctx, associationId, email, endsOn);
  }

  @Mutation(() => Boolean, { description: 'Removes a membership of an association (audited). Platform admins only.' })
  removeAssociationMembership(
    @Ctx() ctx: GraphQLContext,
    @Arg('associationId', () => ID, { description: 'The association’s id.' }) associationId: string,
    @Arg('userId', () => ID, { description: 'The person’s id.' }) userId: string,
  ) {
    return organizations.removeAssociationMembership(ctx, associationId, userId);
  }
}
