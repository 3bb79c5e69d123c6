import { createSignOut } from '@billetterie/ui';

export const POST = createSignOut('/');
