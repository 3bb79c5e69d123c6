import { checkedField, eurosToCents, queryOrError, requireFound, textField } from '@billetterie/ui';
import type { PaymentMethod } from '$lib/gql/graphql';
import { requireLevel } from '$lib/server/require-level';
import { failFields, runMutation, type FormResult } from '$lib/server/run-action';
import { correctAnswer } from './correct-answer';
import {
  BookingQuery,
  DeletePreReservation,
  MarkPaid,
  OpposeBooking,
  RequestAnswerCorrection,
  ValidateAnswer,
} from './documents';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  await requireLevel(event.parent, 'VIEW');
  const data = await queryOrError(event, BookingQuery, { id: event.params.bookingId });
  // A booking of another event is not found here, as the API would say for the wrong event.
  const booking = requireFound(data.booking.event.id === event.params.id ? data.booking : null);
  return { booking };
};

/** Irreversible actions need their "I understand" box ticked (the browser checks it too). */
const unconfirmed = (data: FormData, meta: FormResult) =>
  checkedField(data, 'confirm') ? null : failFields(meta, { confirm: 'REQUIRED' });

export const actions = {
  /** XI4: irreversible, freezes the answer. */
  validate: async (event) => {
    const data = await event.request.formData();
    const meta = { form: 'validate', id: textField(data, 'id') };
    return unconfirmed(data, meta) ?? runMutation(event, ValidateAnswer, { id: meta.id }, meta);
  },
  /** NT1: the answer goes back to the holder, with a comment; they are mailed. */
  sendBack: async (event) => {
    const data = await event.request.formData();
    const meta = { form: 'sendBack', id: textField(data, 'id') };
    const comment = textField(data, 'comment');
    if (!comment) return failFields(meta, { comment: 'REQUIRED' });
    return runMutation(event, RequestAnswerCorrection, { id: meta.id, comment }, meta);
  },
  /** XI4: an organizer corrects an answer, of any type (files through the multipart protocol). */
  correct: async (event) => correctAnswer(event, await event.request.formData()),
  /** BK7, XI5: refused while PAYMENT-blocking answers wait; the amount must be the price. */
  markPaid: async (event) => {
    const data = await event.request.formData();
    const meta = { form: 'markPaid' };
    const euros = textField(data, 'amountEuros');
    const amountCents = eurosToCents(euros);
    if (amountCents === null) return failFields(meta, { amountEuros: euros ? 'INVALID_FORMAT' : 'REQUIRED' });
    const input = {
      bookingId: event.params.bookingId,
      method: textField(data, 'method') as PaymentMethod,
      amountCents,
      reference: textField(data, 'reference'),
    };
    return runMutation(event, MarkPaid, { input }, meta);
  },
  /** BK8: final; the reason is kept in the audit log. */
  oppose: async (event) => {
    const data = await event.request.formData();
    const meta = { form: 'oppose' };
    const reason = textField(data, 'reason');
    if (!reason) return failFields(meta, { reason: 'REQUIRED' });
    return unconfirmed(data, meta) ?? runMutation(event, OpposeBooking, { id: event.params.bookingId, reason }, meta);
  },
  /** BK6: frees the place at once. */
  delete: async (event) => {
    const meta = { form: 'delete' };
    const data = await event.request.formData();
    return unconfirmed(data, meta) ?? runMutation(event, DeletePreReservation, { id: event.params.bookingId }, meta);
  },
} satisfies Actions;
