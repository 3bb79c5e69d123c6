import { graphql } from '$lib/gql';

/** What the ticket form's restriction pickers offer (TK2); spread into the pages' queries. */
export const RestrictionChoicesFragment = graphql(`
  fragment ConsoleRestrictionChoices on Query {
    schools {
      id
      slug
      name
    }
    associations {
      id
      slug
      name
    }
  }
`);
