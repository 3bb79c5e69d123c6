import { error, redirect } from '@sveltejs/kit';
import { createGraphQLClient, failWith, outcomeOf, queryOrError, requireViewer, type ApiError } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import type { PaymentAttemptState } from '$lib/gql/graphql';
import type { Actions, PageServerLoad } from './$types';

const LydiaWaitQuery = graphql(`
  query PortalLydiaWait($bookingId: ID!, $attemptId: ID!) {
    booking(id: $bookingId) {
      id
      reference
      status
      event {
        id
        name
      }
      paymentAttempts {
        id
      }
    }
    paymentAttempt(id: $attemptId) {
      id
      provider
      state
      amountCents
      currency
      mobileUrl
    }
  }
`);

const CheckLydiaPaymentMutation = graphql(`
  mutation PortalCheckLydiaPayment($attemptId: ID!) {
    checkLydiaPayment(attemptId: $attemptId) {
      id
      state
    }
  }
`);

/** What the "J'ai payé" action answers when the booking is not a reservation yet. */
export interface CheckResult {
  form: 'check';
  state?: PaymentAttemptState;
  error?: ApiError;
}

/**
 * PY4: the page waiting for a Lydia request, also Lydia's `browser_success_url`. A booking that became a
 * reservation (callback, job or "J'ai payé") goes back to its page, which says the payment is confirmed.
 */
export const load: PageServerLoad = async (event) => {
  requireViewer(await event.parent(), event.url, '/signin');
  const { id, attemptId } = event.params;
  const { booking, paymentAttempt: attempt } = await queryOrError(event, LydiaWaitQuery, { bookingId: id, attemptId });
  if (attempt.provider !== 'LYDIA' || !booking.paymentAttempts.some((a) => a.id === attempt.id))
    error(404, 'NOT_FOUND');
  if (booking.status === 'RESERVED') redirect(303, `/bookings/${booking.id}?payment=lydia`);
  return { booking, attempt };
};

export const actions = {
  /** "J'ai payé": the server asks Lydia now; the load that follows goes on when the booking is reserved. */
  check: async (event) => {
    const outcome = await outcomeOf(
      createGraphQLClient(event).mutation(CheckLydiaPaymentMutation, { attemptId: event.params.attemptId }),
    );
    if (outcome.error) return failWith(outcome.error, { form: 'check' as const });
    const result: CheckResult = { form: 'check', state: outcome.data.checkLydiaPayment.state };
    return result;
  },
} satisfies Actions;
