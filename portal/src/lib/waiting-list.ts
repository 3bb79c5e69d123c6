import { graphql } from '$lib/gql';

/** WL1, WL2: what the portal shows of the viewer's entry on a waiting list (event page and "Mes réservations"). */
graphql(`
  fragment PortalWaitingListEntry on WaitingListEntry {
    id
    status
    position
    offerExpiresAt
    optionIds
    guest {
      firstName
      lastName
      email
    }
    ticket {
      id
      name
    }
    event {
      id
      name
    }
  }
`);
