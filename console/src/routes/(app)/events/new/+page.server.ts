import { redirect } from '@sveltejs/kit';
import { createGraphQLClient, failWith, outcomeOf, queryOrError, textField, uploadGraphQL } from '@billetterie/ui';
import { print } from 'graphql';
import { resolve } from '$app/paths';
import { graphql } from '$lib/gql';
import type { ConsoleCreateEventMutation, CreateEventInput } from '$lib/gql/graphql';
import { readEventInput } from '$lib/server/read-event';
import type { Actions, PageServerLoad } from './$types';

/** PY1: the clubs' active accounts and the server's suggestion (null for a club the viewer may not organize for). */
const ClubsForNewEventQuery = graphql(`
  query ConsoleClubsForNewEvent {
    clubs {
      id
      name
      paymentAccountsForNewEvent {
        ...ConsolePaymentAccount
      }
      paymentAccountSuggestion {
        paypal {
          id
        }
        lydia {
          id
        }
      }
    }
  }
`);

const CreateEventMutation = graphql(`
  mutation ConsoleCreateEvent($input: CreateEventInput!, $cover: Upload) {
    createEvent(input: $input, cover: $cover) {
      id
    }
  }
`);

/** EV2: board members create for their clubs, platform admins for any club. */
export const load: PageServerLoad = async (event) => {
  const { viewer } = await event.parent();
  const { clubs } = await queryOrError(event, ClubsForNewEventQuery, {});
  if (viewer.isPlatformAdmin) return { clubs };
  const mine = new Set(viewer.clubMemberships.filter((c) => c.isBoard).map((c) => c.club.id));
  return { clubs: clubs.filter((club) => mine.has(club.id)) };
};

export const actions = {
  /** EV2, EV3, PY1: the event, its accounts and its cover in one submission; refused, the form comes back as typed. */
  default: async (event) => {
    const data = await event.request.formData();
    const { input, fields } = readEventInput(data);
    const values = {
      ...input,
      clubId: textField(data, 'clubId'),
      paypalAccountId: textField(data, 'paypalAccountId') || null,
      lydiaAccountId: textField(data, 'lydiaAccountId') || null,
    };
    if (Object.keys(fields).length > 0) return failWith({ code: 'BAD_USER_INPUT', fields }, { values });
    const variables: { input: CreateEventInput } = { input: values };
    const cover = data.get('cover');
    const outcome =
      cover instanceof File && cover.size > 0
        ? await uploadGraphQL<ConsoleCreateEventMutation>({
            event,
            query: print(CreateEventMutation),
            variables,
            files: { cover },
          })
        : await outcomeOf(createGraphQLClient(event).mutation(CreateEventMutation, variables));
    if (outcome.error) return failWith(outcome.error, { values });
    redirect(303, resolve(`/events/${outcome.data.createEvent.id}/tickets`));
  },
} satisfies Actions;
