import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { ActorContext } from '../../app-context';
import { DomainError, badInput, notFound, unauthenticated } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { audit } from '../audit';
import { normalizeEmail } from '../../core/normalize';
import { eventAccess, forgetLevels } from './access';
import { grantReaches, type ReachFacts } from './permissions.policy';
import type { GrantPermissionInput } from './permissions.inputs';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  User,
  Club,
  ClubMembership,
  EventGrant,
  GranteeKind,
  type Language,
  PermissionLevel,
  highest,
} from '../../model';

/** PM2: ADMINs grant a level to a person, a club's board or a club's members; one grant per grantee (CONFLICT). */
export async function grantPermission(
  ctx: ActorContext,
  eventId: string,
  input: GrantPermissionInput,
): Promise<EventGrant> {
  try {
    return await ctx.em.transactional(async (em) => {
      const { event } = await eventAccess(ctx, em, eventId, PermissionLevel.ADMIN);
      let grantee: { kind: GranteeKind; user?: User; club?: Club };
      if (input.granteeKind === GranteeKind.USER) {
        if (input.clubId) throw badInput({ clubId: 'NOT_ALLOWED' });
        const email = normalizeEmail(input.userEmail ?? '');
        if (!email) throw badInput({ userEmail: 'REQUIRED' });
        const user = await em.findOne(User, { email });
        if (!user) throw badInput({ userEmail: 'UNKNOWN_REFERENCE' }, 'Nobody has an account with this email.');
        grantee = { kind: GranteeKind.USER, user };
      } else {
        if (input.userEmail) throw badInput({ userEmail: 'NOT_ALLOWED' });
        const club = input.clubId && isUuid(input.clubId) ? await em.findOne(Club, input.clubId) : null;
        if (!club) throw badInput({ clubId: input.clubId ? 'UNKNOWN_REFERENCE' : 'REQUIRED' });
        grantee = { kind: input.granteeKind, club };
      }
      const grant = new EventGrant(event, input.level, grantee, ctx.viewer!.user);
      em.persist(grant);
      await em.flush(); // the unique indexes answer duplicates here, inside the transaction
      forgetLevels(ctx); // the rest of this request sees the new grant
      audit(ctx, em, {
        action: 'permission.granted',
        subjectType: 'Event',
        subjectId: event.id,
        data: {
          grant: grant.id,
          level: grant.level,
          granteeKind: grant.granteeKind,
          user: grantee.user?.id,
          club: grantee.club?.id,
        },
      });
      return grant;
    });
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException) {
      throw new DomainError(
        'CONFLICT',
        'This grantee already has a permission on the event: revoke it first to change its level.',
      );
    }
    throw e;
  }
}

