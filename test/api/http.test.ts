import { expect } from 'chai';
import { Writable } from 'node:stream';
import pg from 'pg';
import { createLogger } from '../../server/src/core/logger';
import { useApp } from '../support/app';
import type { ApiClient } from '../support/graphql';

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

/** The server's log, kept in memory. */
class LogSink extends Writable {
  lines: Array<Record<string, unknown>> = [];
  _write(chunk: Buffer, _enc: string, done: () => void) {
    for (const line of chunk.toString().split('\n').filter(Boolean)) this.lines.push(JSON.parse(line));
    done();
  }
}

describe('API: close() drains in order: HTTP requests, then jobs, then mail and the database', function () {
  this.timeout(60_000);
  const sink = new LogSink();
  const t = useApp({ log: () => createLogger('warn', { destination: sink }) });
  // Answered after the commit from other statements (loaders): they need the pool after the row lock is gone.
  const UPDATE = `mutation { updateProfile(input: { language: EN }) { id language clubMemberships { club { name } } } }`;

  const post = (client: ApiClient, signal?: AbortSignal) =>
    fetch(`${t.url}/graphql`, {
      method: 'POST',
      signal,
      headers: {
        'content-type': 'application/json',
        cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
      body: JSON.stringify({ query: UPDATE }),
    });

  it('SEC1: a mutation in flight when close() begins (held by a row lock) gets its normal answer, one whose client hung up still completes, and close() resolves only after both', async () => {
    const alice = await t.signedIn('alice@example.org');
    const bruno = await t.signedIn('bruno@example.org');
    // One lock per person, released one after the other: Bruno's mutation ends after Alice's answer.
    const lockers = [
      new pg.Client({ connectionString: t.app.db.url }),
      new pg.Client({ connectionString: t.app.db.url }),
    ];
    await Promise.all(lockers.map((l) => l.connect()));
    try {
      for (const [i, email] of ['alice@example.org', 'bruno@example.org'].entries()) {
        await lockers[i].query('begin');
        await lockers[i].query(`select id from users where email = $1 for update`, [email]);
      }
      const events: string[] = [];
      // Alice waits for her answer; Bruno hangs up while his mutation waits on the lock.
      const answered = post(alice).then(async (res) => {
        events.push('answered');
        return { status: res.status, body: (await res.json()) as { data?: any; errors?: unknown[] } };
      });
      const gone = new AbortController();
      const hungUp = post(bruno, gone.signal).catch((e: Error) => e.name);
      for (let i = 0; ; i++) {
        const { rows } = await lockers[0].query<{ n: number }>(
          `select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`,
        );
        if (rows[0].n === 2) break;
        expect(i, 'both mutations wait on the row locks').to.be.below(200);
        await new Promise((r) => setTimeout(r, 5));
      }
      gone.abort();
      expect(await hungUp).to.equal('AbortError');
      // What the server reads once each mutation has committed (the answer's loaders), until the end.
      const knex = (
        t.app.db.orm.em.getConnection() as unknown as {
          getKnex(): { on: (event: string, fn: (r: unknown, q: { sql?: string }) => void) => void };
        }
      ).getKnex();
      const answerReads: number[] = [];
      knex.on('query-response', (_r, q) => {
        if (/from "club_memberships"/.test(q.sql ?? '')) answerReads.push(Date.now());
      });

      const closed = t.app.close().then(() => events.push('closed'));
      await new Promise((r) => setTimeout(r, 100));
      // Closing: no new connection is accepted, and nothing has closed under the waiting mutations.
      const refused = await fetch(`${t.url}/livez`).then(
        () => 'served',
        () => 'refused',
      );
      expect(refused).to.equal('refused');
      expect(events).to.deep.equal([]);
      await lockers[0].query('rollback');
      const res = await answered;
      await new Promise((r) => setTimeout(r, 100));
      await lockers[1].query('rollback');
      await closed;
      const closedAt = Date.now();

      expect(events, 'close() resolves after the answer').to.deep.equal(['answered', 'closed']);
      expect(res.status).to.equal(200);
      expect(res.body.errors, JSON.stringify(res.body.errors)).to.equal(undefined);
      expect(res.body.data.updateProfile.language).to.equal('EN');
      // Bruno's change was made and his answer computed too (its reads were not cut by a closed pool), before close()
      // resolved; nothing went wrong in the log.
      expect(answerReads, 'both answers were read').to.have.length(2);
      expect(Math.max(...answerReads)).to.be.at.most(closedAt);
      const { rows } = await lockers[0].query<{ email: string; language: string }>(
        `select email, language from users where email in ('alice@example.org', 'bruno@example.org') order by email`,
      );
      expect(rows.map((r) => r.language)).to.deep.equal(['en', 'en']);
      const problems = sink.lines.filter((l) => (l.level as number) >= 40);
      expect(problems, JSON.stringify(problems)).to.deep.equal([]);
    } finally {
      await Promise.all(lockers.map((l) => l.end()));
    }
  });
});
