import { createSignOut } from '@billetterie/ui';
import { resolve } from '$app/paths';

export const POST = createSignOut(resolve('/signin'));
