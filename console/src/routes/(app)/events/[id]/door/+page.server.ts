import { checkInAction } from '$lib/door/check-in.server';
import { requireLevel } from '$lib/server/require-level';
import type { Actions, PageServerLoad } from './$types';

/** TT4: the door needs VALIDATE. */
export const load: PageServerLoad = async (event) => {
  await requireLevel(event.parent, 'VALIDATE');
  return {};
};

export const actions = {
  /** A code typed by hand (a damaged QR code, no camera, no JavaScript). */
  checkIn: (event) => checkInAction(event, 'code'),
} satisfies Actions;
