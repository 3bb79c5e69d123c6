import { error } from '@sveltejs/kit';
import { queryOrError, textField } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import { failFields, runMutation } from '$lib/server/run-action';
import type { Actions, PageServerLoad } from './$types';

const AssociationMembersQuery = graphql(`
  query ConsoleAssociationMembers($associationId: ID!) {
    associations {
      id
      slug
      name
      archivedAt
    }
    associationMembers(associationId: $associationId) {
      id
      endsOn
      isValid
      user {
        id
        email
        fullName
      }
    }
  }
`);

const SetAssociationMembership = graphql(`
  mutation ConsoleSetAssociationMembership($associationId: ID!, $email: String!, $endsOn: LocalDate!) {
    setAssociationMembership(associationId: $associationId, email: $email, endsOn: $endsOn) {
      id
      endsOn
    }
  }
`);

const RemoveAssociationMembership = graphql(`
  mutation ConsoleRemoveAssociationMembership($associationId: ID!, $userId: ID!) {
    removeAssociationMembership(associationId: $associationId, userId: $userId)
  }
`);

/** Issue 13: an association's memberships one by one, with their end date (platform admins; the CSV import stays for bulk). */
export const load: PageServerLoad = async (event) => {
  const { associations, associationMembers } = await queryOrError(event, AssociationMembersQuery, {
    associationId: event.params.id,
  });
  const association = associations.find((a) => a.id === event.params.id);
  if (!association) error(404, 'NOT_FOUND');
  return { association, members: associationMembers };
};

export const actions = {
  set: async (event) => {
    const data = await event.request.formData();
    const email = textField(data, 'email');
    const endsOn = textField(data, 'endsOn');
    const form = textField(data, 'form') || 'add';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(endsOn)) return failFields({ form, id: email }, { endsOn: 'INVALID_FORMAT' });
    return runMutation(
      event,
      SetAssociationMembership,
      { associationId: event.params.id, email, endsOn },
      { form, id: email },
    );
  },
  remove: async (event) => {
    const userId = textField(await event.request.formData(), 'userId');
    const variables = { associationId: event.params.id, userId };
    return runMutation(event, RemoveAssociationMembership, variables, { form: 'remove', id: userId });
  },
} satisfies Actions;
