import { loadBookingList } from '$lib/server/load-bookings';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadBookingList(event, 'reserved');
