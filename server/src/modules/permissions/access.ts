import { wrap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext } from '../../app-context';
import { enforce } from '../../core/decision';
import { notFound, unauthenticated } from '../../core/errors';
import { executePrepared } from '../../db/prepared';
import { isUuid } from '../../core/ids';
import {
  canActOnEvent,
  canSeeEvent,
  effectiveLevel,
  grantReaches,
  grantsReaching,
  type ViewerFacts,
} from './permissions.policy';
import {
  type User,
  ClubMembership,
  Event,
  EventGrant,
  type EventVisibility,
  GranteeKind,
  PermissionLevel,
} from '../../model';

/**
 * Per-request memos are keyed by the request's EntityManager fork (`ctx.em`), not by the context object: Apollo runs
 * each operation on a shallow copy of the context, so resolvers and the loaders built at context creation hold
 * different objects for one request, but the same fork.
 */
const requestOf = (ctx: Pick<ActorContext, 'em'>): object => ctx.em;

const factsMemo = new WeakMap<object, Promise<ViewerFacts | null>>();

/** The viewer's facts for the policy, loaded once per request (one query for their clubs). */
export function viewerFacts(ctx: Pick<ActorContext, 'viewer' | 'em'>): Promise<ViewerFacts | null> {
  let memo = factsMemo.get(requestOf(ctx));
  if (!memo) {
    memo = (async () => {
      const user = ctx.viewer?.user;
      if (!user) return null;
      const memberships = await ctx.em.find(ClubMembership, { user: user.id });
      return factsOf(
        user,
        memberships.map((m) => ({ clubId: m.club.id, isBoard: m.isBoard })),
      );
    })();
    factsMemo.set(requestOf(ctx), memo);
  }
  return memo;
}

/** The policy's facts about a signed-in person, from their club memberships. */
function factsOf(
  user: Pick<User, 'id' | 'email' | 'isPlatformAdmin' | 'kind'>,
  memberships: Array<{ clubId: string; isBoard: boolean }>,
): ViewerFacts {
  return {
    userId: user.id,
    email: user.email,
    isPlatformAdmin: user.isPlatformAdmin,
    kind: user.kind,
    boardClubIds: new Set(memberships.filter((m) => m.isBoard).map((m) => m.clubId)),
    memberClubIds: new Set(memberships.map((m) => m.clubId)),
  };
}

/**
 * The viewer's level per event id, read once per request (PM1, PM2): the event's check, its fields' checks (a page of
 * bookings, its exports) and `viewerPermission` all ask, and each used to read event_grants again. Keyed by the
 * request like the facts above; `forgetLevels` drops it when the request changes grants.
 */
const levelMemo = new WeakMap<object, Map<string, Promise<PermissionLevel | null>>>();

function levelsOf(ctx: Pick<ActorContext, 'em'>): Map<string, Promise<PermissionLevel | null>> {
  let levels = levelMemo.get(requestOf(ctx));
  if (!levels) levelMemo.set(requestOf(ctx), (levels = new Map()));
  return levels;
}

/** After a change of grants in this request: the next level asked is read again. */
export function forgetLevels(ctx: Pick<ActorContext, 'em'>): void {
  levelMemo.delete(requestOf(ctx));
}

/**
 * The viewer's effective level on each event (PM2: the grants reaching them, selected by the policy's filter): the
 * levels this request already read, and one query for the others. `em` is the caller's (its transaction, if any).
 */
export async function levelsOn(
  ctx: Pick<ActorContext, 'viewer' | 'em'>,
  em: EntityManager,
  eventIds: readonly string[],
): Promise<Array<PermissionLevel | null>> {
  const facts = await viewerFacts(ctx);
  if (!facts || facts.isPlatformAdmin) return eventIds.map(() => effectiveLevel(facts, []));
  const levels = levelsOf(ctx);
  const missing = [...new Set(eventIds.filter((id) => !levels.has(id)))];
  if (missing.length) {
    const read = em.find(EventGrant, { $and: [{ event: { $in: missing } }, grantsReaching(facts)] });
    for (const id of missing) {
      const level = read.then((reaching) =>
        effectiveLevel(
          facts,
          reaching.filter((g) => g.event.id === id),
        ),
      );
      levels.set(id, level);
      // A failed read is not remembered: the next ask reads again.
      level.catch(() => levels.get(id) === level && levels.delete(id));
    }
  }
  return Promise.all(eventIds.map((id) => levels.get(id)!));
}

/** The viewer's effective level on one event (PM2), read once per request (`levelsOn`). */
export async function levelOn(ctx: ActorContext, em: EntityManager, event: Event): Promise<PermissionLevel | null> {
  const [level] = await levelsOn(ctx, em, [event.id]);
  return level;
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
  const event = !isUuid(eventId)
    ? null
    : factsMemo.has(requestOf(ctx))
      ? await em.findOne(Event, eventId)
      : await readAtOnce(ctx, em, eventId);
  if (!event) throw notFound('Event');
  const level = await levelOn(ctx, em, event);
  enforce(canActOnEvent(await viewerFacts(ctx), event, level, required));
  return { event, level };
}

/**
 * The first check of a request (the door's scan is one, on its hot path): the event, the viewer's clubs and the
 * event's grants in ONE statement instead of three. The grants are kept by the policy's check on one grant
 * (`grantReaches`), the same rule (PM2) as the filter `levelsOn` sends to SQL, and what is read fills the request's
 * memos: the check that follows and the field resolvers read nothing again. An event already loaded in the identity
 * map is kept as it is (a change the request made to it is not overwritten); a mere reference to it is filled in.
 */
