import { error } from '@sveltejs/kit';
import type { PermissionLevel } from '$lib/gql/graphql';
import { hasLevel } from '$lib/permission';

/**
 * For pages of an event that only some levels may use: a clear 403 page rather
 * than forms the API would refuse. `parent` is the event layout's load.
 */
export async function requireLevel(
  parent: () => Promise<{ event: { viewerPermission?: PermissionLevel | null } }>,
  needed: PermissionLevel,
): Promise<void> {
  const { event } = await parent();
  if (!hasLevel(event.viewerPermission, needed)) error(403, 'FORBIDDEN');
}
