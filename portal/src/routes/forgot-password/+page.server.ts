import { createGraphQLClient, failWith, outcomeOf, textField } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import type { Actions } from './$types';

const RequestPasswordResetMutation = graphql(`
  mutation PortalRequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const actions = {
  default: async (event) => {
    const email = textField(await event.request.formData(), 'email');
    const outcome = await outcomeOf(createGraphQLClient(event).mutation(RequestPasswordResetMutation, { email }));
    if (outcome.error) return failWith(outcome.error, { email });
    return { done: true, email };
  },
} satisfies Actions;