/** PM2: ADMINs revoke grants, but an event always keeps at least one ADMIN grant (CONFLICT). */
export async function revokePermission(ctx: ActorContext, grantId: string): Promise<string> {
  if (!ctx.viewer) throw unauthenticated(); // SEC5: before the lookup, so an id's existence never shows
  return ctx.em.transactional(async (em) => {
    const grant = isUuid(grantId) ? await em.findOne(EventGrant, grantId) : null;
    if (!grant) throw notFound('Grant');
    // SEC5: only the event's ADMINs see its grants; to anyone else a real grant id answers like a random one.
    const { event } = await eventAccess(ctx, em, grant.event.id, PermissionLevel.ADMIN).catch((e: unknown) => {
      throw e instanceof DomainError && e.code === 'FORBIDDEN' ? notFound('Grant') : e;
    });
    if (grant.level === PermissionLevel.ADMIN) {
      // Lock the event's grants so two revocations can't both remove "another" last ADMIN.
      const admins = await em.find(
        EventGrant,
        { event, level: PermissionLevel.ADMIN },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (admins.length <= 1) throw new DomainError('CONFLICT', 'An event keeps at least one ADMIN grant.');
    }
    audit(ctx, em, {
      action: 'permission.revoked',
      subjectType: 'Event',
      subjectId: event.id,
      data: { grant: grant.id, level: grant.level, granteeKind: grant.granteeKind },
    });
    em.remove(grant);
    forgetLevels(ctx); // the rest of this request reads the grants again
    return grantId;
  });
}

export async function listGrants(ctx: ActorContext, eventId: string): Promise<EventGrant[]> {
  await eventAccess(ctx, ctx.em, eventId, PermissionLevel.ADMIN);
  return ctx.em.find(EventGrant, { event: eventId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

export interface AdminSourceRow {
  source: 'PLATFORM_ADMIN' | 'USER_GRANT' | 'CLUB_BOARD_GRANT' | 'CLUB_MEMBERS_GRANT';
  level: PermissionLevel;
  grant: EventGrant | null;
  clubId: string | null;
}

/**
 * PM2: everyone a grant reaches (clubs expanded to their board or members) and every platform admin,
 * once each, with their effective (highest) level and every source of it.
 */
export async function listAdmins(ctx: ActorContext, eventId: string) {
  await eventAccess(ctx, ctx.em, eventId, PermissionLevel.ADMIN);
  return eventPeople(ctx.em, eventId);
}

/**
 * Who must hear about a problem with the event's money (PY3): its ADMINs (grants expanded) and the platform
 * admins, once each, with the language each reads their mail in (issue 12).
 */
export async function eventAdminRecipients(
  em: EntityManager,
  eventId: string,
): Promise<Array<{ email: string; language: Language }>> {
  const people = await eventPeople(em, eventId);
  const admins = new Map(
    people.filter((p) => p.level === PermissionLevel.ADMIN).map((p) => [p.user.email, p.user.language]),
  );
  return [...admins].map(([email, language]) => ({ email, language }));
}

async function eventPeople(em: EntityManager, eventId: string) {
  const grants = await em.find(EventGrant, { event: eventId });
  const clubIds = [...new Set(grants.filter((g) => g.club).map((g) => g.club!.id))];
  const memberships = clubIds.length ? await em.find(ClubMembership, { club: { $in: clubIds } }) : [];
  const platformAdmins = await em.find(User, { isPlatformAdmin: true });
  // Everyone a grant may reach: the users named by a grant and the members of the clubs named, with their clubs.
  const people = new Map<string, ReachFacts & { boardClubIds: Set<string>; memberClubIds: Set<string> }>();
  const person = (userId: string) => {
    if (!people.has(userId)) people.set(userId, { userId, boardClubIds: new Set(), memberClubIds: new Set() });
    return people.get(userId)!;
  };
  for (const g of grants) if (g.user) person(g.user.id);
  for (const m of memberships) {
    const p = person(m.user.id);
    p.memberClubIds.add(m.club.id);
    if (m.isBoard) p.boardClubIds.add(m.club.id);
  }
  const SOURCE = {
    [GranteeKind.USER]: 'USER_GRANT',
    [GranteeKind.CLUB_BOARD]: 'CLUB_BOARD_GRANT',
    [GranteeKind.CLUB_MEMBERS]: 'CLUB_MEMBERS_GRANT',
  } as const;
  const rows = new Map<string, AdminSourceRow[]>();
  const add = (userId: string, row: AdminSourceRow) => rows.set(userId, [...(rows.get(userId) ?? []), row]);
  for (const u of platformAdmins)
    add(u.id, { source: 'PLATFORM_ADMIN', level: PermissionLevel.ADMIN, grant: null, clubId: null });
  for (const g of grants) {
    for (const p of people.values()) {
      if (grantReaches(g, p))
        add(p.userId, { source: SOURCE[g.granteeKind], level: g.level, grant: g, clubId: g.club?.id ?? null });
    }
  }
  const users = await em.find(
    User,
    { id: { $in: [...rows.keys()] } },
    { orderBy: { lastName: 'asc', firstName: 'asc' } },
  );
  return users.map((user) => {
    const sources = rows.get(user.id)!;
    return { user, level: highest(sources.map((s) => s.level))!, sources };
  });
}
