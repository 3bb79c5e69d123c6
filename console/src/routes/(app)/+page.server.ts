import { queryOrError } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import { readSchoolSignInStatus } from '$lib/server/read-school-signin';
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
  const { viewer } = await event.parent();
  const [{ events }, schoolSignIn] = await Promise.all([
    queryOrError(event, MyEventsQuery, {}),
    // AC2: platform admins are told when school sign-in is configured but failing (only they may ask).
    viewer.isPlatformAdmin ? readSchoolSignInStatus(event) : null,
  ]);
  return { events: events.nodes, hasMore: events.hasNextPage, schoolSignIn };
};
