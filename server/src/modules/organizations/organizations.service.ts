import type { EntityManager } from '@mikro-orm/postgresql';
import type { FileUpload } from 'graphql-upload-minimal';
import type { ActorContext } from '../../app-context';
import { badInput, lastBoardMember, notFound, organizationArchived } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { isEmail, normalizeEmail } from '../../core/normalize';
import { databaseError } from '../../db/sqlstates';
import { audit } from '../audit';
import { replaceImage } from '../storage';
import type {
  CreateAssociationInput,
  CreateClubInput,
  CreateSchoolInput,
  UpdateClubInput,
} from './organizations.inputs';
import { enforce, organizationsPolicy } from './organizations.policy';
import { AccountKind, Association, AssociationMembership, Club, ClubMembership, School, User } from '../../model';

type Organization = typeof School | typeof Association | typeof Club;

/** A trimmed, non-empty display name (BAD_USER_INPUT otherwise). */
function cleanName(name: string): string {
  const clean = name.trim();
  if (!clean) throw badInput({ name: 'REQUIRED' });
  return clean;
}

async function findOrNull<T extends Organization>(em: EntityManager, kind: T, id: string | null | undefined) {
  return id && isUuid(id) ? ((await em.findOne(kind, id)) as InstanceType<T> | null) : null;
}

async function mustFind<T extends Organization>(em: EntityManager, kind: T, id: string): Promise<InstanceType<T>> {
  const found = await findOrNull(em, kind, id);
  if (!found) throw notFound(kind.name);
  return found;
}

/** A reference to a parent organization: unknown → UNKNOWN_REFERENCE on `field`, archived → ORGANIZATION_ARCHIVED. */
async function parent<T extends Organization>(
  em: EntityManager,
  kind: T,
  id: string | null | undefined,
  field: string,
): Promise<InstanceType<T> | undefined> {
  if (!id) return undefined;
  const found = await findOrNull(em, kind, id);
  if (!found) throw badInput({ [field]: 'UNKNOWN_REFERENCE' });
  if (found.archivedAt) throw organizationArchived(`${kind.name} ${found.slug}`);
  return found;
}

/** Runs a change in one transaction; a slug taken meanwhile (unique index) is DUPLICATE on `slug`. */
async function change<T>(ctx: ActorContext, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await ctx.em.transactional(fn);
  } catch (e) {
    if (
      (e as { code?: string; constraint?: string }).code === '23505' &&
      /_slug_unique$/.test((e as { constraint?: string }).constraint ?? '')
    )
      throw badInput({ slug: 'DUPLICATE' }, 'This slug is already used.');
    throw databaseError(e) ?? e;
  }
}

async function slugFree(em: EntityManager, kind: Organization, slug: string) {
  if (await em.count(kind, { slug })) throw badInput({ slug: 'DUPLICATE' }, 'This slug is already used.');
}

export async function createSchool(ctx: ActorContext, input: CreateSchoolInput): Promise<School> {
  enforce(organizationsPolicy.canManageOrganizations(ctx.viewer));
  const name = cleanName(input.name);
  return change(ctx, async (em) => {
    await slugFree(em, School, input.slug);
    const school = new School(input.slug, name);
    em.persist(school);
    audit(ctx, em, {
      action: 'school.created',
      subjectType: 'School',
      subjectId: school.id,
      data: { slug: school.slug, name },
    });
    return school;
  });
}

export async function createAssociation(ctx: ActorContext, input: CreateAssociationInput): Promise<Association> {
  enforce(organizationsPolicy.canManageOrganizations(ctx.viewer));
  const name = cleanName(input.name);
  return change(ctx, async (em) => {
    const school = await parent(em, School, input.schoolId, 'schoolId');
    await slugFree(em, Association, input.slug);
    const association = new Association(input.slug, name, school);
    em.persist(association);
    audit(ctx, em, {
      action: 'association.created',
      subjectType: 'Association',
      subjectId: association.id,
      data: { slug: association.slug, name, school: school?.slug ?? null },
    });
    return association;
  });
}

export async function createClub(ctx: ActorContext, input: CreateClubInput): Promise<Club> {
  enforce(organizationsPolicy.canManageOrganizations(ctx.viewer));
  const name = cleanName(input.name);
  return change(ctx, async (em) => {
    const association = await parent(em, Association, input.associationId, 'associationId');
    await slugFree(em, Club, input.slug);
    const club = new Club(input.slug, name, association);
    em.persist(club);
    audit(ctx, em, {
      action: 'club.created',
      subjectType: 'Club',
      subjectId: club.id,
      data: { slug: club.slug, name, association: association?.slug ?? null },
    });
    return club;
  });
}

