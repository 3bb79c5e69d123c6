import type { FilterQuery } from '@mikro-orm/core';
import { allow, deny, type Decision } from '../../core/decision';
import { DomainError, forbidden, notFound, unauthenticated } from '../../core/errors';
import { EventVisibility, type EventGrant, GranteeKind, PermissionLevel, atLeast, highest } from '../../model';

/**
 * PM3: the one place that decides who may do what in the events area. Pure functions over facts the
 * caller loads (the viewer's clubs, the event's grants); services and resolvers only ask here.
 */
export interface ViewerFacts {
  userId: string;
  /** Verified email: guests booked by a sponsor are matched to their account by it (BK3). */
  email: string;
  isPlatformAdmin: boolean;
  kind: 'SCHOOL' | 'EXTERNAL';
  boardClubIds: ReadonlySet<string>;
  memberClubIds: ReadonlySet<string>;
}

/**
 * PM2, written once: a grant reaches a person when it is to them, to the board of a club they sit on, or to the
 * members of a club they belong to (boards included: `memberClubIds` holds every club of theirs). This table is the
 * rule; `grantsReaching` turns it into a filter on grants (the level loaders in access.ts and permissions.loaders.ts,
 * the `mine` list of events) and `grantReaches` into a check on one grant (who an event's grants reach, PY3 mails),
 * so the policy and the SQL can't disagree. Platform admins need no grant: callers answer ADMIN (or every event)
 * before asking.
 */
const REACH: Record<GranteeKind, { on: 'user' | 'club'; ids: (p: ReachFacts) => Iterable<string> }> = {
  [GranteeKind.USER]: { on: 'user', ids: (p) => [p.userId] },
  [GranteeKind.CLUB_BOARD]: { on: 'club', ids: (p) => p.boardClubIds },
  [GranteeKind.CLUB_MEMBERS]: { on: 'club', ids: (p) => p.memberClubIds },
};

/** What PM2 needs to know of a person: who they are and the clubs they sit on the board of or belong to. */
export type ReachFacts = Pick<ViewerFacts, 'userId' | 'boardClubIds' | 'memberClubIds'>;

/** PM2 as a filter on grants: the grants that reach the person. */
export function grantsReaching(person: ReachFacts): FilterQuery<EventGrant> {
  return {
    $or: Object.values(GranteeKind).map((kind) => ({
      granteeKind: kind,
      [REACH[kind].on]: { $in: [...REACH[kind].ids(person)] },
    })),
  } as FilterQuery<EventGrant>;
}

/** PM2 as a check on one grant: does it reach the person? */
export function grantReaches(grant: Pick<EventGrant, 'granteeKind' | 'user' | 'club'>, person: ReachFacts): boolean {
  const rule = REACH[grant.granteeKind];
  const id = grant[rule.on]?.id;
  return id !== undefined && new Set(rule.ids(person)).has(id);
}

/** PM2: the highest level among the grants reaching the viewer (selected with `grantsReaching`); platform admins have ADMIN everywhere. */
export function effectiveLevel(
  viewer: ViewerFacts | null,
  reaching: Array<{ level: PermissionLevel }>,
): PermissionLevel | null {
  if (!viewer) return null;
  if (viewer.isPlatformAdmin) return PermissionLevel.ADMIN;
  return highest(reaching.map((g) => g.level));
}

/** EV1: whether the viewer may see the event at all (by link). */
export function canSeeEvent(
  viewer: ViewerFacts | null,
  visibility: EventVisibility,
  level: PermissionLevel | null,
): boolean {
  if (atLeast(level, PermissionLevel.VIEW)) return true;
  switch (visibility) {
    case EventVisibility.PUBLIC:
    case EventVisibility.UNLISTED:
      return true;
    case EventVisibility.INTERNAL:
      return viewer?.kind === 'SCHOOL';
    case EventVisibility.DRAFT:
      return false;
  }
}

/** EV1: the visibilities listed to the viewer in public lists and searches (their own events aside). */
export function listedVisibilities(viewer: ViewerFacts | null): EventVisibility[] {
  return viewer?.kind === 'SCHOOL' ? [EventVisibility.PUBLIC, EventVisibility.INTERNAL] : [EventVisibility.PUBLIC];
}

/**
 * PM1/PM3: may the viewer act at `required` level on this event? Anonymous callers are told to sign in
 * (which reveals nothing about the event); an event a signed-in viewer can't see answers NOT_FOUND (as if
 * absent); others get FORBIDDEN.
 */
export function canActOnEvent(
  viewer: ViewerFacts | null,
  event: { visibility: EventVisibility },
  level: PermissionLevel | null,
  required: PermissionLevel,
): Decision {
  if (atLeast(level, required)) return allow;
  if (!viewer) return deny(unauthenticated());
  if (!canSeeEvent(viewer, event.visibility, level)) return deny(notFound('Event'));
  return deny(forbidden(`This needs the ${required} permission on the event.`));
}

