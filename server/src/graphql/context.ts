import type DataLoader from 'dataloader';
import type { ActorContext } from '../app-context';
import type {
  Answer,
  Association,
  AssociationMembership,
  Booking,
  BookingOption,
  CheckIn,
  Club,
  ClubMembership,
  Event,
  ExtraInfo,
  Option,
  OptionGroup,
  Payment,
  PaymentAttempt,
  PermissionLevel,
  Quota,
  School,
  Ticket,
  User,
} from '../model';

type ById<T> = DataLoader<string, T | null>;
type ByParent<T> = DataLoader<string, T[]>;

/**
 * Per-request loaders, created fresh for each request so nothing is cached across viewers. This is the contract
 * resolvers read; each module builds its part (`*.loaders.ts`) and `api/context.ts` puts them together.
 */
export interface Loaders {
  user: ById<User>;
  school: ById<School>;
  association: ById<Association>;
  club: ById<Club>;
  associationMembershipsByUser: ByParent<AssociationMembership>;
  clubMembershipsByUser: ByParent<ClubMembership>;
  event: ById<Event>;
  /** Issue 15: an event's key figures (places taken and on sale, reservations, pre-reservations), one statement per tick. */
  eventFigures: DataLoader<
    string,
    { placesTaken: number; capacity: number | null; reservations: number; preReservations: number }
  >;
  ticket: ById<Ticket>;
  option: ById<Option>;
  optionGroup: ById<OptionGroup>;
  extraInfo: ById<ExtraInfo>;
  ticketsByEvent: ByParent<Ticket>;
  standaloneOptionsByTicket: ByParent<Option>;
  optionGroupsByTicket: ByParent<OptionGroup>;
  optionsByGroup: ByParent<Option>;
  extraInfosByTicket: ByParent<ExtraInfo>;
  /** CP1: an event's quotas, the quotas a ticket shares (by id), the tickets of a quota (ids). */
  quotasByEvent: ByParent<Quota>;
  quotasByTicket: ByParent<Quota>;
  ticketIdsByQuota: DataLoader<string, string[]>;
  /** Whether bookings exist on the ticket (its structure is then locked). */
  ticketLocked: DataLoader<string, boolean>;
  /** The viewer's live booking per event (BK2: at most one), for event pages and lists. */
  viewerLiveBookingByEvent: ById<Booking>;
  optionsByBooking: ByParent<BookingOption>;
  answersByBooking: ByParent<Answer>;
  /** TT4: the booking's check-in (at most one). */
  checkInByBooking: ByParent<CheckIn>;
  paymentsByBooking: ByParent<Payment>;
  /** PY5: the booking's payment attempts, oldest first (its open one among them, issue 16). */
  attemptsByBooking: ByParent<PaymentAttempt>;
  /** The viewer's effective level per event (PM2), null when none. */
  levelOnEvent: DataLoader<string, PermissionLevel | null>;
}

/** What every resolver receives: the service context plus the request's loaders. */
export interface GraphQLContext extends ActorContext {
  loaders: Loaders;
}
