import { textField } from '@billetterie/ui';
import { readOptionInput } from '$lib/server/read-ticket-parts';
import { failFields, idAction, runMutation } from '$lib/server/run-action';
import * as documents from '../documents';
import type { Actions } from './$types';

const length = (list: unknown[]) => list.length;

/** OP1: the ticket's independent options. */
export const actions = {
  createOption: async (event) => {
    const { input, fields } = readOptionInput(await event.request.formData());
    const meta = { form: 'createOption' };
    if (Object.keys(fields).length > 0) return failFields(meta, fields);
    return runMutation(event, documents.CreateOption, { ticketId: event.params.ticketId, input }, meta);
  },
  updateOption: async (event) => {
    const data = await event.request.formData();
    const { input, fields } = readOptionInput(data);
    const meta = { form: 'updateOption', id: textField(data, 'id') };
    if (Object.keys(fields).length > 0) return failFields(meta, fields);
    return runMutation(event, documents.UpdateOption, { id: meta.id, input }, meta);
  },
  deleteOption: idAction('deleteOption', documents.DeleteOption),
  copyOption: idAction('copyOption', documents.CopyOption, (d) => length(d.copyOptionToAllTickets)),
} satisfies Actions;
