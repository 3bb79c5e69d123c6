/** Options of a cookie the API asks the app to set (see the server's in-process executor). */
export interface ApiCookieOptions {
  path: string;
  httpOnly: boolean;
  sameSite: 'lax';
  secure: boolean;
  maxAge?: number;
}

export interface ApiCookie {
  name: string;
  value: string;
  options: ApiCookieOptions;
}

export interface InProcessGraphQLResult {
  result: {
    data?: unknown;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
  cookies: ApiCookie[];
}

/** Put on the Node request by the server that mounts the apps (`event.platform.req.billetterie`). */
export interface InProcessGraphQL {
  execute(op: {
    query: string;
    variables?: Record<string, unknown>;
    operationName?: string;
  }): Promise<InProcessGraphQLResult>;
}

/** What adapter-node exposes as `event.platform` when our server mounts the handler. */
export interface BilletteriePlatform {
  req?: { billetterie?: InProcessGraphQL };
}

/** The part of a SvelteKit RequestEvent the server-side client needs. */
export interface GraphQLRequestEvent {
  fetch: typeof fetch;
  cookies: { set(name: string, value: string, options: ApiCookieOptions): void };
  platform?: BilletteriePlatform;
}
