import { createLocaleHandle } from '@billetterie/ui';
import { paraglideMiddleware } from '$lib/paraglide/server.js';

export const handle = createLocaleHandle(paraglideMiddleware);
