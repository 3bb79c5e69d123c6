import type { RequestEvent } from '@sveltejs/kit';
import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { createGraphQLClient, failWith, outcomeOf, textField, type ApiError } from '@billetterie/ui';

/**
 * What every action of the event pages answers: which form (and which row,
 * for lists of forms) it was, and on success how many copies were made when
 * it copied something. The page shows errors next to that form only.
 */
export type FormResult = {
  form: string;
  id?: string;
  count?: number;
  error?: ApiError;
};

/** Refuses the submission before calling the API (a field the browser could not check). */
export function failFields(meta: FormResult, fields: NonNullable<ApiError['fields']>) {
  return failWith({ code: 'BAD_USER_INPUT', fields }, meta);
}

/** Runs one mutation for a form action; `count` reads a number out of the answer (copies). */
export async function runMutation<T, V extends AnyVariables>(
  event: RequestEvent,
  document: TypedDocumentNode<T, V>,
  variables: V,
  meta: FormResult,
  count?: (data: T) => number,
) {
  const outcome = await outcomeOf(createGraphQLClient(event).mutation(document, variables));
  if (outcome.error) return failWith(outcome.error, meta);
  const result: FormResult = { ...meta };
  if (count) result.count = count(outcome.data);
  return result;
}

/**
 * An action taking only the `id` of a row (delete, copy, revoke), named after
 * its form so the page can tell which button it answers.
 */
export function idAction<T>(form: string, document: TypedDocumentNode<T, { id: string }>, count?: (data: T) => number) {
  return async (event: RequestEvent) => {
    const id = textField(await event.request.formData(), 'id');
    return runMutation(event, document, { id }, { form, id }, count);
  };
}
