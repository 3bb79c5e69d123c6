import { formatEuros } from '@billetterie/ui';
import type { PaymentMethod } from '$lib/gql/graphql';
import { m } from '$lib/paraglide/messages.js';

/** BK14: the audit actions a booking's log may hold, in the organizer's words. */
const actionLabels: Record<string, () => string> = {
	'booking.created': m.cb_audit_booking_created,
	'booking.created_for_guest': m.cb_audit_booking_created_for_guest,
	'booking.given': m.cb_audit_booking_given,
	'booking.paid': m.cb_audit_booking_paid,
	'booking.opposed': m.cb_audit_booking_opposed,
	'booking.deleted': m.cb_audit_booking_deleted,
	'booking.expired': m.cb_audit_booking_expired,
	'booking.checked_in': m.cb_audit_booking_checked_in,
	'answer.saved': m.cb_audit_answer_saved,
	'answer.validated': m.cb_audit_answer_validated
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
	locale: string
): string {
	const data = parse(details);
	if (action === 'booking.paid' && typeof data.amountCents === 'number') {
		const parts: string[] = [m[`cb_method_${data.method as PaymentMethod}`]?.() ?? String(data.method)];
		parts.push(formatEuros(data.amountCents, locale));
		if (data.reference) parts.push(String(data.reference));
		return parts.join(' · ');
	}
	if (action.startsWith('answer.') && typeof data.extraInfo === 'string') {
		return labelOf(data.extraInfo) ?? String(data.label ?? '');
	}
	if (action === 'booking.given' && data.forced === true) return m.cb_given_forced();
	return '';
}
