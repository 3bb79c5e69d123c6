import type { RequestEvent } from '@sveltejs/kit';
import { failWith, numberField, textField, uploadGraphQL } from '@billetterie/ui';
import { print } from 'graphql';
import type { AnswerInput, ExtraInfoType } from '$lib/gql/graphql';
import { failFields, runMutation } from '$lib/server/run-action';
import { CorrectAnswer } from './documents';

/**
 * XI4: an organizer's correction of one answer. The form names its field after
 * the answer's kind (text, number, choice, file), as the API's field errors do.
 */
export async function correctAnswer(event: RequestEvent<{ id: string; bookingId: string }>, data: FormData) {
  const extraInfoId = textField(data, 'extraInfoId');
  const meta = { form: 'correct', id: extraInfoId };
  const ids = { bookingId: event.params.bookingId, extraInfoId };
  const type = textField(data, 'type') as ExtraInfoType;
  if (type === 'FILE') {
    const file = data.get('file');
    if (!(file instanceof File) || file.size === 0) return failFields(meta, { file: 'REQUIRED' });
    // The in-process executor takes JSON only: files go over HTTP, like the event cover.
    const outcome = await uploadGraphQL({ event, query: print(CorrectAnswer), variables: ids, files: { file } });
    return outcome.error ? failWith(outcome.error, meta) : meta;
  }
  let input: AnswerInput;
  if (type === 'NUMBER') {
    const number = numberField(data, 'number');
    if (number === undefined || Number.isNaN(number)) {
      return failFields(meta, { number: number === undefined ? 'REQUIRED' : 'INVALID_FORMAT' });
    }
    input = { number };
  } else if (type === 'CHOICE') {
    input = { choice: textField(data, 'choice') };
  } else {
    input = { text: textField(data, 'text', { trim: false }) };
  }
  return runMutation(event, CorrectAnswer, { ...ids, input }, meta);
}
