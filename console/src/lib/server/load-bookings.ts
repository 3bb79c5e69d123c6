import { redirect, type RequestEvent, type ServerLoadEvent } from '@sveltejs/kit';
import { createGraphQLClient, failWith, outcomeOf, queryOrError, requireFound, textField } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import type { BookingFilter, PermissionLevel } from '$lib/gql/graphql';
import { bookingsPageSize, columnsOf, orderOf, statusesOf, type BookingListKind } from '$lib/booking-lists';
import { exportParam, exportProgressAnchor, isExportFormat, RequestExportMutation } from '$lib/exports';
import { requireLevel } from './require-level';
import { failFields, type FormResult } from './run-action';

const EventBookingsQuery = graphql(`
  query ConsoleEventBookings(
    $id: ID!
    $filter: BookingFilter
    $first: Int!
    $after: String
    $order: BookingOrder! = NEWEST
  ) {
    event(id: $id) {
      id
      tickets {
        id
        name
      }
      bookings(filter: $filter, first: $first, after: $after, order: $order) {
        totalCount
        endCursor
        hasNextPage
        nodes {
          ...SharedBookingSummary
          createdAt
          requirements {
            state
          }
        }
      }
      exports {
        ...ConsoleBookingExport
      }
    }
  }
`);

type ListLoadEvent = ServerLoadEvent<{ id: string }, { event: { viewerPermission?: PermissionLevel | null } }>;

/** The list's filters as its URL states them (the filter form is a GET form). */
function filtersOf(query: URLSearchParams) {
  return {
    search: query.get('search')?.trim() ?? '',
    ticket: query.get('ticket') ?? '',
    status: query.get('status') ?? '',
    pending: query.get('pending') === '1',
    entry: ['in', 'out'].find((v) => v === query.get('entry')) ?? '',
  };
}

/** What the API filters by: the list shown and its export (EX1) use the same one. */
function bookingFilterOf(kind: BookingListKind, filters: ReturnType<typeof filtersOf>): BookingFilter {
  return {
    statuses: statusesOf(kind, filters.status),
    search: filters.search || null,
    ticketId: filters.ticket || null,
    answersPending: filters.pending || null,
    checkedIn: filters.entry === 'in' ? true : filters.entry === 'out' ? false : null,
  };
}

/**
 * BK13: one page of a booking list, searched and filtered by the URL's query (a GET form).
 * EX2: with the event's recent exports, and the one the URL follows (`?export=`) when it is among them.
 */
export async function loadBookingList(event: ListLoadEvent, kind: BookingListKind) {
  await requireLevel(event.parent, 'VIEW');
  const query = event.url.searchParams;
  const filters = filtersOf(query);
  // How the list is shown (its order, the chosen columns) is in the URL too, beside the filters.
  const view = { order: orderOf(query.get('order')), columns: columnsOf(query) };
  const data = await queryOrError(event, EventBookingsQuery, {
    id: event.params.id,
    first: bookingsPageSize,
    after: query.get('after') || null,
    filter: bookingFilterOf(kind, filters),
    order: view.order,
  });
  const { tickets, bookings, exports } = requireFound(data.event);
  const followed = query.get(exportParam);
  const currentExport = (followed && exports.find((e) => e.id === followed)) || null;
  return { kind, filters, view, tickets, bookings, paged: query.has('after'), exports, currentExport };
}

/**
 * EX1, EX2: the list pages' `export` action. The form posts to the list's own URL (its filters in the
 * query), so the export has exactly the list's filter. On success it redirects to the list following the
 * new export (`?export=<id>#export-progress`): reloading that page shows where the export stands.
 */
export async function requestExportAction(event: RequestEvent<{ id: string }>, kind: BookingListKind) {
  const meta: FormResult = { form: 'export' };
  const format = textField(await event.request.formData(), 'format');
  if (!isExportFormat(format)) return failFields(meta, { format: 'REQUIRED' });
  const query = new URLSearchParams(event.url.searchParams);
  const outcome = await outcomeOf(
    createGraphQLClient(event).mutation(RequestExportMutation, {
      eventId: event.params.id,
      format,
      filter: bookingFilterOf(kind, filtersOf(query)),
    }),
  );
  if (outcome.error) return failWith(outcome.error, meta);
  // The action's own `/export` key goes; the rest (filters, page) stays.
  for (const key of [...query.keys()]) if (key.startsWith('/')) query.delete(key);
  query.set(exportParam, outcome.data.requestExport.id);
  redirect(303, `${event.url.pathname}?${query}#${exportProgressAnchor}`);
}
