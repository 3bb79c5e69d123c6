import type { ApolloServer } from '@apollo/server';
import type { IncomingMessage } from 'node:http';
import type { CookieInstruction } from '../app-context';
import type { GraphQLContext } from '../graphql/context';
import { formatError } from '../graphql/format-error';
import type { FastLane } from './fast-lane';

export interface InProcessOperation {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

export interface InProcessGraphQL {
  execute(
    op: InProcessOperation,
  ): Promise<{ result: { data?: unknown; errors?: readonly unknown[] }; cookies: CookieInstruction[] }>;
}

declare module 'node:http' {
  interface IncomingMessage {
    /** Set on every request handed to the SvelteKit apps: their server-side loads call the API without HTTP. */
    billetterie?: InProcessGraphQL;
  }
}

/**
 * Lets the apps' server code run GraphQL operations as the visitor of this request (same cookie,
 * same request id), without a loopback HTTP call. Cookies the API sets are returned for the app to apply.
 */
export function inProcessGraphQL(
  apollo: ApolloServer<GraphQLContext>,
  contextFor: (req: IncomingMessage) => Promise<GraphQLContext>,
  req: IncomingMessage,
  fast?: Pick<FastLane, 'inProcess'> | null,
): InProcessGraphQL {
  return {
    async execute(op) {
      // Issue 14: the portal's `book` and the door's `checkIn` take their fast lanes as over HTTP when they can (same
      // answers as Apollo).
      const quick = fast ? await fast.inProcess(op, req) : null;
      if (quick) return { result: quick, cookies: [] };
      let contextValue: GraphQLContext;
      try {
        contextValue = await contextFor(req);
      } catch (e) {
        // Same shape as over HTTP (a bad token is UNAUTHENTICATED; anything unexpected hides its message).
        return { result: { errors: [formatError({ message: 'Internal server error.' }, e)] }, cookies: [] };
      }
      const response = await apollo.executeOperation(op, { contextValue });
      const result =
        response.body.kind === 'single'
          ? response.body.singleResult
          : { errors: [{ message: 'Incremental delivery is not supported here.' }] };
      return { result, cookies: contextValue.cookies };
    },
  };
}
