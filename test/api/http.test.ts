import { expect } from 'chai';
import { useApp } from '../support/app';

describe('API: HTTP edge, error catalogue and GraphQL limits', () => {
  const t = useApp({ env: { GRAPHQL_MAX_DEPTH: '4', GRAPHQL_MAX_COMPLEXITY: '60', HTTP_BODY_LIMIT_KB: '16' } });
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('reports database status on /healthz and liveness on /livez, with a request id', async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(res.status).to.equal(200);
    expect(await res.json()).to.deep.include({ status: 'ok' });
    expect(res.headers.get('x-request-id')).to.match(/^[0-9a-f-]{36}$/);
    const given = await fetch(`${t.url}/livez`, { headers: { 'x-request-id': 'proxy-id-123' } });
    expect(given.headers.get('x-request-id')).to.equal('proxy-id-123');
  });

  it('answers malformed JSON with BAD_REQUEST and oversized bodies with PAYLOAD_TOO_LARGE', async () => {
    const bad = await post('{"query": ');
    expect(bad.status).to.equal(400);
    expect(((await bad.json()) as any).errors[0].extensions.code).to.equal('BAD_REQUEST');
    const big = await post(JSON.stringify({ query: `{ viewer { id } }`, variables: { pad: 'x'.repeat(20_000) } }));
    expect(big.status).to.equal(413);
    expect(((await big.json()) as any).errors[0].extensions.code).to.equal('PAYLOAD_TOO_LARGE');
  });

  it('refuses too-deep and too-costly queries with QUERY_TOO_COMPLEX before running them', async () => {
    const deep = await t
      .client()
      .request(`{ viewer { clubMemberships { club { association { school { name } } } } } }`);
    expect(deep.status).to.equal(400);
    expect(deep.errors?.[0].extensions).to.deep.include({ code: 'QUERY_TOO_COMPLEX', limit: 4 });
    const wide = Array.from({ length: 70 }, (_, i) => `a${i}: schools { id }`).join(' ');
    const costly = await t.client().request(`{ ${wide} }`);
    expect(costly.errors?.[0].extensions).to.deep.include({ code: 'QUERY_TOO_COMPLEX', limit: 60 });
  });

  it('answers variables that do not fit the schema with BAD_USER_INPUT, not an internal error', async () => {
    const res = await t.client().request(`mutation($i: SignInInput!) { signIn(input: $i) { id } }`, {
      i: { email: 'a@example.org', password: 'x', extra: 1 },
    });
    expect(res.status).to.equal(400);
    expect(res.errors?.[0].extensions?.code).to.equal('BAD_USER_INPUT');
    expect(res.errors?.[0].message).to.include('extra');
  });

  it('keeps CSRF prevention on: a simple GET or form POST without a preflight header is refused', async () => {
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ viewer { id } }')}`);
    expect(get.status).to.equal(400);
    const form = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"query":"{ viewer { id } }"}',
    });
    expect(form.status).to.equal(400);
    const preflighted = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ schools { slug } }')}`, {
      headers: { 'apollo-require-preflight': '1' },
    });
    expect(preflighted.status).to.equal(200);
  });

  it('describes every error code in the schema catalogue', async () => {
    const { errorCodes, fieldErrorCodes } = await t
      .client()
      .data(`{ errorCodes { code description } fieldErrorCodes { code description } }`);
    const codes = errorCodes.map((e: any) => e.code);
    for (const c of [
      'BAD_USER_INPUT',
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'NOT_FOUND',
      'CONFLICT',
      'RATE_LIMITED',
      'QUERY_TOO_COMPLEX',
      'INTERNAL_SERVER_ERROR',
    ])
      expect(codes).to.include(c);
    expect(errorCodes.every((e: any) => e.description.length > 10)).to.equal(true);
    expect(fieldErrorCodes.map((e: any) => e.code)).to.include.members(['REQUIRED', 'INVALID_EMAIL', 'TOO_SHORT']);
  });

  it('gives unknown webhooks a JSON 404 and survives a burst of garbage requests', async () => {
    const hook = await fetch(`${t.url}/webhooks/unknown`, { method: 'POST', body: 'x=1' });
    expect(hook.status).to.equal(404);
    const garbage = [
      '',
      'null',
      '[]',
      '{"query": 42}',
      '{"query":"{"}',
      '{"query":"{ viewer { id } }","variables":"nope"}',
      '\u0000\u0001',
    ];
    const statuses = await Promise.all(garbage.map(async (b) => (await post(b)).status));
    expect(
      statuses.every((s) => s >= 400 && s < 500),
      String(statuses),
    ).to.equal(true);
    expect((await fetch(`${t.url}/healthz`)).status).to.equal(200);
  });

  it('answers pages with a clear 404 when the apps are not served (SERVE_APPS=false)', async () => {
    const res = await fetch(`${t.url}/console`);
    expect(res.status).to.equal(404);
  });
});
