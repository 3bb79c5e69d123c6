import { redirect } from '@sveltejs/kit';
import {
  checkedField,
  createGraphQLClient,
  failWith,
  outcomeOf,
  parisLocalToIso,
  queryOrError,
  requireFound,
  textField,
  uploadGraphQL,
} from '@billetterie/ui';
import { resolve } from '$app/paths';
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
      deletionBlockedBy
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

const DuplicateEventMutation = graphql(`
  mutation ConsoleDuplicateEvent($id: ID!, $startsAt: DateTime!, $name: String) {
    duplicateEvent(eventId: $id, startsAt: $startsAt, name: $name) {
      id
    }
  }
`);

const DeleteEventMutation = graphql(`
  mutation ConsoleDeleteEvent($id: ID!) {
    deleteEvent(id: $id)
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
  /** DU1: a DRAFT copy with every date shifted to the chosen start; the organizer lands on the copy. */
  duplicate: async (event) => {
    const data = await event.request.formData();
    const meta = { form: 'duplicate' };
    const startsAt = parisLocalToIso(textField(data, 'duplicateStartsAt'));
    if (!startsAt)
      return failFields(meta, {
        duplicateStartsAt: textField(data, 'duplicateStartsAt') ? 'INVALID_FORMAT' : 'REQUIRED',
      });
    const name = textField(data, 'duplicateName') || null;
    const outcome = await outcomeOf(
      createGraphQLClient(event).mutation(DuplicateEventMutation, { id: event.params.id, startsAt, name }),
    );
    if (outcome.error) {
      const { startsAt: start, name: named, ...rest } = outcome.error.fields ?? {};
      const fields = { ...rest, duplicateStartsAt: start, duplicateName: named };
      return failWith({ ...outcome.error, fields: outcome.error.fields ? fields : undefined }, meta);
    }
    redirect(303, resolve(`/events/${outcome.data.duplicateEvent.id}/edit`));
  },
  /** Issue 15, ADMIN: a draft that never had a booking goes for good; the organizer goes back to their events. */
  deleteEvent: async (event) => {
    const data = await event.request.formData();
    const meta = { form: 'deleteEvent' };
    if (!checkedField(data, 'confirm')) return failFields(meta, { confirm: 'REQUIRED' });
    const outcome = await outcomeOf(createGraphQLClient(event).mutation(DeleteEventMutation, { id: event.params.id }));
    if (outcome.error) return failWith(outcome.error, meta);
    redirect(303, `${resolve('/')}?deleted=1`);
  },
} satisfies Actions;
