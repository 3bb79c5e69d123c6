import type { BookingStatus } from '$lib/gql/graphql';

/** ML1: every booking status a mailing may be filtered by, in the lists' order; live ones by default. */
export const bookingStatuses: readonly BookingStatus[] = ['PRE_RESERVED', 'RESERVED', 'EXPIRED', 'DELETED', 'OPPOSED'];
export const liveStatuses: readonly BookingStatus[] = ['PRE_RESERVED', 'RESERVED'];

/** The door filter: any, checked in, not checked in. */
export const checkedInChoices = ['', 'yes', 'no'] as const;
export type CheckedInChoice = (typeof checkedInChoices)[number];

/** What the form holds, shown again after a preview or a refusal (the page works without JavaScript). */
export interface MailingValues {
  ticketId: string;
  statuses: BookingStatus[];
  checkedIn: CheckedInChoice;
  includeSponsors: boolean;
  subject: string;
  body: string;
  /** The idempotency key of the message this form may send. */
  key: string;
}
