import { redirect } from '@sveltejs/kit';
import { createGraphQLClient, failWith, outcomeOf, queryOrError, textField } from '@billetterie/ui';
import { resolve } from '$app/paths';
import { graphql } from '$lib/gql';
import { readEventInput } from '$lib/server/read-event';
import type { Actions, PageServerLoad } from './$types';

const AllClubsQuery = graphql(`
  query ConsoleAllClubs {
    clubs {
      id
      name
    }
  }
`);

const CreateEventMutation = graphql(`
  mutation ConsoleCreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      id
    }
  }
`);

/** EV2: board members create for their clubs, platform admins for any club. */
export const load: PageServerLoad = async (event) => {
  const { viewer } = await event.parent();
  if (viewer.isPlatformAdmin) {
    const { clubs } = await queryOrError(event, AllClubsQuery, {});
    return { clubs };
  }
  const clubs = viewer.clubMemberships.filter((c) => c.isBoard).map((c) => c.club);
  return { clubs };
};

export const actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const { input, fields } = readEventInput(data);
    if (Object.keys(fields).length > 0) return failWith({ code: 'BAD_USER_INPUT', fields }, {});
    const outcome = await outcomeOf(
      createGraphQLClient(event).mutation(CreateEventMutation, {
        input: { ...input, clubId: textField(data, 'clubId') },
      }),
    );
    if (outcome.error) return failWith(outcome.error, {});
    redirect(303, resolve(`/events/${outcome.data.createEvent.id}/tickets`));
  },
} satisfies Actions;
