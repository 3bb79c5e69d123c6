import {
  badInput,
  DomainError,
  eventNotDeletable,
  lastPlatformAdmin,
  lockedByBookings,
  notFound,
  soldOut,
} from '../core/errors';

/**
 * The one catalogue of database errors a user can reach, and the API error each becomes.
 *
 * Our triggers raise custom SQLSTATEs named after the rule they guard (class letters + rule number); PostgreSQL's own
 * constraint errors (23503 foreign key, 23505 unique, 23514 check) are told apart by constraint name. Services call
 * `databaseError` where they catch; the transaction helper (./transactions.ts) and the GraphQL error formatter map
 * anything left, so a guard hit in a race is a coded answer, never INTERNAL_SERVER_ERROR.
 */

/** SQLSTATEs raised by our triggers (see the migrations). Each has exactly one meaning. */
export const SQLSTATE = {
  /** BK9: no place left on the ticket. */
  SOLD_OUT: 'BK009',
  /** CP1: no place left in a quota of the ticket (DETAIL: the quota's name; Migration20261206100000_quotas). */
  QUOTA_FULL: 'CP001',
  /** CP1: no place left in the event's total capacity. */
  EVENT_FULL: 'CP002',
  /** EV5: the event was cancelled (the booking can't become live). */
  EVENT_CANCELLED: 'BK005',
  /** BK4: the sponsor already has as many guests as the event allows. */
  SPONSORSHIP_LIMIT: 'BK004',
  /** BK4: the ticket does not allow guests (Migration20261204100000; before it, BK004 with a message prefix). */
  SPONSORSHIP_NOT_ALLOWED: 'BK014',
  /** BK3: the sponsor has as many pending guests on the ticket as it allows (Migration20261204120000_guests). */
  PENDING_GUESTS_LIMIT: 'BK003',
  /** XI4: a validated answer never changes. */
  ANSWER_VALIDATED: 'XI004',
  /** TT4: only a reservation of the event can be checked in. */
  CHECK_IN_INVALID: 'TT004',
  /** PY1: a payment account never changes; it can only be deactivated, once. */
  ACCOUNT_IMMUTABLE: 'PY001',
  /** PY5: what a payment message says never changes. */
  MESSAGE_IMMUTABLE: 'PY005',
  /** AC3: the account was deleted (a booking for or by it, or a second deletion, meanwhile). */
  ACCOUNT_DELETED: 'AC003',
  /** The last platform admin stays (Migration20261205110000_platform_admins_organizations). */
  LAST_PLATFORM_ADMIN: 'AD001',
  // PostgreSQL's own.
  FOREIGN_KEY: '23503',
  UNIQUE: '23505',
  CHECK: '23514',
  /** CREATE DATABASE of a name that exists. */
  DUPLICATE_DATABASE: '42P04',
  /** lock_timeout: a row lock was not granted in time. */
  LOCK_NOT_AVAILABLE: '55P03',
  /** statement_timeout (or a cancel request). */
  QUERY_CANCELED: '57014',
  /** Two transactions waited on each other; PostgreSQL aborted one. */
  DEADLOCK: '40P01',
  /** SERIALIZABLE / REPEATABLE READ conflict. */
  SERIALIZATION_FAILURE: '40001',
} as const;

/** The fields of a PostgreSQL error we read (node-postgres puts them on the error; MikroORM copies them over). */
export interface PgError {
  code?: string;
  constraint?: string;
  table?: string;
  message?: string;
  /** A trigger's DETAIL (CP001: the full quota's name). */
  detail?: string;
}

/** How long a client should wait before retrying a BUSY answer. */
export const BUSY_RETRY_AFTER_SECONDS = 1;

export const busy = (message = 'The server is busy with other changes to the same data; try again in a moment.') =>
  new DomainError('BUSY', message, { retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS });

/**
 * Foreign keys a user can hit in a race, by constraint name. `insert` is the referencing row being written when
 * its parent was deleted meanwhile; `delete` is the parent being deleted while a child appeared meanwhile.
 */
const FOREIGN_KEYS: Record<string, { insert: () => DomainError; delete?: () => DomainError }> = {
  bookings_ticket_id_foreign: { insert: () => notFound('Ticket'), delete: () => lockedByBookings() },
  // An event deleted while a booking was being made, or the other way round (the deletion locks the event first).
  bookings_event_id_foreign: { insert: () => notFound('Event'), delete: () => eventNotDeletable('HAS_BOOKINGS') },
  check_ins_event_id_foreign: { insert: () => notFound('Event'), delete: () => eventNotDeletable('HAS_BOOKINGS') },
  // The same answer as when the option was already gone before `book` looked (chosenOptions).
  booking_options_option_id_foreign: {
    insert: () => badInput({ optionIds: 'UNKNOWN_REFERENCE' }, 'An option does not belong to this ticket.'),
    delete: () => lockedByBookings(),
  },
  booking_options_group_id_foreign: {
    insert: () => badInput({ optionIds: 'UNKNOWN_REFERENCE' }, 'An option does not belong to this ticket.'),
    delete: () => lockedByBookings(),
  },
  answers_extra_info_id_foreign: { insert: () => notFound('Extra information'), delete: () => lockedByBookings() },
  answers_booking_id_foreign: { insert: () => notFound('Booking') },
  payments_booking_id_foreign: { insert: () => notFound('Booking') },
  check_ins_booking_id_foreign: { insert: () => notFound('Booking') },
};

