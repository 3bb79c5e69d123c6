import { createLocaleSwitch } from '@billetterie/ui';
import { resolve } from '$app/paths';
import * as runtime from '$lib/paraglide/runtime.js';

export const POST = createLocaleSwitch(runtime, resolve('/'));
