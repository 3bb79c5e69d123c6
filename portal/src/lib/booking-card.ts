import { graphql } from '$lib/gql';
import type { BookingError } from '$lib/booking-error';
import type { PortalBookingCardFragment } from '$lib/gql/graphql';

/** What a booking's card shows, in the list of my bookings and on the booking's page. */
graphql(`
	fragment PortalBookingCard on Booking {
		id
		reference
		status
		priceCents
		isGuest
		viewerIsHolder
		expiresAt
		oppositionReason
		event {
			id
			name
			startsAt
			cancelled
		}
		ticket {
			id
			name
		}
		holder {
			fullName
			email
		}
		sponsor {
			id
			fullName
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
	}
`);

export type BookingCard = PortalBookingCardFragment;

/** BK6: only a pre-reservation can be deleted (a reservation can only be put in opposition, BK8). */
export const canDelete = (booking: Pick<BookingCard, 'status'>) => booking.status === 'PRE_RESERVED';

/** What a form action about a booking answers: which form, for which booking or extra information, and its error if any. */
export interface BookingFormResult {
	form: 'delete' | 'answer' | 'paypal' | 'lydia';
	id: string;
	error?: BookingError;
}
