import { queryOrError, requireFound } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import type { DashboardGranularity } from '$lib/gql/graphql';
import { requireLevel } from '$lib/server/require-level';
import type { PageServerLoad } from './$types';

const EventDashboardQuery = graphql(`
  query ConsoleEventDashboard($id: ID!, $granularity: DashboardGranularity) {
    event(id: $id) {
      id
      dashboard(granularity: $granularity) {
        computedAt
        granularity
        revenue {
          paidCents
          paidCount
          freeCount
          pendingCents
          pendingCount
          lostCents
          lostCount
          endedCount
          toRefundCents
          toRefundCount
        }
        series {
          at
          bookings
          reservations
          revenueCents
          bookingsTotal
          reservationsTotal
          revenueCentsTotal
        }
        tickets {
          ticketId
          name
          capacity
          placesTaken
          preReserved
          reserved
          checkedIn
        }
        options {
          optionId
          ticketId
          name
          reserved
          preReserved
        }
        groups {
          groupId
          ticketId
          name
          choices {
            optionId
            name
            reserved
            preReserved
          }
        }
        answers {
          extraInfoId
          ticketId
          label
          blocks
          waiting
          validated
          missing
        }
      }
    }
  }
`);

const STEPS: DashboardGranularity[] = ['HOUR', 'DAY'];

/** DB1: read on the server (the page works without JavaScript); `?step=HOUR|DAY` picks the series' step. */
export const load: PageServerLoad = async (event) => {
  await requireLevel(event.parent, 'VIEW');
  const asked = event.url.searchParams.get('step');
  const step = STEPS.find((s) => s === asked) ?? null;
  const data = await queryOrError(event, EventDashboardQuery, { id: event.params.id, granularity: step });
  return { step, dashboard: requireFound(data.event).dashboard };
};
