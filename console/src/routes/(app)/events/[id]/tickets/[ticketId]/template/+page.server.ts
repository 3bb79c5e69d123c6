import { failWith, uploadGraphQL } from '@billetterie/ui';
import { print } from 'graphql';
import { failFields, runMutation } from '$lib/server/run-action';
import * as documents from '../documents';
import type { Actions } from './$types';

export const actions = {
  /** TT1: the file goes to the API as a multipart request, as the event's cover does. */
  setTemplate: async (event) => {
    const file = (await event.request.formData()).get('file');
    const meta = { form: 'setTemplate' };
    if (!(file instanceof File) || file.size === 0) return failFields(meta, { file: 'REQUIRED' });
    const outcome = await uploadGraphQL({
      event,
      query: print(documents.SetTicketTemplate),
      variables: { ticketId: event.params.ticketId },
      files: { file },
    });
    if (outcome.error) return failWith(outcome.error, meta);
    return meta;
  },
  removeTemplate: (event) =>
    runMutation(event, documents.RemoveTicketTemplate, { ticketId: event.params.ticketId }, { form: 'removeTemplate' }),
} satisfies Actions;
