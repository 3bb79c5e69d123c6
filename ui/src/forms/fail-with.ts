import { fail } from '@sveltejs/kit';
import { httpStatusOf, type ApiError } from '../graphql/errors.js';

/** A failed form action carrying the API error (translated by the page, in its locale). */
export function failWith<T extends object>(error: ApiError, extra: T) {
  return fail(httpStatusOf(error), { ...extra, error });
}
