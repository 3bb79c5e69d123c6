import type { RequestEvent } from '@sveltejs/kit';
import { failWith, outcomeOf, createGraphQLClient, type FieldErrors } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import type { UpdateTicketInput } from '$lib/gql/graphql';
import { TICKET_PART_FIELDS, type TicketPart } from '$lib/ticket-sections';
import { readTicketInput } from './read-ticket';
import { failFields, runMutation } from './run-action';

/** The ticket's settings as the API holds them now: what a section's form leaves unchanged. */
const TicketSettingsQuery = graphql(`
  query ConsoleTicketSettings($id: ID!) {
    event(id: $id) {
      id
      tickets {
        id
        name
        description
        priceCents
        capacity
        salesOpenAt
        salesCloseAt
        sponsorshipAllowed
        pendingGuestsPerSponsor
        position
        restrictedToSchools {
          id
        }
        restrictedToClassYears
        restrictedToAssociations {
          id
        }
      }
    }
  }
`);

const UpdateTicketMutation = graphql(`
  mutation ConsoleUpdateTicketPart($id: ID!, $input: UpdateTicketInput!) {
    updateTicket(id: $id, input: $input) {
      id
    }
  }
`);

/** Which keys of UpdateTicketInput each part's form fields (TICKET_PART_FIELDS) set. */
const PART_INPUTS: Record<TicketPart, ReadonlyArray<keyof UpdateTicketInput>> = {
  general: ['name', 'description', 'position'],
  price: ['priceCents', 'capacity'],
  sales: ['salesOpenAt', 'salesCloseAt'],
  eligibility: ['schoolIds', 'classYears', 'associationIds', 'sponsorshipAllowed', 'pendingGuestsPerSponsor'],
};

/**
 * Issue 15: the action of one section of a ticket's page. UpdateTicketInput takes every setting, so the section's
 * fields (read as the full form reads them) are laid over the ticket as the API holds it now, read just before:
 * a section never sends back stale values of the others.
 */
export function updateTicketPart(part: TicketPart) {
  return async (event: RequestEvent<{ id: string; ticketId: string }>) => {
    const data = await event.request.formData();
    const meta = { form: 'updateTicket' };
    const { input: read, fields: allFields } = readTicketInput(data);
    const fields: FieldErrors = {};
    for (const name of TICKET_PART_FIELDS[part]) if (allFields[name]) fields[name] = allFields[name];
    if (Object.keys(fields).length > 0) return failFields(meta, fields);

    const outcome = await outcomeOf(createGraphQLClient(event).query(TicketSettingsQuery, { id: event.params.id }));
    if (outcome.error) return failWith(outcome.error, meta);
    const ticket = outcome.data.event?.tickets.find((t) => t.id === event.params.ticketId);
    if (!ticket) return failWith({ code: 'NOT_FOUND' }, meta);
    const input: UpdateTicketInput = {
      name: ticket.name,
      description: ticket.description,
      priceCents: ticket.priceCents,
      capacity: ticket.capacity ?? null,
      salesOpenAt: ticket.salesOpenAt ?? null,
      salesCloseAt: ticket.salesCloseAt ?? null,
      sponsorshipAllowed: ticket.sponsorshipAllowed,
      pendingGuestsPerSponsor: ticket.pendingGuestsPerSponsor,
      position: ticket.position,
      schoolIds: ticket.restrictedToSchools.map((s) => s.id),
      classYears: ticket.restrictedToClassYears,
      associationIds: ticket.restrictedToAssociations.map((a) => a.id),
    };
    const section = read as UpdateTicketInput;
    for (const key of PART_INPUTS[part]) {
      if (key === 'position' && section.position === undefined) continue;
      if (key === 'pendingGuestsPerSponsor' && section.pendingGuestsPerSponsor === null) continue;
      (input as Record<string, unknown>)[key] = section[key];
    }
    return runMutation(event, UpdateTicketMutation, { id: event.params.ticketId, input }, meta);
  };
}
