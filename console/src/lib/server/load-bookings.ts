import type { ServerLoadEvent } from '@sveltejs/kit';
import { queryOrError, requireFound } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import type { PermissionLevel } from '$lib/gql/graphql';
import { bookingsPageSize, statusesOf, type BookingListKind } from '$lib/booking-lists';
import { requireLevel } from './require-level';

const EventBookingsQuery = graphql(`
	query ConsoleEventBookings($id: ID!, $filter: BookingFilter, $first: Int!, $after: String) {
		event(id: $id) {
			id
			tickets {
				id
				name
			}
			bookings(filter: $filter, first: $first, after: $after) {
				totalCount
				endCursor
				hasNextPage
				nodes {
					id
					reference
					status
					priceCents
					createdAt
					isGuest
					holder {
						fullName
						email
					}
					sponsor {
						id
						fullName
					}
					ticket {
						id
						name
					}
					requirements {
						state
					}
				}
			}
		}
	}
`);

type ListLoadEvent = ServerLoadEvent<{ id: string }, { event: { viewerPermission?: PermissionLevel | null } }>;

/** BK13: one page of a booking list, searched and filtered by the URL's query (a GET form). */
export async function loadBookingList(event: ListLoadEvent, kind: BookingListKind) {
	await requireLevel(event.parent, 'VIEW');
	const query = event.url.searchParams;
	const filters = {
		search: query.get('search')?.trim() ?? '',
		ticket: query.get('ticket') ?? '',
		status: query.get('status') ?? '',
		pending: query.get('pending') === '1'
	};
	const data = await queryOrError(event, EventBookingsQuery, {
		id: event.params.id,
		first: bookingsPageSize,
		after: query.get('after') || null,
		filter: {
			statuses: statusesOf(kind, filters.status),
			search: filters.search || null,
			ticketId: filters.ticket || null,
			answersPending: filters.pending || null
		}
	});
	const { tickets, bookings } = requireFound(data.event);
	return { kind, filters, tickets, bookings, paged: query.has('after') };
}
