import { error, redirect } from '@sveltejs/kit';
import type { TypedDocumentNode } from '@urql/core';
import { createGraphQLClient } from '../graphql/client.js';
import { outcomeOf } from '../graphql/errors.js';
import type { GraphQLRequestEvent } from '../graphql/platform.js';
import { signInUrl } from '../navigation/redirect-target.js';

export interface ViewerState<V> {
  viewer: V | null;
  /** True when the API could not answer: pages then say so instead of acting anonymous. */
  apiUnavailable: boolean;
}

/** For root layouts: who is signed in, with the fields this app's header needs. */
export async function loadViewer<V>(
  event: GraphQLRequestEvent,
  query: TypedDocumentNode<{ viewer?: V | null }, Record<string, never>>,
): Promise<ViewerState<V>> {
  const outcome = await outcomeOf(createGraphQLClient(event).query(query, {}));
  if (outcome.error) {
    return { viewer: null, apiUnavailable: outcome.error.code !== 'UNAUTHENTICATED' };
  }
  return { viewer: outcome.data.viewer ?? null, apiUnavailable: false };
}

/**
 * For pages that need a signed-in visitor. Layout loads do not guard form
 * actions; those rely on the API answering UNAUTHENTICATED.
 */
export function requireViewer<V>(state: ViewerState<V>, url: URL, signInPath: string): V {
  if (state.viewer) return state.viewer;
  if (state.apiUnavailable) error(503, 'API unavailable');
  redirect(303, signInUrl(signInPath, url));
}
