import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, validate, type GraphQLSchema } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { DomainError } from '../errors';
import type { GraphQLContext } from './context';

export interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
  /** Aliased fields per operation, counted where they run (once per place a fragment is spread). */
  maxAliases: number;
  /** Largest response body sent (about: JSON escapes aside). */
  maxResponseBytes: number;
  /** Production: only signed-in callers may introspect (the public contract is schema.graphql, not introspection). */
  introspectionNeedsViewer: boolean;
}

const tooComplex = (message: string, extensions: Record<string, unknown>) =>
  new DomainError('QUERY_TOO_COMPLEX', message, { ...extensions, http: { status: 400 } });

/**
 * SEC2: an introspection answer is as large as the schema whatever its selection costs (graphql-query-complexity
 * prices a list like one object). `__schema` takes half the budget, so one full introspection fits in a request
 * and a second doesn't; `__type` (one type) a fortieth.
 */
function introspectionEstimator(maxComplexity: number): ComplexityEstimator {
  return ({ field, childComplexity }) => {
    if (field.name === '__schema') return Math.ceil(maxComplexity / 2) + childComplexity;
    if (field.name === '__type') return Math.ceil(maxComplexity / 40) + childComplexity;
    return undefined;
  };
}

/**
 * Not a price: it notes what the cost walk sees (aliases and introspection, fragments expanded and @skip/@include
 * applied, exactly like the cost) and lets the next estimators price the field.
 */
function census(seen: { aliases: number; introspection: boolean }): ComplexityEstimator {
  return ({ field, node }) => {
    if (node.alias) seen.aliases += 1;
    if (field.name === '__schema' || field.name === '__type') seen.introspection = true;
    return undefined;
  };
}

/** Whether `value` serialises to about `maxBytes` of JSON or less; walks it without building the string, stops early. */
export function fitsInBytes(value: unknown, maxBytes: number): boolean {
  let budget = maxBytes;
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') budget -= Buffer.byteLength(v) + 2;
    else if (Array.isArray(v)) {
      budget -= 1 + v.length;
      if (budget < 0) return false;
      for (const x of v) stack.push(x);
    } else if (v && typeof v === 'object') {
      budget -= 2;
      for (const [k, x] of Object.entries(v)) {
        budget -= Buffer.byteLength(k) + 4;
        stack.push(x);
      }
    } else budget -= String(v).length;
    if (budget < 0) return false;
  }
  return true;
}

/**
 * Refuses operations nested deeper than `maxDepth`, costing more than `maxComplexity` (each field costs 1 unless its
 * resolver declares a `complexity`; introspection as above) or with more than `maxAliases` aliases, before anything
 * runs; and replaces a response larger than `maxResponseBytes` by the same error (the last line of defence).
 */
export function limitsPlugin(schema: GraphQLSchema, limits: QueryLimits): ApolloServerPlugin<GraphQLContext> {
  const { maxDepth, maxComplexity, maxAliases, maxResponseBytes } = limits;
  const depthRule = depthLimit(maxDepth);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName, contextValue }) {
          const depthErrors = validate(schema, document, [depthRule]);
          if (depthErrors.length) throw tooComplex(`The query is nested too deeply (at most ${maxDepth} levels).`, { limit: maxDepth });
          const seen = { aliases: 0, introspection: false };
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [census(seen), introspectionEstimator(maxComplexity), fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (e) {
            // Variables that don't fit the schema: nothing will run, and Apollo answers BAD_USER_INPUT with the reason.
            if (e instanceof GraphQLError) return;
            throw e;
          }
          if (seen.introspection && limits.introspectionNeedsViewer && !contextValue.viewer) {
            throw new DomainError('UNAUTHENTICATED', 'Sign in to introspect the schema (or read schema.graphql).', { http: { status: 401 } });
          }
          if (cost > maxComplexity) throw tooComplex(`The query costs ${cost}, more than the limit of ${maxComplexity}.`, { limit: maxComplexity, cost });
          if (seen.aliases > maxAliases) {
            throw tooComplex(`The query has ${seen.aliases} aliases, more than the limit of ${maxAliases}.`, { limit: maxAliases });
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || fitsInBytes(response.body.singleResult.data ?? null, maxResponseBytes)) return;
          // Formatted by hand: formatError has already run for this response.
          response.body.singleResult = {
            errors: [{ message: `The response is larger than the limit of ${maxResponseBytes} bytes.`, extensions: { code: 'QUERY_TOO_COMPLEX', limit: maxResponseBytes } }],
          };
          response.http.status = 400;
        },
      };
    },
  };
}
