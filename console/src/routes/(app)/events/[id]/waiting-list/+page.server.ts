import { intField, queryOrError, requireFound, textField } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import { requireLevel } from '$lib/server/require-level';
import { failFields, idAction, runMutation } from '$lib/server/run-action';
import type { Actions, PageServerLoad } from './$types';

const PAGE = 50;

/** WL3: the event's waiting list and its settings, for its editors. */
const EventWaitingListQuery = graphql(`
  query ConsoleEventWaitingList($id: ID!, $first: Int!, $offset: Int!) {
    event(id: $id) {
      id
      waitingListOpen
      waitingListOfferMinutes
      waitingList(first: $first, offset: $offset) {
        totalCount
        nodes {
          id
          status
          position
          offerExpiresAt
          createdAt
          personName
          personEmail
          guest {
            firstName
            lastName
            email
          }
          ticket {
            id
            name
          }
        }
      }
    }
  }
`);

const MoveMutation = graphql(`
  mutation ConsoleMoveWaitingListEntry($id: ID!, $position: Int!) {
    moveWaitingListEntry(id: $id, position: $position) {
      id
      position
    }
  }
`);

const RemoveMutation = graphql(`
  mutation ConsoleRemoveWaitingListEntry($id: ID!) {
    removeWaitingListEntry(id: $id) {
      id
      status
    }
  }
`);

const OfferMutation = graphql(`
  mutation ConsoleOfferWaitingListPlace($id: ID!) {
    offerWaitingListPlace(id: $id) {
      id
      status
    }
  }
`);

const ClearMutation = graphql(`
  mutation ConsoleClearWaitingList($eventId: ID!) {
    clearWaitingList(eventId: $eventId)
  }
`);

const SettingsMutation = graphql(`
  mutation ConsoleSetWaitingListSettings($eventId: ID!, $input: WaitingListSettingsInput!) {
    setWaitingListSettings(eventId: $eventId, input: $input) {
      id
      waitingListOpen
      waitingListOfferMinutes
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  await requireLevel(event.parent, 'EDIT');
  const raw = Number(event.url.searchParams.get('offset') ?? 0);
  const offset = Number.isInteger(raw) && raw >= 0 && raw <= 1_000_000 ? raw : 0;
  const data = await queryOrError(event, EventWaitingListQuery, { id: event.params.id, first: PAGE, offset });
  return { waitingList: requireFound(data.event), offset, pageSize: PAGE };
};

export const actions = {
  /** WL3: to a position typed in, or one up / one down (the button's value). */
  move: async (event) => {
    const data = await event.request.formData();
    const id = textField(data, 'id');
    const position = intField(data, 'position');
    const meta = { form: 'move', id };
    if (position === undefined) return failFields(meta, { position: 'REQUIRED' });
    if (Number.isNaN(position) || position < 1) return failFields(meta, { position: 'OUT_OF_RANGE' });
    return runMutation(event, MoveMutation, { id, position }, meta);
  },
  remove: idAction('remove', RemoveMutation),
  offer: idAction('offer', OfferMutation),
  clear: async (event) => runMutation(event, ClearMutation, { eventId: event.params.id }, { form: 'clear' }),
  settings: async (event) => {
    const data = await event.request.formData();
    const offerMinutes = intField(data, 'offerMinutes');
    const meta = { form: 'settings' };
    if (offerMinutes === undefined) return failFields(meta, { offerMinutes: 'REQUIRED' });
    if (Number.isNaN(offerMinutes)) return failFields(meta, { offerMinutes: 'INVALID_FORMAT' });
    return runMutation(
      event,
      SettingsMutation,
      { eventId: event.params.id, input: { open: textField(data, 'open') === 'on', offerMinutes } },
      meta,
    );
  },
} satisfies Actions;
