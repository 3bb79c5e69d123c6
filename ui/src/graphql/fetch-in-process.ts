import type { GraphQLRequestEvent, InProcessGraphQL } from './platform.js';

/**
 * A fetch that urql can use but that runs the operation inside the server's
 * process: no HTTP round trip, and the executor authenticates with the
 * incoming request's cookie. Cookies the API wants set (session on sign-in,
 * cleared on sign-out) are copied onto the SvelteKit response.
 */
export function createInProcessFetch(
  executor: InProcessGraphQL,
  cookies: GraphQLRequestEvent['cookies'],
): typeof fetch {
  return async (_input, init) => {
    const operation = JSON.parse(String(init?.body ?? '{}'));
    const { result, cookies: toSet } = await executor.execute({
      query: operation.query,
      variables: operation.variables,
      operationName: operation.operationName,
    });
    for (const cookie of toSet) cookies.set(cookie.name, cookie.value, cookie.options);
    return new Response(JSON.stringify(result), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
}
