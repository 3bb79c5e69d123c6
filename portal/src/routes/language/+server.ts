import { createLocaleSwitch } from '@billetterie/ui';
import * as runtime from '$lib/paraglide/runtime.js';

export const POST = createLocaleSwitch(runtime, '/');
