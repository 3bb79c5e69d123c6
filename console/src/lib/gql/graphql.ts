/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where a person’s permission on an event comes from (PM2). */
export type AdminSource =
  /** A grant to the board of a club the person sits on. */
  | 'CLUB_BOARD_GRANT'
  /** A grant to the members of a club the person belongs to. */
  | 'CLUB_MEMBERS_GRANT'
  /** Platform admins have ADMIN on every event. */
  | 'PLATFORM_ADMIN'
  /** A grant to the person. */
  | 'USER_GRANT';

/** A non-file answer to an extra information (XI3). Give the field matching its type. */
export type AnswerInput = {
  /** CHOICE: one of the extra information’s choices. */
  choice?: string | null | undefined;
  /** NUMBER: within the extra information’s bounds. */
  number?: number | null | undefined;
  /** TEXT: at most 2,000 characters. */
  text?: string | null | undefined;
};

/** Filters of the organizers’ booking lists (BK13). */
export type BookingFilter = {
  /** Only bookings with extra information not validated yet (missing or waiting). */
  answersPending?: boolean | null | undefined;
  /** true: only bookings checked in at the door (TT4); false: only those not checked in; null: both. */
  checkedIn?: boolean | null | undefined;
  /** Matches holder name, holder email or reference (case-insensitive substring). */
  search?: string | null | undefined;
  /** Only these statuses. Default: PRE_RESERVED and RESERVED. */
  statuses?: Array<BookingStatus> | null | undefined;
  /** Only bookings of this ticket. */
  ticketId?: string | number | null | undefined;
};

/** The order of a list of bookings (BK13). Cursors belong to the order they were read in. */
export type BookingOrder =
  /** By the holder’s family name, then given name, A to Z (case-insensitive): the door list’s order. */
  | 'NAME'
  /** By the holder’s family name, then given name, Z to A. */
  | 'NAME_DESC'
  /** Most recently booked first (the default). */
  | 'NEWEST'
  /** First booked first. */
  | 'OLDEST';

/** Where a booking stands (BK). PRE_RESERVED and RESERVED are "live": they take a place (BK9) and count for BK2. */
export type BookingStatus =
  /** A pre-reservation deleted by its holder, sponsor or an organizer (BK6). Kept until the organizers delete the ticket structure it points to; the audit log keeps its story. */
  | 'DELETED'
  /** A pre-reservation not paid before the event’s payment deadline (BK10). Kept like DELETED ones. */
  | 'EXPIRED'
  /** Put in opposition with a reason (BK8, PY3): invalid for entry and download, kept as proof. Final. */
  | 'OPPOSED'
  /** Booked, not paid yet; commits nobody (BK6) and may expire (BK10). */
  | 'PRE_RESERVED'
  /** Paid (online or marked paid) or free: a valid reservation. Never deleted (BK8). */
  | 'RESERVED';

/** How someone was let in (TT4). */
export type CheckInMethod =
  /** Found in the list (no phone, no paper). */
  | 'MANUAL'
  /** Scanned by a scanner without network, synchronized afterwards. */
  | 'OFFLINE'
  /** Their QR code was scanned online. */
  | 'SCAN';

/** What the door says (TT4). */
export type CheckInStatus =
  /** Already checked in: `checkIn` says when and by whom. */
  | 'ALREADY_CHECKED_IN'
  /** Extra information blocking entry (or payment, for a free booking, XI5) is not validated: refused; `blockedBy` lists it. */
  | 'ENTRY_BLOCKED'
  /** Not a code signed by this platform (forged, altered, truncated, unknown key), or no such booking. */
  | 'INVALID_CODE'
  /** A pre-reservation (unpaid), or a deleted or expired one: refused. */
  | 'NOT_PAID'
  /** Valid reservation, now checked in: let them in. */
  | 'OK'
  /** The booking is in opposition (BK8, PY3): refused; `booking.oppositionReason` says why. */
  | 'OPPOSED'
  /** A genuine ticket of another event: refused (nothing else is told about it). */
  | 'OTHER_EVENT';

/** A new association. */
export type CreateAssociationInput = {
  /** Display name, 1 to 200 characters. */
  name: string;
  /** The school it belongs to; none for a cross-school association. */
  schoolId?: string | number | null | undefined;
  /** Short unique name, e.g. `enseeiht`. Lower-case letters, digits and single dashes, 1 to 64 characters; it never changes (imports use it). */
  slug: string;
};

/** A new club. */
export type CreateClubInput = {
  /** The association it is part of, if any. */
  associationId?: string | number | null | undefined;
  /** Display name, 1 to 200 characters. */
  name: string;
  /** Short unique name, e.g. `enseeiht`. Lower-case letters, digits and single dashes, 1 to 64 characters; it never changes (imports use it). */
  slug: string;
};

/** A new event (EV2, EV3). */
export type CreateEventInput = {
  /** The organizing club; the viewer must sit on its board (or be a platform admin). */
  clubId: string | number;
  /** Contact address for attendees; empty or null for none. */
  contactEmail?: string | null | undefined;
  /** Description in Markdown (at most 20,000 characters); rendered and sanitized by the server. */
  description: string;
  /** End; not before the start (BEFORE_OPENING otherwise). */
  endsAt: string;
  /** Where it takes place. */
  location: string;
  /** PY1: an active LYDIA account of the club (see Club.paymentAccountsForNewEvent); null or omitted: none. */
  lydiaAccountId?: string | number | null | undefined;
  /** Name, 1 to 200 characters. */
  name: string;
  /** Hours before an unpaid pre-reservation expires (BK10), 1 to 8760; null for none. Omitted when creating an event: 72 (the console shows it, changeable). */
  paymentDeadlineHours?: number | null | undefined;
  /** PY1: an active PAYPAL account of the club (see Club.paymentAccountsForNewEvent); null or omitted: none. */
  paypalAccountId?: string | number | null | undefined;
  /** Whether attendees see the places left on each ticket. */
  showPlacesLeft: boolean;
  /** Guests per sponsor on restricted tickets allowing sponsorship (BK4), 0 to 100. */
  sponsorshipLimit: number;
  /** Start. */
  startsAt: string;
  /** Who can see the event (EV1). */
  visibility: EventVisibility;
};

/** A new extra information (XI1). */
export type CreateExtraInfoInput = {
  /** What stays blocked until validated. */
  blocks: ExtraInfoBlocks;
  /** CHOICE only: 1 to 50 distinct answers. */
  choices?: Array<string> | null | undefined;
  /** FILE only: largest file in bytes, 1 to 20 MiB. */
  fileMaxBytes?: number | null | undefined;
  /** FILE only: accepted MIME types among application/pdf, image/png, image/jpeg. */
  fileTypes?: Array<string> | null | undefined;
  /** Help text. */
  help: string;
  /** Label. */
  label: string;
  /** NUMBER only: largest value (≥ numberMin). */
  numberMax?: number | null | undefined;
  /** NUMBER only: smallest value. */
  numberMin?: number | null | undefined;
  /** Display order, 0 to 100,000; null on creation: after the others. */
  position?: number | null | undefined;
  /** What is asked; never changes (XI2). */
  type: ExtraInfoType;
};

/** PY1, PY4: a Lydia account for the event’s club: the private token, or the Lydia phone and password to fetch it (never stored). */
export type CreateLydiaAccountInput = {
  /** A short description shown when choosing an account. */
  description: string;
  /** The event being configured (needs ADMIN); the account belongs to its club. */
  eventId: string | number;
  /** With `phone`: the Lydia password. Used once, never stored or logged. */
  password?: string | null | undefined;
  /** Instead of the private token: the Lydia account’s phone number. */
  phone?: string | null | undefined;
  /** The private token. Stored encrypted, never returned. */
  privateToken?: string | null | undefined;
  /** The vendor (public) token. */
  vendorToken: string;
};

/** PY1: a PayPal account for the event’s club. */
export type CreatePaypalAccountInput = {
  /** A short description shown when choosing an account. */
  description: string;
  /** The event being configured (needs ADMIN); the account belongs to its club. */
  eventId: string | number;
  /** The PayPal receiver (business) email. */
  receiverEmail: string;
};

/** A new school. */
export type CreateSchoolInput = {
  /** Display name, 1 to 200 characters. */
  name: string;
  /** Short unique name, e.g. `enseeiht`. Lower-case letters, digits and single dashes, 1 to 64 characters; it never changes (imports use it). */
  slug: string;
};

/** A new ticket (TK1, TK3). */
export type CreateTicketInput = {
  /** RESTRICTED only (TK2): associations of which a valid membership is required (any of them). */
  associationIds: Array<string | number>;
  /** Places, 0 to 1,000,000; null: unlimited. Never below the places already taken (TK5). */
  capacity?: number | null | undefined;
  /** RESTRICTED only (TK2): class years allowed (any of them), e.g. [2026, 2027]. */
  classYears: Array<number>;
  /** Description (plain text, at most 5,000 characters). */
  description: string;
  /** OPEN or RESTRICTED, chosen now and never changed (TK1). */
  kind: TicketKind;
  /** Name. */
  name: string;
  /** Pending guests (neither accepted nor paid, BK3) one sponsor may have on this ticket, 1 to 100; null or omitted: 10 on creation, unchanged on update. */
  pendingGuestsPerSponsor?: number | null | undefined;
  /** Display order; null on creation: after the others. */
  position?: number | null | undefined;
  /** Price in euro cents, 0 to 10,000,000 (TK3). Applies to new bookings only (TK5). */
  priceCents: number;
  /** Sales close at, after the opening (BEFORE_OPENING otherwise); null: when the event ends. */
  salesCloseAt?: string | null | undefined;
  /** Sales open at; null: now (BK11). */
  salesOpenAt?: string | null | undefined;
  /** RESTRICTED only (TK2): schools allowed (any of them). Empty: no school constraint. */
  schoolIds: Array<string | number>;
  /** RESTRICTED only: guests may be sponsored (BK4). Must be false on OPEN tickets (NOT_ALLOWED). */
  sponsorshipAllowed: boolean;
};

/** DB1: the width of one step of the dashboard’s time series, in Europe/Paris time. */
export type DashboardGranularity =
  /** One point per day (Paris midnight to midnight). */
  | 'DAY'
  /** One point per hour. */
  | 'HOUR';

/** Which part of an event’s audit log to read. */
export type EventAuditScope =
  /** Everything. */
  | 'ALL'
  /** Its bookings (BOOKING entries). */
  | 'BOOKINGS'
  /** The event and its tickets (EVENT and TICKET entries). */
  | 'SETTINGS';

/** What an entry of an event’s audit log is about. */
export type EventAuditSubject =
  /** One of its bookings (the booking’s own log, BK14). */
  | 'BOOKING'
  /** The event: its settings, permissions, payment accounts, exports, door scans refused. */
  | 'EVENT'
  /** One of its tickets, with its options, groups and extra information. */
  | 'TICKET';

