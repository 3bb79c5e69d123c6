import { createGraphQLClient, outcomeOf } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import type { PageServerLoad } from './$types';

const UpcomingEventsQuery = graphql(`
  query PortalUpcomingEvents($search: String) {
    events(filter: { includePast: false, search: $search }, first: 50) {
      nodes {
        ...SharedEventSummary
        location
        coverUrl
        lowestPriceCents
        soldOut
        viewerBooking {
          id
          status
        }
      }
      hasNextPage
    }
  }
`);

/** EV1: the API lists only what this visitor may see. */
export const load: PageServerLoad = async (event) => {
  const q = event.url.searchParams.get('q')?.trim() ?? '';
  const outcome = await outcomeOf(createGraphQLClient(event).query(UpcomingEventsQuery, { search: q || null }));
  // The home page stays up without the list: the error is shown in its place.
  return {
    q,
    events: outcome.data?.events.nodes ?? [],
    hasMore: outcome.data?.events.hasNextPage ?? false,
    eventsError: outcome.error ?? null,
  };
};
