import { intField, queryOrError, requireFound, textField, textFields } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import { requireLevel } from '$lib/server/require-level';
import { failFields, idAction, runMutation } from '$lib/server/run-action';
import type { Actions, PageServerLoad } from './$types';

/** CP1: the event's total capacity and its named quotas, for its editors. */
const EventCapacityQuery = graphql(`
  query ConsoleEventCapacity($id: ID!) {
    event(id: $id) {
      id
      capacity
      placesTaken
      tickets {
        id
        name
        position
      }
      quotas {
        id
        name
        capacity
        placesTaken
        tickets {
          id
        }
      }
    }
  }
`);

const SetEventCapacityMutation = graphql(`
  mutation ConsoleSetEventCapacity($eventId: ID!, $capacity: Int) {
    setEventCapacity(eventId: $eventId, capacity: $capacity) {
      id
      capacity
    }
  }
`);

const CreateQuotaMutation = graphql(`
  mutation ConsoleCreateQuota($eventId: ID!, $input: QuotaInput!) {
    createQuota(eventId: $eventId, input: $input) {
      id
    }
  }
`);

const UpdateQuotaMutation = graphql(`
  mutation ConsoleUpdateQuota($id: ID!, $input: QuotaInput!) {
    updateQuota(id: $id, input: $input) {
      id
    }
  }
`);

const DeleteQuotaMutation = graphql(`
  mutation ConsoleDeleteQuota($id: ID!) {
    deleteQuota(id: $id)
  }
`);

export const load: PageServerLoad = async (event) => {
  await requireLevel(event.parent, 'EDIT');
  const data = await queryOrError(event, EventCapacityQuery, { id: event.params.id });
  return { capacity: requireFound(data.event) };
};

/** A quota's fields as submitted; `fields` flags what the browser could not check. */
function readQuota(data: FormData) {
  const name = textField(data, 'name');
  const capacity = intField(data, 'capacity');
  const fields: Record<string, 'REQUIRED' | 'INVALID_FORMAT'> = {};
  if (!name) fields.name = 'REQUIRED';
  if (capacity === undefined) fields.capacity = 'REQUIRED';
  else if (Number.isNaN(capacity)) fields.capacity = 'INVALID_FORMAT';
  return { input: { name, capacity: capacity ?? 0, ticketIds: textFields(data, 'ticketIds') }, fields };
}

export const actions = {
  /** CP1: an empty field removes the total. */
  setCapacity: async (event) => {
    const capacity = intField(await event.request.formData(), 'capacity');
    const meta = { form: 'capacity' };
    if (Number.isNaN(capacity)) return failFields(meta, { capacity: 'INVALID_FORMAT' });
    return runMutation(event, SetEventCapacityMutation, { eventId: event.params.id, capacity: capacity ?? null }, meta);
  },
  createQuota: async (event) => {
    const { input, fields } = readQuota(await event.request.formData());
    const meta = { form: 'createQuota' };
    if (Object.keys(fields).length > 0) return failFields(meta, fields);
    return runMutation(event, CreateQuotaMutation, { eventId: event.params.id, input }, meta);
  },
  updateQuota: async (event) => {
    const data = await event.request.formData();
    const id = textField(data, 'id');
    const { input, fields } = readQuota(data);
    const meta = { form: 'updateQuota', id };
    if (Object.keys(fields).length > 0) return failFields(meta, fields);
    return runMutation(event, UpdateQuotaMutation, { id, input }, meta);
  },
  deleteQuota: idAction('deleteQuota', DeleteQuotaMutation),
} satisfies Actions;
