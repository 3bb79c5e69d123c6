// AC2: whether school sign-in works, read by the import page (its details) and the console home (an alert when it
// fails). Platform admins only: the API refuses everyone else, so callers ask only for them.
import type { RequestEvent } from '@sveltejs/kit';
import { createGraphQLClient, outcomeOf } from '@billetterie/ui';
import { graphql } from '$lib/gql';

const SchoolSignInStatusQuery = graphql(`
  query ConsoleSchoolSignInStatus {
    schoolSignInStatus {
      configured
      available
      issuer
      simulator
      problem
    }
  }
`);

/** The status, or null when it could not be read (the page stays usable without it). */
export async function readSchoolSignInStatus(event: RequestEvent) {
  const outcome = await outcomeOf(createGraphQLClient(event).query(SchoolSignInStatusQuery, {}));
  return outcome.data?.schoolSignInStatus ?? null;
}
