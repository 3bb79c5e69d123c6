import type { RequestEvent } from '@sveltejs/kit';
import { createGraphQLClient, textField } from '@billetterie/ui';
import { bookingOutcomeOf, failBooking } from '$lib/booking-error';
import type { BookingFormResult } from '$lib/booking-card';
import { graphql } from '$lib/gql';

const DeletePreReservationMutation = graphql(`
	mutation PortalDeletePreReservation($id: ID!) {
		deletePreReservation(id: $id) {
			id
			status
		}
	}
`);

/** BK6: the holder or the sponsor deletes a pre-reservation; its place is freed at once. */
export async function deleteBookingAction(event: RequestEvent) {
	const id = textField(await event.request.formData(), 'id');
	const result: BookingFormResult = { form: 'delete', id };
	const outcome = await bookingOutcomeOf(createGraphQLClient(event).mutation(DeletePreReservationMutation, { id }));
	if (outcome.error) return failBooking(outcome.error, result);
	return result;
}
