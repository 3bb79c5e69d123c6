import { checkedField, failWith, queryOrError, requireFound, textField, uploadGraphQL } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import { requireLevel } from '$lib/server/require-level';
import { print } from 'graphql';
import { readEventInput } from '$lib/server/read-event';
import { failFields, idAction, runMutation } from '$lib/server/run-action';
import type { Actions, PageServerLoad } from './$types';

const EventForEditQuery = graphql(`
  query ConsoleEventForEdit($id: ID!) {
    event(id: $id) {
      id
      name
      description
      location
      startsAt
      endsAt
      visibility
      contactEmail
      sponsorshipLimit
      paymentDeadlineHours
      showPlacesLeft
      coverUrl
    }
  }
`);

const UpdateEventMutation = graphql(`
  mutation ConsoleUpdateEvent($id: ID!, $input: UpdateEventInput!) {
    updateEvent(id: $id, input: $input) {
      id
    }
  }
`);

const SetEventCoverMutation = graphql(`
  mutation ConsoleSetEventCover($id: ID!, $file: Upload!) {
    setEventCover(id: $id, file: $file) {
      id
      coverUrl
    }
  }
`);

const RemoveEventCoverMutation = graphql(`
  mutation ConsoleRemoveEventCover($id: ID!) {
    removeEventCover(id: $id) {
      id
    }
  }
`);

const CancelEventMutation = graphql(`
  mutation ConsoleCancelEvent($id: ID!, $reason: String!) {
    cancelEvent(id: $id, reason: $reason) {
      id
      cancelled
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  await requireLevel(event.parent, 'EDIT');
  const data = await queryOrError(event, EventForEditQuery, { id: event.params.id });
  return { details: requireFound(data.event) };
};

export const actions = {
  update: async (event) => {
    const { input, fields } = readEventInput(await event.request.formData());
    const meta = { form: 'event' };
    if (Object.keys(fields).length > 0) return failWith({ code: 'BAD_USER_INPUT', fields }, meta);
    return runMutation(event, UpdateEventMutation, { id: event.params.id, input }, meta);
  },
  setCover: async (event) => {
    const file = (await event.request.formData()).get('file');
    const meta = { form: 'cover' };
    if (!(file instanceof File) || file.size === 0) {
      return failWith({ code: 'BAD_USER_INPUT', fields: { file: 'REQUIRED' } }, meta);
    }
    const outcome = await uploadGraphQL({
      event,
      query: print(SetEventCoverMutation),
      variables: { id: event.params.id },
      files: { file },
    });
    if (outcome.error) return failWith(outcome.error, meta);
    return meta;
  },
  removeCover: idAction('coverRemoved', RemoveEventCoverMutation),
  /** EV5, ADMIN: sales stop, holders and sponsors are mailed, nothing is deleted. */
  cancelEvent: async (event) => {
    const data = await event.request.formData();
    const meta = { form: 'cancelEvent' };
    if (!checkedField(data, 'confirm')) return failFields(meta, { confirm: 'REQUIRED' });
    const reason = textField(data, 'reason');
    return runMutation(event, CancelEventMutation, { id: event.params.id, reason }, meta);
  },
} satisfies Actions;
