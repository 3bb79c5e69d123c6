import {
  createGraphQLClient,
  failWith,
  outcomeOf,
  readNewPassword,
  safeRedirectTarget,
  textField,
} from '@billetterie/ui';
import { graphql } from '$lib/gql';
import { getLocale } from '$lib/paraglide/runtime.js';
import type { Actions, PageServerLoad } from './$types';

/** Issue 16: where the verification link brings the person back (a path of this site; '' for the home page). */
export const load: PageServerLoad = ({ url }) => ({
  redirectTo: safeRedirectTarget(url.searchParams.get('redirectTo'), ''),
});

const SignUpMutation = graphql(`
  mutation PortalSignUp($input: SignUpInput!) {
    signUp(input: $input)
  }
`);

export const actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const values = {
      email: textField(data, 'email'),
      firstName: textField(data, 'firstName'),
      lastName: textField(data, 'lastName'),
    };
    const { password, fields } = readNewPassword(data, 'password');
    if (fields) return failWith({ code: 'BAD_USER_INPUT', fields }, { values });
    const outcome = await outcomeOf(
      createGraphQLClient(event).mutation(SignUpMutation, {
        input: {
          ...values,
          password,
          language: getLocale() === 'en' ? 'EN' : 'FR',
          returnTo: safeRedirectTarget(textField(data, 'redirectTo'), '') || null,
        },
      }),
    );
    if (outcome.error) return failWith(outcome.error, { values });
    // The mails, tickets and exports made for the person speak the language they signed up in.
    // The API answers true even for a taken address, so as not to reveal accounts.
    return { done: true, values };
  },
} satisfies Actions;
