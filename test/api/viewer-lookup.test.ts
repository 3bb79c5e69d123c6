import { expect } from 'chai';
import { useApp } from '../support/app';
import type { ApiClient } from '../support/graphql';

interface Statement {
  sql?: string;
  options?: { name?: string };
}

/**
 * Issue 14: every signed-in request looks its viewer up; the lookup is one named prepared statement (parsed and
 * planned once per connection), whatever the credentials, and the sessions and tokens behave as before.
 */
describe('API: a signed-in request finds its viewer in one prepared statement (issue 14, AC1)', function () {
  this.timeout(60_000);
  const t = useApp({ env: { JOBS: 'false' } });

  const knex = () =>
    (
      t.app.db.orm.em.getConnection() as unknown as {
        getKnex(): {
          on: (event: string, fn: (q: Statement) => void) => void;
          off: (event: string, fn: (q: Statement) => void) => void;
        };
      }
    ).getKnex();
  const db = (sql: string, params: unknown[] = []) =>
    t.app.db.orm.em.fork().getConnection().execute<Array<Record<string, unknown>>>(sql, params);

  /** The statements the server runs while answering one request, and the answer. */
  async function traced(client: ApiClient, query: string) {
    const statements: Statement[] = [];
    const listener = (q: Statement) => statements.push(q);
    knex().on('query', listener);
    try {
      return { res: await client.request(query), statements };
    } finally {
      knex().off('query', listener);
    }
  }

  const sessionOf = async (email: string) =>
    (
      await db(
        `select s.id, s.last_seen_at, s.expires_at from sessions s join users u on u.id = s.user_id
          where u.email = ? order by s.created_at desc limit 1`,
        [email],
      )
    )[0] as { id: string; last_seen_at: Date; expires_at: Date };

  it('issue 14: a session cookie is looked up by one named prepared statement, and the viewer is the whole account', async () => {
    const alice = await t.signedIn('alice@example.org');
    for (let i = 0; i < 2; i++) {
      const { res, statements } = await traced(alice, `{ viewer { id email firstName lastName } }`);
      expect(res.errors).to.equal(undefined);
      expect(res.data!.viewer).to.deep.include({ email: 'alice@example.org', firstName: 'Alice', lastName: 'Martin' });
      expect(statements.map((s) => s.options?.name ?? s.sql)).to.deep.equal(['viewer-by-session']);
      expect(statements[0].sql, 'a fixed column list (a cached plan survives a new column)').not.to.match(/u\.\*/);
      expect(statements[0].sql, 'never the password hash').not.to.include('password_hash');
    }
  });

  it('issue 14: the session slides at most once an hour, expires, and a column added to users while the process runs does not break the cached statement', async () => {
    const bruno = await t.signedIn('bruno@example.org');
    const before = await sessionOf('bruno@example.org');
    await db(
      `update sessions set last_seen_at = now() - interval '2 hours', expires_at = now() + interval '1 day' where id = ?`,
      [before.id],
    );
    const { res, statements } = await traced(bruno, `{ viewer { email } }`);
    expect(res.data!.viewer.email).to.equal('bruno@example.org');
    expect(statements.length, 'the lookup, then the hourly refresh').to.equal(2);
    const slid = await sessionOf('bruno@example.org');
    expect(Date.now() - new Date(slid.last_seen_at).getTime()).to.be.below(60_000);
    expect(new Date(slid.expires_at).getTime()).to.be.above(Date.now() + 2 * 86400_000);
    expect((await traced(bruno, `{ viewer { email } }`)).statements.length, 'refreshed: no write').to.equal(1);

    await db(`alter table users add column viewer_lookup_probe integer`);
    try {
      expect((await bruno.data(`{ viewer { email } }`)).viewer.email).to.equal('bruno@example.org');
    } finally {
      await db(`alter table users drop column viewer_lookup_probe`);
    }

    await db(`update sessions set expires_at = now() - interval '1 second' where id = ?`, [slid.id]);
    expect((await bruno.data(`{ viewer { email } }`)).viewer, 'an expired session is anonymous').to.equal(null);
  });

  it('AC1, issue 14: an API token is looked up by one named prepared statement, marks its use at most once a minute, and stops working once revoked', async () => {
    const owner = await t.signedIn('bureau@example.org');
    const { createApiToken } = await owner.data(
      `mutation { createApiToken(name: "Contrôle") { token apiToken { id } } }`,
    );
    const integrator = t.client();
    integrator.token = createApiToken.token;

    const first = await traced(integrator, `{ viewer { email } }`);
    expect(first.res.data!.viewer.email).to.equal('bureau@example.org');
    expect(first.statements[0].options?.name).to.equal('viewer-by-api-token');
    expect(first.statements.length, 'the lookup, then the first use marked').to.equal(2);
    const [{ last_used_at: used }] = await db(`select last_used_at from api_tokens where id = ?`, [
      createApiToken.apiToken.id,
    ]);
    expect(used, 'the first use is marked').not.to.equal(null);
    const again = await traced(integrator, `{ viewer { email } }`);
    expect(
      again.statements.map((s) => s.options?.name ?? s.sql),
      'used a moment ago: no write',
    ).to.deep.equal(['viewer-by-api-token']);

    await owner.data(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, {
      id: createApiToken.apiToken.id,
    });
    const res = await integrator.request(`{ viewer { email } }`);
    expect(res.status).to.equal(401);
    expect(res.errors?.[0].extensions?.code).to.equal('UNAUTHENTICATED');
  });
});
