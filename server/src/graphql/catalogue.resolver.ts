import { Field, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { ERROR_CODES, FIELD_ERROR_CODES, type ErrorCode, type FieldErrorCode } from '../core/errors';

/** Apollo's own codes, which clients may also meet; described here so the catalogue is complete. */
const APOLLO_CODES = {
  GRAPHQL_PARSE_FAILED: 'The query is not valid GraphQL syntax.',
  GRAPHQL_VALIDATION_FAILED: 'The query does not match the schema.',
  PERSISTED_QUERY_NOT_FOUND: 'Automatic persisted query: the hash is unknown; send the full query.',
  OPERATION_RESOLUTION_FAILURE: 'The operation named by `operationName` is not in the document.',
} as const;

const ALL_CODES = { ...ERROR_CODES, ...APOLLO_CODES };
const asEnum = (o: object) => Object.fromEntries(Object.keys(o).map((k) => [k, k]));
const describe = (o: Record<string, string>) =>
  Object.fromEntries(Object.entries(o).map(([k, description]) => [k, { description }]));

const ErrorCodeEnum = asEnum(ALL_CODES);
registerEnumType(ErrorCodeEnum, {
  name: 'ErrorCode',
  description: 'Every value a GraphQL error may carry in `extensions.code`.',
  valuesConfig: describe(ALL_CODES),
});

const FieldErrorCodeEnum = asEnum(FIELD_ERROR_CODES);
registerEnumType(FieldErrorCodeEnum, {
  name: 'FieldErrorCode',
  description: 'Per-field problems, the values of `extensions.fields` in a BAD_USER_INPUT error.',
  valuesConfig: describe(FIELD_ERROR_CODES),
});

@ObjectType({ description: 'An entry of the error catalogue.' })
class ErrorCodeDescription {
  @Field(() => ErrorCodeEnum, { description: 'The code found in `extensions.code`.' })
  code!: ErrorCode;

  @Field(() => String, { description: 'What it means and what extra extensions come with it.' })
  description!: string;
}

@ObjectType({ description: 'An entry of the field error catalogue.' })
class FieldErrorCodeDescription {
  @Field(() => FieldErrorCodeEnum, { description: 'The code found in `extensions.fields.<field>`.' })
  code!: FieldErrorCode;

  @Field(() => String, { description: 'What it means.' })
  description!: string;
}

@Resolver()
export class CatalogueResolver {
  @Query(() => [ErrorCodeDescription], {
    description: 'The error catalogue: every `extensions.code` with its meaning.',
  })
  errorCodes() {
    return Object.entries(ALL_CODES).map(([code, description]) => ({ code, description }));
  }

  @Query(() => [FieldErrorCodeDescription], { description: 'Every per-field error code with its meaning.' })
  fieldErrorCodes() {
    return Object.entries(FIELD_ERROR_CODES).map(([code, description]) => ({ code, description }));
  }
}
