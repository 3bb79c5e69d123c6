import { redirect, type RequestEvent } from '@sveltejs/kit';
import { createGraphQLClient, textField } from '@billetterie/ui';
import { bookingOutcomeOf, failBooking } from '$lib/booking-error';
import type { BookingFormResult } from '$lib/booking-card';
import { graphql } from '$lib/gql';
import type { PaypalCheckoutForm } from './payment';

const StartPaypalCheckoutMutation = graphql(`
  mutation PortalStartPaypalCheckout($bookingId: ID!) {
    startPaypalCheckout(bookingId: $bookingId) {
      url
      fields {
        name
        value
      }
      attempt {
        id
        ref
      }
    }
  }
`);

const RequestLydiaPaymentMutation = graphql(`
  mutation PortalRequestLydiaPayment($bookingId: ID!, $phone: String!) {
    requestLydiaPayment(bookingId: $bookingId, phone: $phone) {
      id
      state
    }
  }
`);

const AbandonPaymentAttemptMutation = graphql(`
  mutation PortalAbandonPaymentAttempt($attemptId: ID!) {
    abandonPaymentAttempt(attemptId: $attemptId) {
      id
      state
    }
  }
`);

/** Issue 16: the payer abandons the open checkout or Lydia request; the page then offers payment again. */
export async function abandonAction(event: RequestEvent<{ id: string }>) {
  const attemptId = textField(await event.request.formData(), 'attemptId');
  const result: BookingFormResult = { form: 'abandon', id: event.params.id };
  const outcome = await bookingOutcomeOf(
    createGraphQLClient(event).mutation(AbandonPaymentAttemptMutation, { attemptId }),
  );
  if (outcome.error) return failBooking(outcome.error, result);
  return result;
}

/**
 * PY2: the server builds the PayPal checkout; the page then posts it to PayPal from the browser (by script,
 * or with a visible button without it), since only a browser form can carry the attendee there.
 */
export async function paypalAction(event: RequestEvent<{ id: string }>) {
  const result: BookingFormResult = { form: 'paypal', id: event.params.id };
  const outcome = await bookingOutcomeOf(
    createGraphQLClient(event).mutation(StartPaypalCheckoutMutation, { bookingId: event.params.id }),
  );
  if (outcome.error) return failBooking(outcome.error, result);
  const { url, fields } = outcome.data.startPaypalCheckout;
  const checkout: PaypalCheckoutForm = { url, fields: fields.map(({ name, value }) => ({ name, value })) };
  return { ...result, checkout };
}

/** PY4: asks Lydia to send a payment request to the phone, then waits for it on its own page. */
export async function lydiaAction(event: RequestEvent<{ id: string }>) {
  const phone = textField(await event.request.formData(), 'phone');
  // The number comes back with an error so that it stays in its input, even without script.
  const result: BookingFormResult & { phone: string } = { form: 'lydia', id: event.params.id, phone };
  if (!phone) return failBooking({ code: 'BAD_USER_INPUT', fields: { phone: 'REQUIRED' } }, result);
  const outcome = await bookingOutcomeOf(
    createGraphQLClient(event).mutation(RequestLydiaPaymentMutation, { bookingId: event.params.id, phone }),
  );
  if (outcome.error) return failBooking(outcome.error, result);
  redirect(303, `/bookings/${event.params.id}/lydia/${outcome.data.requestLydiaPayment.id}`);
}
