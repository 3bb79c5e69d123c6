import { GraphQLError, GraphQLScalarType, type ValueNode } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { DomainError } from '../core/errors';

/** Years a date given to the API may fall in: wide for any real event, narrow enough for PostgreSQL and JS. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

export const inDateRange = (d: Date) => {
  const year = d.getUTCFullYear();
  return year >= MIN_YEAR && year <= MAX_YEAR;
};

/**
 * A date outside [MIN_YEAR, MAX_YEAR]. GraphQL wraps it in the variable's or literal's error; formatError then
 * answers BAD_USER_INPUT with the field it was given for (named in that wrapper) as OUT_OF_RANGE.
 */
export class DateOutOfRangeError extends DomainError {
  constructor() {
    super('BAD_USER_INPUT', `Dates must fall between the years ${MIN_YEAR} and ${MAX_YEAR}.`);
  }
}

const checked = (d: Date) => {
  if (!inDateRange(d)) throw new DateOutOfRangeError();
  return d;
};

/**
 * SEC1: graphql-scalars' DateTime (same name, description and serialisation, so the schema doesn't change) that also
 * refuses far dates: year 0 or 10000 reached PostgreSQL (22007/22008) as an internal error, and every date column
 * and cursor is only meaningful within this range.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, unknown>({
  ...DateTimeResolver.toConfig(),
  parseValue: (value) => checked(DateTimeResolver.parseValue(value) as Date),
  parseLiteral: (ast: ValueNode, variables) => checked(DateTimeResolver.parseLiteral(ast, variables) as Date),
});

/** The field a DateOutOfRangeError was raised for, from the wrapper GraphQL put around it ("… at "input.startsAt"; …"). */
export function outOfRangeField(error: unknown): string {
  let e = error;
  while (e instanceof GraphQLError) {
    const at = /^Variable "\$([^"]+)" got invalid value .*?(?: at "([^"]+)")?; /s.exec(e.message);
    if (at)
      return (
        (at[2] ?? at[1])
          .replace(/\[\d+\]/g, '')
          .split('.')
          .pop() ?? 'date'
      );
    if (!e.originalError || e.originalError === e) break;
    e = e.originalError;
  }
  return 'date';
}