/** Why an event can’t be deleted now (deleteEvent would answer EVENT_NOT_DELETABLE or FORBIDDEN). */
export type EventDeletionBlock =
  /** It has had bookings (even deleted or expired): they are kept as proof; cancel it instead (EV5). */
  | 'HAS_BOOKINGS'
  /** Deleting needs the ADMIN permission on the event. */
  | 'NEEDS_ADMIN'
  /** Only a DRAFT can be deleted: make it a draft first, or cancel it (EV5). */
  | 'NOT_DRAFT';

/** SPEC EV1: who can see an event. People who may not see it get NOT_FOUND, as if it did not exist. */
export type EventVisibility =
  /** Only people with a permission on the event (VIEW or more) and platform admins. */
  | 'DRAFT'
  /** School accounts only; listed for them. */
  | 'INTERNAL'
  /** Anyone, signed in or not; listed. */
  | 'PUBLIC'
  /** Anyone with the link; never listed (except to its admins). */
  | 'UNLISTED';

/** EX1: what an export produces. */
export type ExportFormat =
  /** For the door: name, ticket, options, status, reference and a box to tick; sorted by name; A4. */
  | 'PDF'
  /** The same as ZIP, as a gzip-compressed tar. */
  | 'TAR_GZ'
  /** Complete: every booking field, holder and sponsor, options and group choices, each answer and its validation, payments, opposition, check-in; typed cells. */
  | 'XLSX'
  /** The XLSX plus every uploaded file, one folder per booking, and a manifest with SHA-256 hashes. */
  | 'ZIP';

/** EX2: where a background export stands. */
export type ExportStatus =
  /** Ready: `downloadUrl` until `expiresAt`. */
  | 'DONE'
  /** Its file was deleted after the retention time. */
  | 'EXPIRED'
  /** Could not be made; `error` says why. Nothing was kept. */
  | 'FAILED'
  /** Waiting for a worker. */
  | 'QUEUED'
  /** Being written; `rowsDone` of `rowsTotal`. */
  | 'RUNNING';

/** SPEC XI1: what an unvalidated answer blocks. */
export type ExtraInfoBlocks =
  /** The booking can’t be used at the door until the answer is validated. */
  | 'ENTRY'
  /** The booking can’t be paid (online or by hand) until the answer is validated. */
  | 'PAYMENT';

/** SPEC XI1: what is asked; never changes (XI2). */
export type ExtraInfoType =
  /** One of `choices` (e.g. a T-shirt size). */
  | 'CHOICE'
  /** A file of one of `fileTypes`, at most `fileMaxBytes`. */
  | 'FILE'
  /** A number, optionally within numberMin..numberMax. */
  | 'NUMBER'
  /** Free text. */
  | 'TEXT';

/** A ticket given by an organizer to a user (BK1, BK11). */
export type GiveTicketInput = {
  /** Give it even when the ticket is sold out (BK11). Without it, SOLD_OUT. */
  force?: boolean;
  /** Chosen options, as in `book`. */
  optionIds: Array<string | number>;
  /** The ticket. */
  ticketId: string | number;
  /** Email of the account that receives the ticket. */
  userEmail: string;
};

/** A permission to grant on an event (PM2). */
export type GrantPermissionInput = {
  /** CLUB_BOARD and CLUB_MEMBERS grants: the club. */
  clubId?: string | number | null | undefined;
  /** A person, a club’s board, or all members of a club. */
  granteeKind: GranteeKind;
  /** The level. */
  level: PermissionLevel;
  /** USER grants: the person’s email (they must have an account). */
  userEmail?: string | null | undefined;
};

/** SPEC PM2: who a permission is granted to. */
export type GranteeKind =
  /** The board members of a club, as the club's membership list says at each request. */
  | 'CLUB_BOARD'
  /** Every member of a club (board included). */
  | 'CLUB_MEMBERS'
  /** One person. */
  | 'USER';

/** One choice of an option group. With `id`: an existing choice, kept and updated; without: a new one. */
export type GroupOptionInput = {
  /** Description. */
  description: string;
  /** An existing option of this group. */
  id?: string | number | null | undefined;
  /** Name. */
  name: string;
  /** Price in euro cents, ≥ 0. */
  priceCents: number;
};

/** The language a person reads the platform in: their mails, their tickets and the exports they ask for. French is the default. Someone without an account (a guest named by email) gets mails in French then English, and tickets in French. */
export type Language =
  /** English. */
  | 'EN'
  /** French (the default). */
  | 'FR';

/** A message to an event’s holders (ML1): who receives it and what it says. */
export type MailingDraftInput = {
  /** The text (Markdown: emphasis, lists, links), at most 10,000 characters; required to send. */
  body?: string;
  /** Whose bookings: the filter of the booking lists (ticket, statuses, checked in…); default: live bookings. */
  filter?: BookingFilter | null | undefined;
  /** Also write to the sponsors of the chosen bookings (a person is written to once, whatever their roles). */
  includeSponsors?: boolean;
  /** The subject, at most 200 characters; required to send. */
  subject?: string;
};

/** A payment received by hand (BK7). */
export type MarkPaidInput = {
  /** Amount received in euro cents; must equal the booking’s price (AMOUNT_MISMATCH). */
  amountCents: number;
  /** The pre-reservation. */
  bookingId: string | number;
  /** How it was paid (not ONLINE: online payments come from the providers). */
  method: PaymentMethod;
  /** Cheque number, receipt or any reference, at most 200 characters. */
  reference?: string;
};

/** One scan made by an offline scanner, sent when it is back online (TT4). */
export type OfflineScanInput = {
  /** The booking the (verified) code named. */
  bookingId: string | number;
  /** The scanner’s name. */
  device?: string | null | undefined;
  /** When the scanner let them in. */
  scannedAt: string;
};

/** An online payment provider (PY1). */
export type OnlineProvider =
  /** Lydia payment requests (PY4). */
  | 'LYDIA'
  /** PayPal Payments Standard with IPN (PY2, PY3). */
  | 'PAYPAL';

/** An option group and its choices, as a whole list (OP2). The free "none" choice is implicit. */
export type OptionGroupInput = {
  /** Description. */
  description: string;
  /** Name. */
  name: string;
  /** The choices in display order (1 to 50). Existing choices left out are deleted (only while the ticket has no bookings, OP3). */
  options: Array<GroupOptionInput>;
  /** Display order, 0 to 100,000; null on creation: after the others. */
  position?: number | null | undefined;
};

/** An option (OP1). */
export type OptionInput = {
  /** Description. */
  description: string;
  /** Name. */
  name: string;
  /** Display order, 0 to 100,000; null on creation: after the others. */
  position?: number | null | undefined;
  /** Price in euro cents, ≥ 0, added to the ticket’s. */
  priceCents: number;
};

/** Where an online payment attempt stands. */
export type PaymentAttemptState =
  /** Abandoned by its payer, so that another attempt may start. Money that still arrives for it is matched (PY3). */
  | 'ABANDONED'
  /** Cancelled: a newer request replaced it, or the vendor cancelled it. */
  | 'CANCELLED'
  /** PayPal reported the payment Pending: the money is being confirmed. Open until PayPal settles it; it neither times out nor can be abandoned. */
  | 'CONFIRMING'
  /** Being sent to the provider. */
  | 'CREATED'
  /** Passed its time limit (`expiresAt`) unpaid. Money that still arrives for it is matched (PY3). */
  | 'EXPIRED'
  /** The provider could not be reached or refused the request. */
  | 'FAILED'
  /** The provider confirmed the payment. */
  | 'PAID'
  /** Sent; waiting for the attendee to pay (PayPal checkout opened, Lydia request on the phone). */
  | 'PENDING'
  /** The attendee refused the Lydia request, or it expired. */
  | 'REFUSED';

/** What a payment record is (PY5). */
export type PaymentMessageKind =
  /** A PayPal checkout the server built for the attendee. */
  | 'CHECKOUT'
  /** A PayPal IPN message received at /webhooks/paypal, byte for byte. */
  | 'IPN'
  /** PayPal’s answer to the verification postback of an IPN (VERIFIED, INVALID, or an error). */
  | 'IPN_VERIFICATION'
  /** A Lydia confirmation callback received at /webhooks/lydia, byte for byte. */
  | 'LYDIA_CALLBACK'
  /** A Lydia request cancelled (request/cancel) and Lydia’s reply. */
  | 'LYDIA_CANCEL'
  /** A Lydia payment request sent (request/do) and Lydia’s reply. */
  | 'LYDIA_REQUEST'
  /** A Lydia state check (request/state) and Lydia’s reply. */
  | 'LYDIA_STATE';

/** Whether a received message was proven to come from the provider. */
export type PaymentMessageVerification =
  /** Not from the provider: PayPal answered INVALID, or the Lydia signature or vendor token is wrong. Never acted upon. */
  | 'INVALID'
  /** Not verified yet (the provider could not be asked); retried by a periodic job. */
  | 'PENDING'
  /** Verified: PayPal answered VERIFIED, or the Lydia signature and vendor token are right. */
  | 'VERIFIED';

/** How a payment was made (BK7). */
export type PaymentMethod =
  /** Card, at a terminal. */
  | 'CARD'
  /** Cash. */
  | 'CASH'
  /** Cheque. */
  | 'CHEQUE'
  /** Online through a payment provider. */
  | 'ONLINE'
  /** Anything else; say what in the reference. */
  | 'OTHER'
  /** Bank transfer. */
  | 'TRANSFER';

/** Who took the money. */
export type PaymentProvider =
  /** Lydia (PY4). */
  | 'LYDIA'
  /** Marked paid by an organizer (BK7). */
  | 'MANUAL'
  /** PayPal (PY2, PY3). */
  | 'PAYPAL';

/** SPEC PM1: permission levels on an event, each including the ones before it. */
export type PermissionLevel =
  /** EDIT, plus manage permissions and payment accounts, cancel the event. */
  | 'ADMIN'
  /** VALIDATE, plus edit the event, tickets, options and extra information; give tickets; delete pre-reservations; oppose reservations. */
  | 'EDIT'
  /** VIEW, plus check people in, validate extra information, mark pre-reservations paid. */
  | 'VALIDATE'
  /** See the event even when it is a draft, its bookings, lists and exports. */
  | 'VIEW';

/** Something to know (or fix) before publishing a draft event. */
export type PublishProblem =
  /** The event was cancelled (EV5). Blocks publishing. */
  | 'EVENT_CANCELLED'
  /** The event has already ended. Blocks publishing. */
  | 'EVENT_OVER'
  /** The event has no ticket: nothing could be booked. Blocks publishing. */
  | 'NO_TICKET'
  /** A ticket or option costs money but no active PayPal or Lydia account is chosen: attendees can only pay by hand (BK7). */
  | 'PAID_WITHOUT_ONLINE_PAYMENT'
  /** Every ticket’s sales have closed: it would be listed but not bookable. */
  | 'SALES_OVER';

/** A named quota shared by some tickets of an event (CP1), as a whole. */
export type QuotaInput = {
  /** Places shared by its tickets, 0 to 1,000,000. Never below the places already taken in it (CP1). */
  capacity: number;
  /** Name (e.g. "Repas"), unique within the event, at most 100 characters. */
  name: string;
  /** Every ticket of the event that shares it (at most 200). Tickets attached or detached bring or take their live bookings with them; attaching is refused when they would exceed the capacity. */
  ticketIds: Array<string | number>;
};

