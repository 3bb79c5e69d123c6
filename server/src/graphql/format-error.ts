import { databaseError } from '../db/sqlstates';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError, FIELD_ERROR_CODES, type FieldErrors } from '../core/errors';
import { DateOutOfRangeError, outOfRangeField } from './date-time';

const SAFE_APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

type ValidationError = { property: string; constraints?: Record<string, string>; children?: ValidationError[] };

/** class-validator messages are our FieldErrorCodes; flatten nested inputs to their leaf field names. */
function fieldsOf(errors: ValidationError[], into: FieldErrors = {}): FieldErrors {
  for (const e of errors) {
    const first = Object.values(e.constraints ?? {})[0];
    if (first)
      into[e.property] = first in FIELD_ERROR_CODES ? (first as keyof typeof FIELD_ERROR_CODES) : 'INVALID_FORMAT';
    if (e.children?.length) fieldsOf(e.children, into);
  }
  return into;
}

const httpStatus = (e: GraphQLError) => (e.extensions.http as { status?: unknown } | undefined)?.status;

/** The error a resolver or plugin threw, beneath GraphQL's wrappers. */
export function unwrap(error: unknown): unknown {
  let e = error;
  while (e instanceof GraphQLError && e.originalError && e.originalError !== e) e = e.originalError;
  return e;
}

/** Is this an error we expect and may show as is? Otherwise it is internal and must not leak. */
export function isExpected(original: unknown): boolean {
  return (
    original instanceof DomainError || original instanceof ArgumentValidationError || databaseError(original) !== null
  );
}

/**
 * Turns every error into the catalogue's shape. Unknown errors become INTERNAL_SERVER_ERROR without
 * message, path details or stack (the plugin logs them with the request id).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  // A database guard hit in a race (or a busy pool) is coded through the one catalogue (db/sqlstates.ts).
  const original = databaseError(unwrap(error)) ?? unwrap(error);
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof DateOutOfRangeError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: 'BAD_USER_INPUT', fields: { [outOfRangeField(error)]: 'OUT_OF_RANGE' } },
    };
  }
  if (original instanceof DomainError) {
    const { http: _http, ...extensions } = original.extensions as Record<string, unknown>;
    return { ...base, message: original.message, extensions };
  }
  if (original instanceof ArgumentValidationError) {
    const fields = fieldsOf(original.extensions.validationErrors as ValidationError[]);
    return { ...base, message: 'Some fields are invalid.', extensions: { code: 'BAD_USER_INPUT', fields } };
  }
  // Apollo's refusals of a malformed request that carry a 400 but no code: a persisted-query hash that doesn't match
  // the query, an unknown persisted-query version (SEC1: a client error, not an internal one).
  if (
    original instanceof GraphQLError &&
    !original.originalError &&
    !original.extensions.code &&
    httpStatus(original) === 400
  ) {
    return { ...base, message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && SAFE_APOLLO_CODES.has(code)) {
    return { ...base, message: formatted.message, extensions: { code } };
  }
  return { ...base, message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
