import { redirect } from '@sveltejs/kit';
import { createGraphQLClient, failWith, outcomeOf, queryOrError, requireFound, textField } from '@billetterie/ui';
import { resolve } from '$app/paths';
import { graphql } from '$lib/gql';
import type { EventVisibility } from '$lib/gql/graphql';
import { requireLevel } from '$lib/server/require-level';
import type { Actions, PageServerLoad } from './$types';

const PublishChecklistQuery = graphql(`
  query ConsolePublishChecklist($id: ID!) {
    event(id: $id) {
      id
      visibility
      publishChecklist {
        problem
        blocking
      }
    }
  }
`);

const PublishEventMutation = graphql(`
  mutation ConsolePublishEvent($id: ID!, $visibility: EventVisibility!) {
    publishEvent(id: $id, visibility: $visibility) {
      id
      visibility
    }
  }
`);

const published: readonly EventVisibility[] = ['PUBLIC', 'INTERNAL', 'UNLISTED'];

/** Issue 15: the draft's checklist before it goes out (EDIT). */
export const load: PageServerLoad = async (event) => {
  await requireLevel(event.parent, 'EDIT');
  const data = await queryOrError(event, PublishChecklistQuery, { id: event.params.id });
  return { checklist: requireFound(data.event) };
};

export const actions = {
  /** "Publier": the API checks the list again (and refuses while a blocking problem stands). */
  default: async (event) => {
    const chosen = textField(await event.request.formData(), 'visibility');
    const visibility = published.find((v) => v === chosen) ?? 'PUBLIC';
    const outcome = await outcomeOf(
      createGraphQLClient(event).mutation(PublishEventMutation, { id: event.params.id, visibility }),
    );
    if (outcome.error) return failWith(outcome.error, { form: 'publish' });
    redirect(303, resolve(`/events/${event.params.id}/tickets`));
  },
} satisfies Actions;