/** Where an extra information of a booking stands (XI3, XI4). */
export type RequirementState =
  /** Answered, and sent back by an organizer to correct (NT1; see `Answer.correctionComment`). */
  | 'TO_CORRECT'
  /** No answer yet. */
  | 'TO_FILL'
  /** Validated by an organizer: frozen for good. */
  | 'VALIDATED'
  /** Answered; an organizer has not validated it yet. Still replaceable. */
  | 'WAITING_VALIDATION';

/** SPEC TK1: chosen at creation, never changed. */
export type TicketKind =
  /** No restriction: anyone signed in may book, external accounts included; sponsorship always allowed. */
  | 'OPEN'
  /** Only school accounts matching every non-empty restriction list (TK2). */
  | 'RESTRICTED';

/** What can change on a club (its slug never does). */
export type UpdateClubInput = {
  /** The association it is part of; null for none. */
  associationId?: string | number | null | undefined;
  /** Display name, 1 to 200 characters. */
  name: string;
};

/** An event’s editable fields (EV3). */
export type UpdateEventInput = {
  /** Contact address for attendees; empty or null for none. */
  contactEmail?: string | null | undefined;
  /** Description in Markdown (at most 20,000 characters); rendered and sanitized by the server. */
  description: string;
  /** End; not before the start (BEFORE_OPENING otherwise). */
  endsAt: string;
  /** Where it takes place. */
  location: string;
  /** Name, 1 to 200 characters. */
  name: string;
  /** Hours before an unpaid pre-reservation expires (BK10), 1 to 8760; null for none. Omitted when creating an event: 72 (the console shows it, changeable). */
  paymentDeadlineHours?: number | null | undefined;
  /** Whether attendees see the places left on each ticket. */
  showPlacesLeft: boolean;
  /** Guests per sponsor on restricted tickets allowing sponsorship (BK4), 0 to 100. */
  sponsorshipLimit: number;
  /** Start. */
  startsAt: string;
  /** Who can see the event (EV1). */
  visibility: EventVisibility;
};

/** An extra information’s editable fields. The type is not here: it never changes (XI2). */
export type UpdateExtraInfoInput = {
  /** What stays blocked until validated. */
  blocks: ExtraInfoBlocks;
  /** CHOICE only: 1 to 50 distinct answers. */
  choices?: Array<string> | null | undefined;
  /** FILE only: largest file in bytes, 1 to 20 MiB. */
  fileMaxBytes?: number | null | undefined;
  /** FILE only: accepted MIME types among application/pdf, image/png, image/jpeg. */
  fileTypes?: Array<string> | null | undefined;
  /** Help text. */
  help: string;
  /** Label. */
  label: string;
  /** NUMBER only: largest value (≥ numberMin). */
  numberMax?: number | null | undefined;
  /** NUMBER only: smallest value. */
  numberMin?: number | null | undefined;
  /** Display order, 0 to 100,000; null on creation: after the others. */
  position?: number | null | undefined;
};

/** A ticket’s editable fields. The kind is not here: it never changes (TK1). */
export type UpdateTicketInput = {
  /** RESTRICTED only (TK2): associations of which a valid membership is required (any of them). */
  associationIds: Array<string | number>;
  /** Places, 0 to 1,000,000; null: unlimited. Never below the places already taken (TK5). */
  capacity?: number | null | undefined;
  /** RESTRICTED only (TK2): class years allowed (any of them), e.g. [2026, 2027]. */
  classYears: Array<number>;
  /** Description (plain text, at most 5,000 characters). */
  description: string;
  /** Name. */
  name: string;
  /** Pending guests (neither accepted nor paid, BK3) one sponsor may have on this ticket, 1 to 100; null or omitted: 10 on creation, unchanged on update. */
  pendingGuestsPerSponsor?: number | null | undefined;
  /** Display order; null on creation: after the others. */
  position?: number | null | undefined;
  /** Price in euro cents, 0 to 10,000,000 (TK3). Applies to new bookings only (TK5). */
  priceCents: number;
  /** Sales close at, after the opening (BEFORE_OPENING otherwise); null: when the event ends. */
  salesCloseAt?: string | null | undefined;
  /** Sales open at; null: now (BK11). */
  salesOpenAt?: string | null | undefined;
  /** RESTRICTED only (TK2): schools allowed (any of them). Empty: no school constraint. */
  schoolIds: Array<string | number>;
  /** RESTRICTED only: guests may be sponsored (BK4). Must be false on OPEN tickets (NOT_ALLOWED). */
  sponsorshipAllowed: boolean;
};

/** WL1, WL2: an event’s waiting list settings. */
export type WaitingListSettingsInput = {
  /** Minutes an offered place is held for the next person, 5 to 20,160. */
  offerMinutes: number;
  /** Whether people may join (entries already in stay served). */
  open: boolean;
};

/** Where a waiting list entry stands (WL1, WL2). */
export type WaitingListStatus =
  /** The person booked the place offered to them. */
  | 'BOOKED'
  /** The offer was not taken in time; the place went to the next person. */
  | 'LAPSED'
  /** The person left the list. */
  | 'LEFT'
  /** A place is held for the person until `offerExpiresAt` (WL2): they may book it. */
  | 'OFFERED'
  /** An organizer removed the entry, or cleared the list (WL3). */
  | 'REMOVED'
  /** Waiting for a place, at its position. */
  | 'WAITING';

export type ConsoleDoorBookingFragment = { id: string, reference: string, holder: { fullName: string }, ticket: { id: string, name: string }, options: Array<{ name: string }> };

export type ConsoleDoorCheckInDetailsFragment = { checkedInAt: string, method: CheckInMethod, device: string | null, checkedInBy: { id: string, firstName: string, lastName: string } | null };

export type ConsoleDoorResultFragment = { status: CheckInStatus, booking: { oppositionReason: string | null, id: string, reference: string, holder: { fullName: string }, ticket: { id: string, name: string }, options: Array<{ name: string }> } | null, checkIn: { checkedInAt: string, method: CheckInMethod, device: string | null, checkedInBy: { id: string, firstName: string, lastName: string } | null } | null, blockedBy: Array<{ id: string, label: string }> };

export type ConsoleDoorCheckInMutationVariables = Exact<{
  eventId: string | number;
  code?: string | null | undefined;
  bookingId?: string | number | null | undefined;
  device?: string | null | undefined;
}>;


export type ConsoleDoorCheckInMutation = { checkIn: { status: CheckInStatus, booking: { oppositionReason: string | null, id: string, reference: string, holder: { fullName: string }, ticket: { id: string, name: string }, options: Array<{ name: string }> } | null, checkIn: { checkedInAt: string, method: CheckInMethod, device: string | null, checkedInBy: { id: string, firstName: string, lastName: string } | null } | null, blockedBy: Array<{ id: string, label: string }> } };

export type ConsoleDoorKitQueryVariables = Exact<{
  eventId: string | number;
}>;


export type ConsoleDoorKitQuery = { checkInKit: { eventId: string, generatedAt: string, revokedBookingIds: Array<string>, publicKeys: Array<{ id: number, publicKey: string }>, bookings: Array<{ id: string, reference: string, holderName: string, ticketName: string, options: Array<string>, checkedInAt: string | null, blockedBy: Array<string> }> } };

export type ConsoleDoorSyncMutationVariables = Exact<{
  eventId: string | number;
  scans: Array<OfflineScanInput> | OfflineScanInput;
}>;


export type ConsoleDoorSyncMutation = { syncCheckIns: Array<{ status: CheckInStatus, booking: { oppositionReason: string | null, id: string, reference: string, holder: { fullName: string }, ticket: { id: string, name: string }, options: Array<{ name: string }> } | null, checkIn: { checkedInAt: string, method: CheckInMethod, device: string | null, checkedInBy: { id: string, firstName: string, lastName: string } | null } | null, blockedBy: Array<{ id: string, label: string }> }> };

export type ConsoleBookingExportFragment = { id: string, format: ExportFormat, status: ExportStatus, rowsDone: number, rowsTotal: number | null, fileName: string | null, fileSize: number | null, downloadUrl: string | null, error: string | null, filter: string, createdAt: string, finishedAt: string | null, expiresAt: string | null, requestedBy: { id: string, fullName: string } | null };

export type ConsoleBookingExportQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleBookingExportQuery = { bookingExport: { id: string, format: ExportFormat, status: ExportStatus, rowsDone: number, rowsTotal: number | null, fileName: string | null, fileSize: number | null, downloadUrl: string | null, error: string | null, filter: string, createdAt: string, finishedAt: string | null, expiresAt: string | null, requestedBy: { id: string, fullName: string } | null } };

export type ConsoleRequestExportMutationVariables = Exact<{
  eventId: string | number;
  format: ExportFormat;
  filter?: BookingFilter | null | undefined;
}>;


export type ConsoleRequestExportMutation = { requestExport: { id: string, status: ExportStatus } };

export type ConsolePaymentAccountFragment = { id: string, provider: OnlineProvider, description: string, paypalReceiverEmail: string | null, lydiaVendorToken: string | null, active: boolean, createdAt: string, deactivatedAt: string | null };

export type ConsoleRestrictionChoicesFragment = { schools: Array<{ id: string, slug: string, name: string }>, associations: Array<{ id: string, slug: string, name: string }> };

export type ConsoleEventBookingsQueryVariables = Exact<{
  id: string | number;
  filter?: BookingFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
  order?: BookingOrder;
}>;


export type ConsoleEventBookingsQuery = { event: { id: string, tickets: Array<{ id: string, name: string }>, bookings: { totalCount: number, endCursor: string | null, hasNextPage: boolean, nodes: Array<{ createdAt: string, id: string, reference: string, status: BookingStatus, priceCents: number, isGuest: boolean, requirements: Array<{ state: RequirementState }>, ticket: { id: string, name: string }, holder: { fullName: string, email: string }, sponsor: { id: string, fullName: string } | null }> }, exports: Array<{ id: string, format: ExportFormat, status: ExportStatus, rowsDone: number, rowsTotal: number | null, fileName: string | null, fileSize: number | null, downloadUrl: string | null, error: string | null, filter: string, createdAt: string, finishedAt: string | null, expiresAt: string | null, requestedBy: { id: string, fullName: string } | null }> } };

export type ConsoleSchoolSignInStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleSchoolSignInStatusQuery = { schoolSignInStatus: { configured: boolean, available: boolean, issuer: string | null, simulator: boolean, problem: string | null } };

export type ConsoleTicketSettingsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleTicketSettingsQuery = { event: { id: string, tickets: Array<{ id: string, name: string, description: string, priceCents: number, capacity: number | null, salesOpenAt: string | null, salesCloseAt: string | null, sponsorshipAllowed: boolean, pendingGuestsPerSponsor: number, position: number, restrictedToClassYears: Array<number>, restrictedToSchools: Array<{ id: string }>, restrictedToAssociations: Array<{ id: string }> }> } };

export type ConsoleUpdateTicketPartMutationVariables = Exact<{
  id: string | number;
  input: UpdateTicketInput;
}>;