async function readAtOnce(ctx: ActorContext, em: EntityManager, eventId: string): Promise<Event | null> {
  const user = ctx.viewer!.user;
  const [row] = await executePrepared<AccessRead & { event: Record<string, unknown> }>(
    em,
    'event-access',
    `select to_jsonb(e) as event, ${accessReadColumns('?', '?')} from events e where e.id = ?`,
    [user.id, user.isPlatformAdmin, eventId],
  );
  if (!row) return null;
  const { facts, level } = accessOf(user, row);
  if (!factsMemo.has(requestOf(ctx))) factsMemo.set(requestOf(ctx), Promise.resolve(facts));
  const levels = levelsOf(ctx);
  if (!levels.has(eventId)) levels.set(eventId, Promise.resolve(level));
  const known = em.getUnitOfWork().getById<Event>(Event.name, eventId);
  return known && wrap(known).isInitialized() ? known : loaded(em, row.event);
}

/** What the access read gives beside the event: the viewer's club memberships and the event's grants. */
export interface AccessRead {
  memberships: Array<{ clubId: string; isBoard: boolean }>;
  grants: Array<{ granteeKind: GranteeKind; userId: string | null; clubId: string | null; level: PermissionLevel }>;
}

/**
 * The access read's columns for the event `e` (PM2): the viewer's club memberships and the event's grants (none read
 * for a platform admin, who has every level). `userId` and `isPlatformAdmin` are SQL: placeholders (`readAtOnce`), or
 * the columns of the session's user (the door's fast lane, door/fast-lane.ts, which reads the session, the event and
 * these in its one statement).
 */
export const accessReadColumns = (userId: string, isPlatformAdmin: string) =>
  `(select coalesce(json_agg(json_build_object('clubId', m.club_id, 'isBoard', m.is_board)), '[]')
               from club_memberships m where m.user_id = ${userId}) as memberships,
            (select coalesce(json_agg(json_build_object('granteeKind', g.grantee_kind, 'userId', g.user_id, 'clubId', g.club_id, 'level', g.level)), '[]')
               from event_grants g where g.event_id = e.id and not ${isPlatformAdmin}) as grants`;

/**
 * The viewer's facts and effective level on the event from the access read: the grants are kept by the policy's
 * check on one grant (`grantReaches`), the same rule (PM2) as the filter `levelsOn` sends to SQL.
 */
function accessOf(
  user: Pick<User, 'id' | 'email' | 'isPlatformAdmin' | 'kind'>,
  read: AccessRead,
): { facts: ViewerFacts; level: PermissionLevel | null } {
  const facts = factsOf(user, read.memberships);
  const reaching = read.grants.filter((g) =>
    grantReaches(
      {
        granteeKind: g.granteeKind,
        user: g.userId ? ({ id: g.userId } as User) : null,
        club: g.clubId ? ({ id: g.clubId } as EventGrant['club']) : null,
      },
      facts,
    ),
  );
  return { facts, level: effectiveLevel(facts, reaching) };
}

/**
 * `eventAccess`'s answer for a caller that made the access read itself, in a statement of its own (the door's fast
 * lane reads the session, the event and `accessReadColumns` at once): the same errors in the same order — no viewer,
 * no such event (`event` null), then the policy's decision (`canActOnEvent`) — and the viewer's level.
 */
export function checkedAccess(
  user: Pick<User, 'id' | 'email' | 'isPlatformAdmin' | 'kind'> | null,
  event: (AccessRead & { visibility: EventVisibility }) | null,
  required: PermissionLevel,
): PermissionLevel | null {
  if (!user) throw unauthenticated();
  if (!event) throw notFound('Event');
  const { facts, level } = accessOf(user, event);
  enforce(canActOnEvent(facts, event, level, required));
  return level;
}

/**
 * The event as `em.findOne` would have loaded it (managed: a service may change it and flush), from its row as JSON.
 * Issue 14: `em.map` does the same and then validates every property and merges the entity again with its
 * relations: 56 µs of CPU instead of 36, on the first check of every request.
 */
function loaded(em: EntityManager, row: Record<string, unknown>): Event {
  const data = em.getDriver().mapResult(row, em.getMetadata().get(Event.name))!;
  return em.getEntityFactory().create(Event, data, { merge: true, convertCustomTypes: true });
}

/** EV1: whether the event's visibility alone shows it to a viewer of this kind (null: anonymous), grants aside. */
export const seesByVisibility = (kind: ViewerFacts['kind'] | null, visibility: EventVisibility): boolean =>
  canSeeEvent(kind ? ({ kind } as ViewerFacts) : null, visibility, null);

/**
 * EV1 for one event, loading the viewer's permission only when it can change the answer: public, unlisted and
 * (for school accounts) internal events are visible without it. Same rule as `canSeeEvent`, fewer queries on
 * hot paths such as booking.
 */
export async function seesEvent(ctx: ActorContext, em: EntityManager, event: Event): Promise<boolean> {
  if (seesByVisibility(ctx.viewer?.user.kind ?? null, event.visibility)) return true;
  return canSeeEvent(await viewerFacts(ctx), event.visibility, await levelOn(ctx, em, event));
}
