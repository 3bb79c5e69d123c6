import type { RequestEvent } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { bookingIdAction } from './booking-id-action';

const DeletePreReservationMutation = graphql(`
  mutation PortalDeletePreReservation($id: ID!) {
    deletePreReservation(id: $id) {
      id
      status
    }
  }
`);

/** BK6: the holder or the sponsor deletes a pre-reservation; its place is freed at once. */
export const deleteBookingAction = (event: RequestEvent) =>
  bookingIdAction(event, 'delete', DeletePreReservationMutation);
