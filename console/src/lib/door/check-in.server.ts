import type { RequestEvent } from '@sveltejs/kit';
import { createGraphQLClient, failWith, outcomeOf, textField } from '@billetterie/ui';
import { failFields, type FormResult } from '$lib/server/run-action';
import { DoorCheckIn } from './documents';
import { resultFromApi, type DoorResult } from './result';

export type DoorFormResult = FormResult & { result?: DoorResult; device?: string };

/**
 * TT4: the door's form action, for pages without JavaScript: a typed code (scanner page) or a booking picked
 * in the list. The answer is the result panel's content; refusals are results, not errors.
 */
export async function checkInAction(event: RequestEvent, by: 'code' | 'bookingId') {
  const data = await event.request.formData();
  const value = textField(data, by);
  const device = textField(data, 'device').slice(0, 100) || null;
  const meta: DoorFormResult = {
    form: 'checkIn',
    id: by === 'bookingId' ? value : undefined,
    device: device ?? undefined,
  };
  if (!value) return failFields(meta, { [by]: 'REQUIRED' });
  const eventId = event.params.id ?? '';
  const variables = by === 'code' ? { eventId, code: value, device } : { eventId, bookingId: value, device };
  const outcome = await outcomeOf(createGraphQLClient(event).mutation(DoorCheckIn, variables));
  if (outcome.error) return failWith(outcome.error, meta);
  return { ...meta, result: resultFromApi(outcome.data.checkIn) };
}
