import { graphql } from '../gql/index.js';

/**
 * OP1, OP2: a ticket's options and option groups, in their order, as the attendee
 * chooses them in the portal and the organizer sets them up or gives a ticket
 * with them in the console.
 */
graphql(`
  fragment SharedTicketOptions on Ticket {
    options {
      id
      name
      description
      priceCents
      position
    }
    optionGroups {
      id
      name
      description
      position
      options {
        id
        name
        description
        priceCents
        position
      }
    }
  }
`);
