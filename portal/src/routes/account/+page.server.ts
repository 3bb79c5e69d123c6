import { error, redirect } from '@sveltejs/kit';
import {
  createGraphQLClient,
  failWith,
  httpStatusOf,
  outcomeOf,
  readNewPassword,
  requireViewer,
  textField,
} from '@billetterie/ui';
import { graphql } from '$lib/gql';
import type { Actions, PageServerLoad } from './$types';

const AccountQuery = graphql(`
  query PortalAccount {
    viewer {
      id
      email
      firstName
      lastName
      fullName
      kind
      canSetPassword
      language
      classYear
      school {
        id
        name
      }
      associationMemberships {
        id
        endsOn
        isValid
        association {
          id
          name
        }
      }
      clubMemberships {
        id
        isBoard
        club {
          id
          name
        }
      }
    }
    apiTokens {
      id
      name
      prefix
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

const UpdateProfileMutation = graphql(`
  mutation PortalUpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
    }
  }
`);

const ChangePasswordMutation = graphql(`
  mutation PortalChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

const CreateApiTokenMutation = graphql(`
  mutation PortalCreateApiToken($name: String!) {
    createApiToken(name: $name) {
      token
      apiToken {
        id
        name
      }
    }
  }
`);

const RevokeApiTokenMutation = graphql(`
  mutation PortalRevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
    }
  }
`);

// AC3: asked only for external accounts (a school account's deletion is FORBIDDEN: it belongs to the school).
const AccountDeletionQuery = graphql(`
  query PortalAccountDeletion {
    accountDeletion {
      deletableFrom
      removes
      keeps
    }
  }
`);

const DeleteMyAccountMutation = graphql(`
  mutation PortalDeleteMyAccount($password: String!) {
    deleteMyAccount(password: $password)
  }
`);

export const load: PageServerLoad = async (event) => {
  requireViewer(await event.parent(), event.url, '/signin');
  const outcome = await outcomeOf(createGraphQLClient(event).query(AccountQuery, {}));
  if (outcome.error) error(httpStatusOf(outcome.error), outcome.error.code);
  const { viewer, apiTokens } = outcome.data;
  if (!viewer) error(401, 'UNAUTHENTICATED');
  let deletion = null;
  if (viewer.kind === 'EXTERNAL') {
    const asked = await outcomeOf(createGraphQLClient(event).query(AccountDeletionQuery, {}));
    if (asked.error) error(httpStatusOf(asked.error), asked.error.code);
    deletion = asked.data.accountDeletion;
  }
  return { account: viewer, apiTokens, deletion };
};

export const actions = {
  updateProfile: async (event) => {
    const data = await event.request.formData();
    // School accounts send only their language: the school's directory owns their names (AC2).
    const names = data.has('firstName')
      ? { firstName: textField(data, 'firstName'), lastName: textField(data, 'lastName') }
      : {};
    const language = textField(data, 'language') === 'EN' ? ('EN' as const) : ('FR' as const);
    const values = { ...names, language };
    const outcome = await outcomeOf(createGraphQLClient(event).mutation(UpdateProfileMutation, { input: values }));
    if (outcome.error) return failWith(outcome.error, { form: 'profile' as const, values });
    return { form: 'profile' as const, done: true };
  },
  changePassword: async (event) => {
    const data = await event.request.formData();
    const currentPassword = textField(data, 'currentPassword', { trim: false });
    const { password: newPassword, fields } = readNewPassword(data, 'newPassword');
    if (fields) return failWith({ code: 'BAD_USER_INPUT', fields }, { form: 'password' as const });
    const outcome = await outcomeOf(
      createGraphQLClient(event).mutation(ChangePasswordMutation, {
        input: { currentPassword, newPassword },
      }),
    );
    if (outcome.error) return failWith(outcome.error, { form: 'password' as const });
    return { form: 'password' as const, done: true };
  },
  createToken: async (event) => {
    const name = textField(await event.request.formData(), 'name');
    const outcome = await outcomeOf(createGraphQLClient(event).mutation(CreateApiTokenMutation, { name }));
    if (outcome.error) return failWith(outcome.error, { form: 'createToken' as const, name });
    // Returned once, to this response only: the API keeps no readable copy.
    const { token, apiToken } = outcome.data.createApiToken;
    return { form: 'createToken' as const, token, name: apiToken.name };
  },
  revokeToken: async (event) => {
    const id = textField(await event.request.formData(), 'id');
    const outcome = await outcomeOf(createGraphQLClient(event).mutation(RevokeApiTokenMutation, { id }));
    if (outcome.error) return failWith(outcome.error, { form: 'revokeToken' as const });
    return { form: 'revokeToken' as const, done: true };
  },
  deleteAccount: async (event) => {
    const password = textField(await event.request.formData(), 'password', { trim: false });
    const outcome = await outcomeOf(createGraphQLClient(event).mutation(DeleteMyAccountMutation, { password }));
    if (outcome.error) return failWith(outcome.error, { form: 'deleteAccount' as const });
    // AC3: the account and its session are gone; the API cleared the cookie.
    redirect(303, '/');
  },
} satisfies Actions;
