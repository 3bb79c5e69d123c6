import type { BookingStatus } from '$lib/gql/graphql';

/**
 * BK13: the two lists of an event's bookings. Each shows its main status by
 * default; its status filter offers the others, or all of them together.
 */
export const bookingLists = {
  pre: { statuses: ['PRE_RESERVED', 'EXPIRED', 'DELETED'], main: 'PRE_RESERVED' },
  reserved: { statuses: ['RESERVED', 'OPPOSED'], main: 'RESERVED' },
} as const satisfies Record<string, { statuses: readonly BookingStatus[]; main: BookingStatus }>;

export type BookingListKind = keyof typeof bookingLists;

/** The `status` filter value meaning every status of the list. */
export const allStatuses = 'ALL';

export const bookingsPageSize = 50;

/** The statuses a list's `status` filter value stands for. */
export function statusesOf(kind: BookingListKind, value: string | null): BookingStatus[] {
  const list = bookingLists[kind];
  if (value === allStatuses) return [...list.statuses];
  const chosen = list.statuses.find((status) => status === value);
  return [chosen ?? list.main];
}
