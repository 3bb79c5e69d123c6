import { createSignInActions, createSignInLoad } from '@billetterie/ui';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = createSignInLoad('/');
export const actions = createSignInActions('/') satisfies Actions;
