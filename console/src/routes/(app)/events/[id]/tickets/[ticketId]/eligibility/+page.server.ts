import { updateTicketPart } from '$lib/server/ticket-sections';
import type { Actions } from './$types';

export const actions = { updateTicket: updateTicketPart('eligibility') } satisfies Actions;
