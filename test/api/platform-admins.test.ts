import { expect } from 'chai';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { startApp } from '../../server/src/app';
import { loadConfig } from '../../server/src/core/config';
import { createLogger } from '../../server/src/core/logger';
import { dropDatabase, withAdminClient, withDatabase } from '../../server/src/db/admin';
import { freePort } from '../../server/src/db/embedded';
import { useApp } from '../support/app';
import { runAdminCommand } from '../support/admin-command';
import { testAdminUrl } from '../support/database';
import { testEnv } from '../support/env';
import { ApiClient } from '../support/graphql';
import { mailbox } from '../support/mailbox';
import { spawnServer, waitForHealthy } from '../support/process';

const PROMOTE = `mutation($userId: ID!) { promotePlatformAdmin(userId: $userId) { id email isPlatformAdmin } }`;
const DEMOTE = `mutation($userId: ID!) { demotePlatformAdmin(userId: $userId) { id email isPlatformAdmin } }`;
const ADMINS = `{ platformAdmins { email } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) }`;
const VERIFY = `mutation($token: String!) { verifyEmail(token: $token) }`;

/** Signs up an external account and verifies it from the mailed link: the way a fresh installation gets its first person. */
async function signUpVerified(url: string, email: string, password: string) {
  const c = new ApiClient(url);
  await c.data(SIGN_UP, { input: { email, password, firstName: 'Première', lastName: 'Admin' } });
  const mail = await mailbox.waitFor(email, (m) => m.links.some((l) => l.includes('/verify-email?token=')));
  const token = new URL(mail.links.find((l) => l.includes('/verify-email?token='))!).searchParams.get('token')!;
  await c.data(VERIFY, { token });
  await c.signIn(email, password);
  return c;
}

describe('API: platform admins in the console (issue 13)', () => {
  const t = useApp();
  const sql = async (q: string, params: unknown[] = []) =>
    (await t.app.db.orm.em.fork().getConnection().execute(q, params)) as any[];
  const userId = async (email: string) => (await sql(`select id from users where email = ?`, [email]))[0].id;

  it('PM2: only platform admins list, promote and demote platform admins (anonymous, external, student, board refused)', async () => {
    const vars = { userId: await userId('alice@example.org') };
    for (const op of [ADMINS, PROMOTE, DEMOTE]) {
      expect((await t.client().error(op, vars)).extensions?.code).to.equal('UNAUTHENTICATED');
      for (const email of ['exterieur@example.org', 'alice@example.org', 'bureau@example.org']) {
        const c = await t.signedIn(email);
        expect((await c.error(op, vars)).extensions?.code, `${email}`).to.equal('FORBIDDEN');
      }
    }
    expect((await sql(`select count(*)::int n from users where is_platform_admin`))[0].n).to.equal(1);
  });

  it('PM2: a platform admin promotes and demotes (audited); the last admin is refused LAST_PLATFORM_ADMIN, in PostgreSQL too', async () => {
    const admin = await t.signedIn('admin@example.org');
    const adminId = await userId('admin@example.org');
    const brunoId = await userId('bruno@example.org');
    expect((await admin.error(DEMOTE, { userId: adminId })).extensions?.code).to.equal('LAST_PLATFORM_ADMIN');
    // The database's own guard, for any path that would skip the service (a race, a hand-written statement).
    let sqlstate = '';
    await sql(`update users set is_platform_admin = false where id = ?`, [adminId]).catch((e) => (sqlstate = e.code));
    expect(sqlstate).to.equal('AD001');

    expect((await admin.data(PROMOTE, { userId: brunoId })).promotePlatformAdmin.isPlatformAdmin).to.equal(true);
    expect((await admin.data(ADMINS)).platformAdmins.map((u: any) => u.email)).to.deep.equal([
      'admin@example.org',
      'bruno@example.org',
    ]);
    const bruno = await t.signedIn('bruno@example.org');
    expect((await bruno.data(DEMOTE, { userId: adminId })).demotePlatformAdmin.isPlatformAdmin).to.equal(false);
    expect((await bruno.error(DEMOTE, { userId: brunoId })).extensions?.code).to.equal('LAST_PLATFORM_ADMIN');
    expect((await admin.error(ADMINS)).extensions?.code).to.equal('FORBIDDEN');
    const actions = await sql(
      `select action, subject_id from audit_log where action like 'user.platform_admin_%' order by at, id`,
    );
    expect(actions.map((a) => [a.action, a.subject_id])).to.deep.equal([
      ['user.platform_admin_granted', brunoId],
      ['user.platform_admin_revoked', adminId],
    ]);
    expect((await admin.error(PROMOTE, { userId: 'not-an-id' })).extensions?.code).to.equal('FORBIDDEN');
    expect((await bruno.error(PROMOTE, { userId: '00000000-0000-4000-8000-000000000000' })).extensions?.code).to.equal(
      'NOT_FOUND',
    );
  });

  it('PM2: two admins demoting each other at once leave one admin (the database serialises them)', async () => {
    const bruno = await t.signedIn('bruno@example.org');
    const brunoId = await userId('bruno@example.org');
    const chloeId = await userId('chloe@example.org');
    await bruno.data(PROMOTE, { userId: chloeId });
    const chloe = await t.signedIn('chloe@example.org');
    const results = await Promise.all([
      bruno.request(DEMOTE, { userId: chloeId }),
      chloe.request(DEMOTE, { userId: brunoId }),
    ]);
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).to.deep.equal(['LAST_PLATFORM_ADMIN', 'OK']);
    expect((await sql(`select count(*)::int n from users where is_platform_admin`))[0].n).to.equal(1);
  });
});

