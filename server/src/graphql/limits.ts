import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';
import { DomainError } from '../core/errors';
import { tokenBuckets } from '../core/token-bucket';
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
  /** Introspecting operations per client IP: a burst, then so many a minute (default INTROSPECTION_RATE). */
  introspectionRate?: { burst: number; perMinute: number };
}

/**
 * SEC2: a full introspection walks the whole schema (tens of milliseconds of CPU); 200 anonymous clients asking at
 * once slowed every request. Tools ask once per page load or every few seconds at most; the apps never do.
 */
export const INTROSPECTION_RATE = { burst: 20, perMinute: 12 };

/**
 * SEC2: the price of a list field, for its `complexity` option. graphql-query-complexity counts a list's selection
 * once, as if it held one item, so a chain through lists (event { tickets { event { tickets … } } }) priced linearly
 * while it ran (items)^depth resolvers. Here the selection is counted once per item the list may be assumed to hold.
 */
export const listCost =
  (items: number, own = 1) =>
  ({ childComplexity }: { childComplexity: number }) =>
    own + items * childComplexity;

/**
 * Same for a page of `first` items (its default applied), for connections, counting at most `items` of them: a page
 * is flat (its rows come in one statement), it is nesting that multiplies, and the apps ask for 50-item pages.
 */
export const pageCost =
  (own: number, items = 20) =>
  ({ args, childComplexity }: { args: { first?: unknown }; childComplexity: number }) =>
    own + Math.min(items, Math.max(1, Number(args.first) || 1)) * childComplexity;

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

/**
 * The static cost of an operation, as the limit below sees it (the apps' operations are checked against it in
 * test/api/sec-edge.test.ts). Throws a GraphQLError when the variables don't fit the schema.
 */
export function queryCost(
  schema: GraphQLSchema,
  query: DocumentNode,
  opts: { operationName?: string; variables: Record<string, unknown>; maxComplexity: number },
  seen = { aliases: 0, introspection: false },
): number {
  return getComplexity({
    schema,
    query,
    operationName: opts.operationName,
    variables: opts.variables,
    estimators: [
      census(seen),
      introspectionEstimator(opts.maxComplexity),
      fieldExtensionsEstimator(),
      simpleEstimator({ defaultComplexity: 1 }),
    ],
  });
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

interface Priced {
  cost: number;
  seen: { aliases: number; introspection: boolean };
}

/**
 * Per parsed document (Apollo reuses one DocumentNode per query text): its depth verdict and prices by key. One per
 * limits plugin, since the limits (depth, the introspection price) are the plugin's.
 */
export type PriceCache = WeakMap<DocumentNode, { tooDeep: boolean; byKey: Map<string, Priced> }>;
const PRICES_PER_DOCUMENT = 64;

/**
 * What the price can depend on besides the document: the operation, and the variables' numbers and booleans
 * (`first`, `@include(if:)`); strings (ids, codes, emails) never change it, so a crowd sending one document with
 * different ids shares one price.
 */
const priceKey = (operationName: string | undefined, variables: Record<string, unknown>) =>
  `${operationName ?? ''}\n${JSON.stringify(variables, (_k, v: unknown) => (typeof v === 'string' ? undefined : v))}`;

/**
 * The depth check and the price of an operation, computed once per document and price key (SEC2: the same limits,
 * without walking the same document again for every request of a sale opening or a door).
 */
export function costOf(
  priced: PriceCache,
  schema: GraphQLSchema,
  document: DocumentNode,
  depthRule: ReturnType<typeof depthLimit>,
  opts: { operationName?: string; variables: Record<string, unknown>; maxComplexity: number },
): Priced | 'TOO_DEEP' | 'BAD_VARIABLES' {
  let entry = priced.get(document);
  if (!entry) {
    entry = { tooDeep: validate(schema, document, [depthRule]).length > 0, byKey: new Map() };
    priced.set(document, entry);
  }
  if (entry.tooDeep) return 'TOO_DEEP';
  const key = priceKey(opts.operationName, opts.variables);
  const known = entry.byKey.get(key);
  if (known) return known;
  const seen = { aliases: 0, introspection: false };
  let cost: number;
  try {
    cost = queryCost(schema, document, opts, seen);
  } catch (e) {
    if (e instanceof GraphQLError) return 'BAD_VARIABLES';
    throw e;
  }
  if (entry.byKey.size >= PRICES_PER_DOCUMENT) entry.byKey.clear();
  const result = { cost, seen };
  entry.byKey.set(key, result);
  return result;
}

/**
 * Refuses operations nested deeper than `maxDepth`, costing more than `maxComplexity` (each field costs 1 unless its
 * resolver declares a `complexity`; introspection as above) or with more than `maxAliases` aliases, before anything
 * runs; refuses introspection past its rate per client IP (RATE_LIMITED); and replaces a response larger than
 * `maxResponseBytes` by the same error (the last line of defence).
 */
export function limitsPlugin(schema: GraphQLSchema, limits: QueryLimits): ApolloServerPlugin<GraphQLContext> {
  const { maxDepth, maxComplexity, maxAliases, maxResponseBytes } = limits;
  const depthRule = depthLimit(maxDepth);
  const introspections = tokenBuckets(limits.introspectionRate ?? INTROSPECTION_RATE);
  const prices: PriceCache = new WeakMap();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, response, operationName, contextValue }) {
          const checked = costOf(prices, schema, document, depthRule, {
            operationName: operationName ?? undefined,
            variables: request.variables ?? {},
            maxComplexity,
          });
          if (checked === 'TOO_DEEP')
            throw tooComplex(`The query is nested too deeply (at most ${maxDepth} levels).`, { limit: maxDepth });
          // Variables that don't fit the schema: nothing will run, and Apollo answers BAD_USER_INPUT with the reason.
          if (checked === 'BAD_VARIABLES') return;
          const { cost, seen } = checked;
          if (seen.introspection && limits.introspectionNeedsViewer && !contextValue.viewer) {
            throw new DomainError('UNAUTHENTICATED', 'Sign in to introspect the schema (or read schema.graphql).', {
              http: { status: 401 },
            });
          }
          if (cost > maxComplexity)
            throw tooComplex(`The query costs ${cost}, more than the limit of ${maxComplexity}.`, {
              limit: maxComplexity,
              cost,
            });
          if (seen.aliases > maxAliases) {
            throw tooComplex(`The query has ${seen.aliases} aliases, more than the limit of ${maxAliases}.`, {
              limit: maxAliases,
            });
          }
          // Last: only an introspection that would run spends a token.
          const retryAfterSeconds = seen.introspection ? introspections.take(contextValue.ip) : 0;
          if (retryAfterSeconds) {
            response.http.headers.set('retry-after', String(retryAfterSeconds));
            throw new DomainError(
              'RATE_LIMITED',
              'Too many introspection queries from this address; read schema.graphql or try again later.',
              {
                retryAfterSeconds,
                http: { status: 429 },
              },
            );
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || fitsInBytes(response.body.singleResult.data ?? null, maxResponseBytes))
            return;
          // Formatted by hand: formatError has already run for this response.
          response.body.singleResult = {
            errors: [
              {
                message: `The response is larger than the limit of ${maxResponseBytes} bytes.`,
                extensions: { code: 'QUERY_TOO_COMPLEX', limit: maxResponseBytes },
              },
            ],
          };
          response.http.status = 400;
        },
      };
    },
  };
}
