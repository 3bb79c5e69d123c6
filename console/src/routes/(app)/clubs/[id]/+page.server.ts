import { error } from '@sveltejs/kit';
import { checkedField, queryOrError, textField } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import { runMutation } from '$lib/server/run-action';
import type { Actions, PageServerLoad } from './$types';

const ClubMembersQuery = graphql(`
  query ConsoleClubMembers($clubId: ID!) {
    clubs {
      id
      slug
      name
      archivedAt
    }
    clubMembers(clubId: $clubId) {
      id
      isBoard
      user {
        id
        email
        fullName
      }
    }
  }
`);

const SetClubMembership = graphql(`
  mutation ConsoleSetClubMembership($clubId: ID!, $email: String!, $isBoard: Boolean!) {
    setClubMembership(clubId: $clubId, email: $email, isBoard: $isBoard) {
      id
      isBoard
    }
  }
`);

const RemoveClubMembership = graphql(`
  mutation ConsoleRemoveClubMembership($clubId: ID!, $userId: ID!) {
    removeClubMembership(clubId: $clubId, userId: $userId)
  }
`);

/** Issue 13: a club's members and board, managed by its board and by platform admins (the API decides: FORBIDDEN). */
export const load: PageServerLoad = async (event) => {
  const { clubs, clubMembers } = await queryOrError(event, ClubMembersQuery, { clubId: event.params.id });
  const club = clubs.find((c) => c.id === event.params.id);
  if (!club) error(404, 'NOT_FOUND');
  return { club, members: clubMembers };
};

export const actions = {
  set: async (event) => {
    const data = await event.request.formData();
    const email = textField(data, 'email');
    const variables = { clubId: event.params.id, email, isBoard: checkedField(data, 'isBoard') };
    return runMutation(event, SetClubMembership, variables, { form: textField(data, 'form') || 'add', id: email });
  },
  remove: async (event) => {
    const userId = textField(await event.request.formData(), 'userId');
    return runMutation(
      event,
      RemoveClubMembership,
      { clubId: event.params.id, userId },
      { form: 'remove', id: userId },
    );
  },
} satisfies Actions;
