import { error } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

// The API refuses these operations anyway; this gives a clear page instead of a failing form.
export const load: LayoutServerLoad = async ({ parent }) => {
  const { viewer } = await parent();
  if (!viewer.isPlatformAdmin) error(403, 'FORBIDDEN');
};
