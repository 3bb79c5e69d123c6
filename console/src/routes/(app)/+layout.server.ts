import { requireViewer } from '@billetterie/ui';
import { resolve } from '$app/paths';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ parent, url }) => ({
  viewer: requireViewer(await parent(), url, resolve('/signin')),
});
