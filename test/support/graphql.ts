import { expect } from 'chai';

export interface GraphQLErrorShape {
  message: string;
  path?: string[];
  extensions?: { code?: string; fields?: Record<string, string>; [k: string]: unknown };
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: GraphQLErrorShape[];
}

/** Speaks GraphQL over real HTTP like an integrator, with a cookie jar or a Bearer token. */
export class ApiClient {
  cookies = new Map<string, string>();
  token?: string;

  constructor(readonly baseUrl: string) {}

  async request<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/max-age=0/i.test(line) || !value) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const body = (await res.json()) as { data?: T; errors?: GraphQLErrorShape[] };
    return { status: res.status, headers: res.headers, data: body.data, errors: body.errors };
  }

  /** Runs an operation that must succeed and returns its data. */
  async data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await this.request<T>(query, variables);
    expect(res.errors, JSON.stringify(res.errors)).to.equal(undefined);
    return res.data as T;
  }

  /** Runs an operation that must fail and returns its (first) error. */
  async error(query: string, variables?: Record<string, unknown>): Promise<GraphQLErrorShape> {
    const res = await this.request(query, variables);
    expect(res.errors, `expected an error, got ${JSON.stringify(res.data)}`).to.be.an('array').that.is.not.empty;
    return res.errors![0];
  }

  async signIn(email: string, password: string) {
    return this.data<{ signIn: { id: string; fullName: string } }>(
      `mutation SignIn($input: SignInInput!) { signIn(input: $input) { id fullName } }`,
      { input: { email, password } },
    );
  }
}
