import { createGraphQLClient, failWith, outcomeOf, queryOrError, textField } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import { idAction, type FormResult } from '$lib/server/run-action';
import type { Actions, PageServerLoad } from './$types';

const PlatformAdminsQuery = graphql(`
  query ConsolePlatformAdmins {
    platformAdmins {
      id
      email
      fullName
    }
  }
`);

const FindUserQuery = graphql(`
  query ConsoleFindUser($search: String!) {
    users(search: $search, first: 20) {
      id
      email
    }
  }
`);

const PromoteMutation = graphql(`
  mutation ConsolePromotePlatformAdmin($id: ID!) {
    promotePlatformAdmin(userId: $id) {
      id
      isPlatformAdmin
    }
  }
`);

const DemoteMutation = graphql(`
  mutation ConsoleDemotePlatformAdmin($id: ID!) {
    demotePlatformAdmin(userId: $id) {
      id
      isPlatformAdmin
    }
  }
`);

/** Issue 13: the platform admins; promoting someone by the email of their account, demoting (the last one stays). */
export const load: PageServerLoad = async (event) => {
  const { platformAdmins } = await queryOrError(event, PlatformAdminsQuery, {});
  return { admins: platformAdmins };
};

export const actions = {
  promote: async (event) => {
    const email = textField(await event.request.formData(), 'email').toLowerCase();
    const meta: FormResult = { form: 'promote' };
    if (!email) return failWith({ code: 'BAD_USER_INPUT', fields: { email: 'REQUIRED' } }, meta);
    const client = createGraphQLClient(event);
    const found = await outcomeOf(client.query(FindUserQuery, { search: email }));
    if (found.error) return failWith(found.error, meta);
    const user = found.data.users.find((u) => u.email === email);
    if (!user) return failWith({ code: 'BAD_USER_INPUT', fields: { email: 'UNKNOWN_REFERENCE' } }, meta);
    const done = await outcomeOf(client.mutation(PromoteMutation, { id: user.id }));
    if (done.error) return failWith(done.error, meta);
    return { ...meta, id: user.id };
  },
  demote: idAction('demote', DemoteMutation),
} satisfies Actions;
