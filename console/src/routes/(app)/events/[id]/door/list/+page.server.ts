import { queryOrError, requireFound } from '@billetterie/ui';
import { bookingsPageSize } from '$lib/booking-lists';
import { checkInAction } from '$lib/door/check-in.server';
import { graphql } from '$lib/gql';
import { requireLevel } from '$lib/server/require-level';
import type { Actions, PageServerLoad } from './$types';

// The fragments are those of the scanner ($lib/door/documents.ts): one look for a booking at the door.
const DoorListQuery = graphql(`
  query ConsoleDoorList($id: ID!, $filter: BookingFilter, $first: Int!, $after: String) {
    event(id: $id) {
      id
      bookings(filter: $filter, first: $first, after: $after, order: NAME) {
        totalCount
        checkedInCount
        endCursor
        hasNextPage
        nodes {
          ...ConsoleDoorBooking
          holder {
            email
          }
          checkIn {
            ...ConsoleDoorCheckInDetails
          }
        }
      }
    }
  }
`);

/**
 * TT4, BK13: the reservations by family name, searched by name, email or reference, to let someone in without their
 * ticket; with the headcount of those already in.
 */
export const load: PageServerLoad = async (event) => {
  await requireLevel(event.parent, 'VALIDATE');
  const query = event.url.searchParams;
  const search = query.get('search')?.trim() ?? '';
  const data = await queryOrError(event, DoorListQuery, {
    id: event.params.id,
    first: bookingsPageSize,
    after: query.get('after') || null,
    filter: { statuses: ['RESERVED'], search: search || null },
  });
  return { search, bookings: requireFound(data.event).bookings, paged: query.has('after') };
};

export const actions = {
  /** "Faire entrer": the booking picked in the list. */
  checkIn: (event) => checkInAction(event, 'bookingId'),
} satisfies Actions;
