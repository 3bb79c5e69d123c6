import { print } from 'graphql';
import {
  createGraphQLClient,
  numberField,
  queryOrError,
  requireViewer,
  textField,
  uploadGraphQL,
} from '@billetterie/ui';
import { bookingOutcomeOf, failBooking } from '$lib/booking-error';
import type { BookingFormResult } from '$lib/booking-card';
import { graphql } from '$lib/gql';
import { deleteBookingAction } from '$lib/server/delete-booking';
import { acceptBookingAction, declineBookingAction } from '$lib/server/guest-booking';
import { abandonAction, lydiaAction, paypalAction } from './payment.server';
import type { Actions, PageServerLoad } from './$types';

const BookingQuery = graphql(`
  query PortalBooking($id: ID!) {
    booking(id: $id) {
      ...PortalBookingCard
      live
      paymentOffer {
        providers
        reason
      }
      paymentAttempts {
        id
        provider
        state
      }
      paymentInProgress {
        id
        provider
        state
        expiresAt
      }
      requirements {
        ...SharedRequirement
        answer {
          ...SharedAnswerValue
          correctionComment
        }
      }
    }
  }
`);

const AnswerMutation = graphql(`
  mutation PortalAnswer($bookingId: ID!, $extraInfoId: ID!, $input: AnswerInput) {
    answerExtraInfo(bookingId: $bookingId, extraInfoId: $extraInfoId, input: $input) {
      id
    }
  }
`);

const AnswerFileMutation = graphql(`
  mutation PortalAnswerFile($bookingId: ID!, $extraInfoId: ID!, $file: Upload) {
    answerExtraInfo(bookingId: $bookingId, extraInfoId: $extraInfoId, file: $file) {
      id
    }
  }
`);

/** A booking I hold or sponsor; anyone else gets the API's NOT_FOUND, hence a 404 page. */
/** NT1: what the viewer was told about the booking is seen once its page is open. */
const MarkSeen = graphql(`
  mutation PortalMarkNotificationsSeen($bookingId: ID!) {
    markNotificationsSeen(bookingId: $bookingId)
  }
`);

export const load: PageServerLoad = async (event) => {
  requireViewer(await event.parent(), event.url, '/signin');
  const { booking } = await queryOrError(event, BookingQuery, { id: event.params.id });
  // Read first, so this visit still shows which were new; a failure here only leaves them new.
  if (booking.notifications.some((n) => !n.seenAt)) {
    await createGraphQLClient(event).mutation(MarkSeen, { bookingId: booking.id }).toPromise();
  }
  return { booking };
};

/** The answer a TEXT, NUMBER or CHOICE form gives, or the field the browser let through wrong. */
function readAnswer(data: FormData) {
  switch (textField(data, 'type')) {
    case 'NUMBER': {
      const number = numberField(data, 'number');
      if (number === undefined) return { fields: { number: 'REQUIRED' as const } };
      if (Number.isNaN(number)) return { fields: { number: 'INVALID_FORMAT' as const } };
      return { input: { number } };
    }
    case 'CHOICE':
      return { input: { choice: textField(data, 'choice') } };
    default:
      // Said as typed: a text answer keeps its line breaks and inner spaces.
      return { input: { text: textField(data, 'text', { trim: false }).trim() } };
  }
}

export const actions = {
  delete: deleteBookingAction,
  /** BK3: the person named as a guest accepts or declines the booking made for them. */
  accept: acceptBookingAction,
  decline: declineBookingAction,
  /** PY2: builds the PayPal checkout the page then posts to PayPal. */
  paypal: paypalAction,
  /** PY4: sends a Lydia payment request and goes to its waiting page. */
  lydia: lydiaAction,
  /** Issue 16: abandons the open payment attempt, so that payment (or deletion) is possible again. */
  abandon: abandonAction,
  /** XI3: fills in or replaces an answer until it is validated. */
  answer: async (event) => {
    const data = await event.request.formData();
    const result: BookingFormResult = { form: 'answer', id: textField(data, 'extraInfoId') };
    const { input, fields } = readAnswer(data);
    if (fields) return failBooking({ code: 'BAD_USER_INPUT', fields }, result);
    const outcome = await bookingOutcomeOf(
      createGraphQLClient(event).mutation(AnswerMutation, {
        bookingId: event.params.id,
        extraInfoId: result.id,
        input,
      }),
    );
    if (outcome.error) return failBooking(outcome.error, result);
    return result;
  },
  /** XI3 for FILE: the file goes to the API as a multipart request, as the console's cover does. */
  answerFile: async (event) => {
    const data = await event.request.formData();
    const result: BookingFormResult = { form: 'answer', id: textField(data, 'extraInfoId') };
    const file = data.get('file');
    if (!(file instanceof File) || file.size === 0) {
      return failBooking({ code: 'BAD_USER_INPUT', fields: { file: 'REQUIRED' } }, result);
    }
    const outcome = await uploadGraphQL({
      event,
      query: print(AnswerFileMutation),
      variables: { bookingId: event.params.id, extraInfoId: result.id },
      files: { file },
    });
    if (outcome.error) return failBooking(outcome.error, result);
    return result;
  },
} satisfies Actions;