/** Renames a school or an association (archived ones too: a name is history's label). */
export async function rename<T extends typeof School | typeof Association>(
  ctx: ActorContext,
  kind: T,
  id: string,
  rawName: string,
): Promise<InstanceType<T>> {
  enforce(organizationsPolicy.canManageOrganizations(ctx.viewer));
  const name = cleanName(rawName);
  return change(ctx, async (em) => {
    const org = await mustFind(em, kind, id);
    const before = org.name;
    org.name = name;
    audit(ctx, em, {
      action: `${kind.name.toLowerCase()}.renamed`,
      subjectType: kind.name,
      subjectId: org.id,
      data: { before, name },
    });
    return org;
  });
}

export async function updateClub(ctx: ActorContext, id: string, input: UpdateClubInput): Promise<Club> {
  enforce(organizationsPolicy.canManageOrganizations(ctx.viewer));
  const name = cleanName(input.name);
  return change(ctx, async (em) => {
    const club = await mustFind(em, Club, id);
    const before = { name: club.name, association: club.association?.id ?? null };
    const association =
      input.associationId && input.associationId === before.association
        ? club.association
        : await parent(em, Association, input.associationId, 'associationId');
    club.name = name;
    club.association = association ?? undefined;
    audit(ctx, em, { action: 'club.updated', subjectType: 'Club', subjectId: club.id, data: { before } });
    return club;
  });
}

/**
 * Archives a school, an association or a club: it keeps its history (events, grants, memberships) but takes nothing
 * new — no event for an archived club, no membership, no child organization. Restoring it (`archived` false) lets it
 * take new things again, but not while its parent is archived (ORGANIZATION_ARCHIVED naming the parent). Either way,
 * doing it twice changes nothing; each change is audited (`*.archived`, `*.unarchived`).
 */
export async function setArchived<T extends Organization>(
  ctx: ActorContext,
  kind: T,
  id: string,
  archived: boolean,
): Promise<InstanceType<T>> {
  enforce(organizationsPolicy.canManageOrganizations(ctx.viewer));
  return change(ctx, async (em) => {
    const org = await mustFind(em, kind, id);
    if (!!org.archivedAt === archived) return org;
    if (!archived) {
      const parentArchived = await archivedParent(em, org);
      if (parentArchived) throw organizationArchived(parentArchived);
    }
    org.archivedAt = archived ? ctx.deps.clock.now() : null;
    const action = `${kind.name.toLowerCase()}.${archived ? 'archived' : 'unarchived'}`;
    audit(ctx, em, { action, subjectType: kind.name, subjectId: org.id });
    return org;
  });
}

/**
 * The parent whose archiving keeps a child archived (a club's association, an association's school), read under a
 * shared lock on its row so that archiving it meanwhile waits for the restore (and the restore sees it).
 */
async function archivedParent(em: EntityManager, org: School | Association | Club): Promise<string | null> {
  const [table, id, label] =
    org instanceof Club
      ? ['associations', org.association?.id, 'Association']
      : org instanceof Association
        ? ['schools', org.school?.id, 'School']
        : [null, undefined, ''];
  if (!table || !id) return null;
  const [row] = await em.execute<Array<{ slug: string; archived: boolean }>>(
    `select slug, archived_at is not null as archived from ${table} where id = ? for share`,
    [id],
  );
  return row?.archived ? `${label} ${row.slug}` : null;
}

/** The school account a membership is about: unknown → UNKNOWN_REFERENCE, an external account → NOT_ALLOWED (AC1). */
async function schoolAccount(em: EntityManager, rawEmail: string): Promise<User> {
  const email = normalizeEmail(rawEmail);
  if (!isEmail(email)) throw badInput({ email: 'INVALID_EMAIL' });
  const user = await em.findOne(User, { email });
  if (!user) throw badInput({ email: 'UNKNOWN_REFERENCE' }, 'No account has this email.');
  if (user.kind !== AccountKind.SCHOOL)
    throw badInput({ email: 'NOT_ALLOWED' }, 'Only school accounts hold memberships (AC1).');
  return user;
}