export type ConsoleUpdateTicketPartMutation = { updateTicket: { id: string } };

export type ConsoleMyEventsQueryVariables = Exact<{
  search?: string | null | undefined;
  offset: number;
  first: number;
}>;


export type ConsoleMyEventsQuery = { events: { totalCount: number, nodes: Array<{ visibility: EventVisibility, viewerPermission: PermissionLevel | null, cancelled: boolean, id: string, name: string, startsAt: string, endsAt: string, figures: { placesTaken: number, capacity: number | null, reservations: number, preReservations: number } | null, club: { id: string, name: string } }> } };

export type ConsolePlatformAdminsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsolePlatformAdminsQuery = { platformAdmins: Array<{ id: string, email: string, fullName: string }> };

export type ConsoleFindUserQueryVariables = Exact<{
  search: string;
}>;


export type ConsoleFindUserQuery = { users: Array<{ id: string, email: string }> };

export type ConsolePromotePlatformAdminMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsolePromotePlatformAdminMutation = { promotePlatformAdmin: { id: string, isPlatformAdmin: boolean } };

export type ConsoleDemotePlatformAdminMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDemotePlatformAdminMutation = { demotePlatformAdmin: { id: string, isPlatformAdmin: boolean } };

export type ConsoleAssociationMembersQueryVariables = Exact<{
  associationId: string | number;
}>;


export type ConsoleAssociationMembersQuery = { associations: Array<{ id: string, slug: string, name: string, archivedAt: string | null }>, associationMembers: Array<{ id: string, endsOn: string, isValid: boolean, user: { id: string, email: string, fullName: string } }> };

export type ConsoleSetAssociationMembershipMutationVariables = Exact<{
  associationId: string | number;
  email: string;
  endsOn: string;
}>;


export type ConsoleSetAssociationMembershipMutation = { setAssociationMembership: { id: string, endsOn: string } };

export type ConsoleRemoveAssociationMembershipMutationVariables = Exact<{
  associationId: string | number;
  userId: string | number;
}>;


export type ConsoleRemoveAssociationMembershipMutation = { removeAssociationMembership: boolean };

export type ConsoleKnownSlugsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleKnownSlugsQuery = { schools: Array<{ id: string, slug: string, name: string }>, associations: Array<{ id: string, slug: string, name: string }>, clubs: Array<{ id: string, slug: string, name: string }> };

export type ConsoleImportSchoolAccountsMutationVariables = Exact<{
  csv: string;
  dryRun: boolean;
}>;


export type ConsoleImportSchoolAccountsMutation = { importSchoolAccounts: { applied: boolean, dryRun: boolean, created: number, updated: number, unchanged: number, errors: Array<{ line: number, field: string | null, message: string, code: string }> } };

export type ConsoleOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleOrganizationsQuery = { schools: Array<{ id: string, slug: string, name: string, archivedAt: string | null }>, associations: Array<{ id: string, slug: string, name: string, archivedAt: string | null, school: { id: string, name: string } | null }>, clubs: Array<{ id: string, slug: string, name: string, archivedAt: string | null, logoUrl: string | null, association: { id: string, name: string } | null }> };

export type ConsoleCreateSchoolMutationVariables = Exact<{
  input: CreateSchoolInput;
}>;


export type ConsoleCreateSchoolMutation = { createSchool: { id: string } };

export type ConsoleCreateAssociationMutationVariables = Exact<{
  input: CreateAssociationInput;
}>;


export type ConsoleCreateAssociationMutation = { createAssociation: { id: string } };

export type ConsoleCreateClubMutationVariables = Exact<{
  input: CreateClubInput;
}>;


export type ConsoleCreateClubMutation = { createClub: { id: string } };

export type ConsoleRenameSchoolMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type ConsoleRenameSchoolMutation = { renameSchool: { id: string, name: string } };

export type ConsoleRenameAssociationMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type ConsoleRenameAssociationMutation = { renameAssociation: { id: string, name: string } };

export type ConsoleUpdateClubMutationVariables = Exact<{
  id: string | number;
  input: UpdateClubInput;
}>;


export type ConsoleUpdateClubMutation = { updateClub: { id: string, name: string } };

export type ConsoleArchiveSchoolMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleArchiveSchoolMutation = { archiveSchool: { id: string, archivedAt: string | null } };

export type ConsoleArchiveAssociationMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleArchiveAssociationMutation = { archiveAssociation: { id: string, archivedAt: string | null } };

export type ConsoleArchiveClubMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleArchiveClubMutation = { archiveClub: { id: string, archivedAt: string | null } };

export type ConsoleUnarchiveSchoolMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleUnarchiveSchoolMutation = { unarchiveSchool: { id: string, archivedAt: string | null } };

export type ConsoleUnarchiveAssociationMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleUnarchiveAssociationMutation = { unarchiveAssociation: { id: string, archivedAt: string | null } };

export type ConsoleUnarchiveClubMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleUnarchiveClubMutation = { unarchiveClub: { id: string, archivedAt: string | null } };

export type ConsoleSetClubLogoMutationVariables = Exact<{
  id: string | number;
  file: unknown;
}>;


export type ConsoleSetClubLogoMutation = { setClubLogo: { id: string, logoUrl: string | null } };

export type ConsoleAllPaymentAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleAllPaymentAccountsQuery = { allPaymentAccounts: Array<{ id: string, provider: OnlineProvider, description: string, paypalReceiverEmail: string | null, lydiaVendorToken: string | null, active: boolean, createdAt: string, deactivatedAt: string | null, club: { id: string, name: string } }> };

export type ConsoleDeactivatePaymentAccountMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeactivatePaymentAccountMutation = { deactivatePaymentAccount: { id: string, active: boolean, deactivatedAt: string | null } };

export type ConsoleClubMembersQueryVariables = Exact<{
  clubId: string | number;
}>;


export type ConsoleClubMembersQuery = { clubs: Array<{ id: string, slug: string, name: string, archivedAt: string | null }>, clubMembers: Array<{ id: string, isBoard: boolean, user: { id: string, email: string, fullName: string } }> };

export type ConsoleSetClubMembershipMutationVariables = Exact<{
  clubId: string | number;
  email: string;
  isBoard: boolean;
}>;


export type ConsoleSetClubMembershipMutation = { setClubMembership: { id: string, isBoard: boolean } };

export type ConsoleRemoveClubMembershipMutationVariables = Exact<{
  clubId: string | number;
  userId: string | number;
}>;


export type ConsoleRemoveClubMembershipMutation = { removeClubMembership: boolean };

export type ConsoleEventHeaderQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleEventHeaderQuery = { event: { visibility: EventVisibility, viewerPermission: PermissionLevel | null, cancelled: boolean, cancelledAt: string | null, cancellationReason: string | null, id: string, name: string, startsAt: string, endsAt: string, club: { id: string, name: string } } };

export type ConsoleEventAdminsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleEventAdminsQuery = { event: { id: string, admins: Array<{ level: PermissionLevel, user: { id: string, fullName: string, email: string }, sources: Array<{ source: AdminSource, level: PermissionLevel, club: { id: string, name: string } | null }> }>, grants: Array<{ id: string, level: PermissionLevel, granteeKind: GranteeKind, createdAt: string, user: { id: string, fullName: string, email: string } | null, club: { id: string, name: string } | null }> }, clubs: Array<{ id: string, name: string }> };

export type ConsoleGrantPermissionMutationVariables = Exact<{
  eventId: string | number;
  input: GrantPermissionInput;
}>;


export type ConsoleGrantPermissionMutation = { grantPermission: { id: string } };

export type ConsoleRevokePermissionMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRevokePermissionMutation = { revokePermission: string };

export type ConsoleEventAuditQueryVariables = Exact<{
  id: string | number;
  scope: EventAuditScope;
  after?: string | null | undefined;
}>;


export type ConsoleEventAuditQuery = { event: { id: string, auditLog: { endCursor: string | null, hasNextPage: boolean, nodes: Array<{ id: string, at: string, action: string, actorName: string | null, reason: string | null, details: string | null, subject: EventAuditSubject, subjectId: string, subjectLabel: string | null }> } } };

export type ConsoleBookingQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleBookingQuery = { booking: { createdAt: string, expiresAt: string | null, paymentDeadlinePaused: boolean, reservedAt: string | null, endedAt: string | null, oppositionReason: string | null, forced: boolean, id: string, reference: string, status: BookingStatus, priceCents: number, isGuest: boolean, event: { id: string }, holder: { hasAccount: boolean | null, fullName: string, email: string }, sponsor: { email: string, id: string, fullName: string } | null, givenBy: { id: string, fullName: string } | null, options: Array<{ name: string, priceCents: number, group: { id: string, name: string } | null }>, requirements: Array<{ state: RequirementState, answer: { updatedAt: string, validatedAt: string | null, correctionRequestedAt: string | null, correctionComment: string | null, id: string, textValue: string | null, numberValue: number | null, choiceValue: string | null, validatedBy: { id: string, fullName: string } | null, updatedBy: { id: string, fullName: string } | null, file: { name: string, mimeType: string, size: number, url: string } | null } | null, extraInfo: { id: string, label: string, help: string, type: ExtraInfoType, blocks: ExtraInfoBlocks, position: number, choices: Array<string>, numberMin: number | null, numberMax: number | null, fileTypes: Array<string>, fileMaxBytes: number | null } }>, payments: Array<{ id: string, method: PaymentMethod, provider: PaymentProvider, amountCents: number, currency: string, reference: string, conforming: boolean, problem: string | null, createdAt: string }>, paymentAttempts: Array<{ id: string, provider: OnlineProvider, ref: string, providerRef: string | null, amountCents: number, currency: string, state: PaymentAttemptState, createdAt: string, updatedAt: string, checkedAt: string | null }>, paymentRecords: Array<{ id: string, provider: OnlineProvider, kind: PaymentMessageKind, reference: string | null, amountCents: number | null, currency: string | null, status: string | null, verification: PaymentMessageVerification | null, outcome: string | null, outcomeDetail: string | null, processedAt: string | null, createdAt: string, raw: string }>, auditLog: Array<{ at: string, action: string, actorName: string | null, reason: string | null, details: string | null }>, ticket: { id: string, name: string } } };

export type ConsoleValidateAnswerMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleValidateAnswerMutation = { validateAnswer: { id: string } };

export type ConsoleRequestAnswerCorrectionMutationVariables = Exact<{
  id: string | number;
  comment: string;
}>;


export type ConsoleRequestAnswerCorrectionMutation = { requestAnswerCorrection: { id: string } };

export type ConsoleCorrectAnswerMutationVariables = Exact<{
  bookingId: string | number;
  extraInfoId: string | number;
  input?: AnswerInput | null | undefined;
  file?: unknown;
}>;


export type ConsoleCorrectAnswerMutation = { answerExtraInfo: { id: string } };

export type ConsoleMarkPaidMutationVariables = Exact<{
  input: MarkPaidInput;
}>;


export type ConsoleMarkPaidMutation = { markPaid: { id: string, status: BookingStatus } };

export type ConsoleOpposeBookingMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ConsoleOpposeBookingMutation = { opposeBooking: { id: string, status: BookingStatus } };

export type ConsoleDeletePreReservationMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeletePreReservationMutation = { deletePreReservation: { id: string, status: BookingStatus } };

export type ConsoleEventCapacityQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleEventCapacityQuery = { event: { id: string, capacity: number | null, placesTaken: number | null, tickets: Array<{ id: string, name: string, position: number }>, quotas: Array<{ id: string, name: string, capacity: number, placesTaken: number, tickets: Array<{ id: string }> }> } };

export type ConsoleSetEventCapacityMutationVariables = Exact<{
  eventId: string | number;
  capacity?: number | null | undefined;
}>;


export type ConsoleSetEventCapacityMutation = { setEventCapacity: { id: string, capacity: number | null } };

export type ConsoleCreateQuotaMutationVariables = Exact<{
  eventId: string | number;
  input: QuotaInput;
}>;


export type ConsoleCreateQuotaMutation = { createQuota: { id: string } };

export type ConsoleUpdateQuotaMutationVariables = Exact<{
  id: string | number;
  input: QuotaInput;
}>;


export type ConsoleUpdateQuotaMutation = { updateQuota: { id: string } };

export type ConsoleDeleteQuotaMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteQuotaMutation = { deleteQuota: string };

export type ConsoleEventDashboardQueryVariables = Exact<{
  id: string | number;
  granularity?: DashboardGranularity | null | undefined;
}>;


export type ConsoleEventDashboardQuery = { event: { id: string, dashboard: { computedAt: string, granularity: DashboardGranularity, revenue: { paidCents: number, paidCount: number, freeCount: number, pendingCents: number, pendingCount: number, lostCents: number, lostCount: number, endedCount: number, toRefundCents: number, toRefundCount: number }, series: Array<{ at: string, bookings: number, reservations: number, revenueCents: number, bookingsTotal: number, reservationsTotal: number, revenueCentsTotal: number }>, tickets: Array<{ ticketId: string, name: string, capacity: number | null, placesTaken: number, preReserved: number, reserved: number, checkedIn: number }>, options: Array<{ optionId: string | null, ticketId: string, name: string, reserved: number, preReserved: number }>, groups: Array<{ groupId: string, ticketId: string, name: string, choices: Array<{ optionId: string | null, name: string, reserved: number, preReserved: number }> }>, answers: Array<{ extraInfoId: string, ticketId: string, label: string, blocks: ExtraInfoBlocks, waiting: number, validated: number, missing: number }> } } };

