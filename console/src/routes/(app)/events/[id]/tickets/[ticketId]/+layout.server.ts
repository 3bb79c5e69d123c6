import { queryOrError, requireFound } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import { requireLevel } from '$lib/server/require-level';
import type { LayoutServerLoad } from './$types';

const TicketPageQuery = graphql(`
  query ConsoleTicketPage($id: ID!) {
    event(id: $id) {
      id
      tickets {
        id
        kind
        name
        description
        priceCents
        capacity
        placesTaken
        soldOut
        salesOpenAt
        salesCloseAt
        sponsorshipAllowed
        pendingGuestsPerSponsor
        position
        locked
        templateUrl
        restrictedToSchools {
          id
        }
        restrictedToClassYears
        restrictedToAssociations {
          id
        }
        ...SharedTicketOptions
        extraInfos {
          id
          label
          help
          type
          blocks
          numberMin
          numberMax
          choices
          fileTypes
          fileMaxBytes
          position
        }
      }
    }
    ...ConsoleRestrictionChoices
    ticketTemplateSpec {
      ...ConsoleTicketTemplateSpec
    }
  }
`);

// The contract has no ticket(id) query: the ticket is read through its event. Every section of its page shares it.
export const load: LayoutServerLoad = async (event) => {
  await requireLevel(event.parent, 'EDIT');
  const data = await queryOrError(event, TicketPageQuery, { id: event.params.id });
  const ticket = requireFound(data.event?.tickets.find((t) => t.id === event.params.ticketId));
  return { ticket, schools: data.schools, associations: data.associations, templateSpec: data.ticketTemplateSpec };
};
