import type { CombinedError, OperationResult } from '@urql/core';

/** Mirrors `enum ErrorCode` in schema.graphql (errors' `extensions.code`). */
export const errorCodes = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_CREDENTIALS',
  'EMAIL_NOT_VERIFIED',
  'INVALID_TOKEN',
  'RATE_LIMITED',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'QUERY_TOO_COMPLEX',
  'INTERNAL_SERVER_ERROR',
  'LOCKED_BY_BOOKINGS',
  'SOLD_OUT',
  'NOT_ELIGIBLE',
  'SALES_CLOSED',
  'EVENT_CANCELLED',
  'ALREADY_BOOKED',
  'SPONSORSHIP_NOT_ALLOWED',
  'SPONSORSHIP_LIMIT',
  'ANSWERS_PENDING',
  'ANSWER_VALIDATED',
  'PAYMENT_NOT_OFFERED',
  'PAYMENT_IN_PROGRESS',
  'TICKET_UNAVAILABLE',
  'PROVIDER_UNAVAILABLE',
  'PROVIDER_REFUSED',
  'EVENT_NOT_DELETABLE',
  'BUSY',
  'LAST_PLATFORM_ADMIN',
  'LAST_BOARD_MEMBER',
  'ORGANIZATION_ARCHIVED',
  'ACCOUNT_DELETION_NOT_YET',
  'NO_RECIPIENTS',
  'SCHOOL_SIGNIN_UNAVAILABLE',
  'SCHOOL_SIGNIN_DENIED',
  'SCHOOL_SIGNIN_INVALID_ANSWER',
  'SCHOOL_SIGNIN_CLAIMS_MISSING',
  'SCHOOL_SIGNIN_UNKNOWN_SCHOOL',
  'SCHOOL_SIGNIN_EXTERNAL_ACCOUNT',
  'SCHOOL_SIGNIN_EMAIL_TAKEN',
  'SCHOOL_SIGNIN_REQUIRED',
  'SCHOOL_PASSWORD_DISABLED',
  'PLACES_LEFT',
  'ON_WAITING_LIST',
  'WAITING_LIST_CLOSED',
  'NO_PLACE_FREE',
  // Apollo's own codes: only a bug in an app's documents can cause them.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
] as const;

/** Mirrors `enum FieldErrorCode`, plus MISMATCH which only the apps raise (password confirmation). */
export const fieldErrorCodes = [
  'REQUIRED',
  'INVALID_EMAIL',
  'TOO_SHORT',
  'TOO_LONG',
  'INVALID_FORMAT',
  'OUT_OF_RANGE',
  'WRONG_PASSWORD',
  'DUPLICATE',
  'NOT_ALLOWED',
  'UNKNOWN_REFERENCE',
  'BEFORE_OPENING',
  'UNSUPPORTED_TYPE',
  'TOO_LARGE',
  'AMOUNT_MISMATCH',
  'NOT_A_CHOICE',
  'INVALID_PHONE',
  'WRONG_DIMENSIONS',
  'CORRUPT_FILE',
  'MISMATCH',
] as const;

/** NETWORK: the API could not be reached or answered something that is not GraphQL. */
export type ErrorCode = (typeof errorCodes)[number] | 'NETWORK';
export type FieldErrorCode = (typeof fieldErrorCodes)[number];
export type FieldErrors = Partial<Record<string, FieldErrorCode>>;

/** A plain, serializable error that actions return and components translate. */
export interface ApiError {
  code: ErrorCode;
  fields?: FieldErrors;
  retryAfterSeconds?: number;
}

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return list.includes(value as T);
}

function readFields(raw: unknown): FieldErrors | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const fields: FieldErrors = {};
  for (const [name, code] of Object.entries(raw)) {
    // An unknown code from a newer server still marks the field as wrong.
    fields[name] = isOneOf(fieldErrorCodes, code) ? code : 'INVALID_FORMAT';
  }
  return fields;
}

export function toApiError(error: CombinedError): ApiError {
  const first = error.graphQLErrors[0];
  if (!first) return { code: 'NETWORK' };
  const extensions = first.extensions ?? {};
  const code = isOneOf(errorCodes, extensions.code) ? extensions.code : 'INTERNAL_SERVER_ERROR';
  const apiError: ApiError = { code };
  const fields = code === 'BAD_USER_INPUT' ? readFields(extensions.fields) : undefined;
  if (fields) apiError.fields = fields;
  if (typeof extensions.retryAfterSeconds === 'number') {
    apiError.retryAfterSeconds = extensions.retryAfterSeconds;
  }
  return apiError;
}

export type Outcome<T> = { data: T; error?: undefined } | { data?: undefined; error: ApiError };

/** Turns an urql result into data or one ApiError, so callers branch once. */
export async function outcomeOf<T>(pending: PromiseLike<OperationResult<T>>): Promise<Outcome<T>> {
  let result: OperationResult<T>;
  try {
    result = await pending;
  } catch {
    return { error: { code: 'NETWORK' } };
  }
  if (result.error) return { error: toApiError(result.error) };
  if (result.data === undefined || result.data === null) return { error: { code: 'NETWORK' } };
  return { data: result.data };
}

const statusByCode: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  EMAIL_NOT_VERIFIED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LOCKED_BY_BOOKINGS: 409,
  // Booking refusals: the request was fine, the state of the event or ticket says no.
  NOT_ELIGIBLE: 403,
  SOLD_OUT: 409,
  SALES_CLOSED: 409,
  EVENT_CANCELLED: 409,
  ALREADY_BOOKED: 409,
  SPONSORSHIP_NOT_ALLOWED: 409,
  SPONSORSHIP_LIMIT: 409,
  ANSWERS_PENDING: 409,
  ANSWER_VALIDATED: 409,
  PAYMENT_NOT_OFFERED: 409,
  PAYMENT_IN_PROGRESS: 409,
  TICKET_UNAVAILABLE: 409,
  LAST_PLATFORM_ADMIN: 409,
  LAST_BOARD_MEMBER: 409,
  ORGANIZATION_ARCHIVED: 409,
  NO_RECIPIENTS: 409,
  // WL1, WL3: the waiting list's refusals.
  PLACES_LEFT: 409,
  ON_WAITING_LIST: 409,
  WAITING_LIST_CLOSED: 409,
  NO_PLACE_FREE: 409,
  PROVIDER_UNAVAILABLE: 502,
  PROVIDER_REFUSED: 422,
  INVALID_TOKEN: 400,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  BUSY: 503,
  NETWORK: 503,
};

/** The HTTP status a failed form action answers with. */
export function httpStatusOf(error: ApiError): number {
  return statusByCode[error.code] ?? 500;
}
