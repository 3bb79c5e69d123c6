import { redirect } from '@sveltejs/kit';
import {
  createGraphQLClient,
  failWith,
  outcomeOf,
  resendVerification,
  safeRedirectTarget,
  textField,
} from '@billetterie/ui';
import { graphql } from '$lib/gql';
import type { Actions, PageServerLoad } from './$types';

const VerifyEmailMutation = graphql(`
  mutation PortalVerifyEmail($token: String!) {
    verifyEmail(token: $token)
  }
`);

// Verifying on GET would let mail scanners and link prefetchers use the token:
// the page posts it instead (automatically when JavaScript runs).
export const load: PageServerLoad = ({ url }) => ({
  token: url.searchParams.get('token') ?? '',
  // Issue 16: where the person was when they signed up (a path of this site only).
  returnTo: safeRedirectTarget(url.searchParams.get('returnTo'), ''),
});

export const actions = {
  verify: async (event) => {
    const data = await event.request.formData();
    const token = textField(data, 'token');
    const outcome = await outcomeOf(createGraphQLClient(event).mutation(VerifyEmailMutation, { token }));
    if (outcome.error) return failWith(outcome.error, { form: 'verify' as const });
    // Issue 16: verifying signs the person in; they go back where they were, if the link says where.
    const back = safeRedirectTarget(textField(data, 'returnTo'), '');
    if (back) redirect(303, back);
    return { form: 'verify' as const, verified: true };
  },
  resend: resendVerification,
} satisfies Actions;
