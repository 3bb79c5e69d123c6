import { queryOrError, requireFound, textField } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import type { TicketKind } from '$lib/gql/graphql';
import { failFields, runMutation } from '$lib/server/run-action';
import { readTicketInput } from '$lib/server/read-ticket';
import type { Actions, PageServerLoad } from './$types';

const EventTicketsQuery = graphql(`
  query ConsoleEventTickets($id: ID!) {
    event(id: $id) {
      id
      tickets {
        id
        kind
        name
        priceCents
        capacity
        placesTaken
        soldOut
        salesOpenAt
        salesCloseAt
        position
        locked
        templateUrl
      }
    }
    ...ConsoleRestrictionChoices
  }
`);

const CreateTicketMutation = graphql(`
  mutation ConsoleCreateTicket($eventId: ID!, $input: CreateTicketInput!) {
    createTicket(eventId: $eventId, input: $input) {
      id
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const data = await queryOrError(event, EventTicketsQuery, { id: event.params.id });
  return { tickets: requireFound(data.event).tickets, schools: data.schools, associations: data.associations };
};

export const actions = {
  createTicket: async (event) => {
    const data = await event.request.formData();
    const kind = textField(data, 'kind') as TicketKind;
    const { input, fields } = readTicketInput(data);
    const meta = { form: 'createTicket' };
    if (Object.keys(fields).length > 0) return failFields(meta, fields);
    // Hidden (not cleared) when the organizer switched back to OPEN: an open ticket has no restriction.
    const restrictions =
      kind === 'RESTRICTED' ? {} : { schoolIds: [], classYears: [], associationIds: [], sponsorshipAllowed: false };
    return runMutation(
      event,
      CreateTicketMutation,
      { eventId: event.params.id, input: { ...input, ...restrictions, kind } },
      meta,
    );
  },
} satisfies Actions;
