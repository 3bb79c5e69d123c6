import { createSignInActions, createSignInLoad } from '@billetterie/ui';
import { resolve } from '$app/paths';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = createSignInLoad(resolve('/'));
export const actions = createSignInActions(resolve('/')) satisfies Actions;
