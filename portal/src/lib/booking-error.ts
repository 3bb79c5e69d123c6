import type { OperationResult } from '@urql/core';
import { fail } from '@sveltejs/kit';
import { httpStatusOf, outcomeOf, type ApiError, type ErrorCode } from '@billetterie/ui';

/**
 * Refusal codes of the booking operations (schema.graphql `enum ErrorCode`) that
 * the shared `toApiError` does not know yet and would report as
 * INTERNAL_SERVER_ERROR. Kept here so that each refusal is told in its own words.
 */
export const bookingErrorCodes = [
	'SOLD_OUT',
	'NOT_ELIGIBLE',
	'SALES_CLOSED',
	'EVENT_CANCELLED',
	'ALREADY_BOOKED',
	'SPONSORSHIP_NOT_ALLOWED',
	'SPONSORSHIP_LIMIT',
	'ANSWERS_PENDING',
	'ANSWER_VALIDATED'
] as const;

export type BookingErrorCode = (typeof bookingErrorCodes)[number];

/** An ApiError whose code may also be a booking refusal. */
export type BookingError = Omit<ApiError, 'code'> & { code: ErrorCode | BookingErrorCode };

export function isBookingErrorCode(code: unknown): code is BookingErrorCode {
	return bookingErrorCodes.includes(code as BookingErrorCode);
}

export type BookingOutcome<T> = { data: T; error?: undefined } | { data?: undefined; error: BookingError };

/** Like `outcomeOf`, keeping the booking refusal codes. */
export async function bookingOutcomeOf<T>(pending: PromiseLike<OperationResult<T>>): Promise<BookingOutcome<T>> {
	let result: OperationResult<T>;
	try {
		result = await pending;
	} catch {
		return { error: { code: 'NETWORK' } };
	}
	const outcome = await outcomeOf(Promise.resolve(result));
	if (!outcome.error) return outcome;
	const raw = result.error?.graphQLErrors[0]?.extensions?.code;
	return { error: isBookingErrorCode(raw) ? { ...outcome.error, code: raw } : outcome.error };
}

/** A failed form action carrying a booking error (a refusal is a 409: the request was fine, the state says no). */
export function failBooking<T extends object>(error: BookingError, extra: T) {
	const status = isBookingErrorCode(error.code) ? 409 : httpStatusOf(error as ApiError);
	return fail(status, { ...extra, error });
}
