import { type BenchContext, type LoadResult, printTable } from './harness';

/**
 * The framework's overhead: the same server answering a bare Express route, a database ping,
 * and GraphQL queries (anonymous, then authenticated by session cookie, with loaders).
 */
export async function graphqlOverhead(ctx: BenchContext): Promise<LoadResult[]> {
  const signIn = await fetch(`${ctx.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation { signIn(input: { email: "alice@example.org", password: "billetterie-demo" }) { id } }`,
    }),
  });
  const cookie = signIn.headers.getSetCookie()[0].split(';')[0];
  const gql = (query: string) => JSON.stringify({ query });
  const json = { 'content-type': 'application/json' };
  const rows = [
    await ctx.load('bare HTTP: GET /livez', { path: '/livez' }),
    await ctx.load('HTTP + SQL: GET /healthz (select 1)', { path: '/healthz' }),
    await ctx.load('GraphQL: { schools { id slug name } }', {
      path: '/graphql',
      method: 'POST',
      headers: json,
      body: gql('{ schools { id slug name } }'),
    }),
    await ctx.load('GraphQL signed in: viewer + memberships', {
      path: '/graphql',
      method: 'POST',
      headers: { ...json, cookie },
      body: gql(
        '{ viewer { id fullName school { name } associationMemberships { endsOn isValid association { name } } clubMemberships { isBoard club { name } } } }',
      ),
    }),
  ];
  printTable(`GraphQL overhead (${ctx.connections} connections, ${ctx.durationSeconds} s each)`, rows);
  return rows;
}
