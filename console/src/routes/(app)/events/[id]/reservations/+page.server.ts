import { loadBookingList, requestExportAction } from '$lib/server/load-bookings';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadBookingList(event, 'reserved');

export const actions = {
  /** EX1, EX2: exports this list, with its current filters. */
  export: (event) => requestExportAction(event, 'reserved'),
} satisfies Actions;
