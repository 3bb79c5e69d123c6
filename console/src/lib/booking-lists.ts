import type { BookingOrder, BookingStatus } from '$lib/gql/graphql';

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

/** BK13: the orders a list offers (the API's `BookingOrder`), newest first by default. */
export const bookingOrders = ['NEWEST', 'OLDEST', 'NAME', 'NAME_DESC'] as const satisfies readonly BookingOrder[];

/** The order a list's `order` parameter names; anything else is the default. */
export const orderOf = (value: string | null): BookingOrder =>
  bookingOrders.find((order) => order === value) ?? 'NEWEST';

/** The columns a list can show beside the holder's name, in their order; the chooser picks among them. */
export const bookingColumns = [
  'status',
  'reference',
  'ticket',
  'price',
  'email',
  'sponsor',
  'bookedAt',
  'answers',
] as const;
export type BookingColumn = (typeof bookingColumns)[number];
export const defaultColumns: readonly BookingColumn[] = [
  'status',
  'reference',
  'ticket',
  'price',
  'bookedAt',
  'answers',
];

/** The query parameters of the column chooser: one `col` per column shown, and `cols=1` once a choice was made. */
export const columnParams = { column: 'col', chosen: 'cols' } as const;

/** The columns a list's query shows (known ones only, in the table's order), or the default set. */
export function columnsOf(query: URLSearchParams): BookingColumn[] {
  if (!query.has(columnParams.chosen)) return [...defaultColumns];
  const chosen = new Set(query.getAll(columnParams.column));
  return bookingColumns.filter((column) => chosen.has(column));
}

/** The query's pairs among `names`, for a GET form to carry them along (it replaces the whole query). */
export const pairsOf = (query: URLSearchParams, names: readonly string[]): Array<[string, string]> =>
  [...query].filter(([name, value]) => value !== '' && names.includes(name));
