import { GraphQLError } from 'graphql';

/**
 * The error catalogue: every code a client may find in `extensions.code`.
 * The schema exposes it as the `ErrorCode` enum (with these descriptions) and the apps translate codes.
 */
export const ERROR_CODES = {
  BAD_USER_INPUT: 'The input is invalid. `extensions.fields` maps each offending input field to a FieldErrorCode.',
  BAD_REQUEST: 'The HTTP request itself is malformed (unparsable JSON, missing query, wrong content type).',
  PAYLOAD_TOO_LARGE: 'The request body exceeds the size limit.',
  QUERY_TOO_COMPLEX:
    'The query is nested too deeply or would cost too much to run. `extensions.limit` gives the limit.',
  UNAUTHENTICATED: 'The operation needs a signed-in user (session cookie or `Authorization: Bearer` API token).',
  FORBIDDEN: 'The signed-in user is not allowed to do this.',
  NOT_FOUND: 'The object does not exist or is not visible to the viewer.',
  CONFLICT: 'The change conflicts with the current state of the data.',
  INVALID_CREDENTIALS: 'Unknown email or wrong password (deliberately not told apart).',
  EMAIL_NOT_VERIFIED:
    'The account exists but its email address has not been verified yet; a new link can be requested.',
  INVALID_TOKEN: 'The link or token is unknown, already used or expired.',
  LOCKED_BY_BOOKINGS:
    'The ticket already has bookings, so its structure (the ticket itself, its options, groups and extra information) can no longer be created or deleted (TK4, OP3, XI2).',
  SOLD_OUT:
    'No place is left (BK9, CP1): `extensions.scope` is TICKET (the ticket is full), QUOTA (a quota it shares is full; `extensions.quota` names it) or EVENT (the event’s total capacity is reached).',
  PLACES_LEFT:
    'The ticket is not sold out: book it instead of joining its waiting list (WL1). `extensions.placesLeft` may say how many are left.',
  ON_WAITING_LIST:
    'The viewer already has an entry on this event’s waiting list, waiting or offered a place (WL1: one entry per person per event).',
  WAITING_LIST_CLOSED: 'The event’s organizers closed its waiting list to new entries (WL1).',
  NO_PLACE_FREE:
    'No place is free for this entry’s ticket now (its own capacity, a quota it shares or the event’s total), so none can be offered by hand (WL3).',
  NOT_ELIGIBLE: 'The viewer may not book this ticket (TK2). `extensions.reasons` lists every IneligibilityReason.',
  SALES_CLOSED: 'Sales of this ticket are not open yet or are closed (BK11). `extensions.reasons` says which.',
  EVENT_CANCELLED: 'The event was cancelled (EV5): nothing can be booked or paid any more.',
  ALREADY_BOOKED:
    'The person (the viewer, or the guest) already holds a live booking for this event that binds them (BK2; a guest booking binds once accepted or paid, BK3).',
  SPONSORSHIP_NOT_ALLOWED: 'This restricted ticket does not allow booking for guests (BK4).',
  SPONSORSHIP_LIMIT:
    'The sponsor already has as many guests as allowed: on the restricted tickets of this event (BK4, `extensions.scope` EVENT), or pending — neither accepted nor paid, BK3 — on this ticket (`extensions.scope` TICKET_PENDING). `extensions.limit` gives the limit.',
  ANSWERS_PENDING:
    'Extra information that blocks this step is not validated yet (XI1, XI5). `extensions.extraInfoIds` lists them.',
  ANSWER_VALIDATED: 'The answer was validated: it is frozen and can no longer change (XI4).',
  TICKET_UNAVAILABLE:
    'Only a valid reservation has a ticket to download (TT2): `extensions.reason` is NOT_RESERVED (a pre-reservation, deleted or expired), OPPOSED or EVENT_CANCELLED.',
  PAYMENT_NOT_OFFERED:
    'Online payment is not offered for this booking now: `extensions.reason` says why (NOT_PRE_RESERVED, FREE, EXPIRED, EVENT_CANCELLED, NO_ACCOUNT). Unvalidated PAYMENT-blocking answers give ANSWERS_PENDING instead (XI5).',
  PROVIDER_UNAVAILABLE:
    'The payment provider could not be reached or answered an error; nothing was charged. Try again in a moment.',
  PROVIDER_REFUSED:
    'The payment provider refused the request: wrong Lydia phone or password, a token pair it does not know, or a phone number it rejects. `extensions.providerMessage` gives its words.',
  PAYMENT_IN_PROGRESS:
    'A payment attempt of this booking is open or being confirmed (issue 16, paying once): no second checkout or Lydia request, and no deletion, until it is paid, abandoned (`abandonPaymentAttempt`) or times out. `extensions.attemptId`, `provider`, `state` (CREATED, PENDING or CONFIRMING) and `expiresAt` (ISO 8601, null while CONFIRMING) describe it.',
  LAST_PLATFORM_ADMIN:
    'The platform keeps at least one platform admin: the last one can’t be demoted (promote someone else first).',
  LAST_BOARD_MEMBER:
    'A club keeps at least one board member when its own board changes it (PM2): the last one can’t leave the board or the club (name another first). Platform admins may still empty a board.',
  ORGANIZATION_ARCHIVED:
    'The school, association or club was archived: it keeps its history but nothing new can be created for it (an archived club creates no event).',
  SCHOOL_SIGNIN_UNAVAILABLE:
    'School sign-in (AC2) is not configured, or the school’s identity provider cannot be reached now; password sign-in still works.',
  SCHOOL_SIGNIN_DENIED:
    'The school’s identity provider did not sign the person in (they refused, or it does not vouch for their email address).',
  SCHOOL_SIGNIN_INVALID_ANSWER:
    'The answer of the school’s identity provider could not be checked (state, nonce, PKCE or ID token signature), or the sign-in took too long: start again.',
  SCHOOL_SIGNIN_CLAIMS_MISSING:
    'The school’s identity provider did not say what a school account needs (email, names, school, class year).',
  SCHOOL_SIGNIN_UNKNOWN_SCHOOL:
    'The school’s identity provider names a school this platform does not know; nothing was created (schools are never invented).',
  SCHOOL_SIGNIN_EXTERNAL_ACCOUNT:
    'The email address belongs to an external account, which signs in with its password, never through a school (AC1).',
  SCHOOL_SIGNIN_EMAIL_TAKEN:
    'The school’s identity provider gives the person a new email address that another account here already has; nothing was changed (platform admins can sort it out).',
  SCHOOL_SIGNIN_REQUIRED:
    'The password is right, but school accounts sign in only with the school’s identity provider on this platform (AC2, `SCHOOL_PASSWORDS=false`): use "Sign in with my school account". A wrong password gives INVALID_CREDENTIALS as for any account.',
  SCHOOL_PASSWORD_DISABLED:
    'School accounts can’t set or reset a password on this platform (AC2, `SCHOOL_PASSWORDS=false`): they sign in with the school’s identity provider.',
  RATE_LIMITED: 'Too many attempts. `extensions.retryAfterSeconds` tells when to try again.',
  ACCOUNT_DELETION_NOT_YET:
    'The account can’t be deleted yet (AC3): it holds a booking of an event that ended less than 30 days ago, or has not ended. `extensions.deletableFrom` gives the first moment deletion is possible (ISO 8601).',
  EVENT_NOT_DELETABLE:
    'Only a DRAFT event that never had a booking can be deleted (bookings, even deleted or expired pre-reservations, are proof): `extensions.reason` is NOT_DRAFT or HAS_BOOKINGS. Cancel it instead (EV5).',
  NO_RECIPIENTS:
    'The mailing’s filter selects nobody to write to (ML1): no live address among the chosen bookings; nothing was sent.',
  BUSY: 'Other changes to the same data are in progress and this one could not run in time (SEC2); nothing was changed. Retry after `extensions.retryAfterSeconds`.',
  INTERNAL_SERVER_ERROR: 'An unexpected error; it was logged with the request id given in `extensions.requestId`.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Codes for one input field, found in `extensions.fields` of a BAD_USER_INPUT error and in import reports. */
export const FIELD_ERROR_CODES = {
  REQUIRED: 'A value is required.',
  INVALID_EMAIL: 'Not a valid email address.',
  TOO_SHORT: 'The value is too short.',
  TOO_LONG: 'The value is too long.',
  INVALID_FORMAT: 'The value does not have the expected format.',
  OUT_OF_RANGE: 'The number or date is outside the allowed range (dates: years 1900 to 2200).',
  WRONG_PASSWORD: 'The current password is wrong.',
  UNKNOWN_REFERENCE: 'The value names something that does not exist (a school, association or club slug).',
  DUPLICATE: 'The value appears more than once where it must be unique.',
  NOT_ALLOWED: 'The value is not allowed here.',
  BEFORE_OPENING:
    'The end of a period is not after its start (sales closing before opening, event ending before it starts, max below min).',
  UNSUPPORTED_TYPE: 'The file is not of an accepted type (judged by its content, not its name).',
  TOO_LARGE: 'The file or value is larger than allowed.',
  AMOUNT_MISMATCH: 'The amount differs from what is due (the booking’s price).',
  NOT_A_CHOICE: 'The value is not one of the allowed choices.',
  WRONG_DIMENSIONS:
    'The image does not have the required size in pixels (a ticket template: exactly 2480×1169, landscape).',
  CORRUPT_FILE: 'The file is of an accepted type but can’t be read whole (truncated or corrupt).',
  INVALID_PHONE: 'Not a phone number (digits, optionally a leading +, spaces, dots and dashes allowed).',
} as const;

export type FieldErrorCode = keyof typeof FIELD_ERROR_CODES;
export type FieldErrors = Partial<Record<string, FieldErrorCode>>;

/** An expected, client-facing failure. Its message is safe to show; its code is stable. */
export class DomainError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...extra, code } });
  }
}

