import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { createInProcessFetch } from './fetch-in-process.js';
import { retryOnBusy } from './retry-busy.js';
import type { GraphQLRequestEvent } from './platform.js';

/**
 * The one way both apps reach the API. Without an event it is the browser's
 * client; with a SvelteKit event (loads, actions) it runs in-process when the
 * server provides an executor, else through `event.fetch`.
 */
export function createGraphQLClient(event?: GraphQLRequestEvent): Client {
  const executor = event?.platform?.req?.billetterie;
  return new Client({
    url: '/graphql',
    // Apollo's CSRF prevention refuses GET operations without a preflight header.
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin' },
    // A server-side client lives for one request: a cache would only hide
    // the effect of a mutation from the load that follows it.
    exchanges: event ? [fetchExchange] : [cacheExchange, fetchExchange],
    fetch: retryOnBusy(
      event ? (executor ? createInProcessFetch(executor, event.cookies) : event.fetch) : (...args) => fetch(...args),
    ),
  });
}
