import { redirect } from '@sveltejs/kit';
import { createGraphQLClient, failWith, outcomeOf } from '@billetterie/ui';
import { resolve } from '$app/paths';
import { updateTicketPart } from '$lib/server/ticket-sections';
import * as documents from './documents';
import type { Actions } from './$types';

/** The "general" section: name, description, display order; deleting the ticket (TK4). */
export const actions = {
  updateTicket: updateTicketPart('general'),
  deleteTicket: async (event) => {
    const outcome = await outcomeOf(
      createGraphQLClient(event).mutation(documents.DeleteTicket, { id: event.params.ticketId }),
    );
    if (outcome.error) return failWith(outcome.error, { form: 'deleteTicket' });
    redirect(303, resolve(`/events/${event.params.id}/tickets`));
  },
} satisfies Actions;
