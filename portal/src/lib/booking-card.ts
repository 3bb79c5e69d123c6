import { graphql } from '$lib/gql';
import type { BookingError } from '$lib/booking-error';
import type { PortalBookingCardFragment } from '$lib/gql/graphql';

/** What a booking's card shows, in the list of my bookings and on the booking's page. */
graphql(`
  fragment PortalBookingCard on Booking {
    ...SharedBookingSummary
    viewerIsHolder
    awaitsAcceptance
    expiresAt
    paymentDeadlinePaused
    oppositionReason
    notifications {
      id
      kind
      label
      note
      createdAt
      seenAt
    }
    event {
      id
      name
      startsAt
      cancelled
    }
    options {
      name
      priceCents
    }
    requirements {
      state
      extraInfo {
        id
        label
        position
      }
    }
    ticketFiles {
      png
      pdf
    }
    checkIn {
      checkedInAt
    }
    paymentInProgress {
      id
    }
  }
`);

export type BookingCard = PortalBookingCardFragment;

/**
 * BK6: only a pre-reservation can be deleted (a reservation can only be put in opposition, BK8); issue 16: not while
 * a payment attempt is open or being confirmed (the server refuses it too: PAYMENT_IN_PROGRESS).
 */
export const canDelete = (booking: Pick<BookingCard, 'status' | 'paymentInProgress'>) =>
  booking.status === 'PRE_RESERVED' && !booking.paymentInProgress;

/**
 * BK3: the person named as a guest may decline (delete) the booking while it is unpaid — a pre-reservation or a
 * free reservation — and not checked in, accepted or not.
 */
export const canDecline = (
  booking: Pick<BookingCard, 'status' | 'priceCents' | 'isGuest' | 'viewerIsHolder' | 'checkIn' | 'paymentInProgress'>,
) =>
  booking.isGuest &&
  booking.viewerIsHolder &&
  !booking.checkIn &&
  !booking.paymentInProgress &&
  (booking.status === 'PRE_RESERVED' || (booking.status === 'RESERVED' && booking.priceCents === 0));

/** What a form action about a booking answers: which form, for which booking or extra information, and its error if any. */
export interface BookingFormResult {
  form: 'delete' | 'answer' | 'paypal' | 'lydia' | 'accept' | 'decline' | 'abandon';
  id: string;
  error?: BookingError;
}
