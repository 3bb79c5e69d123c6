import { queryOrError } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import type { PageServerLoad } from './$types';

const MyEventsQuery = graphql(`
  query ConsoleMyEvents {
    events(filter: { mine: true, includePast: true }, first: 100) {
      nodes {
        ...SharedEventSummary
        visibility
        viewerPermission
      }
      hasNextPage
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const { events } = await queryOrError(event, MyEventsQuery, {});
  return { events: events.nodes, hasMore: events.hasNextPage };
};
