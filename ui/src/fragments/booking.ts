import { graphql } from '../gql/index.js';

/**
 * BK12, BK13: a booking as both apps sum it up (the portal's booking card, the
 * console's bookings list and booking page): its reference, status and price,
 * the ticket, who holds it and who sponsors it.
 */
graphql(`
  fragment SharedBookingSummary on Booking {
    id
    reference
    status
    priceCents
    isGuest
    ticket {
      id
      name
    }
    holder {
      fullName
      email
    }
    sponsor {
      id
      fullName
    }
  }
`);
