import { CombinedError } from '@urql/core';
import { toApiError, type Outcome } from './errors.js';
import { retryOnBusy } from './retry-busy.js';

interface UploadRequest {
  /** The incoming request: its origin receives the upload and its cookie authenticates it. */
  event: { url: URL; request: Request };
  query: string;
  /** Variables without the files; each file is set at `variables.<name>`. */
  variables: Record<string, unknown>;
  files: Record<string, File>;
}

/**
 * Runs a GraphQL operation that carries files, as a multipart request
 * (graphql-multipart-request-spec) over HTTP: the in-process executor takes
 * JSON only. The preflight header satisfies Apollo's CSRF prevention.
 */
export async function uploadGraphQL<T>({ event, query, variables, files }: UploadRequest): Promise<Outcome<T>> {
  const names = Object.keys(files);
  const body = new FormData();
  body.set(
    'operations',
    JSON.stringify({ query, variables: { ...variables, ...Object.fromEntries(names.map((n) => [n, null])) } }),
  );
  body.set('map', JSON.stringify(Object.fromEntries(names.map((n, i) => [String(i), [`variables.${n}`]]))));
  names.forEach((name, i) => body.set(String(i), files[name], files[name].name));

  const headers: Record<string, string> = { 'apollo-require-preflight': 'true' };
  const cookie = event.request.headers.get('cookie');
  if (cookie) headers.cookie = cookie;
  let json: { data?: T | null; errors?: ConstructorParameters<typeof CombinedError>[0]['graphQLErrors'] };
  try {
    const response = await retryOnBusy(fetch)(`${event.url.origin}/graphql`, { method: 'POST', headers, body });
    if (response.status === 413) return { error: { code: 'PAYLOAD_TOO_LARGE' } };
    json = await response.json();
  } catch {
    return { error: { code: 'NETWORK' } };
  }
  if (json.errors?.length) return { error: toApiError(new CombinedError({ graphQLErrors: json.errors })) };
  if (json.data === undefined || json.data === null) return { error: { code: 'NETWORK' } };
  return { data: json.data };
}