/** Whether the viewer sits on the club's board now (read in the change's transaction). */
async function viewerOnBoard(ctx: ActorContext, em: EntityManager, clubId: string) {
  if (!ctx.viewer) return false;
  return (await em.count(ClubMembership, { club: clubId, user: ctx.viewer.user.id, isBoard: true })) > 0;
}

/** A club for its members' management: NOT_FOUND when unknown, FORBIDDEN unless platform admin or its board. */
async function managedClub(ctx: ActorContext, em: EntityManager, clubId: string): Promise<Club> {
  if (!ctx.viewer) enforce(organizationsPolicy.canManageClubMembers(null, false));
  const club = await findOrNull(em, Club, clubId);
  if (!club) throw notFound('Club');
  enforce(organizationsPolicy.canManageClubMembers(ctx.viewer, await viewerOnBoard(ctx, em, club.id)));
  return club;
}

/**
 * A club's members and board are changed one at a time: the club's row is locked (`for update`) before anything is
 * read, so the board seen by the checks below is the one the change leaves (two board members demoting each other at
 * once: the second waits, then finds itself off the board).
 */
async function lockedManagedClub(ctx: ActorContext, em: EntityManager, clubId: string): Promise<Club> {
  if (ctx.viewer && isUuid(clubId)) await em.execute('select id from clubs where id = ? for update', [clubId]);
  return managedClub(ctx, em, clubId);
}

/**
 * PM2: a club's board can't leave its club without a board — taking the seat of its last board member (themselves
 * included) is LAST_BOARD_MEMBER. Platform admins may empty a board (they can always name a new one). Runs under the
 * club's row lock (lockedManagedClub).
 */
async function keepOneBoardMember(ctx: ActorContext, em: EntityManager, club: Club, leaving: ClubMembership) {
  if (!leaving.isBoard || organizationsPolicy.mayEmptyClubBoard(ctx.viewer)) return;
  const [row] = await em.execute<Array<{ n: number }>>(
    'select count(*)::int as n from club_memberships where club_id = ? and is_board and id <> ?',
    [club.id, leaving.id],
  );
  if (!row || row.n === 0) throw lastBoardMember();
}

/** The club's memberships (board first, then by email), for platform admins and the club's board. */
export async function clubMembers(ctx: ActorContext, clubId: string): Promise<ClubMembership[]> {
  const club = await managedClub(ctx, ctx.em, clubId);
  const members = await ctx.em.find(ClubMembership, { club: club.id }, { populate: ['user'] });
  return members.sort((a, b) => Number(b.isBoard) - Number(a.isBoard) || a.user.email.localeCompare(b.user.email));
}

/**
 * Adds a school account to a club or changes their board seat (audited), for platform admins and the club's board.
 * An archived club takes no new member.
 */
export async function setClubMembership(
  ctx: ActorContext,
  clubId: string,
  email: string,
  isBoard: boolean,
): Promise<ClubMembership> {
  return change(ctx, async (em) => {
    const club = await lockedManagedClub(ctx, em, clubId);
    if (club.archivedAt) throw organizationArchived(`Club ${club.slug}`);
    const user = await schoolAccount(em, email);
    let membership = await em.findOne(ClubMembership, { club: club.id, user: user.id });
    const before = membership ? { isBoard: membership.isBoard } : null;
    if (membership && !isBoard) await keepOneBoardMember(ctx, em, club, membership);
    if (membership) membership.isBoard = isBoard;
    else em.persist((membership = new ClubMembership(user, club, isBoard)));
    if (!before || before.isBoard !== isBoard)
      audit(ctx, em, {
        action: before ? 'club_membership.changed' : 'club_membership.added',
        subjectType: 'Club',
        subjectId: club.id,
        data: { user: user.id, isBoard, before },
      });
    return membership;
  });
}

/** Removes a person from a club (audited), for platform admins and the club's board. Unknown membership: NOT_FOUND. */
export async function removeClubMembership(ctx: ActorContext, clubId: string, userId: string): Promise<boolean> {
  return change(ctx, async (em) => {
    const club = await lockedManagedClub(ctx, em, clubId);
    const membership = isUuid(userId) ? await em.findOne(ClubMembership, { club: club.id, user: userId }) : null;
    if (!membership) throw notFound('Club membership');
    await keepOneBoardMember(ctx, em, club, membership);
    em.remove(membership);
    audit(ctx, em, {
      action: 'club_membership.removed',
      subjectType: 'Club',
      subjectId: club.id,
      data: { user: userId, isBoard: membership.isBoard },
    });
    return true;
  });
}

