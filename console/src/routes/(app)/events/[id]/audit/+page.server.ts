import { queryOrError, requireFound } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import type { EventAuditScope } from '$lib/gql/graphql';
import { requireLevel } from '$lib/server/require-level';
import type { PageServerLoad } from './$types';

const EventAuditQuery = graphql(`
  query ConsoleEventAudit($id: ID!, $scope: EventAuditScope!, $after: String) {
    event(id: $id) {
      id
      auditLog(scope: $scope, first: 50, after: $after) {
        endCursor
        hasNextPage
        nodes {
          id
          at
          action
          actorName
          reason
          details
          subject
          subjectId
          subjectLabel
        }
      }
    }
  }
`);

const scopes = ['ALL', 'SETTINGS', 'BOOKINGS'] as const satisfies readonly EventAuditScope[];

/** BK14 for the whole event (issue 15): its log, newest first, by part, for ADMIN. */
export const load: PageServerLoad = async (event) => {
  await requireLevel(event.parent, 'ADMIN');
  const query = event.url.searchParams;
  const scope = scopes.find((s) => s === query.get('scope')) ?? 'ALL';
  const data = await queryOrError(event, EventAuditQuery, {
    id: event.params.id,
    scope,
    after: query.get('after') || null,
  });
  return { scope, log: requireFound(data.event).auditLog, paged: query.has('after') };
};
