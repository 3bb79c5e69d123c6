import type { RequestEvent } from '@sveltejs/kit';
import type { TypedDocumentNode } from '@urql/core';
import { createGraphQLClient, textField } from '@billetterie/ui';
import { bookingOutcomeOf, failBooking } from '$lib/booking-error';
import type { BookingFormResult } from '$lib/booking-card';

/**
 * A "Mes réservations" form action that sends the posted booking id to one mutation: the result names the form and
 * the booking, so the page shows the outcome beside the right card (with or without JavaScript).
 */
export async function bookingIdAction<T>(
  event: RequestEvent,
  form: BookingFormResult['form'],
  mutation: TypedDocumentNode<T, { id: string }>,
) {
  const id = textField(await event.request.formData(), 'id');
  const result: BookingFormResult = { form, id };
  const outcome = await bookingOutcomeOf(createGraphQLClient(event).mutation(mutation, { id }));
  if (outcome.error) return failBooking(outcome.error, result);
  return result;
}
