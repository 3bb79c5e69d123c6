import type { RequestEvent } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { bookingIdAction } from './booking-id-action';

const AcceptGuestBookingMutation = graphql(`
  mutation PortalAcceptGuestBooking($id: ID!) {
    acceptGuestBooking(id: $id) {
      id
      awaitsAcceptance
    }
  }
`);

const DeclineGuestBookingMutation = graphql(`
  mutation PortalDeclineGuestBooking($id: ID!) {
    declineGuestBooking(id: $id) {
      id
      status
    }
  }
`);

/** BK3: the person named as a guest accepts the booking made for them; from then on it binds them (BK2). */
export const acceptBookingAction = (event: RequestEvent) =>
  bookingIdAction(event, 'accept', AcceptGuestBookingMutation);

/** BK3: the person named as a guest declines it while unpaid and not checked in; its place is freed at once. */
export const declineBookingAction = (event: RequestEvent) =>
  bookingIdAction(event, 'decline', DeclineGuestBookingMutation);
