import { failWith, outcomeOf, type ApiError } from '@billetterie/ui';

/** Booking refusals are ordinary API errors: the shared catalogue knows their codes, statuses and messages. */
export type BookingError = ApiError;
export const bookingOutcomeOf = outcomeOf;
export const failBooking = failWith;
