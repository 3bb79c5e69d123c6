import { queryOrError } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import { readSchoolSignInStatus } from '$lib/server/read-school-signin';
import type { PageServerLoad } from './$types';

/** Events per page of the home's list. */
const PAGE_SIZE = 20;

const MyEventsQuery = graphql(`
  query ConsoleMyEvents($search: String, $offset: Int!, $first: Int!) {
    events(
      filter: { mine: true, includePast: true, order: UPCOMING_FIRST, search: $search }
      first: $first
      offset: $offset
    ) {
      nodes {
        ...SharedEventSummary
        visibility
        viewerPermission
        cancelled
        figures {
          placesTaken
          capacity
          reservations
          preReservations
        }
      }
      totalCount
    }
  }
`);

/**
 * Issue 15: "my events", upcoming first then past, searched and paged by the URL (`?q=…&page=2`: a GET form, so it
 * works without JavaScript).
 */
export const load: PageServerLoad = async (event) => {
  const { viewer } = await event.parent();
  const search = (event.url.searchParams.get('q') ?? '').trim().slice(0, 200);
  const asked = Number.parseInt(event.url.searchParams.get('page') ?? '1', 10);
  const page = Number.isFinite(asked) && asked > 0 ? Math.min(asked, 500) : 1;
  const [{ events }, schoolSignIn] = await Promise.all([
    queryOrError(event, MyEventsQuery, {
      search: search || null,
      offset: (page - 1) * PAGE_SIZE,
      first: PAGE_SIZE,
    }),
    // AC2: platform admins are told when school sign-in is configured but failing (only they may ask).
    viewer.isPlatformAdmin ? readSchoolSignInStatus(event) : null,
  ]);
  return {
    events: events.nodes,
    totalCount: events.totalCount,
    page,
    pageCount: Math.max(1, Math.ceil(events.totalCount / PAGE_SIZE)),
    search,
    deleted: event.url.searchParams.has('deleted'),
    schoolSignIn,
  };
};
