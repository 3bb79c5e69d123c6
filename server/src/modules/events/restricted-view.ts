import type { ActorContext } from '../../app-context';
import { seesEvent } from '../permissions';
import { Event } from '../../model';

const RESTRICTED = Symbol('restricted event view');

/**
 * EV1 through a booking: someone who holds or sponsors a booking on an event they may not see (an external guest
 * on an INTERNAL event, a person given a ticket on a DRAFT) sees its name, place and dates, not the rest. A copy,
 * so the request's identity map (shared with views that may see everything) keeps the real entity.
 */
export function restrictedView(e: Event): Event {
  return Object.assign(Object.create(Event.prototype) as Event, e, {
    description: '',
    descriptionHtml: '',
    contactEmail: null,
    sponsorshipLimit: 0,
    paymentDeadlineHours: null,
    showPlacesLeft: false,
    coverKey: null,
    coverMime: null,
    [RESTRICTED]: true,
  });
}

export const isRestrictedView = (e: Event): boolean => !!(e as Event & { [RESTRICTED]?: boolean })[RESTRICTED];

/** The event as the viewer may see it from one of its bookings or tickets: whole when visible, else restricted. */
export async function eventAsSeen(ctx: ActorContext, event: Event): Promise<Event> {
  return (await seesEvent(ctx, ctx.em, event)) ? event : restrictedView(event);
}
