import { formatEuros } from '@billetterie/ui';
import type { PaymentMethod } from '$lib/gql/graphql';
import { m } from '$lib/paraglide/messages.js';

/** BK14: the audit actions a booking's or an event's log may hold, in the organizer's words. */
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
  // An event's own log (issue 15): the event, its tickets and what hangs on them, the door, the online payments.
  'event.created': m.audit_action_event_created,
  'event.updated': m.audit_action_event_updated,
  'event.cancelled': m.audit_action_event_cancelled,
  'event.cover_set': m.audit_action_event_cover_set,
  'event.cover_removed': m.audit_action_event_cover_removed,
  'event.payment_accounts': m.audit_action_event_payment_accounts,
  'export.requested': m.audit_action_export_requested,
  'permission.granted': m.audit_action_permission_granted,
  'permission.revoked': m.audit_action_permission_revoked,
  'ticket.created': m.audit_action_ticket_created,
  'ticket.updated': m.audit_action_ticket_updated,
  'ticket.deleted': m.audit_action_ticket_deleted,
  'ticket.template_set': m.audit_action_ticket_template_set,
  'ticket.template_removed': m.audit_action_ticket_template_removed,
  'option.created': m.audit_action_option_created,
  'option.updated': m.audit_action_option_updated,
  'option.deleted': m.audit_action_option_deleted,
  'option.copied': m.audit_action_option_copied,
  'option_group.created': m.audit_action_option_group_created,
  'option_group.updated': m.audit_action_option_group_updated,
  'option_group.deleted': m.audit_action_option_group_deleted,
  'option_group.copied': m.audit_action_option_group_copied,
  'extra_info.created': m.audit_action_extra_info_created,
  'extra_info.updated': m.audit_action_extra_info_updated,
  'extra_info.deleted': m.audit_action_extra_info_deleted,
  'extra_info.copied': m.audit_action_extra_info_copied,
  'checkin.scan': m.audit_action_checkin_scan,
  'booking.paid.online': m.audit_action_booking_paid_online,
  'payment.checkout': m.audit_action_payment_checkout,
  'payment.request': m.audit_action_payment_request,
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
