import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, validate, type GraphQLSchema } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { DomainError } from '../errors';
import type { GraphQLContext } from './context';

/**
 * Refuses operations nested deeper than `maxDepth` or costing more than `maxComplexity`
 * (each field costs 1 unless its resolver declares a `complexity`), before anything runs.
 */
export function limitsPlugin(schema: GraphQLSchema, maxDepth: number, maxComplexity: number): ApolloServerPlugin<GraphQLContext> {
  const depthRule = depthLimit(maxDepth);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName }) {
          const depthErrors = validate(schema, document, [depthRule]);
          if (depthErrors.length) {
            throw new DomainError('QUERY_TOO_COMPLEX', `The query is nested too deeply (at most ${maxDepth} levels).`, {
              limit: maxDepth,
              http: { status: 400 },
            });
          }
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (e) {
            // Variables that don't fit the schema: nothing will run, and Apollo answers BAD_USER_INPUT with the reason.
            if (e instanceof GraphQLError) return;
            throw e;
          }
          if (cost > maxComplexity) {
            throw new DomainError('QUERY_TOO_COMPLEX', `The query costs ${cost}, more than the limit of ${maxComplexity}.`, {
              limit: maxComplexity,
              cost,
              http: { status: 400 },
            });
          }
        },
      };
    },
  };
}
