import { redirect } from '@sveltejs/kit';
import { createGraphQLClient, queryOrError, requireFound, type ApiError, type FieldErrors } from '@billetterie/ui';
import { bookingOutcomeOf, failBooking } from '$lib/booking-error';
import { graphql } from '$lib/gql';
import { leaveWaitingListAction } from '$lib/server/waiting-list';
import { readBookChoice, type BookChoice } from './book-choice';
import type { Actions, PageServerLoad } from './$types';

const PortalEventQuery = graphql(`
  query PortalEvent($id: ID!) {
    event(id: $id) {
      ...SharedEventSummary
      descriptionHtml
      location
      contactEmail
      coverUrl
      cancelled
      waitingListOpen
      myWaitingListEntry {
        ...PortalWaitingListEntry
      }
      viewerBooking {
        id
        reference
        status
      }
      tickets {
        id
        kind
        name
        description
        priceCents
        salesOpenAt
        salesCloseAt
        position
        soldOut
        placesLeft
        sponsorshipAllowed
        restrictedToSchools {
          id
          name
        }
        restrictedToClassYears
        restrictedToAssociations {
          id
          name
        }
        ...SharedTicketOptions
        eligibility {
          canBook
          reasons
        }
      }
    }
  }
`);

const JoinWaitingListMutation = graphql(`
  mutation PortalJoinWaitingList($input: JoinWaitingListInput!) {
    joinWaitingList(input: $input) {
      id
    }
  }
`);

const BookMutation = graphql(`
  mutation PortalBook($input: BookInput!) {
    book(input: $input) {
      id
    }
  }
`);

/** EV1: an event this visitor may not see is answered NOT_FOUND by the API, hence a 404 page. */
export const load: PageServerLoad = async (event) => {
  const data = await queryOrError(event, PortalEventQuery, { id: event.params.id });
  return { event: requireFound(data.event) };
};

/** The API names the guest's fields as in GuestInput; the form prefixes them. */
const guestFields: Record<string, string> = {
  firstName: 'guestFirstName',
  lastName: 'guestLastName',
  email: 'guestEmail',
};
const renameGuestFields = (fields: FieldErrors): FieldErrors =>
  Object.fromEntries(Object.entries(fields).map(([name, code]) => [guestFields[name] ?? name, code]));

/** A guest's fields left empty (each REQUIRED), checked before asking the API; null when the choice is complete. */
function missingGuestFields({ forGuest, guest }: BookChoice): ApiError | null {
  if (!forGuest) return null;
  const missing: FieldErrors = {};
  for (const [name, value] of Object.entries(guest)) if (!value) missing[guestFields[name]] = 'REQUIRED';
  return Object.keys(missing).length ? { code: 'BAD_USER_INPUT', fields: missing } : null;
}

/** What `book` and `joinWaitingList` are sent for a choice (BK1, WL1: the same fields). */
const bookInput = ({ ticketId, optionIds, forGuest, guest }: BookChoice) => ({
  ticketId,
  optionIds,
  guest: forGuest ? guest : null,
});

/** The API's refusal with its guest fields named as the form names them. */
function withGuestFields<E extends { fields?: FieldErrors | null }>(error: E): E {
  return error.fields ? { ...error, fields: renameGuestFields(error.fields) } : error;
}

/**
 * The booking takes three screens (BK1): choose on the event page (`review`
 * shows the confirmation step, `edit` goes back to the choice, both keep it),
 * then `book` creates the booking and lands on its page.
 */
export const actions = {
  review: async (event) => ({ review: readBookChoice(await event.request.formData()) }),
  edit: async (event) => ({ edit: readBookChoice(await event.request.formData()) }),
  book: async (event) => {
    const choice = readBookChoice(await event.request.formData());
    const refused = missingGuestFields(choice);
    if (refused) return failBooking(refused, { review: choice });
    const outcome = await bookingOutcomeOf(
      createGraphQLClient(event).mutation(BookMutation, { input: bookInput(choice) }),
    );
    if (outcome.error) return failBooking(withGuestFields(outcome.error), { review: choice });
    redirect(303, `/bookings/${outcome.data.book.id}`);
  },
  /** WL1: joins a sold-out ticket's waiting list with what one would book; the page then shows the position. */
  joinWaitingList: async (event) => {
    const choice = readBookChoice(await event.request.formData());
    const refused = missingGuestFields(choice);
    if (refused) return failBooking(refused, { waitingList: choice });
    const outcome = await bookingOutcomeOf(
      createGraphQLClient(event).mutation(JoinWaitingListMutation, { input: bookInput(choice) }),
    );
    if (outcome.error) return failBooking(withGuestFields(outcome.error), { waitingList: choice });
    return { joined: true };
  },
  leaveWaitingList: leaveWaitingListAction,
} satisfies Actions;
