import { error } from '@sveltejs/kit';
import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { createGraphQLClient } from './client.js';
import { httpStatusOf, outcomeOf, type Outcome } from './errors.js';
import type { GraphQLRequestEvent } from './platform.js';

/**
 * For loads: the data, or the error page matching the API's answer
 * (FORBIDDEN → 403, NOT_FOUND → 404, unreachable API → 503).
 */
export function requireData<T>(outcome: Outcome<T>): T {
  if (outcome.error) error(httpStatusOf(outcome.error), outcome.error.code);
  return outcome.data;
}

/** A load's query: its data, or the error page (see requireData). */
export async function queryOrError<T, V extends AnyVariables>(
  event: GraphQLRequestEvent,
  document: TypedDocumentNode<T, V>,
  variables: V,
): Promise<T> {
  return requireData(await outcomeOf(createGraphQLClient(event).query(document, variables)));
}

/** A nullable field the page is about (`event(id:)`): missing is a 404 page. */
export function requireFound<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) error(404, 'NOT_FOUND');
  return value;
}