export const badInput = (fields: FieldErrors, message = 'Some fields are invalid.') =>
  new DomainError('BAD_USER_INPUT', message, { fields });
export const unauthenticated = () => new DomainError('UNAUTHENTICATED', 'You must be signed in.');
export const forbidden = (message = 'You are not allowed to do this.') => new DomainError('FORBIDDEN', message);
/**
 * SEC5: one answer for "absent" and "not yours to see", whatever the kind of object. `what` documents the call
 * site only: naming the kind would let a caller tell an existing object behind a parent from a random id.
 */
export const notFound = (_what = 'Object') => new DomainError('NOT_FOUND', 'Not found.');

/** TK4, OP3, XI2: the ticket has bookings, so its structure can't change (from the check or from the foreign key). */
export const lockedByBookings = (what = 'The ticket structure') =>
  new DomainError('LOCKED_BY_BOOKINGS', `${what} can't change: the ticket already has bookings (TK4, OP3, XI2).`);

/**
 * BK9, CP1: no place left — on the ticket, in one of its quotas (named), or in the event's total. The code stays
 * SOLD_OUT whatever is full (clients keep working); `extensions.scope` says which, `extensions.quota` names the quota.
 */
export const soldOut = (full: { scope: 'TICKET' } | { scope: 'QUOTA'; quota: string } | { scope: 'EVENT' }) =>
  full.scope === 'QUOTA'
    ? new DomainError('SOLD_OUT', `No place is left in “${full.quota}”, shared by this ticket.`, full)
    : full.scope === 'EVENT'
      ? new DomainError('SOLD_OUT', 'No place is left at this event.', full)
      : new DomainError('SOLD_OUT', 'No place is left on this ticket.', full);

/** The last platform admin can't be demoted (the service's check, and the database's AD001 in a race). */
export const lastPlatformAdmin = () =>
  new DomainError('LAST_PLATFORM_ADMIN', 'The last platform admin can’t be demoted: promote someone else first.');

/** A club's board can't take away its own last seat (PM2); platform admins can. */
export const lastBoardMember = () =>
  new DomainError(
    'LAST_BOARD_MEMBER',
    'The club’s last board member can’t leave the board or the club: name another board member first.',
  );

/** An archived organization keeps its history but takes nothing new. */
export const organizationArchived = (what = 'This organization') =>
  new DomainError('ORGANIZATION_ARCHIVED', `${what} is archived: nothing new can be created for it.`);

/** Why an event can't be deleted: only a DRAFT that never had a booking can (the check, or the foreign key in a race). */
export const eventNotDeletable = (reason: 'NOT_DRAFT' | 'HAS_BOOKINGS') =>
  new DomainError(
    'EVENT_NOT_DELETABLE',
    reason === 'NOT_DRAFT'
      ? 'Only a draft event can be deleted: make it a draft first, or cancel it.'
      : 'This event has had bookings: they are kept as proof, so it can’t be deleted (cancel it instead).',
    { reason },
  );
