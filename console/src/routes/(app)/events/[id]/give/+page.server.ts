import {
  checkedField,
  createGraphQLClient,
  failWith,
  outcomeOf,
  queryOrError,
  requireFound,
  textField,
  textFields,
} from '@billetterie/ui';
import { graphql } from '$lib/gql';
import { requireLevel } from '$lib/server/require-level';
import type { Actions, PageServerLoad } from './$types';

const GiveTicketChoicesQuery = graphql(`
  query ConsoleGiveTicketChoices($id: ID!) {
    event(id: $id) {
      id
      tickets {
        id
        name
        priceCents
        capacity
        placesTaken
        soldOut
        ...SharedTicketOptions
      }
    }
  }
`);

const GiveTicketMutation = graphql(`
  mutation ConsoleGiveTicket($input: GiveTicketInput!) {
    giveTicket(input: $input) {
      id
      reference
      status
      holder {
        fullName
      }
    }
  }
`);

/** BK1, BK11: only EDIT gives tickets. */
export const load: PageServerLoad = async (event) => {
  await requireLevel(event.parent, 'EDIT');
  const data = await queryOrError(event, GiveTicketChoicesQuery, { id: event.params.id });
  return { tickets: requireFound(data.event).tickets };
};

export const actions = {
  give: async (event) => {
    const data = await event.request.formData();
    const ticketId = textField(data, 'ticketId');
    // Every ticket's options are in the form (it works without JavaScript); only the chosen ticket's count.
    const optionIds = [...textFields(data, `option-${ticketId}`), ...textFields(data, `group-${ticketId}`)].filter(
      Boolean,
    );
    const input = { ticketId, userEmail: textField(data, 'userEmail'), optionIds, force: checkedField(data, 'force') };
    const outcome = await outcomeOf(createGraphQLClient(event).mutation(GiveTicketMutation, { input }));
    if (outcome.error) return failWith(outcome.error, { form: 'give' });
    return { form: 'give', given: outcome.data.giveTicket };
  },
} satisfies Actions;
