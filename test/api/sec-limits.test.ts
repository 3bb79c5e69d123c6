import { expect } from 'chai';
import { getIntrospectionQuery } from 'graphql';
import { useApp } from '../support/app';

const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { id } }`;

describe('API: sign-in limits under concurrency (AC1, SEC2)', () => {
  const t = useApp();

  it('AC1/SEC2: 16 concurrent wrong passwords evaluate at most SIGNIN_MAX_FAILURES, the rest are RATE_LIMITED, and then the right password waits out the pause', async () => {
    const max = t.app.deps.config.signInMaxFailures;
    const email = 'chloe@example.org';
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        t.client().error(SIGN_IN, { input: { email, password: `wrong-${i}-password` } }),
      ),
    );
    const codes = results.map((e) => e.extensions?.code);
    const evaluated = codes.filter((c) => c === 'INVALID_CREDENTIALS').length;
    expect(evaluated, codes.join(',')).to.be.at.most(max).and.at.least(1);
    expect(codes.filter((c) => c === 'RATE_LIMITED').length, codes.join(',')).to.equal(16 - evaluated);
    const blocked = await t.client().error(SIGN_IN, { input: { email, password: 'billetterie-demo' } });
    expect(blocked.extensions?.code).to.equal('RATE_LIMITED');
    expect(blocked.extensions?.retryAfterSeconds).to.be.a('number').greaterThan(0);
  });

  it('AC1/SEC2: right passwords do not count as failures, even when signing in many times at once from one address', async () => {
    const max = t.app.deps.config.signInMaxFailures;
    const email = 'bruno@example.org';
    // More successes from this IP than its failure limit (10 × SIGNIN_MAX_FAILURES): each gives its place back.
    for (let round = 0; round < 12; round++) {
      const results = await Promise.all(
        Array.from({ length: max }, () =>
          t.client().request(SIGN_IN, { input: { email, password: 'billetterie-demo' } }),
        ),
      );
      for (const r of results) expect(r.errors, JSON.stringify(r.errors)).to.equal(undefined);
    }
    // One wrong password after all those successes is still an ordinary failure, not a pause.
    expect(
      (await t.client().error(SIGN_IN, { input: { email, password: 'wrong-password-x' } })).extensions?.code,
    ).to.equal('INVALID_CREDENTIALS');
    expect((await t.client().signIn(email, 'billetterie-demo')).signIn.id).to.be.a('string');
  });
});

/** The attack of issue 11: one small anonymous request asking for the schema hundreds of times over aliases. */
const aliasedIntrospection = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: __schema { types { name fields { name type { name } } } }`).join(' ')} }`;

describe('API: GraphQL cost limits on introspection and aliases (SEC2)', function () {
  this.timeout(60_000);
  const t = useApp();

  it('SEC2: 280 aliases of an introspection selection are refused with QUERY_TOO_COMPLEX before running, in a small answer', async () => {
    const query = aliasedIntrospection(280);
    expect(query.length).to.be.lessThan(25_000);
    const started = Date.now();
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = await res.text();
    expect(res.status).to.equal(400);
    expect(body.length, 'no schema in the answer').to.be.lessThan(2_000);
    expect(JSON.parse(body).errors[0].extensions.code).to.equal('QUERY_TOO_COMPLEX');
    expect(Date.now() - started, 'refused before running').to.be.lessThan(2_000);
  });

  it('SEC2: introspection costs like the schema it returns: two full __schema selections in one request are refused', async () => {
    const full = getIntrospectionQuery();
    const fragments = full.slice(full.indexOf('fragment FullType'));
    const twice = `query Twice { a: __schema { types { ...FullType } } b: __schema { types { ...FullType } } }\n${fragments}`;
    const res = await t.client().request(twice);
    expect(res.errors?.[0].extensions?.code, JSON.stringify(res.errors)).to.equal('QUERY_TOO_COMPLEX');
  });

  it('SEC2: more aliases than GRAPHQL_MAX_ALIASES in one operation are refused, even on cheap fields', async () => {
    const max = t.app.deps.config.graphqlMaxAliases;
    const ok = await t.client().request(`{ ${Array.from({ length: max }, (_, i) => `a${i}: __typename`).join(' ')} }`);
    expect(ok.errors, JSON.stringify(ok.errors)).to.equal(undefined);
    const over = await t
      .client()
      .request(`{ ${Array.from({ length: max + 1 }, (_, i) => `a${i}: __typename`).join(' ')} }`);
    expect(over.status).to.equal(400);
    expect(over.errors?.[0].extensions).to.deep.include({ code: 'QUERY_TOO_COMPLEX', limit: max });
    // Aliases count once per place a fragment is spread (what runs), not once per document.
    const half = Math.floor(max / 2);
    const fragment = `fragment S on School { ${Array.from({ length: half }, (_, i) => `a${i}: id`).join(' ')} }`;
    const spread = await t.client().request(`{ one: schools { ...S } two: schools { ...S } } ${fragment}`);
    expect(spread.errors?.[0].extensions, JSON.stringify(spread.errors)).to.deep.include({
      code: 'QUERY_TOO_COMPLEX',
      limit: max,
    });
  });

  it('SEC2: the standard introspection query (GraphiQL, codegen) still works anonymously outside production', async () => {
    const res = await t.client().request(getIntrospectionQuery());
    expect(res.errors, JSON.stringify(res.errors)).to.equal(undefined);
    expect(res.data!.__schema.types.map((x: { name: string }) => x.name)).to.include('Query');
  });
});

describe('API: GraphQL limits in production — introspection for signed-in callers, response size cap (SEC2)', function () {
  this.timeout(60_000);
  const t = useApp({
    env: {
      NODE_ENV: 'production',
      PAYMENT_SIMULATORS: 'false',
      PAYMENT_SECRETS_KEY: Buffer.alloc(32, 7).toString('base64'),
      GRAPHQL_MAX_RESPONSE_KB: '64',
    },
  });

  it('SEC2: in production anonymous callers may not introspect (UNAUTHENTICATED), signed-in callers may; __typename stays open', async () => {
    const anonymous = t.client();
    const refused = await anonymous.request(`{ __schema { queryType { name } } }`);
    expect(refused.errors?.[0].extensions?.code).to.equal('UNAUTHENTICATED');
    expect(refused.status, 'a coded refusal, never a server error').to.equal(401);
    expect((await anonymous.error(`{ __type(name: "Query") { name } }`)).extensions?.code).to.equal('UNAUTHENTICATED');
    expect(
      (
        await anonymous.error(
          `query($s: Boolean!) { schools { id } ... @include(if: $s) { __schema { queryType { name } } } }`,
          { s: true },
        )
      ).extensions?.code,
    ).to.equal('UNAUTHENTICATED');
    expect((await anonymous.data(`{ __typename schools { __typename } }`)).__typename).to.equal('Query');
    const signedIn = await t.signedIn('alice@example.org');
    expect((await signedIn.data(`{ __type(name: "Query") { name fields { name } } }`)).__type.name).to.equal('Query');
  });

  it('SEC2: a response larger than GRAPHQL_MAX_RESPONSE_KB is replaced by QUERY_TOO_COMPLEX; smaller ones pass', async () => {
    const signedIn = await t.signedIn('alice@example.org');
    const res = await signedIn.request(getIntrospectionQuery());
    expect(res.status).to.equal(400);
    expect(res.data ?? null).to.equal(null);
    expect(res.errors?.[0].extensions).to.deep.include({ code: 'QUERY_TOO_COMPLEX', limit: 64 * 1024 });
    expect((await signedIn.data(`{ viewer { email } }`)).viewer.email).to.equal('alice@example.org');
  });
});
