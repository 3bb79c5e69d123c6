import type { ApiError, FieldErrorCode } from '../graphql/errors.js';
import type { UiMessages } from './messages.js';

/** The general sentence for an API error, in the current locale. */
export function translateError(m: UiMessages, error: ApiError): string {
  if (error.code === 'RATE_LIMITED') {
    return error.retryAfterSeconds === undefined
      ? m.error_RATE_LIMITED_later()
      : m.error_RATE_LIMITED({ seconds: Math.ceil(error.retryAfterSeconds) });
  }
  return m[`error_${error.code}`]();
}

export function translateFieldError(m: UiMessages, code: FieldErrorCode): string {
  return m[`field_error_${code}`]();
}
