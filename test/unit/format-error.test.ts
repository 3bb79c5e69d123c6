import { expect } from 'chai';
import { GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError } from '../../server/src/core/errors';
import { formatError } from '../../server/src/graphql/format-error';

describe('unit: GraphQL error formatting', () => {
  it('hides internals of unexpected errors behind INTERNAL_SERVER_ERROR', () => {
    const inner = new Error('duplicate key value violates constraint "users_pkey" at /srv/app.ts:42');
    const wrapped = new GraphQLError(inner.message, {
      originalError: inner,
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['x'] },
    });
    const out = formatError(
      { message: inner.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['x'] } },
      wrapped,
    );
    expect(out).to.deep.equal({
      message: 'Internal server error.',
      locations: undefined,
      path: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('keeps a domain error code and its extras but never the HTTP hints', () => {
    const e = new DomainError('RATE_LIMITED', 'Too many.', { retryAfterSeconds: 30, http: { status: 429 } });
    const out = formatError({ message: e.message }, new GraphQLError(e.message, { originalError: e }));
    expect(out.extensions).to.deep.equal({ code: 'RATE_LIMITED', retryAfterSeconds: 30 });
  });

  it('maps input validation failures to BAD_USER_INPUT with one code per field', () => {
    const v = new ArgumentValidationError([
      {
        property: 'input',
        constraints: {},
        children: [
          { property: 'email', constraints: { isEmailAddress: 'INVALID_EMAIL' }, children: [] },
          { property: 'password', constraints: { minLength: 'TOO_SHORT' }, children: [] },
        ],
      },
    ] as never);
    const out = formatError({ message: 'x' }, new GraphQLError('x', { originalError: v }));
    expect(out.extensions).to.deep.equal({
      code: 'BAD_USER_INPUT',
      fields: { email: 'INVALID_EMAIL', password: 'TOO_SHORT' },
    });
  });
});
