import { formatEuros } from '@billetterie/ui';
import type { PaymentMethod } from '$lib/gql/graphql';
import { m } from '$lib/paraglide/messages.js';

/** BK14: the audit actions a booking's log may hold, in the organizer's words. */
const actionLabels: Record<string, () => string> = {
  'booking.created': m.audit_action_booking_created,
  'booking.created_for_guest': m.audit_action_booking_created_for_guest,
  'booking.given': m.audit_action_booking_given,
  'booking.paid': m.audit_action_booking_paid,
  'booking.opposed': m.audit_action_booking_opposed,
  'booking.deleted': m.audit_action_booking_deleted,
  'booking.expired': m.audit_action_booking_expired,
  'booking.checked_in': m.audit_action_booking_checked_in,
  'answer.saved': m.audit_action_answer_saved,
  'answer.validated': m.audit_action_answer_validated,
};

/** A newer server's action is shown as it is rather than hidden. */
export const auditAction = (action: string): string => actionLabels[action]?.() ?? action;

function parse(details: string | null | undefined): Record<string, unknown> {
  try {
    const value = JSON.parse(details ?? '{}');
    return value && typeof value === 'object' ? value : {};
  } catch {
    return {};
  }
}

/** The part of an entry's details worth a line: payment, extra information, forcing. */
export function auditDetails(
  action: string,
  details: string | null | undefined,
  labelOf: (extraInfoId: string) => string | undefined,
  locale: string,
): string {
  const data = parse(details);
  if (action === 'booking.paid' && typeof data.amountCents === 'number') {
    const parts: string[] = [m[`payment_method_${data.method as PaymentMethod}`]?.() ?? String(data.method)];
    parts.push(formatEuros(data.amountCents, locale));
    if (data.reference) parts.push(String(data.reference));
    return parts.join(' · ');
  }
  if (action.startsWith('answer.') && typeof data.extraInfo === 'string') {
    return labelOf(data.extraInfo) ?? String(data.label ?? '');
  }
  if (action === 'booking.given' && data.forced === true) return m.booking_given_forced();
  return '';
}
