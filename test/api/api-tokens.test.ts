import { expect } from 'chai';
import { useApp } from '../support/app';

describe('API: personal API tokens for integrators (AC1)', () => {
  const t = useApp();

  it('AC1: a token is shown once, stored hashed, authenticates as Bearer, and stops working once revoked', async () => {
    const owner = await t.signedIn('bureau@example.org');
    const { createApiToken } = await owner.data(
      `mutation { createApiToken(name: "Inventaire") { token apiToken { id name prefix } } }`,
    );
    const { token, apiToken } = createApiToken;
    expect(token).to.match(/^blt_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(apiToken.prefix)).to.equal(true);

    const rows = await t.app.db.orm.em
      .fork()
      .getConnection()
      .execute(`select token_hash from api_tokens where id = ?`, [apiToken.id]);
    expect(rows[0].token_hash).to.have.length(64).and.not.include(token.slice(4));

    const listed = await owner.data(`{ apiTokens { id name prefix lastUsedAt revokedAt } }`);
    expect(JSON.stringify(listed), 'the secret is never listed').not.to.include(token);

    const integrator = t.client();
    integrator.token = token;
    expect((await integrator.data(`{ viewer { email } }`)).viewer.email).to.equal('bureau@example.org');
    const { apiTokens } = await owner.data(`{ apiTokens { lastUsedAt } }`);
    expect(apiTokens[0].lastUsedAt).to.be.a('string');

    await owner.data(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: apiToken.id });
    const res = await integrator.request(`{ viewer { email } }`);
    expect(res.status).to.equal(401);
    expect(res.errors?.[0].extensions?.code).to.equal('UNAUTHENTICATED');
  });

  it("AC1: nobody can revoke someone else's token; a malformed id is simply not found", async () => {
    const owner = await t.signedIn('alice@example.org');
    const { createApiToken } = await owner.data(`mutation { createApiToken(name: "mine") { apiToken { id } } }`);
    const other = await t.signedIn('chloe@example.org');
    const err = await other.error(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, {
      id: createApiToken.apiToken.id,
    });
    expect(err.extensions?.code).to.equal('NOT_FOUND');
    expect((await other.error(`mutation { revokeApiToken(id: "not-a-uuid") { id } }`)).extensions?.code).to.equal(
      'NOT_FOUND',
    );
  });

  it('AC1: a malformed Authorization header is refused, not treated as anonymous', async () => {
    const res = await t.client().request(`{ viewer { id } }`, undefined, { authorization: 'Basic abc' });
    expect(res.status).to.equal(401);
    expect(res.errors?.[0].extensions?.code).to.equal('UNAUTHENTICATED');
  });
});
