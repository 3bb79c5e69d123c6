import { createGraphQLClient, failWith, outcomeOf, resendVerification, textField } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import type { Actions, PageServerLoad } from './$types';

const VerifyEmailMutation = graphql(`
  mutation PortalVerifyEmail($token: String!) {
    verifyEmail(token: $token)
  }
`);

// Verifying on GET would let mail scanners and link prefetchers use the token:
// the page posts it instead (automatically when JavaScript runs).
export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get('token') ?? '' });

export const actions = {
  verify: async (event) => {
    const token = textField(await event.request.formData(), 'token');
    const outcome = await outcomeOf(createGraphQLClient(event).mutation(VerifyEmailMutation, { token }));
    if (outcome.error) return failWith(outcome.error, { form: 'verify' as const });
    return { form: 'verify' as const, verified: true };
  },
  resend: resendVerification,
} satisfies Actions;
