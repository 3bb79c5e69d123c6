import type { BookingColumn } from '$lib/booking-lists';
import { m } from '$lib/paraglide/messages.js';

/** Each booking-list column's header (and, on a phone, each cell's label). */
export const columnLabels: Record<BookingColumn, () => string> = {
  status: m.common_status,
  reference: m.booking_column_reference,
  ticket: m.common_ticket,
  price: m.booking_column_price,
  email: m.common_email,
  sponsor: m.booking_column_sponsor,
  bookedAt: m.booking_column_booked_at,
  answers: m.booking_column_answers,
};
