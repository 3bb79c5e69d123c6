import { createGraphQLClient, failWith, outcomeOf, readNewPassword, textField } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import type { Actions, PageServerLoad } from './$types';

const ResetPasswordMutation = graphql(`
  mutation PortalResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get('token') ?? '' });

export const actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const token = textField(data, 'token');
    const { password, fields } = readNewPassword(data, 'password');
    if (fields) return failWith({ code: 'BAD_USER_INPUT', fields }, {});
    const outcome = await outcomeOf(
      createGraphQLClient(event).mutation(ResetPasswordMutation, { input: { token, password } }),
    );
    if (outcome.error) return failWith(outcome.error, {});
    return { done: true };
  },
} satisfies Actions;
