import type { RequestEvent } from '@sveltejs/kit';
import { createGraphQLClient, textField } from '@billetterie/ui';
import { bookingOutcomeOf, failBooking } from '$lib/booking-error';
import { graphql } from '$lib/gql';

const LeaveWaitingListMutation = graphql(`
  mutation PortalLeaveWaitingList($eventId: ID!) {
    leaveWaitingList(eventId: $eventId) {
      id
      status
    }
  }
`);

/** WL1: the viewer leaves an event's waiting list (a place held for them goes to the next person). */
export async function leaveWaitingListAction(event: RequestEvent) {
  const eventId = textField(await event.request.formData(), 'eventId');
  const result = { form: 'leaveWaitingList' as const, eventId };
  const outcome = await bookingOutcomeOf(createGraphQLClient(event).mutation(LeaveWaitingListMutation, { eventId }));
  if (outcome.error) return failBooking(outcome.error, result);
  return { ...result, left: true };
}
