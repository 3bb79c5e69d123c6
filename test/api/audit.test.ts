import { expect } from 'chai';
import { useApp } from '../support/app';

describe('API: audit log', () => {
  const t = useApp();
  const sql = (q: string, p: unknown[] = []) => t.app.db.orm.em.fork().getConnection().execute(q, p);

  it('records who did what to which object, when and from which request', async () => {
    const c = t.client();
    await c.signIn('alice@example.org', 'billetterie-demo');
    await c.data(`mutation { createApiToken(name: "audit me") { token } }`);
    const rows = await sql(
      `select a.action, a.subject_type, a.subject_id, a.request_id, a.at, u.email from audit_log a left join users u on u.id = a.actor_id
        where u.email = 'alice@example.org' order by a.id`,
    );
    expect(rows.map((r: any) => r.action)).to.deep.equal(['account.signed_in', 'api_token.created']);
    for (const r of rows) {
      expect(r.subject_type).to.equal('User');
      expect(r.request_id).to.match(/^[0-9a-f-]{36}$/);
      expect(Date.now() - new Date(r.at).getTime()).to.be.within(0, 60_000);
    }
  });

  it('is append-only: PostgreSQL refuses to update or delete an entry', async () => {
    let updateError: unknown;
    await sql(`update audit_log set action = 'forged'`).catch((e) => (updateError = e));
    expect(String(updateError)).to.include('append-only');
    let deleteError: unknown;
    await sql(`delete from audit_log`).catch((e) => (deleteError = e));
    expect(String(deleteError)).to.include('append-only');
  });
});
