import { graphql } from '../gql/index.js';

/**
 * EV1: an event as both apps sum it up in their lists and page headers: its
 * name, when it happens and the club that organizes it. Each app adds what its
 * own view needs (the portal: place and cover; the console: visibility and the
 * viewer's permission).
 */
graphql(`
  fragment SharedEventSummary on Event {
    id
    name
    startsAt
    endsAt
    club {
      id
      name
    }
  }
`);