const UNIQUE_PREFIXES: Array<[string, () => DomainError]> = [
  [
    'waiting_list_entries_one_per_person',
    () => new DomainError('ON_WAITING_LIST', 'You are already on the waiting list of this event.'),
  ],
  [
    'bookings_one_live_per_',
    () => new DomainError('ALREADY_BOOKED', 'This person already has a booking for this event.'),
  ],
  [
    // Issue 16: the last guard of "one open payment attempt per booking" (the services check first, under a lock).
    'payment_attempts_one_open',
    () => new DomainError('PAYMENT_IN_PROGRESS', 'A payment attempt of this booking is already open.'),
  ],
];

/** Is this a PostgreSQL (or pool) error at all? */
const isPgError = (e: unknown): e is PgError =>
  typeof e === 'object' &&
  e !== null &&
  typeof (e as PgError).code === 'string' &&
  /^[0-9A-Z]{5}$/.test((e as PgError).code!);

/** The pool could not hand out a connection within its acquire timeout (knex's KnexTimeoutError, maybe wrapped). */
export const isPoolTimeout = (e: unknown) => e instanceof Error && /Timeout acquiring a connection/i.test(e.message);

/**
 * The coded error for a database error a user can reach, or null when the error is not in the catalogue (a bug:
 * it stays INTERNAL_SERVER_ERROR and is logged).
 */
export function databaseError(e: unknown): DomainError | null {
  if (e instanceof DomainError) return e;
  if (isPoolTimeout(e)) return busy();
  if (!isPgError(e)) return null;
  const { code, constraint = '' } = e;
  switch (code) {
    case SQLSTATE.SOLD_OUT:
      return soldOut({ scope: 'TICKET' });
    case SQLSTATE.QUOTA_FULL:
      return soldOut({ scope: 'QUOTA', quota: e.detail ?? '' });
    case SQLSTATE.EVENT_FULL:
      return soldOut({ scope: 'EVENT' });
    case SQLSTATE.EVENT_CANCELLED:
      return new DomainError('EVENT_CANCELLED', 'The event was cancelled.');
    case SQLSTATE.SPONSORSHIP_LIMIT:
      return new DomainError('SPONSORSHIP_LIMIT', 'You already have the maximum number of guests for this event.');
    case SQLSTATE.PENDING_GUESTS_LIMIT:
      return new DomainError(
        'SPONSORSHIP_LIMIT',
        'You already have as many guests on this ticket who have neither accepted nor paid as it allows.',
        { scope: 'TICKET_PENDING' },
      );
    case SQLSTATE.SPONSORSHIP_NOT_ALLOWED:
      return new DomainError('SPONSORSHIP_NOT_ALLOWED', 'This ticket does not allow booking for guests.');
    case SQLSTATE.ANSWER_VALIDATED:
      return new DomainError('ANSWER_VALIDATED', 'This answer was validated: it can no longer change.');
    case SQLSTATE.CHECK_IN_INVALID:
      return new DomainError('CONFLICT', 'Only a reservation of this event can be checked in.');
    case SQLSTATE.ACCOUNT_IMMUTABLE:
      return new DomainError('CONFLICT', 'A payment account never changes; it can only be deactivated, once.');
    case SQLSTATE.MESSAGE_IMMUTABLE:
      return new DomainError('CONFLICT', 'A payment message never changes.');
    case SQLSTATE.LAST_PLATFORM_ADMIN:
      return lastPlatformAdmin();
    case SQLSTATE.ACCOUNT_DELETED:
      return new DomainError('UNAUTHENTICATED', 'This account was deleted.');
    case SQLSTATE.LOCK_NOT_AVAILABLE:
    case SQLSTATE.QUERY_CANCELED:
    case SQLSTATE.DEADLOCK:
    case SQLSTATE.SERIALIZATION_FAILURE:
      return busy();
    case SQLSTATE.FOREIGN_KEY: {
      const fk = FOREIGN_KEYS[constraint];
      if (!fk) return null;
      // PostgreSQL words the two directions differently: "insert or update on table …" vs "update or delete on table …".
      const deleting = /update or delete on table/.test(e.message ?? '');
      return deleting
        ? (fk.delete ?? (() => new DomainError('CONFLICT', 'Other data still refers to this.')))()
        : fk.insert();
    }
    case SQLSTATE.UNIQUE: {
      const hit = UNIQUE_PREFIXES.find(([prefix]) => constraint.startsWith(prefix));
      // Any other unique index: two identical changes at the same time (the formatter's long-standing answer).
      return hit
        ? hit[1]()
        : new DomainError('CONFLICT', 'This conflicts with a change made at the same time; reload and try again.');
    }
    default:
      return null;
  }
}
