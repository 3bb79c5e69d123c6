import { queryOrError, requireViewer } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import { deleteBookingAction } from '$lib/server/delete-booking';
import { acceptBookingAction, declineBookingAction } from '$lib/server/guest-booking';
import { leaveWaitingListAction } from '$lib/server/waiting-list';
import type { Actions, PageServerLoad } from './$types';

const MyBookingsQuery = graphql(`
  query PortalMyBookings {
    myBookings(includeDeleted: true) {
      ...PortalBookingCard
    }
    myWaitingListEntries {
      ...PortalWaitingListEntry
    }
  }
`);

/** Every booking I hold or sponsor (BK3), newest first, deleted pre-reservations included for the record. */
export const load: PageServerLoad = async (event) => {
  requireViewer(await event.parent(), event.url, '/signin');
  const { myBookings, myWaitingListEntries } = await queryOrError(event, MyBookingsQuery, {});
  return { bookings: myBookings, waitingListEntries: myWaitingListEntries };
};

export const actions = {
  delete: deleteBookingAction,
  accept: acceptBookingAction,
  decline: declineBookingAction,
  leaveWaitingList: leaveWaitingListAction,
} satisfies Actions;
