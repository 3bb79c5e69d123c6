// Issue 16: one canonical address. Requests for another host than PUBLIC_URL's are sent there before any session.
import http from 'node:http';
import { expect } from 'chai';
import express from 'express';
import type { AddressInfo } from 'node:net';
import { canonicalHost } from '../../server/src/http/canonical-host';
import { useApp } from '../support/app';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP request to `base` with any Host header and target (fetch can set neither). */
function raw(base: string, opts: { method?: string; path: string; host?: string; body?: string; headers?: object }) {
  const u = new URL(base);
  return new Promise<Answer>((resolve, reject) => {
    const req = http.request(
      {
        host: u.hostname,
        port: u.port,
        method: opts.method ?? 'GET',
        path: opts.path,
        headers: {
          ...(opts.host ? { host: opts.host } : {}),
          ...(opts.body ? { 'content-type': 'application/json' } : {}),
          ...opts.headers,
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('API: one canonical address (issue 16)', function () {
  this.timeout(60_000);
  const t = useApp({ serveApps: false });
  const other = () => `localhost:${new URL(t.url).port}`;

  it('issue 16: a GET or HEAD on another host is redirected (308, not cached) to the same path and query on PUBLIC_URL, before any session cookie', async () => {
    for (const method of ['GET', 'HEAD']) {
      const res = await raw(t.url, { method, path: '/bookings/42?payment=paypal&x=%2F', host: other() });
      expect(res.status, method).to.equal(308);
      expect(res.headers.location).to.equal(`${t.url}/bookings/42?payment=paypal&x=%2F`);
      expect(res.headers['cache-control']).to.equal('no-store');
      expect(res.headers['set-cookie'], 'no session on the wrong host').to.equal(undefined);
    }
    const same = await raw(t.url, { path: '/healthz' });
    expect(same.status, 'the canonical host is served').to.equal(200);
  });

  it('issue 16: a POST on another host is refused (421 with the address to use), never run nor replayed; on PUBLIC_URL it runs', async () => {
    const body = JSON.stringify({ query: 'mutation { signIn(email: "alice@example.org", password: "x") { id } }' });
    const res = await raw(t.url, { method: 'POST', path: '/graphql', host: other(), body });
    expect(res.status).to.equal(421);
    expect(res.headers['set-cookie']).to.equal(undefined);
    const json = JSON.parse(res.body);
    expect(json.errors[0].extensions).to.include({ code: 'BAD_REQUEST', url: `${t.url}/graphql` });
    expect(json.errors[0].message).to.include(t.url);
    const ok = await raw(t.url, {
      method: 'POST',
      path: '/graphql',
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(ok.status).to.equal(200);
  });

  it('issue 16: webhooks and health probes answer whatever host they are called by', async () => {
    for (const path of ['/healthz', '/livez', '/readyz'])
      expect((await raw(t.url, { path, host: other() })).status, path).to.equal(200);
    const ipn = await raw(t.url, {
      method: 'POST',
      path: '/webhooks/paypal',
      host: 'ipn-proxy.internal',
      body: 'txn_id=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(ipn.status, 'PayPal is answered 200 (the message is stored, then verified)').to.equal(200);
  });

  it('issue 16 SEC: the redirect never leaves PUBLIC_URL — protocol-relative, backslash, encoded and absolute-form targets land on its root or its own path', async () => {
    for (const path of ['//evil.example/x', '/\\evil.example/x', 'http://evil.example/x', '//evil.example%2F..']) {
      const res = await raw(t.url, { path, host: 'evil.example' });
      expect(res.status, path).to.equal(308);
      expect(res.headers.location, path).to.equal(`${t.url}/`);
    }
    const encoded = await raw(t.url, { path: '/%2F%2Fevil.example', host: 'evil.example' });
    expect(encoded.headers.location).to.equal(`${t.url}/%2F%2Fevil.example`);
    expect(new URL(encoded.headers.location!).host).to.equal(new URL(t.url).host);
  });
});

describe('unit: the canonical host middleware (issue 16)', () => {
  /** A bare Express app with the middleware, answering 200 "served" to what it lets through. */
  async function serve(publicUrl: string, trustProxy = false) {
    const app = express();
    app.set('trust proxy', trustProxy);
    app.use(canonicalHost(publicUrl));
    app.use((_req, res) => {
      res.send('served');
    });
    const server = http.createServer(app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { url, close: () => new Promise((r) => server.close(r)) };
  }

  it('issue 16: the default port and the letter case do not count; another port does', async () => {
    const s = await serve('https://Tickets.Example.org/');
    try {
      expect((await raw(s.url, { path: '/', host: 'tickets.example.org:443' })).body).to.equal('served');
      expect((await raw(s.url, { path: '/', host: 'TICKETS.example.ORG' })).body).to.equal('served');
      const res = await raw(s.url, { path: '/a?b=c', host: 'tickets.example.org:8443' });
      expect(res.status).to.equal(308);
      expect(res.headers.location).to.equal('https://Tickets.Example.org/a?b=c');
    } finally {
      await s.close();
    }
  });

  it('issue 16: behind a trusted proxy the forwarded host is the one compared', async () => {
    const s = await serve('https://tickets.example.org', true);
    try {
      const ok = await raw(s.url, {
        path: '/',
        host: '10.0.0.5:3000',
        headers: { 'x-forwarded-host': 'tickets.example.org' },
      });
      expect(ok.body).to.equal('served');
      const bad = await raw(s.url, { path: '/', host: '10.0.0.5:3000', headers: { 'x-forwarded-host': 'other.org' } });
      expect(bad.status).to.equal(308);
    } finally {
      await s.close();
    }
  });
});

describe('API: CANONICAL_HOST_REDIRECT=false serves every host (issue 16)', function () {
  this.timeout(60_000);
  const t = useApp({ serveApps: false, env: { CANONICAL_HOST_REDIRECT: 'false' } });

  it('issue 16: with the redirect off (a proxy rewriting Host), another host is served as is', async () => {
    const res = await raw(t.url, {
      method: 'POST',
      path: '/graphql',
      host: 'internal-name:1234',
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).to.equal(200);
  });
});