/** The association's memberships, latest end first (platform admins). */
export async function associationMembers(ctx: ActorContext, associationId: string): Promise<AssociationMembership[]> {
  enforce(organizationsPolicy.canManageOrganizations(ctx.viewer));
  const association = await mustFind(ctx.em, Association, associationId);
  const members = await ctx.em.find(AssociationMembership, { association: association.id }, { populate: ['user'] });
  return members.sort((a, b) => b.endsOn.localeCompare(a.endsOn) || a.user.email.localeCompare(b.user.email));
}

/** Adds a school account's membership of an association, or changes its end date (audited; platform admins). */
export async function setAssociationMembership(
  ctx: ActorContext,
  associationId: string,
  email: string,
  endsOn: string,
): Promise<AssociationMembership> {
  enforce(organizationsPolicy.canManageOrganizations(ctx.viewer));
  return change(ctx, async (em) => {
    const association = await mustFind(em, Association, associationId);
    if (association.archivedAt) throw organizationArchived(`Association ${association.slug}`);
    const user = await schoolAccount(em, email);
    let membership = await em.findOne(AssociationMembership, { association: association.id, user: user.id });
    const before = membership ? { endsOn: membership.endsOn } : null;
    if (membership) membership.endsOn = endsOn;
    else em.persist((membership = new AssociationMembership(user, association, endsOn)));
    if (!before || before.endsOn !== endsOn)
      audit(ctx, em, {
        action: before ? 'association_membership.changed' : 'association_membership.added',
        subjectType: 'Association',
        subjectId: association.id,
        data: { user: user.id, endsOn, before },
      });
    return membership;
  });
}

/** Removes a membership of an association (audited; platform admins). */
export async function removeAssociationMembership(
  ctx: ActorContext,
  associationId: string,
  userId: string,
): Promise<boolean> {
  enforce(organizationsPolicy.canManageOrganizations(ctx.viewer));
  return change(ctx, async (em) => {
    const association = await mustFind(em, Association, associationId);
    const membership = isUuid(userId)
      ? await em.findOne(AssociationMembership, { association: association.id, user: userId })
      : null;
    if (!membership) throw notFound('Association membership');
    em.remove(membership);
    audit(ctx, em, {
      action: 'association_membership.removed',
      subjectType: 'Association',
      subjectId: association.id,
      data: { user: userId, endsOn: membership.endsOn },
    });
    return true;
  });
}

/** A club's logo (platform admins): checked by content and size (COVER_MAX_KB); the old file is removed after commit. */
export async function setClubLogo(ctx: ActorContext, id: string, upload: Promise<FileUpload>): Promise<Club> {
  enforce(organizationsPolicy.canManageOrganizations(ctx.viewer));
  await mustFind(ctx.em, Club, id);
  const opts = { folder: 'logos', maxBytes: ctx.deps.config.coverMaxBytes };
  return replaceImage(ctx.deps.storage, upload, opts, (file) =>
    change(ctx, async (em) => {
      const club = await mustFind(em, Club, id);
      const replaced = club.logoKey;
      club.logoKey = file.key;
      club.logoMime = file.mime;
      audit(ctx, em, {
        action: 'club.logo_set',
        subjectType: 'Club',
        subjectId: club.id,
        data: { mime: file.mime, bytes: file.bytes },
      });
      return { result: club, replaced };
    }),
  );
}

/** Removes a club's logo (platform admins). */
export async function removeClubLogo(ctx: ActorContext, id: string): Promise<Club> {
  enforce(organizationsPolicy.canManageOrganizations(ctx.viewer));
  let previous: string | null | undefined;
  const club = await change(ctx, async (em) => {
    const club = await mustFind(em, Club, id);
    previous = club.logoKey;
    if (previous) {
      club.logoKey = null;
      club.logoMime = null;
      audit(ctx, em, { action: 'club.logo_removed', subjectType: 'Club', subjectId: club.id });
    }
    return club;
  });
  if (previous) await ctx.deps.storage.remove(previous);
  return club;
}

/** The logo file of a club, for /media (clubs are public): null when the club or its logo does not exist. */
export async function clubLogo(em: EntityManager, id: string): Promise<{ key: string; mime: string } | null> {
  const club = await findOrNull(em, Club, id);
  return club?.logoKey && club.logoMime ? { key: club.logoKey, mime: club.logoMime } : null;
}
