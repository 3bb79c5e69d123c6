import { redirect, type RequestHandler } from '@sveltejs/kit';
import { graphql } from '../gql/index.js';
import { createGraphQLClient } from '../graphql/client.js';

const SignOutMutation = graphql(`
  mutation SharedSignOut {
    signOut
  }
`);

/**
 * POST endpoint of the header's sign-out form. Whatever the API answers, the
 * visitor leaves for `home`: the API clears the session cookie when it can.
 */
export function createSignOut(home: string): RequestHandler {
  return async (event) => {
    await createGraphQLClient(event).mutation(SignOutMutation, {}).toPromise();
    redirect(303, home);
  };
}
