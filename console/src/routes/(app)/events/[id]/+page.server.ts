import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { hasLevel } from '$lib/permission';
import type { PageServerLoad } from './$types';

/** DB1: the event's first tab is its dashboard, for VIEW and above; the others start at its tickets. */
export const load: PageServerLoad = async ({ params, parent }) => {
  const { event } = await parent();
  redirect(
    307,
    hasLevel(event.viewerPermission, 'VIEW')
      ? resolve(`/events/${params.id}/dashboard`)
      : resolve(`/events/${params.id}/tickets`),
  );
};
