import { checkedField, intField, parisLocalToIso, textField, type FieldErrors } from '@billetterie/ui';
import type { EventVisibility, UpdateEventInput } from '$lib/gql/graphql';

/** The event form's fields (names match UpdateEventInput), times read as Paris time. */
export function readEventInput(data: FormData): { input: UpdateEventInput; fields: FieldErrors } {
  const fields: FieldErrors = {};
  const instant = (name: 'startsAt' | 'endsAt') => {
    const iso = parisLocalToIso(textField(data, name));
    if (!iso) fields[name] = textField(data, name) ? 'INVALID_FORMAT' : 'REQUIRED';
    return iso ?? '';
  };
  const whole = (name: string) => {
    const value = intField(data, name);
    if (Number.isNaN(value)) fields[name] = 'INVALID_FORMAT';
    return value;
  };
  const input: UpdateEventInput = {
    name: textField(data, 'name'),
    description: textField(data, 'description', { trim: false }),
    location: textField(data, 'location'),
    startsAt: instant('startsAt'),
    endsAt: instant('endsAt'),
    visibility: textField(data, 'visibility') as EventVisibility,
    contactEmail: textField(data, 'contactEmail') || null,
    sponsorshipLimit: whole('sponsorshipLimit') ?? 0,
    paymentDeadlineHours: whole('paymentDeadlineHours') ?? null,
    showPlacesLeft: checkedField(data, 'showPlacesLeft'),
  };
  return { input, fields };
}
