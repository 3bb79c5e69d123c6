import type { Locale } from '../../core/i18n';

/** NT1: what a booking's holder and sponsor are told (one row of `notifications` per recipient). */
export enum NotificationKind {
  ANSWER_VALIDATED = 'ANSWER_VALIDATED',
  CORRECTION_REQUESTED = 'CORRECTION_REQUESTED',
  PAYMENT_POSSIBLE = 'PAYMENT_POSSIBLE',
  RESERVED = 'RESERVED',
  OPPOSED = 'OPPOSED',
  EXPIRING = 'EXPIRING',
  EXPIRED = 'EXPIRED',
}

export type RecipientRole = 'HOLDER' | 'SPONSOR';

/** When and from where a notification is written (the links' base). */
export interface At {
  now: Date;
  publicUrl: string;
}

/** What is told. */
export interface Told {
  kind: NotificationKind;
  /** Tells apart repeatable notifications of one kind (an answer, a deadline); '' for once-per-booking ones. */
  key?: string;
  /** The organizer's comment or the opposition's reason, shown as written. */
  note?: string | null;
  /** The extra information's label, for answer notifications. */
  label?: string | null;
}

/** What the mails say about the booking, read in one statement. */
export interface NoticeBooking {
  id: string;
  reference: string;
  holderEmail: string;
  holderFirstName: string;
  holderName: string;
  priceCents: number;
  expiresAt: Date | null;
  eventId: string;
  eventName: string;
  ticketName: string;
  eventCancelled: boolean;
}

export interface Recipient {
  role: RecipientRole;
  email: string;
  firstName: string;
  locale: Locale | null;
}