export type ConsoleDoorListQueryVariables = Exact<{
  id: string | number;
  filter?: BookingFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ConsoleDoorListQuery = { event: { id: string, bookings: { totalCount: number, checkedInCount: number, endCursor: string | null, hasNextPage: boolean, nodes: Array<{ id: string, reference: string, holder: { email: string, fullName: string }, checkIn: { checkedInAt: string, method: CheckInMethod, device: string | null, checkedInBy: { id: string, firstName: string, lastName: string } | null } | null, ticket: { id: string, name: string }, options: Array<{ name: string }> }> } } };

export type ConsoleEventForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleEventForEditQuery = { event: { id: string, name: string, description: string, location: string, startsAt: string, endsAt: string, visibility: EventVisibility, contactEmail: string | null, sponsorshipLimit: number, paymentDeadlineHours: number | null, showPlacesLeft: boolean, coverUrl: string | null, deletionBlockedBy: EventDeletionBlock | null } };

export type ConsoleUpdateEventMutationVariables = Exact<{
  id: string | number;
  input: UpdateEventInput;
}>;


export type ConsoleUpdateEventMutation = { updateEvent: { id: string } };

export type ConsoleSetEventCoverMutationVariables = Exact<{
  id: string | number;
  file: unknown;
}>;


export type ConsoleSetEventCoverMutation = { setEventCover: { id: string, coverUrl: string | null } };

export type ConsoleRemoveEventCoverMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRemoveEventCoverMutation = { removeEventCover: { id: string } };

export type ConsoleCancelEventMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ConsoleCancelEventMutation = { cancelEvent: { id: string, cancelled: boolean } };

export type ConsoleDuplicateEventMutationVariables = Exact<{
  id: string | number;
  startsAt: string;
  name?: string | null | undefined;
}>;


export type ConsoleDuplicateEventMutation = { duplicateEvent: { id: string } };

export type ConsoleDeleteEventMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteEventMutation = { deleteEvent: string };

export type ConsoleGiveTicketChoicesQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleGiveTicketChoicesQuery = { event: { id: string, tickets: Array<{ id: string, name: string, priceCents: number, capacity: number | null, placesTaken: number | null, soldOut: boolean, options: Array<{ id: string, name: string, description: string, priceCents: number, position: number }>, optionGroups: Array<{ id: string, name: string, description: string, position: number, options: Array<{ id: string, name: string, description: string, priceCents: number, position: number }> }> }> } };

export type ConsoleGiveTicketMutationVariables = Exact<{
  input: GiveTicketInput;
}>;


export type ConsoleGiveTicketMutation = { giveTicket: { id: string, reference: string, status: BookingStatus, holder: { fullName: string } } };

export type ConsoleEventMailingsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleEventMailingsQuery = { event: { id: string, tickets: Array<{ id: string, name: string }>, mailings: Array<{ id: string, subject: string, recipientCount: number, createdAt: string, author: { fullName: string } | null }> } };

export type ConsoleMailingPreviewQueryVariables = Exact<{
  eventId: string | number;
  input: MailingDraftInput;
}>;


export type ConsoleMailingPreviewQuery = { mailingPreview: { recipientCount: number, samples: Array<{ language: Language, subject: string, text: string }> } };

export type ConsoleSendMailingMutationVariables = Exact<{
  eventId: string | number;
  input: MailingDraftInput;
  idempotencyKey: string | number;
}>;


export type ConsoleSendMailingMutation = { sendMailing: { id: string, recipientCount: number } };

export type ConsoleEventPaymentAccountsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleEventPaymentAccountsQuery = { event: { id: string, club: { id: string, name: string }, paypalAccount: { id: string, provider: OnlineProvider, description: string, paypalReceiverEmail: string | null, lydiaVendorToken: string | null, active: boolean, createdAt: string, deactivatedAt: string | null } | null, lydiaAccount: { id: string, provider: OnlineProvider, description: string, paypalReceiverEmail: string | null, lydiaVendorToken: string | null, active: boolean, createdAt: string, deactivatedAt: string | null } | null, paymentAccountChoices: Array<{ id: string, provider: OnlineProvider, description: string, paypalReceiverEmail: string | null, lydiaVendorToken: string | null, active: boolean, createdAt: string, deactivatedAt: string | null }>, paymentAccountSuggestion: { paypal: { id: string } | null, lydia: { id: string } | null } } };

export type ConsoleSetEventPaymentAccountsMutationVariables = Exact<{
  eventId: string | number;
  paypalAccountId?: string | number | null | undefined;
  lydiaAccountId?: string | number | null | undefined;
}>;


export type ConsoleSetEventPaymentAccountsMutation = { setEventPaymentAccounts: { id: string } };

export type ConsoleCreatePaypalAccountMutationVariables = Exact<{
  input: CreatePaypalAccountInput;
}>;


export type ConsoleCreatePaypalAccountMutation = { createPaypalAccount: { id: string } };

export type ConsoleCreateLydiaAccountMutationVariables = Exact<{
  input: CreateLydiaAccountInput;
}>;


export type ConsoleCreateLydiaAccountMutation = { createLydiaAccount: { id: string } };

export type ConsoleLydiaBusinessesMutationVariables = Exact<{
  eventId: string | number;
  phone: string;
  password: string;
}>;


export type ConsoleLydiaBusinessesMutation = { lydiaBusinesses: Array<{ name: string, vendorToken: string }> };

export type ConsolePublishChecklistQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsolePublishChecklistQuery = { event: { id: string, visibility: EventVisibility, publishChecklist: Array<{ problem: PublishProblem, blocking: boolean }> } };

export type ConsolePublishEventMutationVariables = Exact<{
  id: string | number;
  visibility: EventVisibility;
}>;


export type ConsolePublishEventMutation = { publishEvent: { id: string, visibility: EventVisibility } };

export type ConsoleEventTicketsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleEventTicketsQuery = { event: { id: string, tickets: Array<{ id: string, kind: TicketKind, name: string, priceCents: number, capacity: number | null, placesTaken: number | null, soldOut: boolean, salesOpenAt: string | null, salesCloseAt: string | null, position: number, locked: boolean, templateUrl: string | null }> }, schools: Array<{ id: string, slug: string, name: string }>, associations: Array<{ id: string, slug: string, name: string }> };

export type ConsoleCreateTicketMutationVariables = Exact<{
  eventId: string | number;
  input: CreateTicketInput;
}>;


export type ConsoleCreateTicketMutation = { createTicket: { id: string } };

export type ConsoleTicketPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleTicketPageQuery = { event: { id: string, tickets: Array<{ id: string, kind: TicketKind, name: string, description: string, priceCents: number, capacity: number | null, placesTaken: number | null, soldOut: boolean, salesOpenAt: string | null, salesCloseAt: string | null, sponsorshipAllowed: boolean, pendingGuestsPerSponsor: number, position: number, locked: boolean, templateUrl: string | null, restrictedToClassYears: Array<number>, restrictedToSchools: Array<{ id: string }>, restrictedToAssociations: Array<{ id: string }>, extraInfos: Array<{ id: string, label: string, help: string, type: ExtraInfoType, blocks: ExtraInfoBlocks, numberMin: number | null, numberMax: number | null, choices: Array<string>, fileTypes: Array<string>, fileMaxBytes: number | null, position: number }>, options: Array<{ id: string, name: string, description: string, priceCents: number, position: number }>, optionGroups: Array<{ id: string, name: string, description: string, position: number, options: Array<{ id: string, name: string, description: string, priceCents: number, position: number }> }> }> }, ticketTemplateSpec: { width: number, height: number, mimeTypes: Array<string>, maxBytes: number, exampleUrl: string, infoZone: { left: number, top: number, width: number, height: number }, qrZone: { left: number, top: number, width: number, height: number } }, schools: Array<{ id: string, slug: string, name: string }>, associations: Array<{ id: string, slug: string, name: string }> };

export type ConsoleDeleteTicketMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteTicketMutation = { deleteTicket: string };

export type ConsoleCreateOptionMutationVariables = Exact<{
  ticketId: string | number;
  input: OptionInput;
}>;


export type ConsoleCreateOptionMutation = { createOption: { id: string } };

export type ConsoleUpdateOptionMutationVariables = Exact<{
  id: string | number;
  input: OptionInput;
}>;


export type ConsoleUpdateOptionMutation = { updateOption: { id: string } };

export type ConsoleDeleteOptionMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteOptionMutation = { deleteOption: string };

export type ConsoleCopyOptionMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleCopyOptionMutation = { copyOptionToAllTickets: Array<{ id: string }> };

export type ConsoleCreateOptionGroupMutationVariables = Exact<{
  ticketId: string | number;
  input: OptionGroupInput;
}>;


export type ConsoleCreateOptionGroupMutation = { createOptionGroup: { id: string } };

export type ConsoleUpdateOptionGroupMutationVariables = Exact<{
  id: string | number;
  input: OptionGroupInput;
}>;


export type ConsoleUpdateOptionGroupMutation = { updateOptionGroup: { id: string } };

export type ConsoleDeleteOptionGroupMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteOptionGroupMutation = { deleteOptionGroup: string };

export type ConsoleCopyOptionGroupMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleCopyOptionGroupMutation = { copyOptionGroupToAllTickets: Array<{ id: string }> };

export type ConsoleCreateExtraInfoMutationVariables = Exact<{
  ticketId: string | number;
  input: CreateExtraInfoInput;
}>;


export type ConsoleCreateExtraInfoMutation = { createExtraInfo: { id: string } };

export type ConsoleUpdateExtraInfoMutationVariables = Exact<{
  id: string | number;
  input: UpdateExtraInfoInput;
}>;


export type ConsoleUpdateExtraInfoMutation = { updateExtraInfo: { id: string } };

export type ConsoleDeleteExtraInfoMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteExtraInfoMutation = { deleteExtraInfo: string };

export type ConsoleCopyExtraInfoMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleCopyExtraInfoMutation = { copyExtraInfoToAllTickets: Array<{ id: string }> };

export type ConsoleTicketTemplateSpecFragment = { width: number, height: number, mimeTypes: Array<string>, maxBytes: number, exampleUrl: string, infoZone: { left: number, top: number, width: number, height: number }, qrZone: { left: number, top: number, width: number, height: number } };

export type ConsoleSetTicketTemplateMutationVariables = Exact<{
  ticketId: string | number;
  file: unknown;
}>;


export type ConsoleSetTicketTemplateMutation = { setTicketTemplate: { id: string, templateUrl: string | null } };

export type ConsoleRemoveTicketTemplateMutationVariables = Exact<{
  ticketId: string | number;
}>;


export type ConsoleRemoveTicketTemplateMutation = { removeTicketTemplate: { id: string, templateUrl: string | null } };

export type ConsoleEventWaitingListQueryVariables = Exact<{
  id: string | number;
  first: number;
  offset: number;
}>;


export type ConsoleEventWaitingListQuery = { event: { id: string, waitingListOpen: boolean, waitingListOfferMinutes: number, waitingList: { totalCount: number, nodes: Array<{ id: string, status: WaitingListStatus, position: number | null, offerExpiresAt: string | null, createdAt: string, personName: string, personEmail: string, guest: { firstName: string, lastName: string, email: string } | null, ticket: { id: string, name: string } }> } } };

export type ConsoleMoveWaitingListEntryMutationVariables = Exact<{
  id: string | number;
  position: number;
}>;


export type ConsoleMoveWaitingListEntryMutation = { moveWaitingListEntry: { id: string, position: number | null } };

export type ConsoleRemoveWaitingListEntryMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRemoveWaitingListEntryMutation = { removeWaitingListEntry: { id: string, status: WaitingListStatus } };

export type ConsoleOfferWaitingListPlaceMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleOfferWaitingListPlaceMutation = { offerWaitingListPlace: { id: string, status: WaitingListStatus } };

export type ConsoleClearWaitingListMutationVariables = Exact<{
  eventId: string | number;
}>;


export type ConsoleClearWaitingListMutation = { clearWaitingList: number };

export type ConsoleSetWaitingListSettingsMutationVariables = Exact<{
  eventId: string | number;
  input: WaitingListSettingsInput;
}>;


export type ConsoleSetWaitingListSettingsMutation = { setWaitingListSettings: { id: string, waitingListOpen: boolean, waitingListOfferMinutes: number } };

export type ConsoleClubsForNewEventQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleClubsForNewEventQuery = { clubs: Array<{ id: string, name: string, paymentAccountsForNewEvent: Array<{ id: string, provider: OnlineProvider, description: string, paypalReceiverEmail: string | null, lydiaVendorToken: string | null, active: boolean, createdAt: string, deactivatedAt: string | null }> | null, paymentAccountSuggestion: { paypal: { id: string } | null, lydia: { id: string } | null } | null }> };

export type ConsoleCreateEventMutationVariables = Exact<{
  input: CreateEventInput;
  cover?: unknown;
}>;


export type ConsoleCreateEventMutation = { createEvent: { id: string } };

export type ConsoleViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleViewerQuery = { viewer: { email: string, isPlatformAdmin: boolean, id: string, firstName: string, fullName: string, clubMemberships: Array<{ id: string, isBoard: boolean, club: { id: string, name: string, slug: string } }> } | null };

export type SharedAnswerValueFragment = { id: string, textValue: string | null, numberValue: number | null, choiceValue: string | null, file: { name: string, mimeType: string, size: number, url: string } | null };

export type SharedBookingSummaryFragment = { id: string, reference: string, status: BookingStatus, priceCents: number, isGuest: boolean, ticket: { id: string, name: string }, holder: { fullName: string, email: string }, sponsor: { id: string, fullName: string } | null };

export type SharedEventSummaryFragment = { id: string, name: string, startsAt: string, endsAt: string, club: { id: string, name: string } };

export type SharedRequirementFragment = { state: RequirementState, extraInfo: { id: string, label: string, help: string, type: ExtraInfoType, blocks: ExtraInfoBlocks, position: number, choices: Array<string>, numberMin: number | null, numberMax: number | null, fileTypes: Array<string>, fileMaxBytes: number | null } };

export type SharedTicketOptionsFragment = { options: Array<{ id: string, name: string, description: string, priceCents: number, position: number }>, optionGroups: Array<{ id: string, name: string, description: string, position: number, options: Array<{ id: string, name: string, description: string, priceCents: number, position: number }> }> };

export type SharedViewerFragment = { id: string, firstName: string, fullName: string };

export const ConsoleDoorBookingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleDoorBooking"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConsoleDoorBookingFragment, unknown>;
export const ConsoleDoorCheckInDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleDoorCheckInDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckIn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<ConsoleDoorCheckInDetailsFragment, unknown>;
export const ConsoleDoorResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleDoorResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleDoorBooking"}},{"kind":"Field","name":{"kind":"Name","value":"oppositionReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleDoorCheckInDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blockedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleDoorBooking"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleDoorCheckInDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckIn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<ConsoleDoorResultFragment, unknown>;
export const ConsoleBookingExportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleBookingExport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsDone"}},{"kind":"Field","name":{"kind":"Name","value":"rowsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<ConsoleBookingExportFragment, unknown>;
export const ConsolePaymentAccountFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePaymentAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"paypalReceiverEmail"}},{"kind":"Field","name":{"kind":"Name","value":"lydiaVendorToken"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]} as unknown as DocumentNode<ConsolePaymentAccountFragment, unknown>;
export const ConsoleRestrictionChoicesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleRestrictionChoices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"associations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConsoleRestrictionChoicesFragment, unknown>;
export const ConsoleTicketTemplateSpecFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleTicketTemplateSpec"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketTemplateSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"mimeTypes"}},{"kind":"Field","name":{"kind":"Name","value":"maxBytes"}},{"kind":"Field","name":{"kind":"Name","value":"exampleUrl"}},{"kind":"Field","name":{"kind":"Name","value":"infoZone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"top"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qrZone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"top"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}}]} as unknown as DocumentNode<ConsoleTicketTemplateSpecFragment, unknown>;
export const SharedAnswerValueFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedAnswerValue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Answer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"textValue"}},{"kind":"Field","name":{"kind":"Name","value":"numberValue"}},{"kind":"Field","name":{"kind":"Name","value":"choiceValue"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<SharedAnswerValueFragment, unknown>;
export const SharedBookingSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedBookingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"isGuest"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<SharedBookingSummaryFragment, unknown>;
export const SharedEventSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedEventSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"club"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SharedEventSummaryFragment, unknown>;
export const SharedRequirementFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedRequirement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingRequirement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"extraInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"numberMin"}},{"kind":"Field","name":{"kind":"Name","value":"numberMax"}},{"kind":"Field","name":{"kind":"Name","value":"fileTypes"}},{"kind":"Field","name":{"kind":"Name","value":"fileMaxBytes"}}]}}]}}]} as unknown as DocumentNode<SharedRequirementFragment, unknown>;
export const SharedTicketOptionsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedTicketOptions"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"optionGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<SharedTicketOptionsFragment, unknown>;
export const SharedViewerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]} as unknown as DocumentNode<SharedViewerFragment, unknown>;
export const ConsoleDoorCheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDoorCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookingId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"device"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"bookingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"device"},"value":{"kind":"Variable","name":{"kind":"Name","value":"device"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleDoorResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleDoorBooking"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleDoorCheckInDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckIn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleDoorResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleDoorBooking"}},{"kind":"Field","name":{"kind":"Name","value":"oppositionReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleDoorCheckInDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blockedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<ConsoleDoorCheckInMutation, ConsoleDoorCheckInMutationVariables>;
export const ConsoleDoorKitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDoorKit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInKit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"ticketName"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"blockedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revokedBookingIds"}}]}}]}}]} as unknown as DocumentNode<ConsoleDoorKitQuery, ConsoleDoorKitQueryVariables>;
export const ConsoleDoorSyncDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDoorSync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scans"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfflineScanInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncCheckIns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"scans"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scans"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleDoorResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleDoorBooking"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleDoorCheckInDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckIn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleDoorResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleDoorBooking"}},{"kind":"Field","name":{"kind":"Name","value":"oppositionReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleDoorCheckInDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blockedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<ConsoleDoorSyncMutation, ConsoleDoorSyncMutationVariables>;
export const ConsoleBookingExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleBookingExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookingExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleBookingExport"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleBookingExport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsDone"}},{"kind":"Field","name":{"kind":"Name","value":"rowsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<ConsoleBookingExportQuery, ConsoleBookingExportQueryVariables>;
export const ConsoleRequestExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRequestExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BookingFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleRequestExportMutation, ConsoleRequestExportMutationVariables>;
export const ConsoleEventBookingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleEventBookings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BookingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookingOrder"}}},"defaultValue":{"kind":"EnumValue","value":"NEWEST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharedBookingSummary"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleBookingExport"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedBookingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"isGuest"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleBookingExport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsDone"}},{"kind":"Field","name":{"kind":"Name","value":"rowsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<ConsoleEventBookingsQuery, ConsoleEventBookingsQueryVariables>;
export const ConsoleSchoolSignInStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleSchoolSignInStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolSignInStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configured"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"simulator"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}}]}}]} as unknown as DocumentNode<ConsoleSchoolSignInStatusQuery, ConsoleSchoolSignInStatusQueryVariables>;
export const ConsoleTicketSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleTicketSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"salesOpenAt"}},{"kind":"Field","name":{"kind":"Name","value":"salesCloseAt"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorshipAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"pendingGuestsPerSponsor"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedToSchools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"restrictedToClassYears"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedToAssociations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleTicketSettingsQuery, ConsoleTicketSettingsQueryVariables>;
export const ConsoleUpdateTicketPartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateTicketPart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateTicketPartMutation, ConsoleUpdateTicketPartMutationVariables>;
export const ConsoleMyEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMyEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mine"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"includePast"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"UPCOMING_FIRST"}},{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharedEventSummary"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"viewerPermission"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"reservations"}},{"kind":"Field","name":{"kind":"Name","value":"preReservations"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedEventSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"club"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConsoleMyEventsQuery, ConsoleMyEventsQueryVariables>;
export const ConsolePlatformAdminsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePlatformAdmins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformAdmins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<ConsolePlatformAdminsQuery, ConsolePlatformAdminsQueryVariables>;
export const ConsoleFindUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleFindUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<ConsoleFindUserQuery, ConsoleFindUserQueryVariables>;
export const ConsolePromotePlatformAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePromotePlatformAdmin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotePlatformAdmin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}}]}}]}}]} as unknown as DocumentNode<ConsolePromotePlatformAdminMutation, ConsolePromotePlatformAdminMutationVariables>;
export const ConsoleDemotePlatformAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDemotePlatformAdmin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demotePlatformAdmin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}}]}}]}}]} as unknown as DocumentNode<ConsoleDemotePlatformAdminMutation, ConsoleDemotePlatformAdminMutationVariables>;
export const ConsoleAssociationMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAssociationMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"associationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"associations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"associationMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"associationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"associationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"isValid"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAssociationMembersQuery, ConsoleAssociationMembersQueryVariables>;
export const ConsoleSetAssociationMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetAssociationMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"associationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endsOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAssociationMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"associationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"associationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"endsOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endsOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]} as unknown as DocumentNode<ConsoleSetAssociationMembershipMutation, ConsoleSetAssociationMembershipMutationVariables>;
export const ConsoleRemoveAssociationMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRemoveAssociationMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"associationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAssociationMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"associationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"associationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}]}]}}]} as unknown as DocumentNode<ConsoleRemoveAssociationMembershipMutation, ConsoleRemoveAssociationMembershipMutationVariables>;
export const ConsoleKnownSlugsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleKnownSlugs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"associations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clubs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConsoleKnownSlugsQuery, ConsoleKnownSlugsQueryVariables>;
export const ConsoleImportSchoolAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleImportSchoolAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importSchoolAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleImportSchoolAccountsMutation, ConsoleImportSchoolAccountsMutationVariables>;
export const ConsoleOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"associations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"clubs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleOrganizationsQuery, ConsoleOrganizationsQueryVariables>;
export const ConsoleCreateSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateSchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSchoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSchool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateSchoolMutation, ConsoleCreateSchoolMutationVariables>;
export const ConsoleCreateAssociationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateAssociation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAssociationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssociation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateAssociationMutation, ConsoleCreateAssociationMutationVariables>;
export const ConsoleCreateClubDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateClub"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClubInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClub"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateClubMutation, ConsoleCreateClubMutationVariables>;
export const ConsoleRenameSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRenameSchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameSchool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConsoleRenameSchoolMutation, ConsoleRenameSchoolMutationVariables>;
export const ConsoleRenameAssociationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRenameAssociation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameAssociation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConsoleRenameAssociationMutation, ConsoleRenameAssociationMutationVariables>;
export const ConsoleUpdateClubDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateClub"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateClubInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClub"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateClubMutation, ConsoleUpdateClubMutationVariables>;
export const ConsoleArchiveSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleArchiveSchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveSchool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleArchiveSchoolMutation, ConsoleArchiveSchoolMutationVariables>;
export const ConsoleArchiveAssociationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleArchiveAssociation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveAssociation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleArchiveAssociationMutation, ConsoleArchiveAssociationMutationVariables>;
export const ConsoleArchiveClubDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleArchiveClub"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveClub"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleArchiveClubMutation, ConsoleArchiveClubMutationVariables>;
export const ConsoleUnarchiveSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUnarchiveSchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unarchiveSchool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleUnarchiveSchoolMutation, ConsoleUnarchiveSchoolMutationVariables>;
export const ConsoleUnarchiveAssociationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUnarchiveAssociation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unarchiveAssociation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleUnarchiveAssociationMutation, ConsoleUnarchiveAssociationMutationVariables>;
export const ConsoleUnarchiveClubDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUnarchiveClub"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unarchiveClub"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleUnarchiveClubMutation, ConsoleUnarchiveClubMutationVariables>;
export const ConsoleSetClubLogoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetClubLogo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setClubLogo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}}]}}]}}]} as unknown as DocumentNode<ConsoleSetClubLogoMutation, ConsoleSetClubLogoMutationVariables>;
export const ConsoleAllPaymentAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAllPaymentAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allPaymentAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePaymentAccount"}},{"kind":"Field","name":{"kind":"Name","value":"club"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePaymentAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"paypalReceiverEmail"}},{"kind":"Field","name":{"kind":"Name","value":"lydiaVendorToken"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]} as unknown as DocumentNode<ConsoleAllPaymentAccountsQuery, ConsoleAllPaymentAccountsQueryVariables>;
export const ConsoleDeactivatePaymentAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeactivatePaymentAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivatePaymentAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleDeactivatePaymentAccountMutation, ConsoleDeactivatePaymentAccountMutationVariables>;
export const ConsoleClubMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleClubMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clubId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clubs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clubMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clubId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isBoard"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleClubMembersQuery, ConsoleClubMembersQueryVariables>;
export const ConsoleSetClubMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetClubMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clubId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isBoard"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setClubMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clubId"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"isBoard"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isBoard"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isBoard"}}]}}]}}]} as unknown as DocumentNode<ConsoleSetClubMembershipMutation, ConsoleSetClubMembershipMutationVariables>;
export const ConsoleRemoveClubMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRemoveClubMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clubId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeClubMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clubId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clubId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}]}]}}]} as unknown as DocumentNode<ConsoleRemoveClubMembershipMutation, ConsoleRemoveClubMembershipMutationVariables>;
export const ConsoleEventHeaderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleEventHeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharedEventSummary"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"viewerPermission"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedEventSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"club"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConsoleEventHeaderQuery, ConsoleEventHeaderQueryVariables>;
export const ConsoleEventAdminsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleEventAdmins"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"admins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"club"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"granteeKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"club"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"clubs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConsoleEventAdminsQuery, ConsoleEventAdminsQueryVariables>;
export const ConsoleGrantPermissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleGrantPermission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantPermissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantPermission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleGrantPermissionMutation, ConsoleGrantPermissionMutationVariables>;
export const ConsoleRevokePermissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRevokePermission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokePermission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ConsoleRevokePermissionMutation, ConsoleRevokePermissionMutationVariables>;
export const ConsoleEventAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleEventAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventAuditScope"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectLabel"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleEventAuditQuery, ConsoleEventAuditQueryVariables>;
export const ConsoleBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharedBookingSummary"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDeadlinePaused"}},{"kind":"Field","name":{"kind":"Name","value":"reservedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"oppositionReason"}},{"kind":"Field","name":{"kind":"Name","value":"forced"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasAccount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"givenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharedRequirement"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharedAnswerValue"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctionRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctionComment"}},{"kind":"Field","name":{"kind":"Name","value":"validatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"conforming"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentAttempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"providerRef"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeDetail"}},{"kind":"Field","name":{"kind":"Name","value":"processedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedBookingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"isGuest"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedRequirement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingRequirement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"extraInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"numberMin"}},{"kind":"Field","name":{"kind":"Name","value":"numberMax"}},{"kind":"Field","name":{"kind":"Name","value":"fileTypes"}},{"kind":"Field","name":{"kind":"Name","value":"fileMaxBytes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedAnswerValue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Answer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"textValue"}},{"kind":"Field","name":{"kind":"Name","value":"numberValue"}},{"kind":"Field","name":{"kind":"Name","value":"choiceValue"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ConsoleBookingQuery, ConsoleBookingQueryVariables>;
export const ConsoleValidateAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleValidateAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validateAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleValidateAnswerMutation, ConsoleValidateAnswerMutationVariables>;
export const ConsoleRequestAnswerCorrectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRequestAnswerCorrection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAnswerCorrection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleRequestAnswerCorrectionMutation, ConsoleRequestAnswerCorrectionMutationVariables>;
export const ConsoleCorrectAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCorrectAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"extraInfoId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerExtraInfo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bookingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"extraInfoId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"extraInfoId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCorrectAnswerMutation, ConsoleCorrectAnswerMutationVariables>;
export const ConsoleMarkPaidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleMarkPaid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkPaidInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markPaid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleMarkPaidMutation, ConsoleMarkPaidMutationVariables>;
export const ConsoleOpposeBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleOpposeBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opposeBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleOpposeBookingMutation, ConsoleOpposeBookingMutationVariables>;
export const ConsoleDeletePreReservationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeletePreReservation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePreReservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleDeletePreReservationMutation, ConsoleDeletePreReservationMutationVariables>;
export const ConsoleEventCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleEventCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleEventCapacityQuery, ConsoleEventCapacityQueryVariables>;
export const ConsoleSetEventCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetEventCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"capacity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEventCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"capacity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"capacity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]}}]} as unknown as DocumentNode<ConsoleSetEventCapacityMutation, ConsoleSetEventCapacityMutationVariables>;
export const ConsoleCreateQuotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateQuota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createQuota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateQuotaMutation, ConsoleCreateQuotaMutationVariables>;
export const ConsoleUpdateQuotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateQuota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateQuota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateQuotaMutation, ConsoleUpdateQuotaMutationVariables>;
export const ConsoleDeleteQuotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeleteQuota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteQuota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ConsoleDeleteQuotaMutation, ConsoleDeleteQuotaMutationVariables>;
export const ConsoleEventDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleEventDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardGranularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paidCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidCount"}},{"kind":"Field","name":{"kind":"Name","value":"freeCount"}},{"kind":"Field","name":{"kind":"Name","value":"pendingCents"}},{"kind":"Field","name":{"kind":"Name","value":"pendingCount"}},{"kind":"Field","name":{"kind":"Name","value":"lostCents"}},{"kind":"Field","name":{"kind":"Name","value":"lostCount"}},{"kind":"Field","name":{"kind":"Name","value":"endedCount"}},{"kind":"Field","name":{"kind":"Name","value":"toRefundCents"}},{"kind":"Field","name":{"kind":"Name","value":"toRefundCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"}},{"kind":"Field","name":{"kind":"Name","value":"reservations"}},{"kind":"Field","name":{"kind":"Name","value":"revenueCents"}},{"kind":"Field","name":{"kind":"Name","value":"bookingsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"reservationsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"revenueCentsTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}},{"kind":"Field","name":{"kind":"Name","value":"preReserved"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"optionId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"preReserved"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"optionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"preReserved"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extraInfoId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"validated"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleEventDashboardQuery, ConsoleEventDashboardQueryVariables>;
export const ConsoleDoorListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDoorList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BookingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"NAME"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInCount"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleDoorBooking"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleDoorCheckInDetails"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleDoorBooking"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleDoorCheckInDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckIn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<ConsoleDoorListQuery, ConsoleDoorListQueryVariables>;
export const ConsoleEventForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleEventForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorshipLimit"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDeadlineHours"}},{"kind":"Field","name":{"kind":"Name","value":"showPlacesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"coverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"deletionBlockedBy"}}]}}]}}]} as unknown as DocumentNode<ConsoleEventForEditQuery, ConsoleEventForEditQueryVariables>;
export const ConsoleUpdateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateEventMutation, ConsoleUpdateEventMutationVariables>;
export const ConsoleSetEventCoverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetEventCover"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEventCover"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coverUrl"}}]}}]}}]} as unknown as DocumentNode<ConsoleSetEventCoverMutation, ConsoleSetEventCoverMutationVariables>;
export const ConsoleRemoveEventCoverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRemoveEventCover"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeEventCover"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleRemoveEventCoverMutation, ConsoleRemoveEventCoverMutationVariables>;
export const ConsoleCancelEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCancelEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<ConsoleCancelEventMutation, ConsoleCancelEventMutationVariables>;
export const ConsoleDuplicateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDuplicateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startsAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"startsAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startsAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleDuplicateEventMutation, ConsoleDuplicateEventMutationVariables>;
export const ConsoleDeleteEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeleteEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ConsoleDeleteEventMutation, ConsoleDeleteEventMutationVariables>;
export const ConsoleGiveTicketChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleGiveTicketChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}},{"kind":"Field","name":{"kind":"Name","value":"soldOut"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharedTicketOptions"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedTicketOptions"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"optionGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleGiveTicketChoicesQuery, ConsoleGiveTicketChoicesQueryVariables>;
export const ConsoleGiveTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleGiveTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GiveTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giveTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleGiveTicketMutation, ConsoleGiveTicketMutationVariables>;
export const ConsoleEventMailingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleEventMailings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mailings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleEventMailingsQuery, ConsoleEventMailingsQueryVariables>;
export const ConsoleMailingPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMailingPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MailingDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailingPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}},{"kind":"Field","name":{"kind":"Name","value":"samples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMailingPreviewQuery, ConsoleMailingPreviewQueryVariables>;
export const ConsoleSendMailingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSendMailing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MailingDraftInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMailing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}}]}}]}}]} as unknown as DocumentNode<ConsoleSendMailingMutation, ConsoleSendMailingMutationVariables>;
export const ConsoleEventPaymentAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleEventPaymentAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"club"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paypalAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePaymentAccount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lydiaAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePaymentAccount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentAccountChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePaymentAccount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentAccountSuggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paypal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lydia"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePaymentAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"paypalReceiverEmail"}},{"kind":"Field","name":{"kind":"Name","value":"lydiaVendorToken"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]} as unknown as DocumentNode<ConsoleEventPaymentAccountsQuery, ConsoleEventPaymentAccountsQueryVariables>;
export const ConsoleSetEventPaymentAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetEventPaymentAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paypalAccountId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lydiaAccountId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEventPaymentAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"paypalAccountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paypalAccountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lydiaAccountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lydiaAccountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleSetEventPaymentAccountsMutation, ConsoleSetEventPaymentAccountsMutationVariables>;
export const ConsoleCreatePaypalAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreatePaypalAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePaypalAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPaypalAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCreatePaypalAccountMutation, ConsoleCreatePaypalAccountMutationVariables>;
export const ConsoleCreateLydiaAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateLydiaAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLydiaAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLydiaAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateLydiaAccountMutation, ConsoleCreateLydiaAccountMutationVariables>;
export const ConsoleLydiaBusinessesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleLydiaBusinesses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lydiaBusinesses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"vendorToken"}}]}}]}}]} as unknown as DocumentNode<ConsoleLydiaBusinessesMutation, ConsoleLydiaBusinessesMutationVariables>;
export const ConsolePublishChecklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePublishChecklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"publishChecklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"blocking"}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePublishChecklistQuery, ConsolePublishChecklistQueryVariables>;
export const ConsolePublishEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePublishEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"visibility"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventVisibility"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"visibility"},"value":{"kind":"Variable","name":{"kind":"Name","value":"visibility"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}}]}}]}}]} as unknown as DocumentNode<ConsolePublishEventMutation, ConsolePublishEventMutationVariables>;
export const ConsoleEventTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleEventTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}},{"kind":"Field","name":{"kind":"Name","value":"soldOut"}},{"kind":"Field","name":{"kind":"Name","value":"salesOpenAt"}},{"kind":"Field","name":{"kind":"Name","value":"salesCloseAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"templateUrl"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleRestrictionChoices"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleRestrictionChoices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"associations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConsoleEventTicketsQuery, ConsoleEventTicketsQueryVariables>;
export const ConsoleCreateTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateTicketMutation, ConsoleCreateTicketMutationVariables>;
export const ConsoleTicketPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleTicketPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}},{"kind":"Field","name":{"kind":"Name","value":"soldOut"}},{"kind":"Field","name":{"kind":"Name","value":"salesOpenAt"}},{"kind":"Field","name":{"kind":"Name","value":"salesCloseAt"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorshipAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"pendingGuestsPerSponsor"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"templateUrl"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedToSchools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"restrictedToClassYears"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedToAssociations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharedTicketOptions"}},{"kind":"Field","name":{"kind":"Name","value":"extraInfos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"}},{"kind":"Field","name":{"kind":"Name","value":"numberMin"}},{"kind":"Field","name":{"kind":"Name","value":"numberMax"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"fileTypes"}},{"kind":"Field","name":{"kind":"Name","value":"fileMaxBytes"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleRestrictionChoices"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTemplateSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleTicketTemplateSpec"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedTicketOptions"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"optionGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleRestrictionChoices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"associations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleTicketTemplateSpec"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketTemplateSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"mimeTypes"}},{"kind":"Field","name":{"kind":"Name","value":"maxBytes"}},{"kind":"Field","name":{"kind":"Name","value":"exampleUrl"}},{"kind":"Field","name":{"kind":"Name","value":"infoZone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"top"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qrZone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"top"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}}]} as unknown as DocumentNode<ConsoleTicketPageQuery, ConsoleTicketPageQueryVariables>;
export const ConsoleDeleteTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeleteTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ConsoleDeleteTicketMutation, ConsoleDeleteTicketMutationVariables>;
export const ConsoleCreateOptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateOption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateOptionMutation, ConsoleCreateOptionMutationVariables>;
export const ConsoleUpdateOptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateOption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateOptionMutation, ConsoleUpdateOptionMutationVariables>;
export const ConsoleDeleteOptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeleteOption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ConsoleDeleteOptionMutation, ConsoleDeleteOptionMutationVariables>;
export const ConsoleCopyOptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCopyOption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyOptionToAllTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCopyOptionMutation, ConsoleCopyOptionMutationVariables>;
export const ConsoleCreateOptionGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateOptionGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OptionGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOptionGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateOptionGroupMutation, ConsoleCreateOptionGroupMutationVariables>;
export const ConsoleUpdateOptionGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateOptionGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OptionGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOptionGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateOptionGroupMutation, ConsoleUpdateOptionGroupMutationVariables>;
export const ConsoleDeleteOptionGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeleteOptionGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOptionGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ConsoleDeleteOptionGroupMutation, ConsoleDeleteOptionGroupMutationVariables>;
export const ConsoleCopyOptionGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCopyOptionGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyOptionGroupToAllTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCopyOptionGroupMutation, ConsoleCopyOptionGroupMutationVariables>;
export const ConsoleCreateExtraInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateExtraInfo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateExtraInfoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createExtraInfo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateExtraInfoMutation, ConsoleCreateExtraInfoMutationVariables>;
export const ConsoleUpdateExtraInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateExtraInfo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateExtraInfoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExtraInfo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateExtraInfoMutation, ConsoleUpdateExtraInfoMutationVariables>;
export const ConsoleDeleteExtraInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeleteExtraInfo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteExtraInfo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ConsoleDeleteExtraInfoMutation, ConsoleDeleteExtraInfoMutationVariables>;
export const ConsoleCopyExtraInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCopyExtraInfo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyExtraInfoToAllTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCopyExtraInfoMutation, ConsoleCopyExtraInfoMutationVariables>;
export const ConsoleSetTicketTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetTicketTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTicketTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}},{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"templateUrl"}}]}}]}}]} as unknown as DocumentNode<ConsoleSetTicketTemplateMutation, ConsoleSetTicketTemplateMutationVariables>;
export const ConsoleRemoveTicketTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRemoveTicketTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTicketTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"templateUrl"}}]}}]}}]} as unknown as DocumentNode<ConsoleRemoveTicketTemplateMutation, ConsoleRemoveTicketTemplateMutationVariables>;
export const ConsoleEventWaitingListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleEventWaitingList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"waitingListOpen"}},{"kind":"Field","name":{"kind":"Name","value":"waitingListOfferMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"waitingList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"personEmail"}},{"kind":"Field","name":{"kind":"Name","value":"guest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleEventWaitingListQuery, ConsoleEventWaitingListQueryVariables>;
export const ConsoleMoveWaitingListEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleMoveWaitingListEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"position"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveWaitingListEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"position"},"value":{"kind":"Variable","name":{"kind":"Name","value":"position"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ConsoleMoveWaitingListEntryMutation, ConsoleMoveWaitingListEntryMutationVariables>;
export const ConsoleRemoveWaitingListEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRemoveWaitingListEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeWaitingListEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleRemoveWaitingListEntryMutation, ConsoleRemoveWaitingListEntryMutationVariables>;
export const ConsoleOfferWaitingListPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleOfferWaitingListPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerWaitingListPlace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleOfferWaitingListPlaceMutation, ConsoleOfferWaitingListPlaceMutationVariables>;
export const ConsoleClearWaitingListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleClearWaitingList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearWaitingList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}]}]}}]} as unknown as DocumentNode<ConsoleClearWaitingListMutation, ConsoleClearWaitingListMutationVariables>;
export const ConsoleSetWaitingListSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetWaitingListSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WaitingListSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWaitingListSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"waitingListOpen"}},{"kind":"Field","name":{"kind":"Name","value":"waitingListOfferMinutes"}}]}}]}}]} as unknown as DocumentNode<ConsoleSetWaitingListSettingsMutation, ConsoleSetWaitingListSettingsMutationVariables>;
export const ConsoleClubsForNewEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleClubsForNewEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clubs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"paymentAccountsForNewEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePaymentAccount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentAccountSuggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paypal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lydia"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePaymentAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"paypalReceiverEmail"}},{"kind":"Field","name":{"kind":"Name","value":"lydiaVendorToken"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]} as unknown as DocumentNode<ConsoleClubsForNewEventQuery, ConsoleClubsForNewEventQueryVariables>;
export const ConsoleCreateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEventInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cover"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"cover"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cover"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateEventMutation, ConsoleCreateEventMutationVariables>;
export const ConsoleViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharedViewer"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"clubMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isBoard"}},{"kind":"Field","name":{"kind":"Name","value":"club"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]} as unknown as DocumentNode<ConsoleViewerQuery, ConsoleViewerQueryVariables>;