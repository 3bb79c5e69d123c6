import { textField } from '@billetterie/ui';
import { readOptionGroupInput } from '$lib/server/read-ticket-parts';
import { failFields, idAction, runMutation } from '$lib/server/run-action';
import * as documents from '../documents';
import type { Actions } from './$types';

const length = (list: unknown[]) => list.length;

/** OP2: the ticket's option groups (one choice each, "none" implicit). */
export const actions = {
  createGroup: async (event) => {
    const { input, fields } = readOptionGroupInput(await event.request.formData());
    const meta = { form: 'createGroup' };
    if (Object.keys(fields).length > 0) return failFields(meta, fields);
    return runMutation(event, documents.CreateOptionGroup, { ticketId: event.params.ticketId, input }, meta);
  },
  updateGroup: async (event) => {
    const data = await event.request.formData();
    const { input, fields } = readOptionGroupInput(data);
    const meta = { form: 'updateGroup', id: textField(data, 'id') };
    if (Object.keys(fields).length > 0) return failFields(meta, fields);
    return runMutation(event, documents.UpdateOptionGroup, { id: meta.id, input }, meta);
  },
  deleteGroup: idAction('deleteGroup', documents.DeleteOptionGroup),
  copyGroup: idAction('copyGroup', documents.CopyOptionGroup, (d) => length(d.copyOptionGroupToAllTickets)),
} satisfies Actions;
