import {
  checkedField,
  eurosToCents,
  intField,
  parisLocalToIso,
  textField,
  textFields,
  type FieldErrors,
} from '@billetterie/ui';
import type { CreateTicketInput } from '$lib/gql/graphql';

/** Both inputs but the kind (create only) and the position (required on edit, kept by the form). */
type TicketFields = Omit<CreateTicketInput, 'kind'>;

/** An optional Paris-time field: empty is null (no bound), garbage is flagged. */
function optionalInstant(data: FormData, name: string, fields: FieldErrors): string | null {
  const text = textField(data, name);
  if (!text) return null;
  const iso = parisLocalToIso(text);
  if (!iso) fields[name] = 'INVALID_FORMAT';
  return iso;
}

/** "2026, 2027" → [2026, 2027]. */
function readClassYears(data: FormData, fields: FieldErrors): number[] {
  const words = textField(data, 'classYears')
    .split(/[\s,;]+/)
    .filter(Boolean);
  if (words.some((word) => !/^\d{4}$/.test(word))) fields.classYears = 'INVALID_FORMAT';
  return [...new Set(words.filter((word) => /^\d{4}$/.test(word)).map(Number))];
}

/** The ticket form (create and edit); the price is typed in euros and sent in cents. */
export function readTicketInput(data: FormData): { input: TicketFields; fields: FieldErrors } {
  const fields: FieldErrors = {};
  const priceCents = eurosToCents(textField(data, 'priceEuros'));
  if (priceCents === null) fields.priceEuros = textField(data, 'priceEuros') ? 'INVALID_FORMAT' : 'REQUIRED';
  const capacity = intField(data, 'capacity');
  if (Number.isNaN(capacity)) fields.capacity = 'INVALID_FORMAT';
  const position = intField(data, 'position');
  if (Number.isNaN(position)) fields.position = 'INVALID_FORMAT';
  const pendingGuestsPerSponsor = intField(data, 'pendingGuestsPerSponsor');
  if (Number.isNaN(pendingGuestsPerSponsor)) fields.pendingGuestsPerSponsor = 'INVALID_FORMAT';
  const input: TicketFields = {
    name: textField(data, 'name'),
    description: textField(data, 'description', { trim: false }),
    priceCents: priceCents ?? 0,
    capacity: capacity ?? null,
    salesOpenAt: optionalInstant(data, 'salesOpenAt', fields),
    salesCloseAt: optionalInstant(data, 'salesCloseAt', fields),
    sponsorshipAllowed: checkedField(data, 'sponsorshipAllowed'),
    // BK3: pending guests per sponsor; empty keeps the server's choice (10 on creation, unchanged on edit).
    pendingGuestsPerSponsor: pendingGuestsPerSponsor ?? null,
    schoolIds: textFields(data, 'schoolIds'),
    classYears: readClassYears(data, fields),
    associationIds: textFields(data, 'associationIds'),
  };
  if (position !== undefined) input.position = position;
  return { input, fields };
}