describe('the first admin command (npm run admin) on an empty installation (issue 13)', function () {
  this.timeout(120_000);

  it('PM2: on DATABASE_URL: migrates an empty database, says there is no admin, refuses an unknown email, grants, refuses revoking the last', async () => {
    const name = `billetterie_t_${process.pid}_${randomBytes(4).toString('hex')}`;
    await withAdminClient(testAdminUrl(), (c) => c.query(`create database "${name}"`));
    const url = withDatabase(testAdminUrl(), name);
    const dataDir = path.join(os.tmpdir(), `billetterie-admin-${process.pid}`);
    const env = { DATABASE_URL: url, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
    let app: Awaited<ReturnType<typeof startApp>> | undefined;
    try {
      const empty = await runAdminCommand(['list'], env);
      expect(empty.code, empty.stderr).to.equal(0);
      expect(empty.stdout).to.include('No platform admin yet').and.include('npm run admin -- grant');

      const unknown = await runAdminCommand(['grant', 'first@example.org'], env);
      expect(unknown.code).to.equal(1);
      expect(unknown.stderr).to.include('No account has the email first@example.org');
      expect((await runAdminCommand(['promote'], env)).code).to.equal(2);

      // The server on that empty database: no demo data; the first person signs up like anyone.
      const port = await freePort();
      const config = loadConfig({
        ...testEnv(),
        DATABASE_URL: url,
        PORT: String(port),
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        SMTP_URL: mailbox.url,
      });
      await fs.mkdir(config.dataDir, { recursive: true });
      app = await startApp(config, { log: createLogger('silent') });
      const first = await signUpVerified(app.url, 'first@example.org', 'a first admin password');
      expect((await first.error(ADMINS)).extensions?.code).to.equal('FORBIDDEN');

      const granted = await runAdminCommand(['grant', ' First@Example.org '], env);
      expect(granted.code, granted.stderr).to.equal(0);
      expect(granted.stdout).to.include('first@example.org is now a platform admin');
      expect((await runAdminCommand(['grant', 'first@example.org'], env)).stdout).to.include('was already');
      expect((await first.data(ADMINS)).platformAdmins).to.deep.equal([{ email: 'first@example.org' }]);
      expect((await runAdminCommand(['list'], env)).stdout).to.include('first@example.org');

      const last = await runAdminCommand(['revoke', 'first@example.org'], env);
      expect(last.code).to.equal(1);
      expect(last.stderr).to.include('last platform admin');
      const audit = (await app.db.orm.em
        .fork()
        .getConnection()
        .execute(
          `select action, actor_id, request_id from audit_log where action like 'user.platform_admin_%'`,
        )) as any[];
      expect(audit).to.deep.equal([
        { action: 'user.platform_admin_granted', actor_id: null, request_id: 'admin-command' },
      ]);
    } finally {
      await app?.close();
      await dropDatabase(testAdminUrl(), name);
    }
  });

  it('PM2: on the embedded database: the start says how to become admin; the command works while the server runs, and after', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'billetterie-admin-'));
    await fs.chmod(dir, 0o755);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = {
      DATA_DIR: dir,
      PORT: String(port),
      PUBLIC_URL: url, // the address the test calls (issue 16: one canonical address)
      SEED_DEMO: 'false',
      SERVE_APPS: 'false',
      PASSWORD_HASH_COST: '12',
      SMTP_URL: mailbox.url,
      LOG_LEVEL: 'warn',
    };
    const server = spawnServer(env);
    try {
      await waitForHealthy(url, server);
      await new Promise((r) => setTimeout(r, 300));
      expect(server.output()).to.include('No platform admin yet').and.include('npm run admin -- grant <your email>');
      const person = await signUpVerified(url, 'embedded@example.org', 'an embedded password');
      const granted = await runAdminCommand(['grant', 'embedded@example.org'], { DATA_DIR: dir });
      expect(granted.code, granted.stderr).to.equal(0);
      expect((await person.data(ADMINS)).platformAdmins).to.deep.equal([{ email: 'embedded@example.org' }]);
      expect((await fetch(`${url}/healthz`)).ok, 'the running server kept its database').to.equal(true);
      server.child.kill('SIGTERM');
      expect(await server.exited).to.equal(0);
      // Stopped: the command starts the embedded PostgreSQL itself, and stops it again.
      const listed = await runAdminCommand(['list'], { DATA_DIR: dir });
      expect(listed.code, listed.stderr).to.equal(0);
      expect(listed.stdout).to.include('embedded@example.org');
    } finally {
      if (server.child.exitCode === null) {
        server.child.kill('SIGTERM');
        await server.exited;
      }
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
