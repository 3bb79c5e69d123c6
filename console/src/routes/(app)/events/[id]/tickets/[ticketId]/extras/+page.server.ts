import { textField } from '@billetterie/ui';
import { readExtraInfoInput } from '$lib/server/read-ticket-parts';
import { failFields, idAction, runMutation } from '$lib/server/run-action';
import * as documents from '../documents';
import type { Actions } from './$types';

const length = (list: unknown[]) => list.length;

/** XI1: the extra information asked of the ticket's holders. */
export const actions = {
  createExtra: async (event) => {
    const { input, fields } = readExtraInfoInput(await event.request.formData());
    const meta = { form: 'createExtra' };
    if (Object.keys(fields).length > 0) return failFields(meta, fields);
    return runMutation(event, documents.CreateExtraInfo, { ticketId: event.params.ticketId, input }, meta);
  },
  updateExtra: async (event) => {
    const data = await event.request.formData();
    const { input, fields } = readExtraInfoInput(data);
    const meta = { form: 'updateExtra', id: textField(data, 'id') };
    if (Object.keys(fields).length > 0) return failFields(meta, fields);
    const { type: _type, position, ...rest } = input;
    const variables = { id: meta.id, input: { ...rest, position: position ?? 0 } };
    return runMutation(event, documents.UpdateExtraInfo, variables, meta);
  },
  deleteExtra: idAction('deleteExtra', documents.DeleteExtraInfo),
  copyExtra: idAction('copyExtra', documents.CopyExtraInfo, (d) => length(d.copyExtraInfoToAllTickets)),
} satisfies Actions;
