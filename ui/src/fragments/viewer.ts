import { graphql } from '../gql/index.js';

/**
 * Who is signed in, as both apps' root layouts load it (ui's loadViewer): the
 * name the header shows. The console adds what its navigation needs.
 */
graphql(`
  fragment SharedViewer on User {
    id
    firstName
    fullName
  }
`);
