import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext } from '../../app-context';
import { enforce } from '../../core/decision';
import { notFound, unauthenticated } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { canActOnEvent, canSeeEvent, effectiveLevel, grantsReaching, type ViewerFacts } from './permissions.policy';
import { ClubMembership, Event, EventGrant, PermissionLevel } from '../../model';

const factsMemo = new WeakMap<object, Promise<ViewerFacts | null>>();

/** The viewer's facts for the policy, loaded once per request (one query for their clubs). */
export function viewerFacts(ctx: Pick<ActorContext, 'viewer' | 'em'>): Promise<ViewerFacts | null> {
  let memo = factsMemo.get(ctx);
  if (!memo) {
    memo = (async () => {
      const user = ctx.viewer?.user;
      if (!user) return null;
      const memberships = await ctx.em.find(ClubMembership, { user: user.id });
      return {
        userId: user.id,
        email: user.email,
        isPlatformAdmin: user.isPlatformAdmin,
        kind: user.kind,
        boardClubIds: new Set(memberships.filter((m) => m.isBoard).map((m) => m.club.id)),
        memberClubIds: new Set(memberships.map((m) => m.club.id)),
      };
    })();
    factsMemo.set(ctx, memo);
  }
  return memo;
}

/** The viewer's effective level on one event (PM2: the grants reaching them, selected by the policy's filter). */
export async function levelOn(ctx: ActorContext, em: EntityManager, event: Event): Promise<PermissionLevel | null> {
  const facts = await viewerFacts(ctx);
  if (!facts) return null;
  if (facts.isPlatformAdmin) return PermissionLevel.ADMIN;
  const reaching = await em.find(EventGrant, { $and: [{ event: event.id }, grantsReaching(facts)] });
  return effectiveLevel(facts, reaching);
}

/**
 * Loads an event for a service and enforces the policy at `required` level (NOT_FOUND when the viewer
 * may not see it). With `lock`, the event row is locked FOR UPDATE for the rest of the transaction.
 */
export async function eventAccess(
  ctx: ActorContext,
  em: EntityManager,
  eventId: string,
  required: PermissionLevel,
): Promise<{ event: Event; level: PermissionLevel | null }> {
  // SEC5: every level needs a signed-in viewer; saying so before the lookup tells nothing about the id.
  if (!ctx.viewer) throw unauthenticated();
  const event = isUuid(eventId) ? await em.findOne(Event, eventId) : null;
  if (!event) throw notFound('Event');
  const level = await levelOn(ctx, em, event);
  enforce(canActOnEvent(await viewerFacts(ctx), event, level, required));
  return { event, level };
}

/**
 * EV1 for one event, loading the viewer's permission only when it can change the answer: public, unlisted and
 * (for school accounts) internal events are visible without it. Same rule as `canSeeEvent`, fewer queries on
 * hot paths such as booking.
 */
export async function seesEvent(ctx: ActorContext, em: EntityManager, event: Event): Promise<boolean> {
  const kind = ctx.viewer?.user.kind ?? null;
  if (canSeeEvent(kind ? ({ kind } as ViewerFacts) : null, event.visibility, null)) return true;
  return canSeeEvent(await viewerFacts(ctx), event.visibility, await levelOn(ctx, em, event));
}
