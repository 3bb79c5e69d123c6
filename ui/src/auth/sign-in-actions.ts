import { redirect, type RequestEvent } from '@sveltejs/kit';
import { graphql } from '../gql/index.js';
import { createGraphQLClient } from '../graphql/client.js';
import { outcomeOf } from '../graphql/errors.js';
import { failWith } from '../forms/fail-with.js';
import { textField } from '../forms/form-data.js';
import { safeRedirectTarget } from '../navigation/redirect-target.js';

const SignInMutation = graphql(`
  mutation SharedSignIn($input: SignInInput!) {
    signIn(input: $input) {
      id
    }
  }
`);

const ResendVerificationMutation = graphql(`
  mutation SharedResendVerificationEmail($email: String!) {
    resendVerificationEmail(email: $email)
  }
`);

/** Resends the verification mail; the API answers true whether or not the account exists. */
export async function resendVerification(event: RequestEvent) {
  const data = await event.request.formData();
  const email = textField(data, 'email');
  const outcome = await outcomeOf(createGraphQLClient(event).mutation(ResendVerificationMutation, { email }));
  if (outcome.error) return failWith(outcome.error, { form: 'resend' as const, values: { email } });
  return { form: 'resend' as const, done: true, values: { email } };
}

/**
 * The sign-in form's actions, shared by both apps; `home` is where to go when
 * `redirectTo` is absent or points off-site.
 */
export function createSignInActions(home: string) {
  return {
    signIn: async (event: RequestEvent) => {
      const data = await event.request.formData();
      const email = textField(data, 'email');
      const password = textField(data, 'password', { trim: false });
      const redirectTo = safeRedirectTarget(textField(data, 'redirectTo'), home);
      const outcome = await outcomeOf(
        createGraphQLClient(event).mutation(SignInMutation, { input: { email, password } }),
      );
      if (outcome.error) {
        return failWith(outcome.error, { form: 'signIn' as const, values: { email } });
      }
      redirect(303, redirectTo);
    },
    resend: resendVerification,
  };
}

/** The sign-in page's load: where to go once signed in, already made safe. */
export function createSignInLoad(home: string) {
  return ({ url }: { url: URL }) => ({
    redirectTo: safeRedirectTarget(url.searchParams.get('redirectTo'), home),
  });
}
