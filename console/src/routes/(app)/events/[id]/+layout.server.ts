import { queryOrError, requireFound } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import type { LayoutServerLoad } from './$types';

const EventHeaderQuery = graphql(`
  query ConsoleEventHeader($id: ID!) {
    event(id: $id) {
      ...SharedEventSummary
      visibility
      viewerPermission
      cancelled
      cancelledAt
      cancellationReason
    }
  }
`);

/** The API's NOT_FOUND / FORBIDDEN become this page's 404 / 403. */
export const load: LayoutServerLoad = async (event) => {
  const data = await queryOrError(event, EventHeaderQuery, { id: event.params.id });
  return { event: requireFound(data.event) };
};