/** EV2: board members of a club create events for it; platform admins for any club. */
export function canCreateEventFor(viewer: ViewerFacts | null, clubId: string): Decision {
  if (!viewer) return deny(unauthenticated());
  if (viewer.isPlatformAdmin || viewer.boardClubIds.has(clubId)) return allow;
  return deny(forbidden("Only the club's board members (or platform admins) can create its events."));
}

/** A booking as the policy sees it. */
export interface BookingFacts {
  holderId: string | null;
  holderEmail: string;
  sponsorId: string | null;
}

/** How the viewer stands towards a booking: its holder (by account or email), its sponsor, or neither. */
export function relationTo(
  viewer: Pick<ViewerFacts, 'userId' | 'email'> | null,
  b: BookingFacts,
): 'HOLDER' | 'SPONSOR' | null {
  if (!viewer) return null;
  if (b.holderId === viewer.userId || (!b.holderId && b.holderEmail === viewer.email)) return 'HOLDER';
  if (b.sponsorId === viewer.userId) return 'SPONSOR';
  return null;
}

export type BookingAction =
  /** See it, its options, answers, payments and files. */
  | 'READ'
  /** Its audit log (BK14): event admins only. */
  | 'READ_AUDIT'
  /** Fill in or replace answers (XI3; organizers correcting them, XI4). */
  | 'ANSWER'
  /** BK6: delete a pre-reservation. */
  | 'DELETE'
  /** XI4: validate answers. BK7: mark paid. */
  | 'VALIDATE'
  /** BK8: put in opposition. */
  | 'OPPOSE'
  /** PY2, PY4: start an online payment (the holder or sponsor; organizers record payments with BK7 instead). */
  | 'PAY'
  /** PY5: the provider records (raw messages, verifications): event admins only. */
  | 'READ_PAYMENT_RECORDS'
  /** CL1: the booking's calendar file (its reference and link): the holder and the sponsor only. */
  | 'CALENDAR'
  /** BK3: the person named as a guest accepts the booking, or declines (deletes) it: that person only. */
  | 'ACCEPT'
  | 'DECLINE';

const BOOKING_LEVEL: Record<BookingAction, PermissionLevel | null> = {
  READ: PermissionLevel.VIEW,
  READ_AUDIT: PermissionLevel.VIEW,
  ANSWER: PermissionLevel.VALIDATE,
  DELETE: PermissionLevel.EDIT,
  VALIDATE: PermissionLevel.VALIDATE,
  OPPOSE: PermissionLevel.EDIT,
  PAY: PermissionLevel.VALIDATE,
  READ_PAYMENT_RECORDS: PermissionLevel.VIEW,
  // A calendar entry is for the person going (and whoever booked for them), not for the organizers.
  CALENDAR: null,
  // Nobody accepts or declines on the guest's behalf, whatever their level.
  ACCEPT: null,
  DECLINE: null,
};
const PEOPLE_MAY: ReadonlySet<BookingAction> = new Set(['READ', 'ANSWER', 'DELETE', 'PAY', 'CALENDAR']);
const HOLDER_MAY: ReadonlySet<BookingAction> = new Set(['ACCEPT', 'DECLINE']);

/** TT3: only platform admins rotate the keys signing ticket codes. */
export function canRotateSigningKeys(viewer: ViewerFacts | null): Decision {
  if (!viewer) return deny(unauthenticated());
  return viewer.isPlatformAdmin ? allow : deny(forbidden('Only platform admins rotate signing keys.'));
}

/** PY1: only platform admins deactivate a payment account (nobody edits or deletes one). */
export function canDeactivatePaymentAccount(viewer: ViewerFacts | null): Decision {
  if (!viewer) return deny(unauthenticated());
  return viewer.isPlatformAdmin ? allow : deny(forbidden('Only platform admins deactivate payment accounts.'));
}

/**
 * PY1: an event's ADMINs create accounts for the event's club and pick among the club's active accounts;
 * a deactivated account can't be picked again, and an account of another club never.
 */
export function canPickPaymentAccount(
  account: { clubId: string; active: boolean },
  event: { clubId: string },
): Decision {
  if (account.clubId !== event.clubId) return deny(notFound('PaymentAccount'));
  return account.active ? allow : deny(new DomainError('CONFLICT', 'This payment account was deactivated.'));
}

/**
 * BK6, BK7, BK8, XI3, XI4, BK14: the holder and the sponsor read their booking, answer and delete it; the
 * event's admins act by level. Anyone else gets NOT_FOUND, as if the booking did not exist.
 */
export function canActOnBooking(
  viewer: ViewerFacts | null,
  booking: BookingFacts,
  level: PermissionLevel | null,
  action: BookingAction,
): Decision {
  const required = BOOKING_LEVEL[action];
  if (required && atLeast(level, required)) return allow;
  const relation = relationTo(viewer, booking);
  if (relation && PEOPLE_MAY.has(action)) return allow;
  if (relation === 'HOLDER' && HOLDER_MAY.has(action)) return allow;
  if (!viewer) return deny(unauthenticated());
  if (!relation && !atLeast(level, PermissionLevel.VIEW)) return deny(notFound('Booking'));
  return deny(
    forbidden(
      required
        ? `This needs the ${required} permission on the event.`
        : 'Only the person the booking is for can do this.',
    ),
  );
}
